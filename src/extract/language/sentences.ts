/** Sentence boundaries in newsletter prose, aware of abbreviations like "e.g.", "Co." and "U.S.". */

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const NO_BREAK_BEFORE = /(?:\b(?:e\.g|i\.e|etc|vs|Co|Corp|Inc|Ltd|No|Dr|Mr|Ms|Mrs|St|approx|incl|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z])$/;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const re = /[.!?](?=["”’)]?\s+(?:["“(]?[A-Z0-9]))/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(start, m.index);
    if (m[0] === '.' && NO_BREAK_BEFORE.test(before)) continue;
    const end = m.index + 1;
    pushTrimmed(sentences, text, start, end);
    start = end;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

/** Words a cut-short phrase cannot end on: "a catalogue of industries in", "guidelines for the". */
export const DANGLING_WORD =
  /^(?:of|for|on|in|and|or|to|by|with|at|from|under|over|into|within|during|across|through|between|among|toward|towards|via|per|than|as|about|against|including|&|the|a|an|all|every|each|its|their|this|these|such|some|more)$/i;

/** The sentence that contains position `at`. */
export function sentenceAt(text: string, at: number): Sentence {
  const all = splitSentences(text);
  return all.find((s) => at >= s.start && at < s.end) ?? all.at(-1) ?? { text, start: 0, end: text.length };
}
