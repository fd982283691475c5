/**
 * A table that sets out an entry's document fields, read as the labelled lines other layouts print
 * ("Issued by: MOF, STA"), whichever reader met it. In two columns each row — the first too, which
 * markdown must call a heading — is a label and its value; wider, each cell of a row is labelled by
 * its column's heading ("| Title | Issuing bodies | Date |"). Only lines whose label is an entry's
 * field are kept: other tables (an exhibit's figures) are no part of the text.
 */
import { labelPrefix } from '../labels.ts';
import { MappedText } from '../text/mapped-text.ts';

export function tableFields(rows: readonly (readonly MappedText[])[]): MappedText[] {
  const cells = rows.map((row) => row.map((cell) => cell.trim()));
  const pairs: [MappedText, MappedText][] = cells.every((row) => row.length <= 2)
    ? cells.flatMap(([label, value]) => (label && value ? [[label, value] as [MappedText, MappedText]] : []))
    : cells.slice(1).flatMap((row) => row.flatMap((value, i) => (cells[0]?.[i] ? [[cells[0][i], value] as [MappedText, MappedText]] : [])));
  return pairs
    .filter(([label, value]) => label.text && value.text)
    .map(([label, value]) => MappedText.concat([label, /:$/.test(label.text) ? ' ' : ': ', value]))
    .filter((line) => labelPrefix().test(line.text));
}
