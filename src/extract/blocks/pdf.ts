/**
 * Reads a PDF newsletter with pdfjs-dist: text items with their positions → lines → reading order
 * across as many columns as the gutters between them show; running headers, footers and page
 * numbers dropped by position and repetition (the issue line among them kept as furniture for the
 * issue date); headlines told by font size; paragraphs by vertical gaps; document fields set in a
 * table (a label's cell beside its value's) as "Label: value" lines, and a table of goals as its
 * list (pdf-tables.ts). The result is the text of the PDF in the pdf-text shape — paragraphs
 * separated by blank lines, bullets with their glyph — which the pdf-text reader then reads into
 * blocks, so one reading of the language serves both. Source spans refer to that text.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { InputError } from '../input.ts';
import { fieldLabel, labelAlone } from '../labels.ts';
import { PAGE_NUMBER_LINE } from './lines.ts';
import { joiner } from '../text/join.ts';
import { hyphenBreaksWord } from '../text/hyphenation.ts';
import { LIST_ENUMERATOR } from './list-markers.ts';
import { besideChinese, itemsText, wrapLeading, type Item, type Line } from './pdf-geometry.ts';
import { withHeadedTables, withTables } from './pdf-tables.ts';

/**
 * Fonts whose glyphs map to the radical blocks ("⼒" for 力, "⻔" for 门) rather than the characters:
 * the Kangxi radicals fold back by NFKC, the supplement's simplified forms by this table.
 */
const RADICALS = /[\u2e80-\u2fdf]/gu;
const SUPPLEMENT: Record<string, string> = {
  '⻔': '门',
  '⻅': '见',
  '⻛': '风',
  '⻓': '长',
  '⻋': '车',
  '⻢': '马',
  '⻄': '西',
  '⻉': '贝',
  '⻜': '飞',
  '⻝': '食',
  '⻆': '角',
  '⻤': '鬼',
  '⻘': '青',
  '⻨': '麦',
  '⻩': '黄',
  '⻬': '齐',
  '⻮': '齿',
  '⻳': '龟',
  '⻰': '龙',
  '⺠': '民',
  '⻚': '页',
  '⻙': '韦',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻑': '長',

  '⺟': '母',
  '⺩': '王',
  '⻣': '骨',
};
const foldRadicals = (s: string) => s.replace(RADICALS, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC'));
/** Control characters a glyph without a Unicode mapping comes out as. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\ufffd]/g;

/** A PDF's fonts often map the en dash to the figure dash (U+2012); the text means an en dash ("Jan. 25 – Didi …"). */
const FIGURE_DASH = /\u2012/g;

const BULLET_GLYPH = /^[\u00b7\u2022\u25aa\u25cf\u2013\ue000-\uf8ff]\s/u;

/** A dash then a word in lower case: the sentence goes on, as in "… – such as AI – …". */
const DASH_THEN_LOWER = /^[\u2013\u2014]\s+\p{Ll}/u;

/** "3. Top leadership sets out …": a numbered line, which a page turn does not join to the line before it. */
const NUMBERED_LINE = /^\d{1,2}[.)]\s+\p{Lu}/u;

/** A PDF of this many pages or more is no monthly newsletter. */
export const MAX_PDF_PAGES = 60;
/** The share of a page's height at its top and bottom where running headers and footers stand. */
const MARGIN_SHARE = 0.08;

export function looksLikePdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

/**
 * Where a stretch of the laid-out text stands in the PDF: its page (from 1) and its box in PDF points,
 * [left, bottom, right, top] with the origin at the page's bottom left, as PDF viewers address it.
 */
export interface PdfPlace {
  start: number;
  end: number;
  page: number;
  box: [number, number, number, number];
}

export interface PdfText {
  text: string;
  /** One place per printed line, in text order. */
  places: PdfPlace[];
}

