/**
 * A table that sets out an entry's document fields, read as the labelled lines other layouts print
 * ("Issued by: MOF, STA"), whichever reader met it. In two columns each row — the first too, which
 * markdown must call a heading — is a label and its value; wider, each cell of a row is labelled by
 * its column's heading ("| Title | Issuing bodies | Date |"). Only lines whose label is an entry's
 * field are kept: other tables (an exhibit's figures) are no part of the text. A table of dated news
 * items ("| Date | Policy |", "| 2 September | The MOFCOM …|") is read as its items under its heading.
 */
import { MONTH_AND_DAY } from '../dates.ts';
import { labelPrefix } from '../labels.ts';
import { MappedText } from '../text/mapped-text.ts';

/** A cell that holds a date alone: "2 September", "Sept. 2, 2025", "02.09.2025", "2025-09-02". */
const DATE_CELL = new RegExp(String.raw`^(?:${MONTH_AND_DAY}(?:,?\s+\d{4})?|\d{1,2}\.\d{1,2}\.(?:\d{4})?|\d{4}-\d{2}-\d{2})$`, 'i');

export function tableFields(rows: readonly (readonly MappedText[])[]): MappedText[] {
  const cells = rows.map((row) => row.map((cell) => cell.trim()));
  const news = newsItems(cells);
  if (news) return news;
  const pairs: [MappedText, MappedText][] = cells.every((row) => row.length <= 2)
    ? cells.flatMap(([label, value]) => (label && value ? [[label, value] as [MappedText, MappedText]] : []))
    : cells.slice(1).flatMap((row) => row.flatMap((value, i) => (cells[0]?.[i] ? [[cells[0][i], value] as [MappedText, MappedText]] : [])));
  return pairs
    .filter(([label, value]) => label.text && value.text)
    .map(([label, value]) => MappedText.concat([label, /:$/.test(label.text) ? ' ' : ': ', value]))
    .filter((line) => labelPrefix().test(line.text));
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
