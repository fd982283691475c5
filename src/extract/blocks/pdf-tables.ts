/**
 * Tables in a PDF, read from the items' places and given as the lines the text shapes print for the same table
 * (table-fields.ts). Tables of goals ("Indicator | Target for 2025" over rows of what is measured and its goal):
 * the second column's cells start where its text does, on line after line, no text runs across that start, and a
 * cell wraps over lines that stand closer than the rows do; each row becomes "• Energy use per unit of value added:
 * down 13.5 percent". Tables under a heading row of labels ("Document | Issued by | Date", or a table of goals'
 * headings), centred or not over values set flush left: each column starts where its values do; each row becomes
 * the fields' lines ("Document: Notice on …") or a goal. Other tables stay the lines they were.
 */
import { MappedText } from '../text/mapped-text.ts';
import { joiner } from '../text/join.ts';
import { itemsText, wrapLeading, type Item, type Line } from './pdf-geometry.ts';
import { headsGoals, tableFields } from './table-fields.ts';
import { labelAlone, labelPrefix, labelRole } from '../labels.ts';

/** The lines of one column, with each table of goals among them as one line per goal. */
export function withTables(column: readonly Line[]): Line[] {
  const out = [...column];
  for (const start of columnStarts(out)) {
    const table = goalTableAt(out, start);
    if (table) out.splice(table.from, table.span, ...table.rows);
  }
  return out;
}

/** A cell's text on one line of the table, and where it stands. */
interface Fragment {
  text: string;
  y: number;
}

/** A line's items (the reader keeps no blank ones: pdf.ts drops them as it reads a page). */
const itemsOf = (line: Line): readonly Item[] => line.items ?? [];
const startsAt = (line: Line, x: number) => itemsOf(line).some((p) => Math.abs(p.x - x) <= 0.5);
/** Text across a column's start (a sentence beside or under the table): no table's line. */
const crosses = (line: Line, x: number) => itemsOf(line).some((p) => p.x < x - 0.5 && p.x + p.width > x + 1);

/**
 * Where a table's second column may start: an x well inside the column at which the text of three lines
 * or more starts, as a table's cells set flush left do; a paragraph's words rarely line up so.
 */
function columnStarts(column: readonly Line[]): number[] {
  const left = Math.min(...column.map((l) => l.x));
  const lines = new Map<number, Set<Line>>();
  for (const line of column)
    for (const p of itemsOf(line)) {
      if (p.x < left + p.size * 3) continue;
      const x = Math.round(p.x * 2) / 2;
      lines.set(x, (lines.get(x) ?? new Set()).add(line));
    }
  return [...lines].filter(([, at]) => at.size >= 3).map(([x]) => x);
}

/**
 * The table of goals whose second column starts at x: its lines (rows under a heading row, none across the
 * column's start), and its rows as lines; null where the lines there make no table of goals.
 */
function goalTableAt(lines: readonly Line[], x: number): { from: number; span: number; rows: Line[] } | null {
  const first = lines.findIndex((l) => l.items && startsAt(l, x));
  if (first < 0) return null;
  const size = lines[first]!.size;
  const near = (upper: Line, lower: Line) => upper.page === lower.page && upper.y > lower.y && upper.y - lower.y <= size * 2.6;
  const inTable = (l: Line) => l.items !== undefined && !crosses(l, x);
  let from = first;
  let to = first;
  while (to + 1 < lines.length && inTable(lines[to + 1]!) && near(lines[to]!, lines[to + 1]!)) to += 1;
  // The heading row above, however far a cell set in a row's middle stands from the first row, then its
  // lines as close as one cell's are — up to the highest that has text in the second column. A line that
  // ends in a colon leads the table in: it is none of it.
  const heads = (upper: Line, lower: Line, k: number) =>
    inTable(upper) &&
    !/:$/.test(upper.text) &&
    (k === 0 ? near(upper, lower) : upper.page === lower.page && upper.y > lower.y && upper.y - lower.y <= size * 1.5);
  while (from > 0 && heads(lines[from - 1]!, lines[from]!, first - from)) from -= 1;
  while (from < first && !itemsOf(lines[from]!).some((p) => p.x >= x - 0.5)) from += 1;
  const rows = lines.slice(from, to + 1);
  // A table's rows have text on both sides of where its second column starts; a list's items stand right of it only.
  const besideEachOther = rows.filter((l) => itemsOf(l).some((p) => p.x < x - 0.5) && itemsOf(l).some((p) => p.x >= x - 0.5));
  if (besideEachOther.length < 2) return null;
  const columns = columnCells(rows, [x]);
  const cells = cellsOfColumns(columns);
  if (cells.length < 2) return null;
  const found = tableFields(cells.map((row) => row.map((text) => MappedText.fromSource(text, 0))));
  if (found.length === 0 || found.some((t) => t.kind !== 'bullet')) return null;
  const left = Math.min(...rows.map((l) => l.x));
  const right = Math.max(...rows.map((l) => l.x + l.width));
  // Where each row's top line stands: the first column's cells, one per row, from the heading down.
  const tops = columns[0]!.map((cell) => cell[0]!.y);
  const head = rows[0]!;
  return {
    from,
    span: rows.length,
    // (Each goal stands where its row does: goalRows gives one line per row under the heading.)
    rows: found.map(({ line }, k) => ({
      text: `\u2022 ${line.text}`,
      x: left,
      y: tops[k + 1] ?? head.y,
      width: right - left,
      size: head.size,
      page: head.page,
    })),
  };
}