/** The PDF's text in reading order, paragraphs separated by blank lines; InputError when it has none to give. */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  let pdf;
  try {
    pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (err) {
    const e = err as { name?: string; message?: string };
    if (e.name === 'PasswordException') throw new InputError('the PDF is encrypted with a password; save an unprotected copy');
    throw new InputError(`the PDF cannot be read (${e.message ?? String(err)}); it may be truncated or damaged`);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw new InputError(`the PDF has ${pdf.numPages} pages; a newsletter has at most ${MAX_PDF_PAGES}`);
    const pages: { lines: Line[]; height: number }[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items
        .filter((i): i is TextItem => 'str' in i && i.str.replace(CONTROL, '').trim().length > 0)
        .map((i) => ({
          str: foldRadicals(i.str).replace(CONTROL, '').replace(FIGURE_DASH, '\u2013'),
          x: i.transform[4],
          y: i.transform[5],
          width: i.width,
          size: Math.hypot(i.transform[2], i.transform[3]) || i.height,
        }));
      pages.push({ lines: readingOrder(items, width, height, n), height });
    }
    const laidOut = layout(dropRunningLines(pages));
    if (laidOut.text.trim().length === 0) throw new InputError('the PDF has no text layer (scanned or image-only); run OCR on it first');
    return laidOut;
  } finally {
    await pdf.destroy();
  }
}

/**
 * Items on one baseline form a line. Columns are told by their gutters: strips of the page between
 * text that (nearly) no item crosses — one strip makes two columns, two make three.
 */
function readingOrder(items: Item[], pageWidth: number, pageHeight: number, page: number): Line[] {
  // A running header or page number centred over the gutter crosses it: the page's edges (half the
  // margin where running lines are looked for, which body text may reach) tell nothing of the columns.
  const edge = (MARGIN_SHARE / 2) * pageHeight;
  const cuts = gutters(
    items.filter((i) => i.y < pageHeight - edge && i.y > edge),
    pageWidth,
  );
  if (cuts.length === 0) return indent(withTables(fieldCells(withHeadedTables(lines(items, page)))));
  const crosses = (i: Item) => cuts.some((c) => i.x < c - 3 && i.x + i.width > c + 3);
  const across = items.filter(crosses);
  const columnOf = (i: Item) => cuts.filter((c) => i.x >= c - 3).length;
  const columns = cuts.concat(Infinity).map((_c, k) =>
    indent(
      withTables(
        fieldCells(
          withHeadedTables(
            lines(
              items.filter((i) => !crosses(i) && columnOf(i) === k),
              page,
            ),
          ),
        ),
      ),
    ),
  );
  // A line across the columns cuts the page into bands, read top to bottom: in each band the columns
  // from left to right, then the line that ends the band. A section title set over the columns may be
  // short and stand in the first, but then nothing stands beside it in the others.
  const bodySize = median(items.map((i) => i.size));
  const besideNothing = (l: Line) => !columns.slice(1).some((c) => c.some((r) => Math.abs(r.y - l.y) < l.size * 1.5));
  const titles = columns[0]!.filter((l) => l.size > bodySize * 1.3 && besideNothing(l));
  const spanning = [...lines(across, page), ...titles].sort((a, b) => b.y - a.y);
  const out: Line[] = [];
  let upper = Infinity;
  for (const cut of [...spanning, null]) {
    const lower = cut ? cut.y : -Infinity;
    const inBand = (l: Line) => l.y < upper && l.y > lower && !titles.includes(l);
    for (const column of columns) out.push(...column.filter(inBand));
    if (cut) out.push(cut);
    upper = lower;
  }
  return out;
}

/** The smallest gap between columns, in points: wider than any space between words. */
const MIN_GUTTER = 8;
/** Lines beside each other across a gutter, at least: a last page's columns may hold two lines each. */
const MIN_LINES_BESIDE = 2;

/**
 * The x of each gutter's middle, left to right: a strip at least MIN_GUTTER wide inside the text that
 * at most a tenth of the lines beside it cross (a title set over the columns does), narrowed to where
 * no item of the columns on either side reaches in, with lines of text side by side across it.
 */
