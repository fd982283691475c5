/**
 * Reads text copied from a web page (a brief on merics.org, selected and pasted): a paragraph is
 * one long line, paragraphs are separated by a single line break or a blank line, and list items
 * lose their bullets — they are the short lines after a paragraph that ends with a colon ("Key
 * targets are:"), up to the next label ("MERICS comment:") or blank line. A line in brackets after
 * a title ("(工业和信息化部关于…的通知) (Link)") continues it.
 */
import type { Block, BlockReading, Link } from './block.ts';
import { READING_TIME, RULE_LINE, splitLines, TOC_LINE, URL_LINE } from './lines.ts';
import { tableFields } from './table-fields.ts';
import { MappedText } from '../text/mapped-text.ts';
import { fieldLabel, isBareLabel } from '../labels.ts';
import { BULLET_GLYPH, DASH_BULLET } from './list-markers.ts';

const NUMBERED = /^\s*\d{1,2}\.\s+\S/;
const CONTINUATION = /^\s*\((?:[\p{Script=Han}"“]|Link\))/u;

/** A line that holds nothing but the page's reading time. */
const READING_TIME_LINE = new RegExp(`^\\s*${READING_TIME}\\s*$`, 'im');

/**
 * Whether text was copied from a web page rather than pulled from a PDF: its paragraphs are not
 * wrapped, so lines run far past a printed page's width and almost none breaks off mid-sentence;
 * or the page's own reading time is there, which tells a short page whose paragraphs are all short.
 */
export function looksLikeWebText(text: string): boolean {
  if (READING_TIME_LINE.test(text)) return true;
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (lines.length === 0) return false;
  const long = lines.filter((l) => l.length > 180).length;
  // A PDF's text wraps every paragraph: many lines end mid-sentence and the next goes on in lower case.
  const wrapped = lines.filter((l, i) => !/[.:;!?)]$/.test(l) && /^[a-z(]/.test(lines[i + 1] ?? '')).length;
  // Two long lines will do on a short page (a single brief item); a PDF text has at most a stray one among hundreds.
  return long >= 2 && (long / lines.length > 0.08 || wrapped / lines.length < 0.05);
}

export function readWebText(text: string): BlockReading {
  const blocks: Block[] = [];
  const links: Link[] = [];
  let inList = false;
  const push = (kind: Block['kind'], line: MappedText) => blocks.push({ kind, lines: [line], level: 0, afterPageBreak: false });

  // A table copied from a page: a run of lines whose cells a tab sets apart ("Issued by<TAB>MOF, STA").
  let tableRows: MappedText[][] = [];
  const flushTable = () => {
    const fields = tableFields(tableRows);
    // A table that sets out no fields (figures, a layout) stays as the lines it was.
    const asLines = tableRows.map((cells) => ({ kind: 'paragraph' as const, line: MappedText.concat(cells.flatMap((c, i) => (i === 0 ? [c] : [' ', c]))) }));
    for (const { kind, line } of fields.length > 0 ? fields : asLines) push(kind, line);
    tableRows = [];
  };

  for (const line of splitLines(text)) {
    const t = line.text;
    if (/\S\t+\S/.test(t)) {
      tableRows.push(cellsOf(line));
      inList = false;
      continue;
    }
    if (tableRows.length > 0) flushTable();
    if (t.trim().length === 0 || TOC_LINE.test(t) || RULE_LINE.test(t)) {
      inList = false;
      continue;
    }
    if (URL_LINE.test(t)) {
      links.push({ url: t.trim(), at: line.sourceOffset(0) });
      continue;
    }
    const last = blocks.at(-1);
    if (last && CONTINUATION.test(t)) {
      last.lines.push(line);
      continue;
    }
    const glyph = BULLET_GLYPH.exec(t) ?? DASH_BULLET.exec(t);
    if (glyph) {
      push('bullet', line.slice(glyph[0].length));
      continue;
    }
    // A label on a line of its own ("At a glance:") heads the paragraph under it; it opens no list.
    if (last && isBareLabel(last.lines.at(-1)!.text) && last.lines.length === 1 && !fieldLabel().test(t)) {
      last.lines.push(line);
      inList = false;
      continue;
    }
    if (fieldLabel().test(t) || NUMBERED.test(t)) inList = false;
    else if (last && /:\s*$/.test(last.lines.at(-1)!.text)) inList = true;
    push(inList ? 'bullet' : 'paragraph', line);
  }
  if (tableRows.length > 0) flushTable();
  return { blocks, furniture: { footers: [] }, links };
}

/** A copied table row's cells, apart at its tabs. */
function cellsOf(line: MappedText): MappedText[] {
  const cells: MappedText[] = [];
  let from = 0;
  for (const tab of line.text.matchAll(/\t+/g)) {
    cells.push(line.slice(from, tab.index).trim());
    from = tab.index + tab[0].length;
  }
  cells.push(line.slice(from).trim());
  return cells.filter((c) => c.text.length > 0);
}
