/** A worker thread of `extractInOrder`: extracts the files it is sent, one answer per file. */
import { parentPort } from 'node:worker_threads';
import { extractOneFile, type InputFileRef } from './extract-file.ts';
import type { WorkerAnswer } from './extract-pool.ts';

parentPort!.on('message', async ({ id, file }: { id: number; file: InputFileRef }) => {
  const outcome = await extractOneFile(file);
  const answer: WorkerAnswer = typeof outcome === 'string' ? { id, problem: outcome } : { id, graph: outcome.graph.export(), summary: outcome.summary };
  parentPort!.postMessage(answer);
});