function gutters(items: Item[], pageWidth: number): number[] {
  if (items.length < 2 * MIN_LINES_BESIDE) return [];
  const bin = 2;
  const cover = new Array<number>(Math.ceil(pageWidth / bin) + 1).fill(0);
  for (const i of items) for (let b = Math.max(0, Math.floor(i.x / bin)); b < Math.min(cover.length, Math.ceil((i.x + i.width) / bin)); b++) cover[b]! += 1;
  const left = Math.min(...items.map((i) => i.x));
  const right = Math.max(...items.map((i) => i.x + i.width));
  const few = Math.ceil(Math.max(...cover) / 10);
  const bodySize = median(items.map((i) => i.size));
  const found: number[] = [];
  let runStart = -1;
  const last = Math.floor(right / bin) - 1;
  for (let b = Math.ceil(left / bin) + 1; b <= last; b++) {
    const open = cover[b]! <= few;
    if (open && runStart < 0) runStart = b;
    if ((!open || b === last) && runStart >= 0) {
      const gutter = narrowed(items, runStart * bin, b * bin, bodySize);
      if (gutter && linesBeside(items, gutter) >= MIN_LINES_BESIDE) found.push((gutter[0] + gutter[1]) / 2);
      runStart = -1;
    }
  }
  return found;
}

/**
 * Lines of words beside each other across a strip, the fewer of the two sides: a line on one side counts
 * when it stands within the height the other side's lines span — as columns do, and a ragged margin does not.
 */
function linesBeside(items: Item[], [x0, x1]: [number, number]): number {
  // A contents page's page numbers, set right with no leader, stand beside its titles but make no column.
  const text = items.filter((i) => !/^[\s\d.…·]*$/.test(i.str));
  const [left, right] = [text.filter((i) => i.x + i.width <= x0 + 2), text.filter((i) => i.x >= x1 - 2)];
  const within = (side: Item[], other: Item[]) => {
    const [low, high] = [Math.min(...other.map((i) => i.y)) - 2, Math.max(...other.map((i) => i.y)) + 2];
    return new Set(side.filter((i) => i.y >= low && i.y <= high).map((i) => Math.round(i.y))).size;
  };
  return left.length === 0 || right.length === 0 ? 0 : Math.min(within(left, right), within(right, left));
}

/**
 * A strip few items cross, without what reaches into it from either side: the long last line of a
 * short column ("For more information, please contact:") is the column's, not the gutter's. Null when
 * what is left is narrower than MIN_GUTTER.
 */
function narrowed(items: Item[], x0: number, x1: number, bodySize: number): [number, number] | null {
  let [from, to] = [x0, x1];
  // A heading set over the columns may end in the gutter ("THIS MONTH'S TOP 5"): it is no column's line.
  for (const i of items.filter((item) => item.size <= bodySize * 1.3)) {
    const end = i.x + i.width;
    if (i.x < x0 && end > x0 && end < x1) from = Math.max(from, end);
    if (i.x > x0 && i.x < x1 && end > x1) to = Math.min(to, i.x);
  }
  return to - from >= MIN_GUTTER ? [from, to] : null;
}

/** Marks the lines of one column that stand out from its left edge. */
function indent(column: Line[]): Line[] {
  // A page number centred under the gutter falls in a column, but its edge is none.
  const text = column.filter((l) => !PAGE_NUMBER_LINE.test(l.text));
  const edge = Math.min(...(text.length > 0 ? text : column).map((l) => l.x));
  return column.map((l) => ({ ...l, indented: l.x - edge > l.size * 0.8 }));
}

function lines(items: Item[], page: number): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: { items: Item[]; y: number }[] = [];
  for (const item of sorted) {
    // Text printed over other text on its baseline is a layer of its own, as a cookie banner laid over the
    // page ("Accept all" over "DECEMBER 7, 2021"): a line of its own, not words of the line beneath.
    const line = out.find((l) => Math.abs(l.y - item.y) < Math.max(2, item.size * 0.3) && !l.items.some((p) => overlaps(p, item)));
    if (line) line.items.push(item);
    else out.push({ items: [item], y: item.y });
  }
  return out.map(({ items: parts, y }) => {
    parts.sort((a, b) => a.x - b.x);
    const x = parts[0]!.x;
    const end = parts.at(-1)!.x + parts.at(-1)!.width;
    const size = Math.max(...parts.map((p) => p.size));
    const printed = itemsText(parts);
    // ("Policy      name: …", a justified line's label, is a field already, no table's cell.)
    return { text: printed, x, y, width: end - x, size, page, items: parts, ...(fieldLabel().test(printed) ? {} : labelCell(parts, size)) };
  });
}

/**
 * Two items of text that cover each other by more than a letter's width. (A bracket after a full-width one of
 * Chinese sits inside the space of that one, half a letter.)
 */
