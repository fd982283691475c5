/**
 * A table that sets out an entry's document fields, read as the labelled lines other layouts print
 * ("Issued by: MOF, STA"), whichever reader met it. In two columns each row — the first too, which
 * markdown must call a heading — is a label and its value; wider, each cell of a row is labelled by
 * its column's heading ("| Title | Issuing bodies | Date |"). Only lines whose label is an entry's
 * field are kept: other tables (an exhibit's figures) are no part of the text. A table of dated news
 * items ("| Date | Policy |", "| 2 September | The MOFCOM …|") is read as its items under its heading, and a
 * table of goals ("| Indicator | Target for 2025 |") as the list of them.
 */
import { PRINTED_DAY } from '../dates.ts';
import { labelPrefix } from '../labels.ts';
import { MappedText } from '../text/mapped-text.ts';
import type { Block } from './block.ts';

/** A line a table gives, and whether it is a list item (a goal) or a line of its own (a field, a news item). */
export interface TableLine {
  kind: Block['kind'];
  line: MappedText;
}

/** A cell that holds a date alone: "2 September", "Sept. 2, 2025", "02.09.2025", "2025-09-02". */
const DATE_CELL = new RegExp(String.raw`^(?:${PRINTED_DAY}|\d{1,2}\.\d{1,2}\.(?:\d{4})?|\d{4}-\d{2}-\d{2})$`, 'i');

export function tableFields(rows: readonly (readonly MappedText[])[]): TableLine[] {
  const cells = rows.map((row) => row.map((cell) => cell.trim()));
  const news = newsItems(cells);
  if (news) return news.map((line) => ({ kind: 'paragraph', line }));
  const goals = goalRows(cells);
  if (goals) return goals.map((line) => ({ kind: 'bullet', line }));
  const pairs: [MappedText, MappedText][] = cells.every((row) => row.length <= 2)
    ? cells.flatMap(([label, value]) => (label && value ? [[label, value] as [MappedText, MappedText]] : []))
    : cells.slice(1).flatMap((row) => row.flatMap((value, i) => (cells[0]?.[i] ? [[cells[0][i], value] as [MappedText, MappedText]] : [])));
  return pairs
    .filter(([label, value]) => label.text && value.text)
    .map(([label, value]) => MappedText.concat([label, /:$/.test(label.text) ? ' ' : ': ', value]))
    .filter((line) => labelPrefix().test(line.text))
    .map((line) => ({ kind: 'paragraph', line }));
}

/** A column heading that says its column holds goals: "Target for 2025", "Goals", "2027". */
const GOAL_HEADING = /\b(?:targets?|goals?|objectives?|(?:19|20)\d{2})\b/i;

/**
 * Whether two column headings head a table of goals: "Indicator | Target for 2025". (A heading is a few words; a
 * fact box's first row, "| Policy name | … Plan (2016-2020) |", is a field, no heading.)
 */
export function headsGoals(what: string, goal: string): boolean {
  return GOAL_HEADING.test(goal) && goal.split(/\s+/).length <= 5 && !labelPrefix().test(`${what}: x`);
}

/**
 * A table of goals, what is measured in the first column and the goal beside it under a heading that says so
 * ("| Indicator | Target for 2025 |", "| Energy use per unit of value added | down 13.5 percent |"): each row
 * as the goal a list prints, "Energy use per unit of value added: down 13.5 percent".
 */
function goalRows(cells: readonly (readonly MappedText[])[]): MappedText[] | null {
  const [heading, ...rows] = cells;
  if (!heading || heading.length !== 2 || rows.length === 0 || !headsGoals(heading[0]!.text, heading[1]!.text)) return null;
  if (!rows.every((row) => row.length === 2 && row[0]!.text && row[1]!.text)) return null;
  return rows.map(([what, goal]) => MappedText.concat([what!, ': ', goal!]));
}

/**
 * A table of news items, a date and the item in each row: each row as the item a list prints
 * ("2 September: The MOFCOM …"), and a heading row ("| Date | Policy |") as the heading its item
 * column carries — two tables copied one after the other run on as one.
 */
function newsItems(cells: readonly (readonly MappedText[])[]): MappedText[] | null {
  if (!cells.every((row) => row.length === 2)) return null;
  const isItem = ([date, item]: readonly MappedText[]) => DATE_CELL.test(date!.text) && item!.text.length > 0;
  const items = cells.filter(isItem).length;
  if (items === 0 || items * 2 < cells.length) return null;
  return cells.flatMap((row) => (isItem(row) ? [MappedText.concat([row[0]!, ': ', row[1]!])] : row[1]!.text ? [row[1]!] : []));
}
