/**
 * Reads one TOP entry from its units: the headline, "At a glance" with its bullets, the
 * "MERICS comment" (setting aside explainer boxes and reading tips), and the document's
 * fields — the title (which may wrap over lines and blank lines inside its Chinese part),
 * the issuing bodies and the date.
 */
import { MappedText } from '../text/mapped-text.ts';
import { joinWrapped } from '../text/join.ts';
import type { TopEntry } from './model.ts';
import { HEADLINE_NUMBER, type Unit } from './units.ts';
import { citesDocument, leadingLabel, labelRole, type LabelRole } from '../labels.ts';
import { findFullDate } from '../dates.ts';
import { RUN_IN_ITEM_DASH } from '../blocks/list-markers.ts';
import { openBrackets } from '../text/brackets.ts';
import { wordAlternation } from '../text/regexp.ts';
import { derived } from '../registries.ts';

type Part = 'glance' | 'comment' | 'aside' | 'fields';
type Field = keyof TopEntry['fields'];

const FIELD_OF: Partial<Record<LabelRole, Field>> = { title: 'title', issuers: 'issuers', date: 'date' };

/** A summary's paragraph, with the goals it numbers inside it as bullets of their own. */
function addGlance(entry: TopEntry, paragraph: MappedText): void {
  const series = inlineGoals(paragraph) ?? goalsInSemicolons(paragraph);
  if (!series) {
    entry.glance.push(paragraph);
    return;
  }
  entry.glance.push(series.leadIn);
  for (const item of series.items) entry.bullets.push({ text: item, leadIn: series.leadIn });
  if (series.after) entry.glance.push(series.after);
}

/** A lead-in that speaks of goals and opens a numbered series: "Among the targets for 2025: (1) …". */
const GOALS_LEAD_IN = /\b(?:targets?|goals?|objectives?|aims?)\b[^:.]{0,80}:\s*(?=\(?1\)\s)/gi;
/** The next number of the series: "(2)", "; (3)", ", and 4)". */
const SERIES_NUMBER = /\s*(?:[;,]\s*(?:and\s+)?)?\(?(\d{1,2})\)\s+/g;
/** A sentence after the series ends its last item. */
const SENTENCE_AFTER = /[.!?]\s+(?=\p{Lu})/u;

/**
 * Goals a summary lists inside its paragraph, numbered: "Among the targets for 2025: (1) Cut … (2) Raise
 * …" — the lead-in and its items, as a printed list gives them (null when the paragraph lists none, or
 * its numbers do not run 1, 2, 3 …: "distinguishes between: (1) steel …" speaks of no goals).
 */
export function inlineGoals(paragraph: MappedText): { leadIn: MappedText; items: MappedText[]; after: MappedText | null } | null {
  const leadIn = [...paragraph.text.matchAll(GOALS_LEAD_IN)].at(-1);
  if (!leadIn) return null;
  const from = leadIn.index! + leadIn[0].length;
  const numbers = [...paragraph.text.slice(from).matchAll(SERIES_NUMBER)].filter((m, i) => Number(m[1]) === i + 1);
  if (numbers.length < 2 || numbers[0]!.index !== 0) return null;
  const starts = numbers.map((m) => from + m.index! + m[0].length);
  const last = starts.at(-1)!;
  const sentenceAfter = SENTENCE_AFTER.exec(paragraph.text.slice(last));
  const seriesEnd = sentenceAfter ? last + sentenceAfter.index + 1 : paragraph.text.length;
  // An item ends before the punctuation that joins it to the next: "…; and (3)", "… percent."
  const items = starts.map((start, i) => {
    const item = paragraph.slice(start, i + 1 < starts.length ? from + numbers[i + 1]!.index! : seriesEnd).trim();
    const joint = /[.;,]$/.exec(item.text);
    return joint ? item.slice(0, joint.index).trim() : item;
  });
  const after = paragraph.slice(seriesEnd).trim();
  return { leadIn: paragraph.slice(0, from).trim(), items, after: after.length > 0 ? after : null };
}

/** A lead-in that says goals follow: "Key targets include", "The main goals are:", "By 2025, China aims to:". */
const GOALS_FOLLOW = /\b(?:targets?|goals?|objectives?)\s+(?:include|includes|are|comprise)\b\s*:?\s*|\b(?:aims?|plans?|wants?|seeks?|intends?)\s+to\s*:\s*/gi;

/**
 * Goals a summary lists inside its sentence, parted by semicolons: "Key targets include raising the non-fossil
 * share to 14.6 percent in 2019; cutting coal's share to below 58 percent." — the lead-in and its items
 * (null when the sentence after the lead-in has no semicolon between two goals).
 */
