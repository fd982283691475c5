/** Expanding the paths given on the command line into the files to read, in a stable order. */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface InputFile {
  path: string;
  size: number;
}

export interface InputProblem {
  path: string;
  problem: string;
}

function oddEntry(d: Dirent): string {
  if (d.isSymbolicLink()) return 'a symbolic link';
  if (d.isFIFO()) return 'a named pipe (FIFO)';
  if (d.isSocket()) return 'a socket';
  return 'a device';
}

export async function collectInputs(paths: readonly string[]): Promise<{ files: InputFile[]; problems: InputProblem[] }> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch (err) {
      problems.push({ path: p, problem: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String(err) });
      continue;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(p, { recursive: true, withFileTypes: true })).filter((d) => !d.name.startsWith('.'));
      const names = entries
        .filter((d) => d.isFile())
        .map((d) => path.join(d.parentPath, d.name))
        .sort();
      // Only regular files are read from a directory: a link may lead outside it, a FIFO never ends.
      for (const d of entries.filter((e) => !e.isFile() && !e.isDirectory())) {
        problems.push({
          path: path.join(d.parentPath, d.name),
          problem: `not read: ${oddEntry(d)}; newsletters in a directory are read from regular files only`,
        });
      }
      for (const name of names) files.push({ path: name, size: (await stat(name)).size });
      if (names.length === 0) problems.push({ path: p, problem: 'the directory holds no files' });
    } else if (info.isFile()) {
      files.push({ path: p, size: info.size });
    } else {
      problems.push({ path: p, problem: 'not a regular file' });
    }
  }
  return { files, problems };
}