/** Each column's text, line by line, gathered into cells: a cell's lines stand closer than its rows. */
function columnCells(rows: readonly Line[], starts: readonly number[], pitch?: number): Fragment[][][] {
  const bounds = [-Infinity, ...starts.map((x) => x - 0.5), Infinity];
  const columns = bounds.slice(0, -1).map((from, c) =>
    rows.flatMap((line): Fragment[] => {
      const parts = itemsOf(line).filter((p) => p.x >= from && p.x < bounds[c + 1]!);
      return parts.length > 0 ? [{ text: itemsText(parts), y: line.y }] : [];
    }),
  );
  const gaps = columns.flatMap((fragments) => fragments.slice(1).map((f, k) => fragments[k]!.y - f.y));
  const step = pitch ?? Math.min(...gaps.filter((g) => g > 0));
  return columns.map((fragments) => {
    const cells: Fragment[][] = [];
    for (const f of fragments) {
      const last = cells.at(-1)?.at(-1);
      if (last && last.y - f.y <= step * wrapLeading(last.text, f.text)) cells.at(-1)!.push(f);
      else cells.push([f]);
    }
    return cells;
  });
}

/**
 * The table's rows as cells of text: each row is a cell of the first column, and a cell of another column
 * belongs to the row whose lines it stands beside (a cell set in the middle of a taller row stands between).
 */
function cellsOfColumns(columns: readonly Fragment[][][]): string[][] {
  const [anchors = [], ...others] = columns;
  const text = (cell: readonly Fragment[]) => cell.reduce((t, f) => (t ? t + joiner(t, f.text) + f.text : f.text), '');
  const middle = (cell: readonly Fragment[]) => (cell[0]!.y + cell.at(-1)!.y) / 2;
  const table = anchors.map((anchor) => [text(anchor)]);
  others.forEach((cells, c) => {
    for (const cell of cells) {
      const nearest = anchors.reduce((best, a, k) => (Math.abs(middle(a) - middle(cell)) < Math.abs(middle(anchors[best]!) - middle(cell)) ? k : best), 0);
      const row = table[nearest]!;
      row[c + 1] = row[c + 1] ? row[c + 1] + joiner(row[c + 1]!, text(cell)) + text(cell) : text(cell);
    }
  });
  return table.map((row) => Array.from({ length: columns.length }, (_x, c) => row[c] ?? ''));
}

/**
 * Tables under a heading row, as a page sets them out ("Document | Issued by | Date" over one row of values,
 * "Indicator | Target for 2025" over rows of goals): each heading a field's label or a goal table's, wrapped in its
 * narrow cell or not, and each cell below it its value. Read before the label-beside-value rows (pdf.ts's
 * fieldCells), which would take the heading row's first label for a row of its own.
 */
export function withHeadedTables(column: readonly Line[]): Line[] {
  const out = [...column];
  for (let i = 0; i < out.length; i++) {
    const table = headedTableAt(out, i);
    if (table) out.splice(i, table.span, ...table.rows);
  }
  return out;
}

/** How many lines a heading cell may wrap over, and how many words it holds at most. */
const HEADING_LINES = 3;
const HEADING_WORDS = 5;

