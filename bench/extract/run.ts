/**
 * Extraction at archive scale, in one run:
 * - throughput on one thread: each file of the corpus read and extracted, beside a baseline over the
 *   same files (read, decode, one regex pass);
 * - `kg extract` end to end (extract, merge, resolve, serialise) on one thread and on one worker per core;
 * - peak memory of `kg extract` as the corpus grows, each size in a process of its own: each
 *   newsletter's facts streamed as lines (--format ndjson), and the one resolved graph (--format json).
 *
 *   npm run bench:extract [-- --mb 50 --memory 50,500]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractNewsletter } from '../../src/extract/index.ts';
import { writeCorpus, type Corpus } from './corpus.ts';

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const throughputMb = Number(arg('--mb', '50'));
const memoryMbs = arg('--memory', '50,500').split(',').filter(Boolean).map(Number);
const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const MiB = 2 ** 20;
const root = mkdtempSync(path.join(tmpdir(), 'kg-bench-extract-'));

function timed<T>(fn: () => T): { seconds: number; result: T } {
  const start = performance.now();
  const result = fn();
  return { seconds: (performance.now() - start) / 1000, result };
}

const filesOf = (c: Corpus) => readdirSync(c.dir).map((f) => path.join(c.dir, f));

function baseline(c: Corpus): number {
  // What any reader of these files must do at least: read, decode and scan each once.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const word = /\b[A-Z][A-Za-z]+\b/g;
  let matches = 0;
  for (const f of filesOf(c)) matches += decoder.decode(readFileSync(f)).match(word)?.length ?? 0;
  return matches;
}

function extractOneByOne(c: Corpus): number {
  let nodes = 0;
  for (const f of filesOf(c)) nodes += extractNewsletter(path.basename(f), readFileSync(f)).fragment.graph.order;
  return nodes;
}

interface KgRun {
  seconds: number;
  peakRssMb: number;
  failures: number;
}

/** `kg extract` in a process of its own: its seconds and peak resident memory, or why it stopped. */
function kgExtract(c: Corpus, format: 'json' | 'ndjson', workers?: number): KgRun | string {
  const script = path.join(import.meta.dirname, 'peak-memory.ts');
  try {
    const out = execFileSync('node', ['--import', 'tsx', script, c.dir, format, ...(workers ? [String(workers)] : [])], {
      encoding: 'utf8',
      maxBuffer: 16 * MiB,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(out.trim().split('\n').at(-1)!) as KgRun;
  } catch (err) {
    const stderr = String((err as { stderr?: unknown }).stderr ?? '');
    return `stopped: ${stderr.split('\n').find((l) => /heap out of memory|Error/.test(l)) ?? (err as Error).message.split('\n')[0]}`;
  }
}

const describeRun = (r: KgRun | string) => (typeof r === 'string' ? r : `${r.seconds.toFixed(0)} s, peak RSS ${r.peakRssMb.toFixed(0)} MB`);

const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
const mbOf = (c: Corpus) => c.bytes / MiB;
const cores = availableParallelism();

try {
  const corpus = writeCorpus(SEEDS, path.join(root, `${throughputMb}mb`), throughputMb * MiB);
  say(`corpus: ${corpus.files} newsletters, ${mbOf(corpus).toFixed(1)} MB (seed newsletters, varied per copy); ${cores} cores`);
  timed(() => baseline(corpus)); // warm-up, so that neither side pays for the JIT alone
  const base = timed(() => baseline(corpus));
  const one = timed(() => extractOneByOne(corpus));
  const perFile = (s: number) => ((s / corpus.files) * 1000).toFixed(2);
  say(`baseline (read + decode + one regex pass): ${(mbOf(corpus) / base.seconds).toFixed(1)} MB/s`);
  say(
    `extraction, one thread: ${(mbOf(corpus) / one.seconds).toFixed(2)} MB/s, ${perFile(one.seconds)} ms per newsletter (${(one.seconds / base.seconds).toFixed(0)}x the baseline)`,
  );
  const single = kgExtract(corpus, 'json', 1);
  const pool = kgExtract(corpus, 'json', cores);
  if (typeof single === 'string' || typeof pool === 'string') throw new Error(`kg extract ${describeRun(single)} / ${describeRun(pool)}`);
  say(`kg extract (extract, merge, resolve, write), one thread: ${single.seconds.toFixed(1)} s, ${perFile(single.seconds)} ms per newsletter`);
  say(
    `kg extract, ${cores} workers: ${pool.seconds.toFixed(1)} s, ${perFile(pool.seconds)} ms per newsletter (${(single.seconds / pool.seconds).toFixed(2)}x one thread)`,
  );
  rmSync(corpus.dir, { recursive: true });

  for (const mb of memoryMbs) {
    const c = writeCorpus(SEEDS, path.join(root, `${mb}mb`), mb * MiB);
    const streamed = kgExtract(c, 'ndjson');
    const graph = kgExtract(c, 'json');
    say(`${mbOf(c).toFixed(0)} MB (${c.files} newsletters): --format ndjson ${describeRun(streamed)}; --format json ${describeRun(graph)}`);
    rmSync(c.dir, { recursive: true });
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