export function goalsInSemicolons(paragraph: MappedText): { leadIn: MappedText; items: MappedText[]; after: MappedText | null } | null {
  const leadIn = [...paragraph.text.matchAll(GOALS_FOLLOW)].at(-1);
  if (!leadIn) return null;
  const from = leadIn.index + leadIn[0].length;
  const sentenceAfter = SENTENCE_AFTER.exec(paragraph.text.slice(from));
  const seriesEnd = sentenceAfter ? from + sentenceAfter.index + 1 : paragraph.text.length;
  if (!paragraph.text.slice(from, seriesEnd).includes(';')) return null;
  const items = partsBetweenSemicolons(paragraph, from, seriesEnd);
  if (items.length < 2) return null;
  const after = paragraph.slice(seriesEnd).trim();
  return { leadIn: paragraph.slice(0, from).trim(), items, after: after.length > 0 ? after : null };
}

/**
 * "By 2025, achieve breakthroughs … – Build about 100 … – By 2027, make …": a list item that holds more
 * items, each after a dash and opening with a capital, as dashed items flattened into one line give them;
 * a dash inside an item ("Raise output – chiefly of chips – to 40 percent") opens no capital.
 */
function dashedItems(item: MappedText): MappedText[] {
  const cuts = [...item.text.matchAll(RUN_IN_ITEM_DASH)];
  if (cuts.length === 0) return [item];
  const items: MappedText[] = [];
  let from = 0;
  for (const cut of cuts) {
    items.push(item.slice(from, cut.index).trim());
    from = cut.index + cut[0].length;
  }
  items.push(item.slice(from).trim());
  // Each part must be an item of its own, some words long, not a word set off by dashes.
  return items.every((i) => i.text.split(/\s+/).length >= 3) ? items : [item];
}

/** A list item's own label for goals: "Goals:", "Key targets:". */
const GOALS_LABEL = /^\s*(?:(?:key|main)\s+)?(?:targets?|goals?|objectives?)\s*:\s*/i;

/** Whether a line opens with a label for the goals it lists: "Goals: 30 national standards by 2026; …". */
export function opensGoalList(text: string): boolean {
  return GOALS_LABEL.test(text);
}

/**
 * A list item that labels the goals it holds: "Goals: 30 national standards by 2026; a testing centre in every
 * cluster by 2027" — the label as their lead-in, each goal apart (null for any other item).
 */
function labelledGoals(item: MappedText): { leadIn: MappedText; items: MappedText[] } | null {
  const label = GOALS_LABEL.exec(item.text);
  if (!label || label[0].length === item.length) return null;
  return { leadIn: item.slice(0, label[0].length).trim(), items: partsBetweenSemicolons(item, label[0].length, item.length) };
}

/** The parts of text[from, to) that semicolons divide ("…; and …"), each without the stop that closes it. */
function partsBetweenSemicolons(text: MappedText, from: number, to: number): MappedText[] {
  const series = text.text.slice(from, to);
  const parts: MappedText[] = [];
  let start = from;
  for (const joint of [...series.matchAll(/;\s*(?:and\s+)?/g), { index: series.length, 0: '' }]) {
    const part = text.slice(start, from + joint.index).trim();
    const stop = /[.;!?]$/.exec(part.text);
    const kept = stop ? part.slice(0, stop.index).trim() : part;
    if (kept.length > 0) parts.push(kept);
    start = from + joint.index + joint[0].length;
  }
  return parts;
}

/**
 * A headline run into the summary's first paragraph, as a PDF or a copied page gives a bold run-in headline:
 * "Beijing sets rules for humanoid robots. The Ministry of …" — its first sentence, short, then another.
 */
