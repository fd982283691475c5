/** Joining lines that a PDF or an editor wrapped, without leaving artefacts in words or Chinese titles. */
import { MappedText } from './mapped-text.ts';
import { hyphenBreaksWord } from './hyphenation.ts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2e80-\u2fdf《》“”]/u;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** What goes between two wrapped lines: nothing inside a hyphenated compound or Chinese text, else a space. */
export function joiner(before: string, after: string): string {
  const last = before.at(-1);
  const first = after[0];
  if (last === undefined || first === undefined) return '';
  if (last === '-' && /[\p{L}\p{N}]/u.test(before.at(-2) ?? '')) return '';
  // A range wrapped after its dash goes on with its end: "(2024–" + "2030)".
  if (/[–—]/.test(last) && /\d/.test(before.at(-2) ?? '') && /\d/.test(first)) return '';
  if (isCjk(last) && (isCjk(first) || /[)）》」]/.test(first))) return '';
  if (isCjk(first) && /[(（《「]/.test(last)) return '';
  if (isCjk(last) && isCjk(first)) return '';
  // Inside a Chinese title in brackets a line wraps with no space, whatever comes next: "(关于推动" + "5G加快…".
  if (isCjk(last) && /[\p{L}\p{N}]/u.test(first) && IN_CHINESE_BRACKET.test(before)) return '';
  return ' ';
}

/** An open bracket at the end of a text whose content so far is Chinese. */
const IN_CHINESE_BRACKET = /[(（][^()（）]*\p{Script=Han}[^()（）]*$/u;

/** Two wrapped lines as one: joined by `joiner`, a hyphen that only broke a word dropped ("Con-" "sumption"). */
export function joinWrapped(before: MappedText, after: MappedText): MappedText {
  if (hyphenBreaksWord(before.text, after.text)) return MappedText.concat([before.slice(0, before.length - 1), after]);
  return MappedText.concat([before, joiner(before.text, after.text), after]);
}

/** Joins lines into one run of text, trimming each and collapsing runs of spaces into one. */
export function joinLines(lines: readonly MappedText[]): MappedText {
  const parts: (MappedText | string)[] = [];
  let soFar = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length === 0) continue;
    const last = parts.at(-1);
    if (last instanceof MappedText && hyphenBreaksWord(soFar, line.text)) {
      parts[parts.length - 1] = last.slice(0, last.length - 1);
      soFar = soFar.slice(0, -1);
    } else if (soFar.length > 0) {
      const sep = joiner(soFar, line.text);
      parts.push(sep);
      soFar += sep;
    }
    parts.push(line);
    soFar += line.text;
  }
  return collapseSpaces(MappedText.concat(parts));
}

/** Collapses runs of white space into one space, keeping the map to the source. */
export function collapseSpaces(text: MappedText): MappedText {
  const parts: MappedText[] = [];
  const re = /\s{2,}|[\t\u00a0]/g;
  let last = 0;
  for (let m = re.exec(text.text); m; m = re.exec(text.text)) {
    parts.push(text.slice(last, m.index + 1));
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  const joined = MappedText.concat(parts);
  // A kept white-space character may be a tab or a no-break space: make it a plain space.
  return /[\t\u00a0]/.test(joined.text) ? replaceChars(joined, /[\t\u00a0]/g, ' ') : joined;
}

function replaceChars(text: MappedText, re: RegExp, by: string): MappedText {
  const parts: (MappedText | string)[] = [];
  let last = 0;
  for (let m = re.exec(text.text); m; m = re.exec(text.text)) {
    parts.push(text.slice(last, m.index), by);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return MappedText.concat(parts);
}
