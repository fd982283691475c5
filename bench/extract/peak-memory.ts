/**
 * The child process of `bench/extract`: runs `kg extract` on a folder in one of its output forms and
 * prints, as JSON, the seconds it took and the process's peak resident memory (worker threads included).
 *
 *   node --import tsx bench/extract/peak-memory.ts <dir> <json|ndjson> [workers]
 */
import { performance } from 'node:perf_hooks';
import { runExtract } from '../../src/cli/extract-command.ts';
import type { Reporter } from '../../src/cli/reporter.ts';

const [dir, format, workers] = process.argv.slice(2) as [string, 'json' | 'ndjson', string | undefined];
let failures = 0;
const silent: Reporter = {
  progress: () => undefined,
  fileSummary: () => undefined,
  failure: () => void (failures += 1),
  graphSummary: () => undefined,
  done: () => undefined,
};
const start = performance.now();
await runExtract([dir], { format, out: '/dev/null', ...(workers ? { workers: Number(workers) } : {}) }, silent);
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, failures }));
