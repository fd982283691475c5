/**
 * Newsletters extracted on several cores, answered in the order given. Each file is read inside its
 * worker, so the CLI's process never holds more than the few fragments the window lets ahead of the
 * merge: memory stays flat however many files there are.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EdgeAttributes, NodeAttributes } from '../../graph-schema/schema.ts';
import { factGraphOf } from '../graph/facts.ts';
import { extractOneFile, type FileExtraction, type InputFileRef, type NewsletterSummary } from './extract-file.ts';

export type Outcome = FileExtraction | string;

/** A worker's answer for one file: the fragment as graphology exports it, or the problem. */
export type WorkerAnswer =
  | { id: number; problem: string }
  | {
      id: number;
      graph: { nodes: { key: string; attributes?: NodeAttributes }[]; edges: { source: string; target: string; attributes?: EdgeAttributes }[] };
      summary: NewsletterSummary;
    };

/** Below this many files per worker, starting workers costs more than it saves. */
const FILES_PER_WORKER = 8;

/** One worker per core, but none for a handful of files (a monthly issue is extracted in-process). */
export function defaultWorkers(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER)));
}

function outcomeOf(answer: WorkerAnswer): Outcome {
  if ('problem' in answer) return answer.problem;
  const { nodes, edges } = answer.graph;
  // Every node and edge of a fragment has attributes; the export only types them as optional.
  const graph = factGraphOf({
    nodes: nodes.map((n) => ({ key: n.key, attributes: n.attributes! })),
    edges: edges.map((e) => ({ source: e.source, target: e.target, attributes: e.attributes! })),
  });
  return { graph, summary: answer.summary };
}

class ExtractionWorker {
  private readonly worker = new Worker(new URL('./extract-worker-entry.js', import.meta.url));
  private readonly waiting = new Map<number, { resolve: (o: Outcome) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor() {
    this.worker.on('message', (answer: WorkerAnswer) => {
      this.waiting.get(answer.id)?.resolve(outcomeOf(answer));
      this.waiting.delete(answer.id);
    });
    const fail = (err: Error) => {
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`an extraction worker stopped (exit code ${code})`)));
  }

  extract(file: InputFileRef): Promise<Outcome> {
    const id = this.nextId++;
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

/**
 * Each file's outcome, in the order of `files`. With one worker the files are extracted in this
 * process; with more, each worker has up to two files in hand, so the cores stay busy while the
 * caller merges what came back.
 */
export async function* extractInOrder(files: readonly InputFileRef[], workers: number): AsyncGenerator<{ file: InputFileRef; outcome: Outcome }> {
  if (workers <= 1) {
    for (const file of files) yield { file, outcome: await extractOneFile(file) };
    return;
  }
  const pool = Array.from({ length: workers }, () => new ExtractionWorker());
  try {
    const window: Promise<Outcome>[] = [];
    let sent = 0;
    const send = () => {
      if (sent < files.length) {
        const outcome = pool[sent % workers]!.extract(files[sent]!);
        // A worker that stops fails every file it holds; the first is thrown when its turn comes.
        outcome.catch(() => undefined);
        window.push(outcome);
      }
      sent += 1;
    };
    for (let i = 0; i < workers * 2; i++) send();
    for (const file of files) {
      const outcome = await window.shift()!;
      send();
      yield { file, outcome };
    }
  } finally {
    await Promise.all(pool.map((w) => w.stop()));
  }
}
