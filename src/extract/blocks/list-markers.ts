/**
 * How lists mark their items in every shape: a bullet glyph (a typographic bullet, a PDF font's
 * private-use symbol, a square), a dash or an asterisk, or an enumerator ("1)", "(a)", "1.", "(iv)").
 */
import type { MappedText } from '../text/mapped-text.ts';
import type { Block } from './block.ts';

/**
 * Bullet glyphs: typographic bullets, squares and arrows, the private-use symbols of PDF fonts, and an
 * asterisk and a space opening a line, as plain-text mail marks items (no sentence opens so).
 */
export const BULLET_GLYPH = /^\s*(?:[\u2022\u2023\u2043\u2219\u00b7\u25a0-\u25ff\u2794-\u27bf\u2713\u2714\u2756]|[\ue000-\uf8ff]|\*(?=\s))\s*(?=\S)/u;
/** Dashes mark an item only where a list may start: elsewhere they are punctuation. */
/** A dash between two list items that a page's copy or print ran into one line: " – Build …", " — By 2027, …". */
export const RUN_IN_ITEM_DASH = /\s[–—]\s+(?=[\p{Lu}\d])/gu;
export const DASH_BULLET = /^\s*[*\u2013\u2014-]\s+(?=\S)/u;

const ENUMERATOR = /^\s*(?:\(?(\d{1,2}|[a-z]|[ivx]{1,4})\)|(\d{1,2})\.)/;
/** How a list numbers its items: "1)", "(1)", "1.", "a)", "(a)", "(iv)". */
export const LIST_ENUMERATOR = new RegExp(String.raw`${ENUMERATOR.source}\s+(?=\S)`);

/** The positions an enumerator may stand for in its list: [1] for "1)" or "a)", [9, 1] for "(i)" (a letter or a numeral). */
export function enumeratorRanks(marker: string): number[] {
  const m = ENUMERATOR.exec(marker);
  const label = m?.[1] ?? m?.[2];
  if (!label) return [];
  if (/^\d+$/.test(label)) return [Number(label)];
  const roman = /^[ivx]+$/.test(label) ? romanValue(label) : null;
  const letter = label.length === 1 ? label.charCodeAt(0) - 96 : null;
  return [letter, roman].filter((r): r is number => r !== null);
}

function romanValue(numeral: string): number | null {
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let k = 0; k < numeral.length; k++) {
    const v = values[numeral[k]!]!;
    const next = values[numeral[k + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/** The next item of a series running on inside the line: "…; (2) …", ", and (c) …". */
const INLINE_SERIES = /[;,]\s*(?:and\s+|or\s+)?\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s/;

/** The kind of mark a line opens with, if any. */
export type ListMark = 'glyph' | 'dash' | 'number';

export function markOf(line: string): ListMark | null {
  if (BULLET_GLYPH.test(line)) return 'glyph';
  if (DASH_BULLET.test(line)) return 'dash';
  // "(1) steel and cement; (2) new materials …": a series inside a sentence that wrapped, not a list.
  if (LIST_ENUMERATOR.test(line) && !INLINE_SERIES.test(line)) return 'number';
  return null;
}

/**
 * Whether a line inside a paragraph starts a list item of its own: it opens with a mark, and the
 * line before it introduces a list (ends with a colon) or was an item with the same kind of mark.
 * "Key targets are:\n1) Reach …\n2) Create …" is a list; "… in 2025.\n2) …" in running text is not,
 * nor is "— including …" where a dash goes on with a bulleted item's wrapped sentence.
 */
export function startsListItem(line: string, previousLine: string, previousMark: ListMark | null): boolean {
  const mark = markOf(line);
  if (mark === null) return false;
  return mark === previousMark || /:\s*$/.test(previousLine);
}

/**
 * Whether a line opens the next item of a numbered list, given the text before it: its enumerator
 * follows the one that opened that text ("b) …" after "a) …"), or it is the first ("a) …") after a
 * line that ends in a colon.
 */
export function nextEnumeratedItem(line: string, previous: string): boolean {
  const marker = markOf(line) === 'number' ? LIST_ENUMERATOR.exec(line) : null;
  if (!marker) return false;
  const ranks = enumeratorRanks(marker[0]);
  const previousMarker = LIST_ENUMERATOR.exec(previous);
  if (!previousMarker) return ranks.includes(1) && /:\s*$/.test(previous);
  const previousRanks = enumeratorRanks(previousMarker[0]);
  return ranks.some((r) => previousRanks.includes(r - 1));
}

/**
 * Whether every line of a paragraph opens with the next enumerator of one series: "a) …\nb) …" or
 * "1) …\n2) …", a list that markdown does not see as one (it numbers only with digits and a blank line
 * before). A single numbered line, or numbers out of step, may be running text that wrapped.
 */
function isEnumeratedRun(lines: readonly MappedText[]): boolean {
  return (
    lines.length > 1 &&
    lines.every((line, i) =>
      i === 0 ? markOf(line.text) === 'number' && enumeratorRanks(line.text).includes(1) : nextEnumeratedItem(line.text, lines[i - 1]!.text),
    )
  );
}

/**
 * A paragraph's lines cut where list items start ("Key targets:\n– Reach …\n– Create …"): the lead-in,
 * then each item — a bulleted one without its glyph, a numbered one as printed (the document model
 * reads its number).
 */
export function splitListItems(lines: readonly MappedText[]): { kind: Block['kind']; lines: MappedText[] }[] {
  const groups: { kind: Block['kind']; lines: MappedText[] }[] = [];
  const firstMark = lines[0] ? markOf(lines[0].text) : null;
  // A paragraph that is nothing but bulleted lines is a list from its first line; so is one line with a bullet
  // glyph, and one dashed line that holds more dashed items run into it ("– By 2025, … – Build …").
  const allBulleted =
    (lines.length > 1 && firstMark !== 'number' && lines.every((l) => markOf(l.text) === firstMark)) ||
    (lines.length === 1 && firstMark === 'glyph') ||
    (lines.length === 1 && firstMark === 'dash' && new RegExp(RUN_IN_ITEM_DASH.source, 'u').test(lines[0]!.text.slice(2))) ||
    isEnumeratedRun(lines);
  let previousMark: ListMark | null = allBulleted ? firstMark : null;
  for (const line of lines) {
    const last = groups.at(-1);
    if ((last || allBulleted) && startsListItem(line.text, last?.lines.at(-1)!.text ?? '', previousMark)) {
      const glyph = BULLET_GLYPH.exec(line.text) ?? DASH_BULLET.exec(line.text);
      groups.push(glyph ? { kind: 'bullet', lines: [line.slice(glyph[0].length)] } : { kind: 'paragraph', lines: [line] });
      previousMark = markOf(line.text);
    } else if (last) last.lines.push(line);
    else groups.push({ kind: 'paragraph', lines: [line] });
  }
  return groups;
}