function overlaps(a: Item, b: Item): boolean {
  return Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > Math.min(a.size, b.size) * 1.2;
}

/** A line that opens with a field's label alone in a cell of its own: the label, then a wide gap or nothing. */
function labelCell(items: readonly Item[], size: number): Pick<Line, 'cell'> {
  // (A PDF may print the space between the cells as an item of its own.)
  const parts = items.filter((p) => p.str.trim() !== '');
  for (let k = 1; k <= Math.min(3, parts.length); k++) {
    const label = parts
      .slice(0, k)
      .map((p) => p.str.trim())
      .join(' ');
    const labelEnd = parts[k - 1]!.x + parts[k - 1]!.width;
    const next = parts[k];
    // (Set apart by a wide gap, or by none that shows: a label's item may be wider than its letters.)
    if (labelAlone(label)) return { cell: { label, labelEnd, valueX: next?.x ?? null, apart: !next || next.x - labelEnd > size * 1.5 } };
  }
  return {};
}

/**
 * A label that its narrow cell wrapped over two lines ("Issuing" / "bodies"), its value's line between
 * them: one label line, at their middle.
 */
function wrappedLabels(column: Line[]): Line[] {
  const out = [...column];
  for (let i = 0; i < out.length; i++) {
    const first = out[i]!;
    if (first.cell || first.text.length > 30) continue;
    const j = out.findIndex((l, k) => k > i && Math.abs(l.x - first.x) < first.size * 2 && l.page === first.page);
    const second = out[j];
    if (!second || second.cell || first.y - second.y > first.size * 3.5) continue;
    const label = `${first.text} ${second.text}`;
    if (!labelAlone(label)) continue;
    // (Only lines set to the right stand between the two halves: the value's.)
    if (out.slice(i + 1, j).some((l) => l.x <= Math.max(first.x, second.x) + first.size)) continue;
    const end = Math.max(first.x + first.width, second.x + second.width);
    const merged: Line = {
      ...first,
      text: label,
      y: (first.y + second.y) / 2,
      width: end - first.x,
      cell: { label, labelEnd: end, valueX: null, apart: true },
    };
    out.splice(j, 1);
    out.splice(i, 1, merged);
  }
  return out;
}

/** A table's row as one line: its label, a colon, and its value's lines top to bottom. */
function fieldLine(owner: Line, values: readonly Line[]): Line {
  const own = owner.cell!.valueX === null ? [] : [{ ...owner, text: owner.text.slice(owner.cell!.label.length).trim() }];
  const parts = [...values, ...own].sort((a, b) => b.y - a.y);
  let value = '';
  for (const p of parts) value += (value ? joiner(value, p.text) : '') + p.text;
  const right = Math.max(owner.x + owner.width, ...parts.map((p) => p.x + p.width));
  // (The row keeps no items: it is read already, and the table reader, which reads items, must pass it by.)
  const { cell, items: _items, ...line } = owner;
  return { ...line, text: `${cell!.label}: ${value}`, y: Math.min(owner.y, ...parts.map((p) => p.y)), width: right - owner.x };
}

/**
 * A table of document fields, as a page sets them in a box: each label in a cell, its value in the cell
 * beside it over one line or several, the label standing at the middle of its value's lines. Each row
 * becomes one line, "Label: value", as the text shapes print fields.
 */
