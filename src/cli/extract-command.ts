/**
 * `kg extract <file|dir>...`: every newsletter into one graph. Progress and a summary per file go
 * to stderr; the graph goes to stdout (--format json) or to --out. A file that cannot be read is
 * reported by name with its problem and the others are still extracted; the exit code says so.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createFactGraph, type FactGraph } from '../graph/facts.ts';
import { keys } from '../graph/keys.ts';
import { resolveMerged, serializedJson } from '../resolve/merge.ts';
import type { PolicyResolution } from '../resolve/policies.ts';
import type { FileExtraction } from './extract-file.ts';
import { defaultWorkers, extractInOrder } from './extract-pool.ts';
import { collectInputs, type InputFile } from './inputs.ts';
import type { Reporter } from './reporter.ts';

export interface ExtractOptions {
  format: 'json' | 'summary' | 'ndjson';
  out?: string;
  /** Extraction threads; by default one per core when there are enough files to share. */
  workers?: number;
}

export interface Extracted {
  graph: FactGraph;
  /** How mentions of one policy across the newsletters were joined. */
  resolution: PolicyResolution;
  /** Each newsletter's own facts, before resolution (only when asked for): what the store keeps as its statements. */
  fragments: FactGraph[];
  /** How many inputs could not be extracted (each reported already). */
  failed: number;
  total: number;
}

interface Extractions {
  /** Each newsletter's fragment in turn, in newsletter order; failures are reported as they come. */
  each: AsyncGenerator<FileExtraction>;
  /** Inputs that could not be extracted so far, and all inputs. */
  failed: () => number;
  total: number;
}

/**
 * The files named, in newsletter order — the order fragments are merged in, so a set of newsletters
 * gives one graph whichever order they arrive in. A second file with a newsletter's key is refused
 * (newsletters are keyed by file name: "issue 2024.txt" and "issue-2024.pdf" would be one).
 */
function inNewsletterOrder(files: readonly InputFile[], report: Reporter): InputFile[] {
  const byKey = new Map<string, InputFile>();
  for (const file of files) {
    const key = keys.newsletter(path.basename(file.path));
    const first = byKey.get(key);
    if (first)
      report.failure(file.path, `another input, ${first.path}, has the same newsletter key (${key}); newsletters are keyed by file name, so rename one`);
    else byKey.set(key, file);
  }
  return [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, file]) => file);
}

/**
 * Extracts every newsletter under the paths one at a time (or one per worker), reporting each file as
 * it goes: no more than a few newsletters are in memory at once, whatever the size of the archive.
 */
async function extractions(paths: string[], report: Reporter, workers?: number): Promise<Extractions> {
  const { files, problems } = await collectInputs(paths);
  for (const p of problems) report.failure(p.path, p.problem);
  const ordered = inNewsletterOrder(files, report);
  let failed = problems.length + files.length - ordered.length;
  async function* each() {
    let done = 0;
    for await (const { file, outcome } of extractInOrder(ordered, workers ?? defaultWorkers(ordered.length))) {
      report.progress(++done, ordered.length, file.path);
      if (typeof outcome === 'string') {
        report.failure(file.path, outcome);
        failed += 1;
        continue;
      }
      report.fileSummary(file.path, outcome);
      yield outcome;
    }
  }
  return { each: each(), failed: () => failed, total: files.length + problems.length };
}

/**
 * Extracts every newsletter under the paths into one graph, each fragment merged as it comes and then
 * dropped unless `keepFragments` (the store keeps each newsletter's own facts as its statements).
 */
export async function extractPaths(paths: string[], report: Reporter, options: { keepFragments?: boolean; workers?: number } = {}): Promise<Extracted> {
  const run = await extractions(paths, report, options.workers);
  const merged = createFactGraph();
  const fragments: FactGraph[] = [];
  for await (const { fragment } of run.each) {
    if (options.keepFragments) fragments.push(fragment.graph);
    fragment.mergeInto(merged);
  }
  const { graph, resolution } = resolveMerged(merged);
  return { graph, resolution, fragments, failed: run.failed(), total: run.total };
}

export async function runExtract(paths: string[], options: ExtractOptions, report: Reporter): Promise<number> {
  if (options.format === 'ndjson') return runExtractLines(paths, options, report);
  const { graph, failed, total } = await extractPaths(paths, report, options);
  const json = jsonLines(serializedJson(graph, options.out ? 1 : 0));
  if (options.out) await writeOut(json, options.out);
  else if (options.format === 'json') await writeOut(json);
  // Checked against the schema though nothing is written, so a summary never hides a broken graph.
  else for (const _piece of json);
  if (options.format === 'summary') report.graphSummary(graph, process.stdout);
  report.done(total - failed, total, graph, options.out);
  return failed > 0 ? 1 : 0;
}

function* jsonLines(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}

/**
 * The pieces written to stdout, or to the file named whole or not at all: a regular file is written
 * beside itself and renamed when complete, so a failure never leaves half a graph where one was.
 */
async function writeOut(pieces: Iterable<string> | AsyncIterable<string>, file?: string): Promise<void> {
  const kind = file ? await stat(file).catch(() => null) : null;
  const partial = file && (!kind || kind.isFile()) ? `${file}.partial` : undefined;
  const out: Writable = file ? createWriteStream(partial ?? file) : process.stdout;
  try {
    // Waits for the stream to drain, so a slow disk or pipe never lets pieces pile up in memory.
    for await (const piece of pieces) if (!out.write(piece)) await once(out, 'drain');
    if (file) {
      out.end();
      await finished(out);
    }
    if (partial) await rename(partial, file!);
  } catch (err) {
    if (file) out.destroy();
    if (partial) await rm(partial, { force: true });
    throw err;
  }
}

/**
 * `--format ndjson`: each newsletter's own facts (its fragment, unresolved) on a line of its own,
 * written as soon as it is extracted — an archive of any size in flat memory. `kg load --graph` reads
 * the lines back and resolves them with what the store holds.
 */
async function runExtractLines(paths: string[], options: ExtractOptions, report: Reporter): Promise<number> {
  const run = await extractions(paths, report, options.workers);
  const stated = { order: 0, size: 0, stated: true };
  async function* lines() {
    for await (const { fragment, summary } of run.each) {
      yield `${fragment.line}\n`;
      stated.order += Object.values(summary.kinds).reduce((a, b) => a + b, 0);
      stated.size += summary.edges;
    }
  }
  await writeOut(lines(), options.out);
  report.done(run.total - run.failed(), run.total, stated, options.out);
  return run.failed() > 0 ? 1 : 0;
}
