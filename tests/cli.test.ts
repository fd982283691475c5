/** `kg extract` as a person runs it: real files, a real process, its exit code, stdout and stderr. */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { SerializedGraph } from '../graph-schema/schema.ts';
import { SEEDS_DIR, seedFiles } from './helpers/extract.ts';
import { oneEntry, pdfSnippet } from './helpers/snippets.ts';

const KG = path.resolve(import.meta.dirname, '../bin/kg.js');

async function kg(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [KG, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const newsletterSources = (json: string) =>
  SerializedGraph.parse(JSON.parse(json))
    .nodes.filter((n) => n.attributes.kind === 'Newsletter')
    .map((n) => (n.attributes as { source: string }).source)
    .sort();

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kg-cli-'));
});

describe('kg extract', () => {
  it('prints the graph of every seed as JSON and a summary per file on stderr', async () => {
    const { code, stdout, stderr } = await kg('extract', SEEDS_DIR, '--format', 'json');
    expect(code).toBe(0);
    expect(newsletterSources(stdout)).toEqual(seedFiles);
    expect(stderr).toMatch(/\[1\/5\] .*000_5c9ad854df6ca4fd\.txt/);
    expect(stderr).toMatch(/pdf-text, 2023-11-01: 5 TOP entries, 6 policy news, 7 corporate news → \d+ policies, \d+ agencies, \d+ firms/);
    expect(stderr).toMatch(/Extracted 5 of 5 files/);
  });

  it('writes the graph to --out and a table of counts on stdout by default', async () => {
    const out = path.join(dir, 'graph.json');
    const { code, stdout } = await kg('extract', SEEDS_DIR, '--out', out, '--quiet');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Policy\s+\d+/);
    expect(newsletterSources(readFileSync(out, 'utf8'))).toEqual(seedFiles);
    // Written beside itself and renamed when whole.
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('reports each bad file by name and problem, extracts the good ones, and exits 1', async () => {
    const mixed = path.join(dir, 'mixed');
    mkdirSync(mixed);
    copyFileSync(path.join(SEEDS_DIR, seedFiles[0]!), path.join(mixed, 'good.txt'));
    writeFileSync(path.join(mixed, 'empty.txt'), '');
    writeFileSync(path.join(mixed, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(path.join(mixed, 'latin1.txt'), Buffer.from('MERICS TOP 5\n\n1. Caf\xe9 policy\n', 'latin1'));
    writeFileSync(path.join(mixed, 'notes.md'), '# Shopping list\n\n- milk\n- bread\n');
    writeFileSync(path.join(mixed, 'no-news.txt'), pdfSnippet({ top: [oneEntry] }));

    const { code, stdout, stderr } = await kg('extract', mixed, '--format', 'json');
    expect(code).toBe(1);
    expect(stderr).toContain(`error: ${path.join(mixed, 'empty.txt')}: the file is empty`);
    expect(stderr).toContain(`error: ${path.join(mixed, 'image.png')}: the file is binary (it contains NUL bytes), not newsletter text`);
    expect(stderr).toContain(`error: ${path.join(mixed, 'latin1.txt')}: the file is not valid UTF-8 (first bad byte at offset 20)`);
    expect(stderr).toContain(`error: ${path.join(mixed, 'notes.md')}: no newsletter structure found`);
    expect(stderr).toContain('warning: no NOTEWORTHY / WORTH NOTING section found');
    expect(stderr).toContain('Extracted 2 of 6 files');
    expect(newsletterSources(stdout)).toEqual(['good.txt', 'no-news.txt']);
  });

  it('refuses a 50 MB file without reading it, naming the limit', async () => {
    const big = path.join(dir, 'huge.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const { code, stderr, stdout } = await kg('extract', big, path.join(SEEDS_DIR, seedFiles[1]!), '--format', 'json');
    expect(code).toBe(1);
    expect(stderr).toContain(`error: ${big}: the file is 50.0 MB; a newsletter may be at most 40 MB`);
    expect(newsletterSources(stdout)).toEqual([seedFiles[1]]);
  });

  it('names a path that does not exist', async () => {
    const { code, stderr } = await kg('extract', path.join(dir, 'nowhere.txt'));
    expect(code).toBe(1);
    expect(stderr).toContain(`error: ${path.join(dir, 'nowhere.txt')}: no such file or directory`);
  });

  it('refuses a second file of the same name, since newsletters are keyed by file name', async () => {
    const other = path.join(dir, 'copy');
    mkdirSync(other);
    copyFileSync(path.join(SEEDS_DIR, seedFiles[0]!), path.join(other, seedFiles[0]!));
    const { code, stderr } = await kg('extract', path.join(SEEDS_DIR, seedFiles[0]!), path.join(other, seedFiles[0]!));
    expect(code).toBe(1);
    expect(stderr).toContain('has the same newsletter key');
  });

  it('refuses two file names that reduce to one newsletter key, naming both', async () => {
    const twins = path.join(dir, 'twins');
    mkdirSync(twins);
    copyFileSync(path.join(SEEDS_DIR, seedFiles[0]!), path.join(twins, 'issue 2024.txt'));
    copyFileSync(path.join(SEEDS_DIR, seedFiles[1]!), path.join(twins, 'issue-2024.txt'));
    const { code, stderr } = await kg('extract', twins);
    expect(code).toBe(1);
    expect(stderr).toMatch(/issue-2024\.txt.*another input, .*issue 2024\.txt, has the same newsletter key \(newsletter:issue-2024\)/);
  });

  it('names a symbolic link and a FIFO in a directory instead of following or hanging on them', async () => {
    const odd = path.join(dir, 'odd');
    mkdirSync(odd);
    copyFileSync(path.join(SEEDS_DIR, seedFiles[0]!), path.join(odd, seedFiles[0]!));
    symlinkSync('/etc/passwd', path.join(odd, 'link.txt'));
    execFileSync('mkfifo', [path.join(odd, 'pipe.txt')]);
    const { code, stdout, stderr } = await kg('extract', odd, '--format', 'json');
    expect(code).toBe(1);
    expect(stderr).toContain(`${path.join(odd, 'link.txt')}: not read: a symbolic link; newsletters in a directory are read from regular files only`);
    expect(stderr).toContain(`${path.join(odd, 'pipe.txt')}: not read: a named pipe (FIFO)`);
    expect(newsletterSources(stdout)).toEqual([seedFiles[0]]);
  });

  it('extracts on several worker threads the same graph as in one process, naming a bad file all the same', async () => {
    const archive = path.join(dir, 'archive');
    mkdirSync(archive);
    // Enough newsletters for each worker to get several; the copies' names order them otherwise than the seeds.
    for (const copy of ['b', 'a', 'c']) for (const seed of seedFiles) copyFileSync(path.join(SEEDS_DIR, seed), path.join(archive, `${copy}-${seed}`));
    writeFileSync(path.join(archive, 'broken.pdf'), '%PDF-1.7\n1 0 obj');
    const threads = await kg('extract', archive, '--format', 'json', '--workers', '2');
    const inProcess = await kg('extract', archive, '--format', 'json', '--workers', '1');
    expect(threads.code).toBe(1);
    expect(threads.stderr).toMatch(/error: .*broken\.pdf: the PDF cannot be read/);
    expect(threads.stderr).toMatch(/Extracted 15 of 16 files/);
    expect(newsletterSources(threads.stdout)).toHaveLength(15);
    expect(threads.stdout).toBe(inProcess.stdout);
  }, 30_000);

  it("streams each newsletter's own facts as one JSON line with --format ndjson", async () => {
    const { code, stdout, stderr } = await kg('extract', SEEDS_DIR, '--format', 'ndjson', '--quiet');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.map((line) => newsletterSources(line))).toEqual(seedFiles.map((f) => [f]));
    expect(stderr).toMatch(/Extracted 5 of 5 files: \d+ nodes and \d+ edges as each newsletter states them/);
  });

  it('exits 2 with usage help on a wrong option', async () => {
    const { code, stderr } = await kg('extract', SEEDS_DIR, '--format', 'xml');
    expect(code).toBe(2);
    expect(stderr).toContain("argument 'xml' is invalid");
    expect((await kg('extract', SEEDS_DIR, '--workers', '0')).stderr).toContain('give a whole number of at least 1');
  });
});