function fieldCells(printed: Line[]): Line[] {
  const column = wrappedLabels(printed);
  const valueX = (l: Line) =>
    l.cell!.valueX ??
    column.find((v) => !v.cell && v.page === l.page && Math.abs(v.y - l.y) < l.size * 2 && v.x >= l.cell!.labelEnd - 1 && v.x > l.x + l.size)?.x ??
    null;
  // A label close to its value is a cell when its value starts where another row's value does.
  const values = column.filter((l) => l.cell?.valueX != null);
  const sharesValueX = (l: Line) => values.some((o) => o !== l && o.page === l.page && Math.abs(o.cell!.valueX! - l.cell!.valueX!) < l.size);
  const cells = column.filter((l) => l.cell && (l.cell.apart || (l.cell.valueX !== null && sharesValueX(l))));
  const xs = new Map(cells.map((l) => [l, valueX(l)]));
  // (A label alone on its line with its text under it, at the column's edge, is no table's.)
  const labelled = [...xs].filter(([, x]) => x !== null).map(([l]) => l);
  if (labelled.length === 0) return column;
  // The lines of the value column, and the labels printed on a value's line, top to bottom: rows part
  // where the gap is wider than between the lines of one cell.
  const inColumn = (l: Line) => labelled.some((lab) => lab.page === l.page && Math.abs(l.x - xs.get(lab)!) < lab.size);
  const stacked = column.filter((l) => (!xs.has(l) && inColumn(l)) || (xs.has(l) && l.cell!.valueX !== null));
  const gaps = stacked.slice(1).map((l, i) => (l.page === stacked[i]!.page ? stacked[i]!.y - l.y : Infinity));
  const step = Math.min(...gaps.filter((g) => g > 0));
  const groups: Line[][] = [];
  stacked.forEach((l, i) => (i === 0 || gaps[i - 1]! > step * 1.1 ? groups.push([l]) : groups.at(-1)!.push(l)));
  joinCellsAroundLabels(groups, labelled);
  const rows = new Map<Line, Line[]>();
  for (const group of groups) {
    // A row's label stands beside one of its lines or between two of them.
    const [top, bottom] = [group[0]!.y, group.at(-1)!.y];
    const owners = labelled.filter((l) => l.page === group[0]!.page && l.y <= top + 2 && l.y >= bottom - 2);
    for (const owner of owners) rows.set(owner, []);
    // (Rows of one line each part by no wider gap: each line goes to the label nearest to it.)
    for (const line of group.filter((l) => !owners.includes(l))) {
      const nearest = [...owners].sort((x, y) => Math.abs(x.y - line.y) - Math.abs(y.y - line.y))[0];
      if (nearest) rows.get(nearest)!.push(line);
    }
  }
  const ownerOf = new Map<Line, Line>();
  for (const [owner, values] of rows) for (const line of [owner, ...values]) ownerOf.set(line, owner);
  const out: Line[] = [];
  const emitted = new Set<Line>();
  for (const line of column) {
    const owner = ownerOf.get(line);
    if (!owner) out.push(line);
    else if (!emitted.has(owner)) {
      emitted.add(owner);
      out.push(fieldLine(owner, rows.get(owner)!));
    }
  }
  return out;
}

/**
 * A label standing between two groups of value lines, beside neither, stands at the middle of one cell whose
 * lines a taller line set further apart than the table's step — a Chinese title's line, in a fallback font
 * with more leading: the two groups are one row's.
 */
function joinCellsAroundLabels(groups: Line[][], labels: readonly Line[]): void {
  const beside = (group: readonly Line[], label: Line) => label.y <= group[0]!.y + 2 && label.y >= group.at(-1)!.y - 2;
  for (let i = 0; i + 1 < groups.length; i++) {
    const [upper, lower] = [groups[i]!, groups[i + 1]!];
    const [above, below] = [upper.at(-1)!, lower[0]!];
    // (One cell's lines: on one page, in one column, one line apart — a label printed above its value leaves two.)
    if (above.page !== below.page || Math.abs(above.x - below.x) > above.size || above.y - below.y > above.size * 1.9) continue;
    const between = labels.some(
      (l) =>
        l.page === above.page &&
        l.y < above.y - 2 &&
        l.y > below.y + 2 &&
        l.cell!.labelEnd <= above.x + 1 &&
        !groups.some((g) => g[0]!.page === l.page && beside(g, l)),
    );
    if (between) groups.splice(i--, 2, [...upper, ...lower]);
  }
}

/**
 * Lines in the top or bottom margin that repeat on most pages (digits aside), or are page numbers — or, on a
 * PDF of one page, where nothing can repeat, the page's top line set smaller than its text. The issue line is
 * kept apart.
 */
