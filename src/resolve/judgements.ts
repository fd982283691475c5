/**
 * A person's decisions on merges, as OpenSanctions' nomenklatura keeps them: "these two policy keys
 * are one document" or "they are not", in a versioned file (graph-schema/judgements.json) that every
 * extraction and load applies. A rejected pair is never merged by evidence nor proposed again.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export const Judgement = z.object({
  a: z.string().regex(/^policy:/, 'a policy key'),
  b: z.string().regex(/^policy:/, 'a policy key'),
  verdict: z.enum(['same', 'not-same']),
  /** When it was decided (ISO date-time): the file is read by people too. */
  at: z.string(),
});
export type Judgement = z.infer<typeof Judgement>;

const JudgementsFile = z.object({ version: z.literal(1), judgements: z.array(Judgement) });

/** The judgements file: graph-schema/judgements.json, or KG_JUDGEMENTS (a test's own file). */
export function judgementsPath(): string {
  return process.env.KG_JUDGEMENTS ?? new URL('../../graph-schema/judgements.json', import.meta.url).pathname;
}

export function readJudgements(file = judgementsPath()): Judgement[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const parsed = JudgementsFile.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file}: not a judgements file (${z.prettifyError(parsed.error)})`);
  return parsed.data.judgements;
}

/** Written whole to a temporary file and renamed, so a crash never leaves half a file. */
function writeJudgements(judgements: Judgement[], file: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ version: 1, judgements }, null, 2)}\n`);
  renameSync(temporary, file);
}

/** The same two keys in either order. */
export function pairOf(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Records a decision; a later decision on the same pair replaces the earlier one. */
export function recordJudgement(a: string, b: string, verdict: Judgement['verdict'], file = judgementsPath()): Judgement {
  if (a === b) throw new Error(`${a} is one key: a judgement joins or separates two`);
  const judgement = Judgement.parse({ a, b, verdict, at: new Date().toISOString() });
  const kept = readJudgements(file).filter((j) => pairOf(j.a, j.b) !== pairOf(a, b));
  writeJudgements([...kept, judgement], file);
  return judgement;
}

/** Takes back the last decision, returning it, or null when there is none. */
export function undoLastJudgement(file = judgementsPath()): Judgement | null {
  const judgements = readJudgements(file);
  const last = judgements.pop() ?? null;
  if (last) writeJudgements(judgements, file);
  return last;
}
