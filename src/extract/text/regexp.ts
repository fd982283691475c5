/** The one place a piece of text becomes a literal in a regular expression, and how long patterns are run fast. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern source whose letters match in either case, for one part of a pattern that must keep case elsewhere
 * (`\p{Lu}` under the `i` flag matches lower case too): "Healthcare" → "[Hh][Ee]…", which reads "HealthCare".
 */
export const inAnyCase = (source: string): string =>
  source.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));

/** Vocabulary words as one alternation, either apostrophe and any spacing as printed: "China's", "the country's". */
export const wordAlternation = (list: readonly string[]): string => list.map((w) => escapeRegExp(w).replace(/'/g, "['’]").replace(/\s+/g, '\\s+')).join('|');

/** What a text is searched with, as `RegExp.exec` and `RegExp.test` search: one pattern or several. */
export interface TextPattern {
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/** Several ways of finding one thing, as one pattern: the first that finds it gives the match. */
export function firstOf(...finders: readonly ((text: string) => RegExpExecArray | null)[]): TextPattern {
  const exec = (text: string) => {
    for (const find of finders) {
      const found = find(text);
      if (found) return found;
    }
    return null;
  };
  return { exec, test: (text) => exec(text) !== null };
}

/** A letter or a digit: what may not stand right before a name for the name to begin there. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export const LETTER_DIGIT_OR_HYPHEN = /[\p{L}\p{N}-]/u;

/** The code point before `index`, whole even when it lies outside the basic plane. */
function charBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.charAt(index - 1);
}

/**
 * The matches of a global pattern that do not follow a character `notAfter` matches: exactly what a
 * leading `(?<![…])` would give, found about three times faster. V8 skips ahead to where a match may
 * begin only when the pattern does not open with a lookbehind, and the alternations of hundreds of
 * registered names run over every text of every newsletter.
 */
export function matchesNotAfter(text: string, pattern: RegExp, notAfter: RegExp): RegExpExecArray[] {
  // The pattern itself, not a copy (copying a pattern of thousands of characters costs more than
  // scanning a sentence with it); all matches are taken at once, so no other scan can come between.
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const refused = m.index > 0 && notAfter.test(charBefore(text, m.index));
    if (!refused) found.push(m);
    // On one character from where a refused match began (or past an empty one), a whole character:
    // inside a surrogate pair a unicode pattern starts again at the pair, and would find it again.
    if (refused || m[0] === '') pattern.lastIndex = m.index + String.fromCodePoint(text.codePointAt(m.index) ?? 0).length;
  }
  return found;
}