function dropRunningLines(pages: { lines: Line[]; height: number }[]): Line[] {
  const inMargin = (l: Line, height: number) => l.y > height * (1 - MARGIN_SHARE) || l.y < height * MARGIN_SHARE;
  const shape = (t: string) => t.replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  for (const p of pages)
    for (const s of new Set(p.lines.filter((l) => inMargin(l, p.height)).map((l) => shape(l.text)))) counts.set(s, (counts.get(s) ?? 0) + 1);
  const header = pages.length === 1 ? smallTopLine(pages[0]!.lines, pages[0]!.height) : null;
  // Repeated means on two pages at least: on a two-page PDF, once is not half of them.
  const often = Math.max(2, Math.ceil(pages.length / 2));
  const running = (l: Line, height: number) =>
    inMargin(l, height) && (PAGE_NUMBER_LINE.test(l.text) || l === header || (counts.get(shape(l.text)) ?? 0) >= often);
  const fixed = fixedLines(pages, often);
  const kept: Line[] = [];
  let furniture: Line | null = null;
  for (const p of pages) {
    for (const l of p.lines) {
      if (running(l, p.height)) furniture ??= /\d{4}/.test(l.text) ? l : null;
      else if (!fixed.has(placed(l))) kept.push(l);
    }
  }
  // The running header often prints the issue date: it stays, once, at the top.
  return furniture ? [{ ...furniture, page: 0 }, ...kept] : kept;
}

/** A line's words and its place on its page. */
const placed = (l: Line) => `${Math.round(l.x)}|${Math.round(l.y)}|${l.text}`;

/**
 * The same words at the same place on `often` pages, wherever on the page: what a browser prints on every page
 * of a web page it prints, as a cookie notice fixed to the window ("We use cookies to improve your
 * experience."), laid over the article's lines. Body text never repeats so; a few words might, by chance.
 */
function fixedLines(pages: readonly { lines: Line[] }[], often: number): Set<string> {
  const counts = new Map<string, number>();
  for (const p of pages)
    for (const key of new Set(p.lines.filter((l) => l.text.split(' ').length >= 4).map(placed))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= often).map(([key]) => key));
}

/**
 * The line above every other on a page, in its top margin, set smaller than the page's text: a running
 * header ("MERICS China Industries" over three columns), which a column would otherwise take in.
 */
function smallTopLine(lines: readonly Line[], height: number): Line | null {
  const top = lines.reduce<Line | null>((a, l) => (a === null || l.y > a.y ? l : a), null);
  if (top === null || top.y < height * (1 - MARGIN_SHARE)) return null;
  return top.size < median(lines.map((l) => l.size)) * 0.95 && !lines.some((l) => l !== top && Math.abs(l.y - top.y) < top.size) ? top : null;
}

/** The widest gap between two lines of one paragraph or list item (wider beside a line of Chinese). */
function wrapGap(previous: Line, line: Line, lineGap: number): number {
  return lineGap * wrapLeading(previous.text, line.text);
}

/** The gap above a line that parts it from the paragraph before: wider than a wrap, and than a line of its size. */
function paragraphGap(previous: Line, line: Line, lineGap: number): number {
  return Math.max(wrapGap(previous, line, lineGap), line.size * (besideChinese(previous.text, line.text) ? 1.6 : 1.45));
}

