/**
 * Newsletters extracted on several cores, answered in the order given. Each file is read inside its
 * worker, so the CLI's process never holds more than the few fragments the window lets ahead of the
 * merge: memory stays flat however many files there are.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractOneFile, PortableFragment, type FileExtraction, type InputFileRef, type NewsletterSummary } from './extract-file.ts';

export type Outcome = FileExtraction | string;

/** A worker's answer for one file: the fragment as its JSON line, or the problem. */
export type WorkerAnswer = { id: number; problem: string } | { id: number; line: string; summary: NewsletterSummary };

/** Below this many files per worker, starting workers costs more than it saves. */
const FILES_PER_WORKER = 8;

/** One worker per core, but none for a handful of files (a monthly issue is extracted in-process). */
export function defaultWorkers(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER)));
}

function outcomeOf(answer: WorkerAnswer): Outcome {
  if ('problem' in answer) return answer.problem;
  return { fragment: PortableFragment.ofLine(answer.line), summary: answer.summary };
}

class ExtractionWorker {
  private readonly worker = new Worker(new URL('./extract-worker-entry.js', import.meta.url));
  private readonly waiting = new Map<number, { resolve: (o: Outcome) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  /** Files sent and not yet answered. */
  inHand = 0;
  /** Why the worker stopped, once it has: a file sent to it then would never be answered. */
  private stopped: Error | undefined;

  constructor() {
    this.worker.on('message', (answer: WorkerAnswer) => {
      this.inHand -= 1;
      this.waiting.get(answer.id)?.resolve(outcomeOf(answer));
      this.waiting.delete(answer.id);
    });
    const fail = (err: Error) => {
      this.stopped ??= err;
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`an extraction worker stopped (exit code ${code})`)));
  }

  extract(file: InputFileRef): Promise<Outcome> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    this.inHand += 1;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, file });
    });
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/** Files extracted ahead of the one the caller waits for, per worker: enough that one long file holds no worker up. */
const AHEAD_PER_WORKER = 8;

/**
 * Each file's outcome, in the order of `files`. With one worker the files are extracted in this
 * process. With more, a worker that finishes a file takes the next one (a long PDF on one worker does
 * not stall the others), while outcomes wait their turn in a window of a few files per worker: the
 * cores stay busy and memory bounded.
 */
export async function* extractInOrder(files: readonly InputFileRef[], workers: number): AsyncGenerator<{ file: InputFileRef; outcome: Outcome }> {
  if (workers <= 1) {
    for (const file of files) yield { file, outcome: await extractOneFile(file) };
    return;
  }
  const pool = Array.from({ length: workers }, () => new ExtractionWorker());
  const outcomes = new Map<number, Promise<Outcome>>();
  let sent = 0;
  let taken = 0;
  // Two files in hand per worker: one being extracted, one waiting, so no worker waits for the next message.
  const send = () => {
    while (sent < files.length && sent - taken < workers * AHEAD_PER_WORKER) {
      const worker = pool.reduce((a, b) => (b.inHand < a.inHand ? b : a));
      if (worker.inHand >= 2) return;
      const outcome = worker.extract(files[sent]!);
      // A worker that stops fails every file it holds; the first is thrown when its turn comes.
      outcome.catch(() => undefined).finally(send);
      outcomes.set(sent, outcome);
      sent += 1;
    }
  };
  try {
    send();
    for (const [i, file] of files.entries()) {
      const outcome = await outcomes.get(i)!;
      outcomes.delete(i);
      taken += 1;
      send();
      yield { file, outcome };
    }
  } finally {
    sent = files.length; // no more files once the caller stops
    await Promise.all(pool.map((w) => w.stop()));
  }
}
