/**
 * At most N console queries at once, so analysts' searches and node reads stay fast while the
 * console is busy: one more is refused at once with 429 and Retry-After, never queued behind
 * queries that may each run to the time limit.
 */
import { HttpError } from './errors.ts';

export class ConsoleLimit {
  private running = 0;

  constructor(
    private readonly max: number,
    /** What Retry-After says: about how long a console query takes to finish or time out. */
    readonly retryAfterSeconds: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) {
      throw new HttpError(429, 'busy', `${this.max} console queries are running; try again in ${this.retryAfterSeconds} s`, {
        'Retry-After': String(this.retryAfterSeconds),
      });
    }
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
    }
  }
}
