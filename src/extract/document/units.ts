/**
 * Turns blocks into units of running text: lines joined, field labels split into units of
 * their own, and text that a page break or a stray blank line cut off joined back to the
 * sentence it continues.
 */
import type { Block } from '../blocks/block.ts';
import { nextEnumeratedItem } from '../blocks/list-markers.ts';
import {
  bareDocumentLabel,
  fieldLabel,
  isBareLabel,
  isDocumentField,
  isTitleField,
  labelAlone,
  labelPrefix,
  labelRole,
  runOnFieldStarts,
  type LabelRole,
} from '../labels.ts';
import { joinLines, joinWrapped } from '../text/join.ts';
import { openBrackets } from '../text/brackets.ts';
import { MappedText } from '../text/mapped-text.ts';
import { firstOf } from '../text/regexp.ts';
import { findFullDate, MONTH_AND_DAY, PRINTED_DAY, WEEKDAY } from '../dates.ts';
import { derived } from '../registries.ts';

export interface Unit {
  kind: Block['kind'];
  text: MappedText;
  level: number;
  afterPageBreak: boolean;
  /** The number or letter of a numbered list item ("1)", "(a)"), taken off its text. */
  enumerated?: string;
}

/**
 * A headline's number as printed: "1.", "1)", "(1)", "[1]", "1:", "1 |", "1 –", "1 /", "No. 1:", "#1", "Story 1 —",
 * "Item 1:", "Top story no. 1 –", "TOP STORY #1 |".
 */
export const HEADLINE_NUMBER =
  /^(?:No\.?\s*|#|\(|\[(?=\d{1,2}\])|(?:(?:Top|TOP)\s+)?(?:Story|story|STORY|Item|ITEM|Topic|TOPIC|Entry|ENTRY)\s+(?:(?:No|NO)\.?\s*|#)?(?=\d{1,2}\s*[:|–—]))?(\d{1,2})(?:[.):]|(?<=\[\d{1,2})\]|\s*[|–—]|\s+\/|(?<=(?:No\.?\s*|#)\d{1,2}))\s+(?=\S)/;
export const NUMBERED_HEADLINE = new RegExp(String.raw`${HEADLINE_NUMBER.source}(\S.*)$`, 's');
/** An entry's number printed on a line of its own: "Topic 1 of 3", "Story 2", "Item 4/5". */
export const ENTRY_COUNTER = /^(?:Topic|Story|Item|Entry|Part)\s+\d{1,2}(?:\s*(?:of|\/)\s*\d{1,2})?$/i;
/**
 * A news item's opening date: "October 9:", "9 October –", "09.10.2023:" (day first, as MERICS
 * writes from Berlin), or "On October 9, …" where the date opens the sentence itself.
 */
/** A date with its year, which opens an item even with no separator after it: "10.01.2017 The MEP …". */
const FULL_ITEM_DATE = `(?:\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2}|${MONTH_AND_DAY},?\\s+\\d{4})`;
const ITEM_DATE = `(?:${MONTH_AND_DAY}|\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4}|\\.)?|\\d{4}-\\d{2}-\\d{2})`;
const SEPARATED_ITEM_DATE = new RegExp(
  `^(?:\\(?${WEEKDAY}?${ITEM_DATE}(?:,?\\s+\\d{4})?(?:\\)\\s*[:–—|-]?\\s*|\\s*[:–—|-]\\s*)|${FULL_ITEM_DATE}\\s+|On\\s+${WEEKDAY}?${PRINTED_DAY},\\s+)`,
  'i',
);
/**
 * A month's name and day set apart by emphasis alone, its item opening with a capital: "**September 3**
 * SAMR fined …" (the markup gone, case tells the date from the text).
 */
const BARE_ITEM_DATE = new RegExp(`^${MONTH_AND_DAY}\\s+(?=\\p{Lu})`, 'u');
export const NEWS_ITEM_START = firstOf(
  (text) => SEPARATED_ITEM_DATE.exec(text),
  (text) => BARE_ITEM_DATE.exec(text),
);

/** Does this unit begin something new, so that it can never continue the text before it? */
function startsStructure(text: string): boolean {
  return NUMBERED_HEADLINE.test(text) || fieldLabel().test(text) || NEWS_ITEM_START.test(text) || isSectionHeading(text) !== null || isAllCapsHeading(text);
}

const TERMINATED = /[.!?:;)\]"”’]$/;