const RUN_IN_HEADLINE = /^(.{15,150}?[\p{Ll}\d)”"]\.)\s+(?=\p{Lu})/u;

export function readTopEntry(units: readonly Unit[], rank: number, warnings: string[]): TopEntry {
  const [printed, ...rest] = units;
  const numbered = printed!.text.after(HEADLINE_NUMBER);
  const runIn = RUN_IN_HEADLINE.exec(numbered.text);
  const headline = runIn ? numbered.slice(0, runIn[1]!.length) : numbered;
  const body = runIn ? [{ ...printed!, kind: 'paragraph' as const, text: numbered.slice(runIn[0].length) }, ...rest] : rest;
  const entry: TopEntry = {
    rank,
    headline,
    glance: [],
    bullets: [],
    comment: [],
    asides: [],
    fields: { title: null, issuers: null, date: null },
    span: joinSpan(units),
    links: [],
  };
  let part: Part = 'glance';
  let partBeforeAside: Part = 'glance';
  let openField: Field | null = null;
  let sawGlance = false;

  for (const unit of body) {
    const label = leadingLabel(unit.text.text);
    const value = label ? unit.text.slice(label[0].length).trim() : unit.text;
    const role = label ? labelRole(label[1]!) : null;
    const field = role ? (FIELD_OF[role] ?? null) : null;

    // A field's value may stand on the lines after its label, and a wrapped Chinese title may run past a blank line;
    // issuers may be listed under their label, one bullet each, or one name a line where a copied page lost the bullets.
    if (openField && !label) {
      const sofar = entry.fields[openField]!;
      if (sofar.length === 0 || (openField === 'title' && openBrackets(sofar.text) > 0)) {
        entry.fields[openField] = sofar.length === 0 ? value : joinWrapped(sofar, value);
        continue;
      }
      if (openField === 'issuers' && (unit.kind === 'bullet' || isListedName(value.text))) {
        entry.fields.issuers = MappedText.concat([sofar, ', ', value]);
        continue;
      }
    }
    openField = null;

    if (role === 'citation') {
      takeCitation(entry, value);
      continue;
    }
    if (field) {
      part = 'fields';
      if (entry.fields[field] === null) entry.fields[field] = value;
      openField = field;
      continue;
    }
    if (role) {
      if (role === 'glance') {
        part = 'glance';
        sawGlance = true;
      } else if (role === 'comment') {
        part = 'comment';
      } else {
        // Explainer boxes run to the next page break; a reading tip is one paragraph.
        if (part !== 'aside') partBeforeAside = part;
        if (value.length > 0) entry.asides.push(value);
        part = role === 'explainer' ? 'aside' : partBeforeAside;
        continue;
      }
      if (value.length > 0 && part === 'glance') addGlance(entry, value);
      else if (value.length > 0) entry.comment.push(value);
      continue;
    }
    // A line that cites the document with no label — "Measures for … (…办法) — CAC — 11 April 2023" — is its fields.
    if (!label && entry.fields.title === null && part !== 'aside' && citesOwnDocument(value.text)) {
      entry.fields.title = value;
      part = 'fields';
      continue;
    }
    if (part === 'aside' && unit.afterPageBreak) part = partBeforeAside;
    if (part === 'aside') entry.asides.push(value);
    else if (part === 'glance' && unit.kind === 'bullet') {
      const goals = labelledGoals(value);
      if (goals) for (const item of goals.items) entry.bullets.push({ text: item, leadIn: goals.leadIn });
      else for (const item of dashedItems(value)) entry.bullets.push({ text: item, leadIn: entry.glance.at(-1) ?? null });
    } else if (part === 'glance') addGlance(entry, value);
    else if (part === 'comment') entry.comment.push(value);
    // Text after the fields (an exhibit caption) belongs to no part.
  }

  takeTrailingFields(entry);
  const where = `entry ${rank}`;
  if (!sawGlance) warnings.push(`no "At a glance:" in ${where}`);
  if (!entry.fields.title) warnings.push(`no "Article:" or "Policy name:" line in ${where}`);
  if (!entry.fields.issuers) warnings.push(`no "Issuing body:" line in ${where}`);
  if (!entry.fields.date) warnings.push(`no "Date:" line in ${where}`);
  return entry;
}

/** A Chinese title in brackets, brackets of its own inside it. */
const CHINESE_TITLE = /[(（][^()（）]*\p{Script=Han}[^()（）]*[)）]|[(（][^()（）]*\p{Script=Han}.*[)）]/gu;

/**
 * A title field that goes on with the issuers and the date after commas, as a "Document:" line may
 * print all three: "Notice on … (关于…的通知), NDRC, 20 April 2020", or says who put it out and when:
 * "…, issued by MOF, STA and GACC on 20 March 2019", "…, published on 5 March 2019 by MIIT".
 * Taken apart where the fields are missing.
 */
function takeTrailingFields(entry: TopEntry): void {
  const title = entry.fields.title;
  if (!title || entry.fields.date) return;
  const chinese = [...title.text.matchAll(CHINESE_TITLE)].at(-1);
  if (!chinese) return;
  const end = chinese.index + chinese[0].length;
  const trail = issuersAndDateAfter(title.text.slice(end));
  if (!trail) return;
  entry.fields.issuers ??= title.slice(end + trail.issuers.at, end + trail.issuers.at + trail.issuers.length);
  entry.fields.date = title.slice(end + trail.date.at, end + trail.date.at + trail.date.length);
  entry.fields.title = title.slice(0, end);
}

/** A line that is a document's title with its Chinese title, then its issuers and date: no sentence of the prose. */
function citesOwnDocument(text: string): boolean {
  const chinese = [...text.matchAll(CHINESE_TITLE)].at(-1);
  if (!chinese || !/^\s*[\p{Lu}\d"“]/u.test(text)) return false;
  return issuersAndDateAfter(text.slice(chinese.index + chinese[0].length)) !== null;
}

interface Piece {
  at: number;
  length: number;
}

/** What opens the issuers and date after a title: a comma, then perhaps "issued by", "published on". */
const trailOpening = derived(
  ({ documentVocabulary: v }) =>
    new RegExp(`^\\s*(?:,|\\s[–—|]|\\s-\\s)\\s*(?:(?:(?:jointly\\s+)?(?:${wordAlternation(v.publicationVerbs)})\\s+)?(by|on)\\s+)?`, 'i'),
);
/** What parts the issuers from the date: a comma, or a dash or bar between spaces ("— CAC — 11 April 2023"). */
const TRAIL_SEPARATOR = String.raw`\s*,\s*|\s+[–—|]\s+|\s+-\s+`;

/**
 * ", MIIT, NDRC, August 10, 2023" (the date's own comma stays with it), ", issued by MIIT on 5 March 2019", ", issued on
 * 5 March 2019 by MIIT", " — NDRC, NEA — 14 May 2023".
 */
function issuersAndDateAfter(tail: string): { issuers: Piece; date: Piece } | null {
  const opening = trailOpening().exec(tail);
  if (!opening) return null;
  const start = opening[0].length;
  const rest = tail.slice(start).replace(/\s*\.?\s*$/, '');
  if (opening[1]?.toLowerCase() === 'on') {
    const dateFirst = /^(.+?)\s+by\s+(.+)$/.exec(rest);
    const date = dateFirst ? wholeDate(dateFirst[1]!) : null;
    if (!dateFirst || !date) return null;
    return { date: { at: start, length: dateFirst[1]!.length }, issuers: { at: start + rest.length - dateFirst[2]!.length, length: dateFirst[2]!.length } };
  }
  // Said who ("issued by …") the date may follow "on"; listed bare, a comma stands before it.
  for (const separator of rest.matchAll(new RegExp(opening[1] ? `\\s+on\\s+|${TRAIL_SEPARATOR}` : TRAIL_SEPARATOR, 'g'))) {
    const dateAt = separator.index + separator[0].length;
    if (!wholeDate(rest.slice(dateAt))) continue;
    const issuers = rest.slice(0, separator.index);
    if (issuers.trim().length === 0) continue;
    return { issuers: { at: start, length: issuers.length }, date: { at: start + dateAt, length: rest.length - dateAt } };
  }
  return null;
}

/** The text is one date with its day, month and year, and nothing else. */
function wholeDate(text: string): boolean {
  const date = findFullDate(text);
  return date !== null && date.index === 0 && date.length === text.length;
}

/** A title in quotes and the Chinese title in brackets after it: "\"Measures … (Draft)\" (…办法（征求意见稿）)". */
const QUOTED_TITLE = /["“]([^"”]{8,})["”](?:\s*([(（][^()（）]*\p{Script=Han}(?:[^()（）]|[(（][^()（）]*[)）])*[)）]))?/u;

/**
 * A citation of the document gives the fields still empty: "Source: State Council, \"Guiding Opinions on
 * …\" (关于…), 20/05/2016" — the issuers before the title in quotes, the date after it. Cited without
 * quotes ("Reference: Notice on … (关于…的通知), NDRC, 2 May 2019") it is a title field that goes on
 * with its issuers and date. A citation of anything else ("Source: Xinhua") gives nothing.
 */
function takeCitation(entry: TopEntry, citation: MappedText): void {
  if (!citesDocument(citation.text)) return;
  const quoted = QUOTED_TITLE.exec(citation.text);
  if (!quoted) {
    entry.fields.title ??= citation;
    return;
  }
  const titleAt = quoted.index + 1;
  const title = citation.slice(titleAt, titleAt + quoted[1]!.length);
  const chineseAt = quoted[2] ? quoted.index + quoted[0].length - quoted[2].length : -1;
  entry.fields.title ??= chineseAt < 0 ? title : MappedText.concat([title, ' ', citation.slice(chineseAt, chineseAt + quoted[2]!.length)]);
  const issuers = citation.slice(0, quoted.index).trim();
  const listed = /[,;:]$/.test(issuers.text) ? issuers.slice(0, issuers.length - 1).trim() : issuers;
  if (listed.length > 0) entry.fields.issuers ??= listed;
  const after = quoted.index + quoted[0].length;
  const date = findFullDate(citation.text.slice(after));
  if (date) entry.fields.date ??= citation.slice(after + date.index, after + date.index + date.length);
}

function joinSpan(units: readonly Unit[]) {
  const first = units[0]!.text.span();
  const last = units.at(-1)!.text.span();
  return { start: first.start, end: Math.max(first.end, last.end) };
}

/** A line that holds one name of a list, not a sentence: short, and no punctuation that ends or joins clauses. */
function isListedName(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 80 && !/[.:;!?]$/.test(t) && !/[.;!?]\s/.test(t);
}
