/** A worker thread of `extractInOrder`: extracts the files it is sent, one answer per file. */
import { parentPort } from 'node:worker_threads';
import { extractOneFile, type InputFileRef } from './extract-file.ts';
import type { WorkerAnswer } from './extract-pool.ts';

parentPort!.on('message', async ({ id, file }: { id: number; file: InputFileRef }) => {
  parentPort!.postMessage(await answer(id, file));
});

/** The fragment goes back as its JSON line: checked here, on the worker's core, and cheap to send. */
async function answer(id: number, file: InputFileRef): Promise<WorkerAnswer> {
  const outcome = await extractOneFile(file);
  if (typeof outcome === 'string') return { id, problem: outcome };
  try {
    return { id, line: outcome.fragment.line, summary: outcome.summary };
  } catch (err) {
    return { id, problem: `extraction failed: ${(err as Error).message}` };
  }
}