/** Lines as text: a blank line where the gap is wider than a line, the font grows (a headline) or a page turns. */
function layout(all: Line[]): PdfText {
  const bodySize = median(all.map((l) => l.size));
  // The usual distance between the lines of a paragraph; a paragraph or list item adds to it. (Not the median: where
  // most paragraphs are two or three lines long, as a web page's are, half the gaps are between paragraphs.)
  const lineGap = quantile(
    all
      .slice(1)
      .map((l, i) => all[i]!.y - l.y)
      .filter((g) => g > 0 && g < bodySize * 3),
    0.3,
  );
  const runs = indentedRuns(all, lineGap);
  const out: string[] = [];
  // Each printed line's place in `out`: its output line and where in it the line's text starts.
  // Where each line stands in the text, and how many characters of its end the text left out.
  const placed: { line: Line; row: number; column: number; cut?: number }[] = [];
  let previous: Line | null = null;
  for (const line of all) {
    const headline = line.size > bodySize * 1.15;
    const gap = previous ? previous.y - line.y : 0;
    // A list item's glyph hangs in the margin and its text wraps indented: the indented line goes on with the item.
    const wrapsItem =
      previous !== null && BULLET_GLYPH.test(previous.text) && !previous.indented && line.indented === true && gap <= wrapGap(previous, line, lineGap);
    // A numbered item opens on its number, though the item before it is indented as well and no gap parts them.
    const numbered = LIST_ENUMERATOR.test(line.text);
    const startsItem =
      line.indented === true &&
      !wrapsItem &&
      (!previous?.indented || gap > wrapGap(previous, line, lineGap) || numbered || endsByChoice(previous, line, runs.get(line)!));
    // A sentence the foot of a column or page cut off goes on at the head of the next one.
    const turns = previous !== null && (line.page !== previous.page || gap < -line.size);
    // A headline set in the body's size, or a field, at the head of the page starts anew though the line before it has no stop.
    const opensPart = NUMBERED_LINE.test(line.text) || fieldLabel().test(line.text);
    // (A table's row, made of its cells, is whole: "Date: 24 March 2020" at a column's foot ends there.)
    const carriesOn =
      previous !== null &&
      turns &&
      previous.items !== undefined &&
      !/[.!?:;)\]"”]$/.test(previous.text) &&
      !headline &&
      !opensPart &&
      previous.size <= bodySize * 1.15;
    // "… examples of smart technologies / – such as AI – being …": a dash that goes on with the sentence is no bullet.
    const dashGoesOn = previous !== null && DASH_THEN_LOWER.test(line.text) && !/[.!?:;]$/.test(previous.text);
    const newParagraph =
      !previous ||
      (turns && !carriesOn) ||
      headline !== previous.size > bodySize * 1.15 ||
      (!turns && gap > paragraphGap(previous, line, lineGap)) ||
      startsItem ||
      (BULLET_GLYPH.test(line.text) && !dashGoesOn) ||
      (previous.indented !== line.indented && !wrapsItem);
    // A line that ends in a hyphen inside a word or number range goes on without a space: "(2023-" "2035)"; a hyphen
    // that only broke a word goes ("Con-" "sumption"), and with it the end of the line's place.
    if (!newParagraph && /[\p{L}\d]-$/u.test(out.at(-1) ?? '') && /^[\p{L}\d]/u.test(line.text)) {
      if (hyphenBreaksWord(out.at(-1)!, line.text)) {
        out[out.length - 1] = out.at(-1)!.slice(0, -1);
        placed.at(-1)!.cut = 1;
      }
      placed.push({ line, row: out.length - 1, column: out[out.length - 1]!.length });
      out[out.length - 1] += line.text;
      previous = line;
      continue;
    }
    if (newParagraph && out.length > 0) out.push('');
    // A list item the PDF drew without a glyph gets one, as the pdf-text shape writes bullets; a numbered one keeps its number.
    // (A field set in from the edge, as a table's centred label, is no list item.)
    const glyph = startsItem && !BULLET_GLYPH.test(line.text) && !numbered && !fieldLabel().test(line.text) ? '\u2022 ' : '';
    placed.push({ line, row: out.length, column: glyph.length });
    out.push(`${glyph}${line.text}`);
    previous = line;
  }
  const rowStart: number[] = [];
  let offset = 0;
  for (const row of out) {
    rowStart.push(offset);
    offset += row.length + 1;
  }
  const places = placed
    // The issue line moved to the top (page 0) is furniture, not a place on a page.
    .filter(({ line }) => line.page > 0)
    .map(({ line, row, column, cut = 0 }): PdfPlace => {
      const start = rowStart[row]! + column;
      const box: PdfPlace['box'] = [line.x, line.y, line.x + line.width, line.y + line.size].map((v) => Math.round(v * 10) / 10) as PdfPlace['box'];
      return { start, end: start + line.text.length - cut, page: line.page, box };
    });
  return { text: `${out.join('\n')}\n`, places };
}

/** A run of indented lines, one line-gap apart, one under the other. */
interface IndentedRun {
  /** Where the run's text wraps. */
  right: number;
  /** The run follows a line that ends in a colon ("By 2020 the plan wants:"): a list the line leads in. */
  ledIn: boolean;
}

/**
 * For each indented line, the run of indented lines it stands in, with the right edge where that run's text
 * wraps, whatever the width of the box it was set in — or, where no line of the run goes on from the one
 * before, or a line ending in a colon leads the run in as a list, the right edge of the column it stands in.
 */
