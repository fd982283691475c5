/**
 * `kg extract <file|dir>...`: every newsletter into one graph. Progress and a summary per file go
 * to stderr; the graph goes to stdout (--format json) or to --out. A file that cannot be read is
 * reported by name with its problem and the others are still extracted; the exit code says so.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractFile, InputError, MAX_FILE_BYTES, type Extraction } from '../extract/index.ts';
import type { FactGraph } from '../graph/facts.ts';
import { keys } from '../graph/keys.ts';
import { resolveFragments, serialize } from '../resolve/merge.ts';
import type { PolicyResolution } from '../resolve/policies.ts';
import { collectInputs } from './inputs.ts';
import type { Reporter } from './reporter.ts';

export interface ExtractOptions {
  format: 'json' | 'summary';
  out?: string;
}

export interface Extracted {
  graph: FactGraph;
  /** How mentions of one policy across the newsletters were joined. */
  resolution: PolicyResolution;
  /** Each newsletter's own facts, before resolution: what the store keeps as its statements. */
  fragments: FactGraph[];
  /** How many inputs could not be extracted (each reported already). */
  failed: number;
  total: number;
}

/** Extracts every newsletter under the paths into one graph, reporting each file as it goes. */
export async function extractPaths(paths: string[], report: Reporter): Promise<Extracted> {
  const { files, problems } = await collectInputs(paths);
  for (const p of problems) report.failure(p.path, p.problem);
  const fragments: FactGraph[] = [];
  const seenNames = new Map<string, string>();
  let failed = problems.length;

  for (const [i, file] of files.entries()) {
    const name = path.basename(file.path);
    report.progress(i + 1, files.length, file.path);
    const outcome = await extractOne(file, name, seenNames);
    if (typeof outcome === 'string') {
      report.failure(file.path, outcome);
      failed += 1;
      continue;
    }
    seenNames.set(keys.newsletter(name), file.path);
    fragments.push(outcome.fragment.graph);
    report.fileSummary(file.path, outcome);
  }

  const { graph, resolution } = resolveFragments(fragments);
  return { graph, resolution, fragments, failed, total: files.length + problems.length };
}

export async function runExtract(paths: string[], options: ExtractOptions, report: Reporter): Promise<number> {
  const { graph, failed, total } = await extractPaths(paths, report);
  const serialized = serialize(graph);
  const json = JSON.stringify(serialized, null, options.out ? 1 : undefined);
  if (options.out) await writeFile(options.out, `${json}\n`);
  if (options.format === 'json' && !options.out) process.stdout.write(`${json}\n`);
  if (options.format === 'summary') report.graphSummary(graph, process.stdout);
  report.done(total - failed, total, graph, options.out);
  return failed > 0 ? 1 : 0;
}

async function extractOne(file: { path: string; size: number }, name: string, seen: Map<string, string>): Promise<Extraction | string> {
  // Newsletters are keyed by file name: "issue 2024.txt" and "issue-2024.txt" would be one newsletter.
  const key = keys.newsletter(name);
  if (seen.has(key)) return `another input, ${seen.get(key)}, has the same newsletter key (${key}); newsletters are keyed by file name, so rename one`;
  // Refused before reading, so an oversized file never enters memory.
  if (file.size > MAX_FILE_BYTES) {
    return `the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a newsletter may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB`;
  }
  try {
    const extraction = await extractFile(name, await readFile(file.path));
    if (extraction.doc.top.length === 0 && extraction.doc.news.length === 0) {
      return 'no newsletter structure found: no numbered TOP entries and no dated news items';
    }
    return extraction;
  } catch (err) {
    if (err instanceof InputError) return err.message;
    return `extraction failed: ${err instanceof Error ? err.message : String(err)}`;
  }
}