/** A heading cell: its words top to bottom, and how far its text reaches either side (a heading may be centred). */
interface HeadingCell {
  words: string[];
  left: number;
  right: number;
}

/**
 * The heading row whose lines start at line i: cells that are each a label of a document field, two fields at
 * least, or a table of goals' two headings — over as many lines as make one ("Issued" over "by" is one label, not
 * "Issued" alone).
 */
function headingRowAt(lines: readonly Line[], i: number): { span: number; cells: HeadingCell[]; goals: boolean } | null {
  const first = lines[i]!;
  for (let span = Math.min(HEADING_LINES, lines.length - i); span >= 1; span--) {
    const band = lines.slice(i, i + span);
    if (band.some((l, k) => !l.items?.length || l.page !== first.page || (k > 0 && band[k - 1]!.y - l.y > first.size * 1.6))) continue;
    // Words of one cell overlap across its lines: "Issued" over "by", centred.
    const cells: HeadingCell[] = [];
    for (const line of band)
      for (const item of line.items!) {
        const cell = cells.find((c) => item.x <= c.right + item.size * 0.5 && item.x + item.width >= c.left - item.size * 0.5);
        if (cell) {
          cell.words.push(item.str.trim());
          cell.left = Math.min(cell.left, item.x);
          cell.right = Math.max(cell.right, item.x + item.width);
        } else cells.push({ words: [item.str.trim()], left: item.x, right: item.x + item.width });
      }
    if (cells.length < 2) continue;
    cells.sort((a, b) => a.left - b.left);
    const headings = cells.map((c) => c.words.join(' ').replace(/:$/, ''));
    // (A heading is a few words: a longer cell holds a row's value under it.)
    if (headings.some((h) => h.split(/\s+/).length > HEADING_WORDS)) continue;
    const roles = headings.map((l) => (labelAlone(l) ? labelRole(l) : null));
    const fields = roles.every((r) => r === 'title' || r === 'issuers' || r === 'date') && new Set(roles).size >= 2;
    const goals = headings.length === 2 && headsGoals(headings[0]!, headings[1]!);
    if (fields || goals) return { span, cells, goals };
  }
  return null;
}

/** Text that reaches x from the left: no column may start there — unless a space stands there (see `splitAt`). */
const reaches = (line: Line, x: number) => itemsOf(line).some((p) => p.x < x - 0.5 && p.x + p.width > x - 0.5 && spaceNear(p, x) < 0);

/**
 * Where in an item's text a space stands within a letter of x, as far as its letters' mean width tells: two cells
 * of a row that the PDF printed as one run of text ("… value added down 13.5 percent") part there. -1 for none.
 */
function spaceNear(p: Item, x: number): number {
  const letter = p.width / Math.max(1, p.str.length);
  const at = Math.round((x - p.x) / letter);
  for (let d = 0; d <= 1; d++) for (const k of [at - 1 - d, at + d - 1]) if (p.str[k] === ' ') return k;
  return -1;
}

/** A line's items parted at the columns' starts where one run of text crosses them at a space. */
function splitAt(line: Line, starts: readonly number[]): Line {
  const items = itemsOf(line).flatMap((p) => {
    const parts: Item[] = [];
    let rest = p;
    for (const x of starts) {
      if (!(rest.x < x - 0.5 && rest.x + rest.width > x - 0.5)) continue;
      const k = spaceNear(rest, x);
      if (k < 0) continue;
      const letter = rest.width / rest.str.length;
      parts.push({ ...rest, str: rest.str.slice(0, k), width: k * letter });
      rest = { ...rest, str: rest.str.slice(k + 1), x: rest.x + (k + 1) * letter, width: rest.width - (k + 1) * letter };
    }
    return [...parts, rest];
  });
  return { ...line, items };
}

/**
 * Where each column after the first starts: where some value starts and no line's text runs across — not left of
 * its heading (values set flush left start where a heading does, or before it, when it is centred), and not inside
 * the column before, which reaches as far right of its heading's middle as its start lies left of it.
 */
