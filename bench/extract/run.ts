/**
 * Extraction throughput over a corpus of at least 50 MB, beside a baseline run in the same process
 * over the same bytes (decode + one regex pass). Prints MB/s for both, the ratio, the time to merge
 * all fragments into one graph, and the peak resident memory.
 *
 *   npm run bench:extract [-- --mb 50]
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractNewsletter } from '../../src/extract/index.ts';
import type { FactGraph } from '../../src/graph/facts.ts';
import { mergeFragments } from '../../src/resolve/merge.ts';
import { buildCorpus } from './corpus.ts';

const mbArg = process.argv.indexOf('--mb');
const targetMb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 50;
const corpus = buildCorpus(path.resolve(import.meta.dirname, '../../seeds'), targetMb * 1024 * 1024);
const totalBytes = corpus.reduce((n, f) => n + f.bytes.length, 0);
const mb = totalBytes / 1024 / 1024;

function baseline(): number {
  // What any reader of these files must do at least: decode the bytes and scan them once.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const word = /\b[A-Z][A-Za-z]+\b/g;
  let matches = 0;
  for (const f of corpus) matches += decoder.decode(f.bytes).match(word)?.length ?? 0;
  return matches;
}

function extractAll(): FactGraph[] {
  return corpus.map((f) => extractNewsletter(f.name, f.bytes).fragment.graph);
}

function timed<T>(fn: () => T): { seconds: number; result: T } {
  const start = performance.now();
  const result = fn();
  return { seconds: (performance.now() - start) / 1000, result };
}

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
sampler.unref();

timed(baseline); // warm-up, so that neither side pays for the JIT alone
const base = timed(baseline);
const extraction = timed(extractAll);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const merge = timed(() => mergeFragments(extraction.result));
peakRss = Math.max(peakRss, process.memoryUsage().rss);
clearInterval(sampler);

const rate = (seconds: number) => mb / seconds;
const lines = [
  `corpus: ${corpus.length} newsletters, ${mb.toFixed(1)} MB (seed newsletters, varied per copy)`,
  `baseline (decode + one regex pass): ${rate(base.seconds).toFixed(1)} MB/s (${base.seconds.toFixed(2)} s)`,
  `extraction (parse + graph fragment): ${rate(extraction.seconds).toFixed(2)} MB/s (${extraction.seconds.toFixed(2)} s, ${((extraction.seconds / corpus.length) * 1000).toFixed(2)} ms per newsletter)`,
  `ratio baseline/extraction: ${(base.seconds > 0 ? extraction.seconds / base.seconds : Infinity).toFixed(1)}x`,
  `merge into one graph: ${merge.seconds.toFixed(2)} s → ${merge.result.order} nodes, ${merge.result.size} edges`,
  `peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
];
console.log(lines.join('\n'));