export function toUnits(read: readonly Block[]): Unit[] {
  const units: Unit[] = [];
  const blocks = withBareFieldLabels(withCombinedFieldLabels(read));
  for (const block of blocks) {
    for (const [i, { lines, listItem }] of splitAtLabels(block.lines).entries()) {
      const text = joinLines(lines);
      if (text.length === 0) continue;
      const unit: Unit = { kind: listItem ? 'bullet' : block.kind, text, level: block.level, afterPageBreak: block.afterPageBreak };
      const prev = units.at(-1);
      // A reader's list item is one item, though it opens in lower case ("• finance equipment makers first").
      const newItem = (i === 0 || listItem) && unit.kind === 'bullet' && prev?.kind === 'bullet';
      if (prev && !newItem && continues(prev, unit)) {
        prev.text = joinWrapped(prev.text, unit.text);
      } else {
        units.push(unit);
      }
    }
  }
  return units;
}

function continues(prev: Unit, unit: Unit): boolean {
  if (unit.kind === 'heading' || prev.kind === 'heading' || startsStructure(unit.text.text)) return false;
  // A title's Chinese name in brackets, which a narrow column set apart after a blank line, is the title's.
  if (isTitleField(prev.text.text) && /^[(（]\s*\p{Script=Han}/u.test(unit.text.text)) return true;
  if (fieldLabel().test(prev.text.text) && !unit.afterPageBreak) return false;
  // "b) raise …" after "a) consolidate …" is the list's next item, though it opens in lower case.
  if (nextEnumeratedItem(unit.text.text, prev.text.text)) return false;
  const lowercaseStart = /^[a-z]/.test(unit.text.text) && !/^[a-z]+[A-Z]/.test(unit.text.text);
  if (lowercaseStart) return true;
  return unit.afterPageBreak && !TERMINATED.test(prev.text.text);
}

/**
 * Field labels sometimes follow each other on consecutive lines: each starts a unit. So does a dated
 * news item whose bullet glyph was lost, on the line after the one that closed the item before it —
 * and, in a layout that sets no space between paragraphs, a section heading's line, the line after a
 * date field that holds only its date, and each line in capitals of a list after a line ending in a colon.
 */
function splitAtLabels(lines: readonly MappedText[]): { lines: MappedText[]; listItem: boolean }[] {
  const groups: { lines: MappedText[]; listItem: boolean }[] = [];
  let inList = false;
  let previousHeading = false;
  let previousAlone = false;
  let previousDateLabel = false;
  let previousWholeDate = false;
  const fullWidth = wrapWidth(lines);
  for (const whole of withLabelsUnwrapped(lines)) {
    const inField = isDocumentField(groups.at(-1)?.lines[0]?.text ?? '');
    for (const line of runOnFields(whole, inField)) {
      const previous = groups.at(-1)?.lines.at(-1)?.text ?? '';
      const nextItem = NEWS_ITEM_START.test(line.text.trimStart()) && /[).]\s*$/.test(previous);
      // A layout with no space between paragraphs still prints a section's heading on a line of its own.
      const lineHeading = isHeadingLine(line.text) || ENTRY_COUNTER.test(line.text.trim());
      const heading = lineHeading || previousHeading;
      previousHeading = lineHeading;
      // A label printed alone with no colon ("At a glance") heads the text under it, which opens a unit of its own.
      const aloneLabel = labelAlone(line.text);
      const alone = aloneLabel !== null;
      const label = fieldLabel().test(line.text) || alone || previousAlone;
      previousAlone = alone;
      // "Date" alone, then "30.04.2025" alone: the date is whole, and the line after it is something else.
      const afterWholeDate = previousWholeDate;
      previousWholeDate = previousDateLabel && isWholeDate(line.text);
      previousDateLabel = alone && labelRole(aloneLabel[1]!) === 'date';
      // With no glyph and no space, a list shows only as lines in capitals after a line that ends in a colon.
      if (label || heading) inList = false;
      // (A headline that ends in a colon goes on with its second half: "5. Filling the workforce gap: / Cultivating …".)
      // (Nor does a label alone on its line, "At a glance:", which heads the paragraph under it.)
      else if (/:\s*$/.test(previous) && groups.length > 0 && !NUMBERED_HEADLINE.test(groups.at(-1)!.lines[0]!.text.trimStart()) && !isBareLabel(previous))
        inList = true;
      // ("GALLIUM AND GERMANIUM:" / "EXPORT LICENCES TAKE" / "EFFECT": a headline set in capitals goes on in capitals.)
      // (Nor does a line after one the column's width wrapped mid-sentence: "… and the Internet" / "Plus action plan …".)
      const listItem = inList && /^\s*\p{Lu}/u.test(line.text) && !(inCapitals(previous) && inCapitals(line.text)) && !wrappedAt(previous, fullWidth);
      // A line that ends one sentence and opens another is prose, not an item: the colon before it was
      // inside a sentence ('… what counts as "new infrastructure": / 5G networks, … / lines. Its Notice …').
      if (inList && !listItem && /[.!?]["”’)]?\s+\p{Lu}/u.test(line.text)) inList = false;
      if (groups.length === 0 || label || nextItem || heading || endsDateField(previous) || afterWholeDate || listItem)
        groups.push({ lines: [line], listItem });
      else groups.at(-1)!.lines.push(line);
    }
  }
  return groups;
}

/** How near the longest line a line must reach to fill its column. */
const FULL_LINE = 0.85;

/**
 * The width a column wraps its lines at — the longest line's — when most lines of the block reach it, as a
 * paragraph's lines do in a PDF's column; else none (Infinity): a lead-in and the short items of its list.
 */
function wrapWidth(lines: readonly MappedText[]): number {
  const lengths = lines.map((l) => l.text.trimEnd().length);
  const longest = Math.max(0, ...lengths);
  const full = lengths.filter((n) => n >= longest * FULL_LINE).length;
  return full >= 3 && full >= lengths.length * 0.4 ? longest : Infinity;
}

/**
 * A line the column's width ended, not its sentence: as long as the longest, within a few letters, and closed by no
 * stop. (Lines of a list end where their items do, short of the width, or on a stop.)
 */
function wrappedAt(line: string, fullWidth: number): boolean {
  const printed = line.trimEnd();
  return printed.length >= fullWidth * FULL_LINE && !/[.!?:;)"”’]$/.test(printed);
}

/** Two or three labels joined before one colon: "Title / issuers / date:", "Issuer, date:". */
const COMBINED_LABELS = /^\s*([A-Za-z][A-Za-z ]{1,30}?)\s*[/|,&]\s*([A-Za-z][A-Za-z ]{1,30}?)(?:\s*[/|,&]\s*([A-Za-z][A-Za-z ]{1,30}?))?\s*:\s*/;
const DOCUMENT_ROLES: readonly LabelRole[] = ['title', 'issuers', 'date'];

/**
 * "Title / issuers / date: Pricing Law … (…); SAMR, NDRC; 24 July 2025": fields that one line gives under
 * labels joined before one colon, their values parted by semicolons, become a line each ("Title: …").
 */
function withCombinedFieldLabels(blocks: readonly Block[]): Block[] {
  return blocks.map((block) => {
    const lines: MappedText[] = [];
    for (let i = 0; i < block.lines.length; i++) {
      const fields = COMBINED_LABELS.test(block.lines[i]!.text) ? wrappedCombinedFields(block.lines, i) : null;
      if (fields) {
        lines.push(...fields.fields);
        i += fields.used - 1;
      } else lines.push(block.lines[i]!);
    }
    return { ...block, lines };
  });
}

/** The fields from line `at` on: a narrow column wraps the values over the lines after the labels', so read on until every value is there. */
function wrappedCombinedFields(lines: readonly MappedText[], at: number): { fields: MappedText[]; used: number } | null {
  for (let used = 1; used <= COMBINED_LINES && at + used <= lines.length; used++) {
    const fields = combinedFields(joinLines(lines.slice(at, at + used)));
    if (fields) return { fields, used };
  }
  return null;
}

/** How many lines the values of joined labels may wrap over. */
const COMBINED_LINES = 5;

function combinedFields(line: MappedText): MappedText[] | null {
  const m = COMBINED_LABELS.exec(line.text);
  if (!m) return null;
  const labels = m.slice(1).filter((l): l is string => l !== undefined);
  const roles = labels.map((l) => (fieldLabel().test(`${l}: x`) ? labelRole(l) : null));
  if (roles.some((r) => r === null || !DOCUMENT_ROLES.includes(r)) || new Set(roles).size !== roles.length) return null;
  // The values, parted by semicolons outside brackets (a Chinese title may hold none, but be safe).
  const values: MappedText[] = [];
  let from = m[0].length;
  for (let i = from; i <= line.length; i++) {
    if (i === line.length || (line.text[i] === ';' && openBrackets(line.text.slice(from, i)) === 0)) {
      values.push(line.slice(from, i).trim());
      from = i + 1;
    }
  }
  if (values.length !== labels.length) return null;
  return labels.map((label, i) => MappedText.concat([label, ': ', values[i]!]));
}

/** How many lines apart two fields of one fact box may stand: a title wrapped over two lines lies between. */
const FIELDS_APART = 3;

/**
 * A fact box whose labels only a style set apart, its colons lost in the text: "Document Provisions on …" /
 * "Issuer CAC, NDRC" / "Released 12 June 2023". A line that opens with a document field's label is that
 * field where a line of another field (of title, issuers, date) stands near it, and reads as "Issuer: CAC,
 * NDRC"; a line of prose that opens with "Policy Banks …" has no such neighbour.
 */
function withBareFieldLabels(blocks: readonly Block[]): Block[] {
  const lines = blocks.flatMap((b) => b.lines);
  const bare = lines.map((l) => bareDocumentLabel(l.text));
  const fields = new Set<number>();
  bare.forEach((field, i) => {
    // A section's heading ("POLICY DEVELOPMENTS", "Policy news") is never a field.
    if (!field || isSectionHeading(lines[i]!.text) !== null) return;
    // "Issued on February 12, 2025." alone: a date label and nothing but a date is the document's date — also
    // where a narrow column wrapped the date onto the next line ("Published for comment on February" / "18, 2025.").
    const wrapped = i + 1 < lines.length ? `${lines[i]!.text} ${lines[i + 1]!.text}` : '';
    if (field.role === 'date' && (onlyDateAfter(lines[i]!.text, field.label) || (wrapped && onlyDateAfter(wrapped, field.label)))) fields.add(i);
    for (let j = i + 1; j <= i + FIELDS_APART && j < lines.length; j++) {
      const other = bare[j];
      if (!other || other.role === field.role) continue;
      fields.add(i).add(j);
      break;
    }
    // "Document Decision on Issuing 5G Commercial Licences" / "Issuer: MIIT": a table's first cell lost its colon
    // where its neighbours kept theirs — a field when it stands right by one of another kind and reads as a value.
    const neighbours = [lines[i - 1], lines[i + 1]].map((l) => (l ? colonFieldRole(l.text) : null));
    if (neighbours.some((role) => role !== null && role !== field.role) && readsAsValue(lines[i]!.text, field)) fields.add(i);
  });
  if (fields.size === 0) return [...blocks];
  let index = 0;
  return blocks.map((block) => ({
    ...block,
    lines: block.lines.map((line) => {
      const at = index++;
      const field = fields.has(at) ? bare[at]! : null;
      if (!field) return line;
      const end = field.label.index + field.label[0].trimEnd().length;
      return MappedText.concat([line.slice(0, end), ': ', line.slice(field.label.index + field.label[0].length)]);
    }),
  }));
}

/** Words a title leaves in lower case. */
const TITLE_SMALL_WORD = /^(?:of|for|on|in|and|or|to|the|a|an|at|by|with|from|under)$/;

/**
 * Whether what follows a bare label reads as that field's value: a title in capitals ("Decision on Issuing 5G
 * Commercial Licences"), bodies' names ("MIIT, NDRC"), a date — not prose that opens with the label's word
 * ("Policy Banks will lend to the hubs").
 */
function readsAsValue(line: string, field: { label: RegExpExecArray; role: LabelRole }): boolean {
  const value = line.slice(field.label.index + field.label[0].length).trim();
  const words = value
    .replace(/[(（][^()（）]*[)）]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const capitalised = words.every((w) => /^[\p{Lu}\d"“(]/u.test(w) || TITLE_SMALL_WORD.test(w));
  if (field.role === 'date') return onlyDateAfter(line, field.label);
  return (field.role === 'title' || field.role === 'issuers') && capitalised && !/[.!?]$/.test(value);
}

/** The document field a line opens with, label and colon: "Issuer: MIIT" → issuers; null for any other line. */
function colonFieldRole(line: string): LabelRole | null {
  if (!isDocumentField(line)) return null;
  const label = labelPrefix().exec(line);
  return label ? labelRole(label[1]!) : null;
}

/** Whether the line holds nothing after its label but one full date: "Released on 3 February 2025." */
function onlyDateAfter(line: string, label: RegExpExecArray): boolean {
  const rest = line.slice(label.index + label[0].length);
  const date = findFullDate(rest);
  return date !== null && rest.slice(0, date.index).trim() === '' && /^[\s.]*$/.test(rest.slice(date.index + date.length));
}

/**
 * Lines of run-on document fields with a label that the line's end cut in two ("… (关于…) ISSUED" / "BY
 * State Council DATE 1 March"): the label's first words move to the line that holds the rest of it.
 */
function withLabelsUnwrapped(lines: readonly MappedText[]): MappedText[] {
  const out = [...lines];
  let inField = false;
  for (let i = 0; i + 1 < out.length; i++) {
    inField ||= isDocumentField(out[i]!.text);
    if (!inField || isDocumentField(out[i + 1]!.text)) continue;
    const next = out[i + 1]!.text;
    // The last word or the last two: "ISSUED" / "BY …", "Date of" / "issue: …".
    const tail = [/\s(\S+)\s*$/, /\s(\S+\s+\S+)\s*$/].map((re) => re.exec(out[i]!.text)).find((t) => t && labelGoesOn(t[1]!, next));
    if (!tail) continue;
    out[i + 1] = MappedText.concat([out[i]!.slice(tail.index + 1).trim(), ' ', out[i + 1]!]);
    out[i] = out[i]!.slice(0, tail.index).trim();
  }
  return out;
}

/** Whether a line's last words open a document field's label that the next line ends: "ISSUED" + "BY MIIT …". */
function labelGoesOn(words: string, next: string): boolean {
  const joined = `${words} ${next}`;
  const label = labelPrefix().exec(joined);
  return label !== null && label[1]!.length > words.length && isDocumentField(joined);
}

/** A line set in capitals: letters, and no lower-case one. */
function inCapitals(line: string): boolean {
  return /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** A line of run-on document fields cut into one line per field. */
function runOnFields(line: MappedText, inField: boolean): MappedText[] {
  const starts = runOnFieldStarts(line.text, inField);
  if (starts.length === 0) return [line];
  const cuts = [0, ...starts, line.text.length];
  return cuts.slice(1).map((end, i) => line.slice(cuts[i]!, end).trim());
}

/** A section's heading printed as a line: capitalised and unpunctuated, unlike a wrapped line that ends "… firms." */
function isHeadingLine(line: string): boolean {
  return line.length <= 80 && /^\s*\p{Lu}/u.test(line) && !/[.,;:]\s*$/.test(line) && isSectionHeading(line) !== null;
}

/** "Date: June 3, 2025": a date field that holds its date and nothing more is whole; the next line is something else. */
function endsDateField(line: string): boolean {
  const label = labelPrefix().exec(line);
  if (!label || labelRole(label[1]!) !== 'date') return false;
  return isWholeDate(line.slice(label.index + label[0].length));
}

/** A line that holds a full date and nothing more: "30.04.2025", "June 3, 2025." */
function isWholeDate(text: string): boolean {
  const value = text.trim();
  const date = findFullDate(value);
  return date !== null && value.slice(date.index + date.length).replace(/[\s.)]/g, '') === '' && date.index === 0;
}

/** A section of the brief, or the back matter after it ('after'). */
export type SectionName = 'top' | 'news' | 'policy-news' | 'corporate-news' | 'after';

/** The section headings of document-vocabulary.json, as one pattern per section. */
const headings = derived(({ documentVocabulary: { sectionHeadings: h } }) => {
  const whole = (sources: readonly string[]) => new RegExp(`^(?:${sources.join('|')})$`, 'i');
  return [
    { section: 'top', re: whole(h.top) },
    { section: 'news', re: whole(h.news) },
    { section: 'policy-news', re: whole(h.policyNews) },
    { section: 'corporate-news', re: whole(h.corporateNews) },
    { section: 'after', re: whole(h.backMatter) },
  ] as const;
});

export function isSectionHeading(text: string): SectionName | null {
  const t = text.trim().replace(/[:.]$/, '').replace(/\s+/g, ' ');
  return headings().find((h) => h.re.test(t))?.section ?? null;
}

/** A short line in capitals, such as "AUTHORS" or "EDITORIAL TEAM": the back matter begins. */
export function isAllCapsHeading(text: string): boolean {
  const t = text.trim();
  return t.length >= 4 && t.length <= 40 && /^[A-Z][A-Z &]+$/.test(t);
}