function valueStarts(cells: readonly HeadingCell[], body: readonly Line[]): number[] | null {
  const middle = (c: HeadingCell) => (c.left + c.right) / 2;
  const size = body[0]?.size ?? 0;
  const xs = [...new Set(body.flatMap((l) => itemsOf(l).map((p) => p.x)))].sort((a, b) => a - b);
  const starts: number[] = [Math.min(...body.map((l) => l.x), cells[0]!.left)];
  for (let c = 1; c < cells.length; c++) {
    const previousEnd = Math.max(2 * middle(cells[c - 1]!) - starts.at(-1)!, cells[c - 1]!.right);
    const open = xs.find((x) => x >= previousEnd - size && x <= cells[c]!.left + size && x > starts.at(-1)! && !body.some((l) => reaches(l, x)));
    if (open === undefined) return null;
    starts.push(open);
  }
  return starts.slice(1);
}

/**
 * The rows of values under fields' headings: a cell's lines stand one line apart, its rows further (pdf.ts's lines
 * interleave the columns, so the pitch is measured in each column on its own).
 */
function fieldRowsOf(body: readonly Line[], starts: readonly number[]): string[][] {
  const pitch = Math.min(...columnCells(body, starts, Infinity).flatMap(([lines = []]) => lines.slice(1).map((f, k) => lines[k]!.y - f.y)));
  return cellsOfColumns(columnCells(body, starts, Number.isFinite(pitch) ? pitch : undefined));
}

/**
 * The rows of a table of goals: a row a line, as most are ("Share of electricity in final energy use | above 30
 * percent"), where rows stand no further apart than a cell's lines; a line whose first cell is empty or goes on in
 * lower case goes on with the row above.
 */
function goalRowsOf(body: readonly Line[], starts: readonly number[]): string[][] {
  const bounds = [-Infinity, ...starts.map((x) => x - 0.5), Infinity];
  const rows: string[][] = [];
  for (const line of body) {
    const parts = bounds.slice(0, -1).map((from, c) => itemsText(itemsOf(line).filter((p) => p.x >= from && p.x < bounds[c + 1]!)).trim());
    const opens = rows.length === 0 || /^[\p{Lu}\d]/u.test(parts[0]!);
    if (opens) rows.push(parts);
    else rows.at(-1)!.forEach((text, c) => (rows.at(-1)![c] = parts[c] ? text + joiner(text, parts[c]!) + parts[c] : text));
  }
  return rows;
}

function headedTableAt(lines: readonly Line[], i: number): { span: number; rows: Line[] } | null {
  const heading = headingRowAt(lines, i);
  if (!heading) return null;
  const head = lines[i]!;
  // The rows: lines under the heading in its size (no headline), each close to the one above.
  let end = i + heading.span;
  // (A labelled line — "MERICS comment: …" — opens the text after the table.)
  const row = (l: Line) => l.items?.length && l.page === head.page && l.size <= head.size * 1.15 && !labelPrefix().test(l.text);
  while (end < lines.length && row(lines[end]!) && lines[end - 1]!.y - lines[end]!.y <= head.size * 2.6) end += 1;
  // The most lines under the heading whose text leaves room for every column's start: a paragraph after the
  // table runs across them.
  const candidates = lines.slice(i + heading.span, end);
  let body: Line[] = [];
  let starts: number[] | null = null;
  for (let n = candidates.length; n > 0 && !starts; n--) {
    body = candidates.slice(0, n);
    starts = valueStarts(heading.cells, body);
  }
  if (!starts) return null;
  const tableLines = lines.slice(i, i + heading.span + body.length);
  const parted = body.map((l) => splitAt(l, starts!));
  const rows = heading.goals ? goalRowsOf(parted, starts) : fieldRowsOf(parted, starts);
  const cells = [heading.cells.map((c) => c.words.join(' ')), ...rows];
  const found = tableFields(cells.map((row) => row.map((text) => MappedText.fromSource(text, 0))));
  // (Fields, or goals: one kind of line throughout.)
  if (found.length === 0 || found.some((t) => t.kind !== found[0]!.kind)) return null;
  const left = Math.min(...tableLines.map((l) => l.x));
  const right = Math.max(...tableLines.map((l) => l.x + l.width));
  const [top, bottom] = [head.y, tableLines.at(-1)!.y];
  // (The rows keep no items: they are read already.)
  return {
    span: tableLines.length,
    // (The fields stand spread from the table's top to its bottom, so the page's bands and columns order them as they
    // did the table's lines.)
    rows: found.map(({ kind, line }, k) => ({
      text: kind === 'bullet' ? `\u2022 ${line.text}` : line.text,
      x: left,
      y: top - ((top - bottom) * k) / Math.max(1, found.length - 1),
      width: right - left,
      size: head.size,
      page: head.page,
    })),
  };
}
