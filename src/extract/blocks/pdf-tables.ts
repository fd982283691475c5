/**
 * Tables of goals in a PDF ("Indicator | Target for 2025" over rows of what is measured and its goal), read
 * from the items' places: the second column's cells start where its text does, on line after line, no text
 * runs across that start, and a cell wraps over lines that stand closer than the rows do. Each row
 * becomes the line the text shapes give the same table (table-fields.ts): "• Energy use per unit of value
 * added: down 13.5 percent". Only tables of goals are read so; other tables stay the lines they were.
 */
import { MappedText } from '../text/mapped-text.ts';
import { joiner } from '../text/join.ts';
import { itemsText, type Item, type Line } from './pdf-geometry.ts';
import { tableFields } from './table-fields.ts';

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
function columnCells(rows: readonly Line[], starts: readonly number[]): Fragment[][][] {
  const bounds = [-Infinity, ...starts.map((x) => x - 0.5), Infinity];
  const columns = bounds.slice(0, -1).map((from, c) =>
    rows.flatMap((line): Fragment[] => {
      const parts = itemsOf(line).filter((p) => p.x >= from && p.x < bounds[c + 1]!);
      return parts.length > 0 ? [{ text: itemsText(parts), y: line.y }] : [];
    }),
  );
  const gaps = columns.flatMap((fragments) => fragments.slice(1).map((f, k) => fragments[k]!.y - f.y));
  const step = Math.min(...gaps.filter((g) => g > 0));
  return columns.map((fragments) => {
    const cells: Fragment[][] = [];
    for (const f of fragments) {
      const last = cells.at(-1)?.at(-1);
      if (last && last.y - f.y <= step * 1.15) cells.at(-1)!.push(f);
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
