/**
 * Whether a hyphen at a line's end only breaks a word a printer wrapped ("Con-" / "sumption") or belongs to a
 * compound ("high-" / "quality", "battery-" / "powered"), decided by an English word list
 * (an-array-of-english-words): the hyphen goes when the two parts make a word and the second is none alone
 * ("porate", "lished"), or the first is a two-letter prefix ("in-" / "formation", "re-" / "port").
 */
import { createRequire } from 'node:module';

let words: Set<string> | null = null;

/** The word list, read the first time a wrapped hyphen is met (most newsletters wrap none). */
function englishWords(): Set<string> {
  words ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return words;
}

const WORD_BEFORE_HYPHEN = /(?<![\p{L}\p{N}-])(\p{L}{2,})-$/u;
const WORD_AFTER = /^(\p{Ll}+)(?![\p{L}\p{N}-])/u;

/** Whether the hyphen that ends `before` splits one word with the start of `after`. */
export function hyphenBreaksWord(before: string, after: string): boolean {
  if (!before.endsWith('-')) return false;
  const left = WORD_BEFORE_HYPHEN.exec(before.slice(-40))?.[1];
  const right = WORD_AFTER.exec(after)?.[1];
  if (!left || !right) return false;
  const known = englishWords();
  return known.has(`${left}${right}`.toLowerCase()) && (!known.has(right) || left.length === 2);
}