function indentedRuns(all: readonly Line[], lineGap: number): Map<Line, IndentedRun> {
  const runs = new Map<Line, IndentedRun>();
  let run: Line[] = [];
  let ledIn = false;
  const close = () => {
    // A run where some line goes on in lower case wrapped there; one where none does may never have reached its edge.
    const wrapped = !ledIn && run.slice(1).some((l) => /^\p{Ll}/u.test(l.text));
    const found = { right: Math.max(...run.map((l) => l.x + l.width), wrapped ? 0 : columnRight(all, run[0]!)), ledIn };
    for (const l of run) runs.set(l, found);
    run = [];
  };
  all.forEach((line, i) => {
    const previous = all[i - 1];
    const gap = previous ? previous.y - line.y : 0;
    const together = previous?.indented && previous.page === line.page && gap > 0 && gap <= wrapGap(previous, line, lineGap);
    if (run.length > 0 && (!line.indented || !together)) close();
    if (line.indented && run.length === 0) ledIn = previous !== undefined && !previous.indented && /:$/.test(previous.text);
    if (line.indented) run.push(line);
  });
  if (run.length > 0) close();
  return runs;
}

/**
 * Where the body text of the column a line stands in wraps: the furthest right edge that three of the
 * column's unindented lines on the page reach within two letters of it, as lines that wrapped there do (a
 * rare line across both columns sticks out alone; short lines — a paragraph's last, a menu's — stop anywhere
 * short of it) — or, on a page with too few such lines (a last page's list and a footer), the same column on
 * any page. Where no three lines do, the edge that one in four lines on the page reaches; 0 when it has none.
 */
function columnRight(all: readonly Line[], line: Line): number {
  const rightsOf = (lines: readonly Line[]) =>
    lines
      .filter((l) => !l.indented && l.x <= line.x + 1 && l.x + l.width >= line.x)
      .map((l) => l.x + l.width)
      .sort((a, b) => a - b);
  const wrapEdge = (rights: readonly number[]) => {
    for (let i = rights.length - 1; i >= 2; i--) if (rights[i - 2]! >= rights[i]! - line.size * 2) return rights[i]!;
    return null;
  };
  const onPage = rightsOf(all.filter((l) => l.page === line.page));
  return wrapEdge(onPage) ?? wrapEdge(rightsOf(all)) ?? (onPage.length === 0 ? 0 : onPage[Math.floor(onPage.length * 0.75)]!);
}

/**
 * "A recovery rate of 98 percent by 2025" / "500 recycling outlets in every province": items of a list a
 * browser drew with no glyph and no gap. A line that wrapped stopped where its next word would not fit; a
 * line after which the next line's first word would have fit, before the run's right edge, ended by choice.
 * An item opens in lower case only in a list a colon led in ("… wants:" / "service robots to be sold abroad").
 */
function endsByChoice(previous: Line, line: Line, { right, ledIn }: IndentedRun): boolean {
  // (Not across a column's or a page's turn, where a sentence goes on at the head of the next.)
  if (previous.page !== line.page || previous.y <= line.y || !(ledIn || /^[\p{Lu}\d]/u.test(line.text)) || /[-,]$/.test(previous.text)) return false;
  const firstWord = /^\S+/.exec(line.text)![0];
  const charWidth = line.width / line.text.length;
  return previous.x + previous.width + (firstWord.length + 1) * charWidth < right;
}

/**
 * Gives each source read from a PDF's text its page and box: the page of the first line it touches and
 * the box around its lines on that page.
 */
export function placeOf(places: readonly PdfPlace[], start: number, end: number): { page: number; box: PdfPlace['box'] } | null {
  const touched = places.filter((p) => p.start < Math.max(end, start + 1) && p.end > start);
  const first = touched[0];
  if (!first) return null;
  const onPage = touched.filter((p) => p.page === first.page);
  return {
    page: first.page,
    box: [
      Math.min(...onPage.map((p) => p.box[0])),
      Math.min(...onPage.map((p) => p.box[1])),
      Math.max(...onPage.map((p) => p.box[2])),
      Math.max(...onPage.map((p) => p.box[3])),
    ],
  };
}

function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

/** The value a share q of the numbers lie below. */
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * q)] ?? 0;
}
