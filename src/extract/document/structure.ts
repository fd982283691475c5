/**
 * Builds the document model from units: finds the TOP section and its numbered entries,
 * the news section with its policy and corporate items, and the issue date.
 */
import type { BlockReading } from '../blocks/block.ts';
import { MappedText } from '../text/mapped-text.ts';
import { joinWrapped } from '../text/join.ts';
import { findFullDate, parseMonthDay, PRINTED_DAY, type MonthDay } from '../dates.ts';
import type { IssueDate, NewsItem, NewsSection, NewsletterDoc, Shape, TopEntry } from './model.ts';
import { opensGoalList, readTopEntry } from './top-entry.ts';
import { findIssueDate, findYearlessDateline, inferIssueDate, namesOnlyMasthead, readIssueLine } from './issue-date.ts';
import { ENTRY_COUNTER, HEADLINE_NUMBER, isAllCapsHeading, isSectionHeading, NEWS_ITEM_START, NUMBERED_HEADLINE, toUnits, type Unit } from './units.ts';
import { LIST_ENUMERATOR, nextEnumeratedItem } from '../blocks/list-markers.ts';
import { READING_TIME } from '../blocks/lines.ts';
import {
  fieldLabel,
  isDocumentField,
  isTitleField,
  labelAlone,
  labelPrefix,
  leadingLabel,
  leadingRole,
  opensDocumentField,
  opensSummary as opensSummaryText,
} from '../labels.ts';
import { findAgencies } from '../language/agencies.ts';
import { opensFirmList } from '../language/firms.ts';

type State = 'preamble' | 'top' | 'news' | NewsSection | 'after';

export function buildDocument(source: string, shape: Shape, reading: BlockReading): NewsletterDoc {
  const units = toUnits(reading.blocks);
  const warnings: string[] = [];
  const entryUnits: Unit[][] = [];
  const newsUnits: { section: NewsSection | null; units: Unit[] }[] = [];
  const seen = new Set<string>();
  let state: State = 'preamble';
  // What comes before the news: the TOP entries, where no heading, number or summary label opened them.
  const unopened: Unit[] = [];
  let unopenedFields = false;

  units.forEach((unit, i) => {
    const text = unit.text.text;
    const heading = state !== 'news' && labelsFactBox(units, i) ? null : isSectionHeading(text);
    if ((state === 'preamble' || state === 'top') && heading === null) {
      unopened.push(unit);
      unopenedFields ||= isTitleField(text);
    }
    // Back matter ends the brief, but a page's prompts before it ("Share", "Subscribe") end nothing.
    if (heading === 'after' && state === 'preamble') return;
    if (heading) {
      state = heading;
      seen.add(heading);
      return;
    }
    const isHeadline = opensEntry(units, i, entryUnits.length + 1) || (state === 'top' && isUnnumberedHeadline(units, i));
    // A first numbered headline followed by "At a glance", or a heading numbered 1 that a heading numbered 2
    // follows, opens the TOP section even without its heading.
    if (state === 'preamble' && isHeadline && (opensSummary(units[i + 1]) || opensNumberedHeadings(units, i))) {
      state = 'top';
      seen.add('top');
    }
    // A heading no vocabulary names, after the last entry's fields, over dated items: the news section —
    // also where no entry is open yet, after fields that will tell the entries.
    const afterFields =
      (state === 'top' || state === 'preamble') && (entryUnits.length > 0 ? entryUnits.at(-1)!.some((u) => isDocumentField(u.text.text)) : unopenedFields);
    if (afterFields && headsDatedItems(units, i)) {
      unopened.pop();
      state = 'news';
      seen.add('news');
      return;
    }
    // "Topic 1 of 3" on a line of its own counts the entries; the headline is the next line.
    if (ENTRY_COUNTER.test(text.trim())) return;
    if (state === 'top') {
      const item = entryUnits.length > 0 ? enumeratedItem(units, i, entryUnits.at(-1)!) : null;
      if (item) entryUnits.at(-1)!.push(item);
      else if (restartsEntry(units, i, entryUnits)) entryUnits[entryUnits.length - 1] = [unit];
      else if (isHeadline) entryUnits.push([unit]);
      else if (entryUnits.length > 0) entryUnits.at(-1)!.push(unit);
      return;
    }
    if (state === 'news' || state === 'policy-news' || state === 'corporate-news') {
      if (unit.kind === 'heading' || isAllCapsHeading(text)) {
        // A sub-heading no vocabulary names ("Regulators", "Industry") goes on with the news when dated items follow it.
        state = headsDatedItems(units, i) ? 'news' : 'after';
        return;
      }
      const section = state === 'news' ? null : state;
      const item = withoutItemNumber(unit);
      // An item opens with its date, or is a list item that dates itself inside ("The NDRC on March 3 issued …"),
      // or a paragraph that closes its first sentence on its date in brackets ("… airport projects (3 March).").
      if (NEWS_ITEM_START.test(item.text.text) || (item.kind === 'bullet' && dateInside(item.text.text)) || DATE_CLOSING.test(firstSentence(item.text.text)))
        newsUnits.push({ section, units: [item] });
      // A paragraph after a list of items is none of them: a disclaimer or a colophon ("The views expressed …");
      // nor, in a copied page where every item is a line of its own, is a line after them; nor the page's own
      // date printed at its foot ("Published 08.05.2024").
      else if (
        newsUnits.length > 0 &&
        readIssueLine(unit.text.text) === null &&
        !(unit.kind !== 'bullet' && newsUnits.at(-1)!.units[0]!.kind === 'bullet') &&
        !(shape === 'web-text' && oneLineItems(newsUnits))
      )
        newsUnits.at(-1)!.units.push(unit);
    }
  });

  // Entries that no heading or summary label opened are told by their document fields; one such entry
  // on a page with no news is a single brief item, read from its summary label where it has one.
  const byFields = entryUnits.length === 0 ? entriesByFields(unopened) : [];
  // A web page that carries one brief item: an unnumbered headline, its summary and its fields.
  const single = byFields.length < 2 && entryUnits.length === 0 && newsUnits.length === 0 ? singleBriefItem(units) : null;
  if (single) {
    entryUnits.push(single);
    seen.add('top');
    warnings.push('one brief item, not a whole issue: read as a single TOP entry');
  } else if (byFields.length > 0) {
    entryUnits.push(...byFields);
    warnings.push(`${seen.has('top') ? 'no numbered headlines' : 'no TOP 5 heading'} found: entries read by their document fields`);
    seen.add('top');
  }
  if (!seen.has('top')) warnings.push('no TOP 5 section found');
  // "POLICY DEVELOPMENTS" and "CORPORATE DEVELOPMENTS" with no heading above them are the news section all the same.
  if (!seen.has('news') && !seen.has('policy-news') && !seen.has('corporate-news') && !single) warnings.push('no NOTEWORTHY / WORTH NOTING section found');
  if (seen.has('news') && !seen.has('policy-news')) warnings.push('no "Policy news" heading found');
  if (seen.has('news') && !seen.has('corporate-news')) warnings.push('no "Corporate news" heading found');

  const top: TopEntry[] = withoutContents(entryUnits).map((group, i) => readTopEntry(group, i + 1, warnings));
  const news = readNewsItems(newsUnits, warnings);
  // An entry's links are those printed from its headline up to the next entry or the news.
  const boundaries = [...top.map((e) => e.span.start), ...news.map((n) => n.span.start)].sort((a, b) => a - b);
  for (const entry of top) {
    const end = boundaries.find((b) => b > entry.span.start) ?? Infinity;
    entry.links = reading.links.filter((l) => l.at >= entry.span.start && l.at < end);
  }
  // Where the last entry or news item ends: what a page prints below it is no part of them.
  const readEnd = Math.max(0, ...[...top, ...news].map((x) => x.span.end));
  // The header ends where a document's fields begin: "Released: 12 June 2023" under a page's first story
  // dates the document, not the issue.
  // A date field right above them ("Date: 3 March 2024" / "Document: …") is the document's too.
  const fieldsFound = units.slice(0, HEADER_UNITS).findIndex((u) => namesDocumentOrIssuers(u.text.text));
  const fieldsAt = fieldsFound > 0 && leadingRole(units[fieldsFound - 1]!.text.text) === 'date' ? fieldsFound - 1 : fieldsFound;
  const headerUnits = units.slice(0, fieldsAt < 0 ? HEADER_UNITS : fieldsAt);
  const headerEnd = fieldsAt < 0 ? Infinity : units[fieldsAt]!.text.sourceOffset(0);
  const header = headerUnits.map((u) => u.text);
  // A masthead printed over several lines with no blank between ("CHINA INDUSTRIES" / "MERICS monthly brief" /
  // "Berlin, 28 Mar 2019 – …") is one block, and a block a page's turn joined to the unit before it
  // ("… Accept all" / "Berlin, 21.02.2024") is no unit of its own: every line is read one by one as well.
  const headerLines = reading.blocks
    .slice(0, HEADER_UNITS)
    .flatMap((b) => b.lines)
    .filter((l) => l.sourceOffset(0) < headerEnd);
  // A web page's metadata dates it only where no line of the page prints its date.
  const printed =
    findIssueDate([
      // (Each line as printed: a unit may have joined the wrapped line to the one before it.)
      ...withWrappedLines(
        reading.furniture.footers,
        reading.blocks.slice(0, HEADER_UNITS).flatMap((b) => b.lines),
      ),
      ...header,
      ...headerLines,
    ]) ??
    (single ? datelineOf(units, single[0]!) : null) ??
    // "Published 08.05.2024" under the article, where a page prints its date at the foot — after every entry and item.
    findIssueDate(
      reading.blocks
        .slice(-TRAILING_BLOCKS)
        .flatMap((b) => b.lines)
        .filter((l) => l.length > 0 && l.sourceOffset(0) >= readEnd),
    ) ??
    findIssueDate(reading.furniture.published ?? []);
  const issue = printed ?? inferIssueDate(top, news, findYearlessDateline([...header, ...headerLines]));
  if (!printed)
    warnings.push(issue.inferred ? 'no issue date printed; inferred from the items' : 'issue date printed without its year: the year from the items');
  return { source, shape, issue, top, news, warnings };
}

/**
 * A list of contents read as entries: a headline with nothing under it, printed again over an entry
 * further on ("1. New infrastructure gets a definition" … "New infrastructure gets a definition").
 */
function withoutContents(entries: readonly Unit[][]): Unit[][] {
  const headline = (entry: readonly Unit[]) => entry[0]!.text.text.replace(HEADLINE_NUMBER, '').trim().toLowerCase();
  return entries.filter((entry, i) => entry.length > 1 || !entries.slice(i + 1).some((later) => headline(later) === headline(entry)));
}

/** A document's title or issuers field: "Document: …", "Issuer: CAC, NDRC" (a date field may be the issue's own). */
function namesDocumentOrIssuers(text: string): boolean {
  return isTitleField(text) || leadingRole(text) === 'issuers';
}

/** How far into a newsletter its header may stand: the issue line is looked for in so many units. */
const HEADER_UNITS = 12;
/** How far from a newsletter's end a date it prints at its foot may stand ("Published 08.05.2024"). */
const TRAILING_BLOCKS = 3;

/**
 * Running lines, each also joined with the text's line that goes on right after it: "MERICS China
 * Industries | March 30, 2022 | Reporting" / "period: February 22 – March 25, 2022", "… | sent 19" /
 * "November 2026" — a masthead line that wrapped in a column, of which the reader took the first line for
 * furniture. (Only lines that read as no issue line alone are joined.)
 */
function withWrappedLines(running: readonly MappedText[], lines: readonly MappedText[]): MappedText[] {
  return running.flatMap((line) => {
    const end = line.sourceOffset(line.text.length - 1) + 1;
    const next = readIssueLine(line.text) ? undefined : lines.find((l) => l.sourceOffset(0) > end && l.sourceOffset(0) - end <= 3);
    return next && !readIssueLine(next.text) ? [joinWrapped(line, next), line] : [line];
  });
}

/** A page's reading time on its own line ("3 min read"): no headline either. */
const READING_TIME_LINE = new RegExp(`^${READING_TIME}$`, 'i');

/** A date standing alone on its line ("12 March 2025"): a page's dateline, not its headline. */
const DATELINE = /^\W*(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2},?)\s+\d{4}\W*$/u;

/**
 * The units of a page's single brief item: from its headline — the last short line before the "At a
 * glance" summary that is neither a dateline, a label nor the newsletter's name — to the end; null when the page has no
 * summary and a document field after it.
 */
function singleBriefItem(units: readonly Unit[]): Unit[] | null {
  const glance = units.findIndex((u) => opensSummary(u));
  if (glance <= 0) return null;
  const rest = units.slice(glance);
  if (!rest.some((u) => fieldLabel().test(u.text.text))) return null;
  for (let i = glance - 1; i >= 0; i--) {
    const text = units[i]!.text.text.trim();
    if (DATELINE.test(text) || READING_TIME_LINE.test(text) || labelPrefix().test(text) || namesOnlyMasthead(text) || text.length > 200 || text.length < 8)
      continue;
    return [units[i]!, ...rest];
  }
  return null;
}

/** A heading (of either kind, or a short line with no stop) with dated items under it, or under one more heading. */
/**
 * "Policy" alone on a line, a value under it and another of the document's fields after it ("Issued by"), as a
 * page's fact box is copied: the first field's label, though the same word heads the policy news elsewhere.
 */
function labelsFactBox(units: readonly Unit[], i: number): boolean {
  const [label, value, next] = [units[i], units[i + 1], units[i + 2]];
  if (!label || !value || !next || !labelAlone(label.text.text) || !opensDocumentField(label.text.text)) return false;
  return leadingLabel(value.text.text) === null && opensDocumentField(next.text.text);
}

function headsDatedItems(units: readonly Unit[], i: number): boolean {
  if (!looksLikeHeadline(units[i]!) && !isAllCapsHeading(units[i]!.text.text)) return false;
  const next = units[i + 1] && looksLikeHeadline(units[i + 1]!) && units[i + 1]!.kind === 'heading' ? units[i + 2] : units[i + 1];
  return next !== undefined && NEWS_ITEM_START.test(withoutItemNumber(next).text.text);
}

/**
 * TOP entries told by their document fields alone ("Five stories we followed" / "Story 1 — …" / prose /
 * "Policy: …"): each title field is an entry's, and the entry opens at the last headline-like unit
 * before it since the fields of the entry before — whether the fields close the entry or open it.
 */
function entriesByFields(units: readonly Unit[]): Unit[][] {
  const starts: number[] = [];
  const labels = repeatedLines(units);
  let fieldsEnd = -1;
  units.forEach((unit, t) => {
    if (t <= fieldsEnd || !isTitleField(unit.text.text)) return;
    for (let i = t - 1; i > fieldsEnd; i--) {
      if (!(looksLikeHeadline(units[i]!) || isLoneBullet(units, i)) || labels.has(lineKey(units[i]!))) continue;
      starts.push(i);
      break;
    }
    fieldsEnd = t;
    // The fields run on: labelled lines, and the value under a label printed alone ("ISSUED BY" / "State Council").
    const inFields = (k: number) => fieldLabel().test(units[k]!.text.text) || labelAlone(units[k]!.text.text) || labelAlone(units[k - 1]!.text.text);
    while (fieldsEnd + 1 < units.length && inFields(fieldsEnd + 1)) fieldsEnd += 1;
  });
  return starts.map((start, k) => units.slice(start, starts[k + 1] ?? units.length));
}

/**
 * Short lines printed more than once: labels no vocabulary names, which every entry repeats ("Context",
 * "What we think"), where a headline is printed once.
 */
function repeatedLines(units: readonly Unit[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const unit of units) {
    if (unit.text.length > 60) continue;
    const key = lineKey(unit);
    (seen.has(key) ? repeated : seen).add(key);
  }
  return repeated;
}

const lineKey = (unit: Unit) => unit.text.text.trim().toLowerCase();

/**
 * A short line behind a glyph that no other item of a list stands beside ("▸ Local debt swap gets
 * bigger" between one entry's fields and the next entry's prose): a headline's ornament, not a list.
 */
function isLoneBullet(units: readonly Unit[], i: number): boolean {
  const [before, unit, after] = [units[i - 1], units[i]!, units[i + 1]];
  const listItem = (u: Unit | undefined) => u?.kind === 'bullet' && !fieldLabel().test(u.text.text);
  // (A list of one item follows its lead-in: "Targets:" / "• Cut 50 million tonnes …".)
  if (unit.kind !== 'bullet' || listItem(before) || listItem(after) || /:\s*$/.test(before?.text.text ?? '') || fieldLabel().test(unit.text.text)) return false;
  return looksLikeHeadline({ ...unit, kind: 'paragraph' });
}

/** A heading, a numbered headline, or a short line with no stop that is no label, date or list item. */
function looksLikeHeadline(unit: Unit): boolean {
  const text = unit.text.text.trim();
  if (unit.kind === 'heading' || NUMBERED_HEADLINE.test(text)) return !leadingLabel(text);
  return (
    // A glyph before a headline in capitals ("▶ STEEL: CAPACITY CUTS ON TRACK") marks no list item.
    (unit.kind !== 'bullet' || !/\p{Ll}/u.test(text)) &&
    // "Goals: …", "Companies: …": an entry's list under a label of its own, no headline.
    !opensGoalList(text) &&
    !opensFirmList(text) &&
    text.length >= 8 &&
    text.length <= 200 &&
    !/[.:;,!?]$/.test(text) &&
    !leadingLabel(text) &&
    !DATELINE.test(text) &&
    !READING_TIME_LINE.test(text)
  );
}

/** A single item's page date: a dateline between the page's top and the item's summary. */
function datelineOf(units: readonly Unit[], headline: Unit): IssueDate | null {
  const glance = units.findIndex((u) => opensSummary(u));
  for (const unit of units.slice(Math.max(0, units.indexOf(headline)), glance)) {
    if (!DATELINE.test(unit.text.text.trim())) continue;
    const found = findFullDate(unit.text.text);
    if (found) return { date: found.iso, periodFrom: null, periodTo: null, inferred: false, printedAt: unit.text };
  }
  return null;
}

function opensSummary(unit: Unit | undefined): boolean {
  return unit !== undefined && opensSummaryText(unit.text.text);
}

/**
 * Whether units[i] is the headline of the next TOP entry: numbered as expected, or — whatever its
 * number, and though a leading space made it look like a list item — followed by the entry's "At a
 * glance" summary, so that one misread number does not lose every entry after it.
 */
function opensEntry(units: readonly Unit[], i: number, expected: number): boolean {
  const unit = units[i]!;
  if (fieldLabel().test(unit.text.text) || unit.text.length > 250 || !NUMBERED_HEADLINE.test(unit.text.text)) return false;
  return opensSummary(units[i + 1]) || isNumberedHeadline(unit, expected);
}

/**
 * An item of a numbered list inside a TOP entry ("Key targets: 1) … 2) …", "(a) …", "1. …"), as a
 * bullet without its number: it follows a lead-in ending in a colon, or the item before it, and is
 * numbered 1 or one on from that item — and is no headline, which its "At a glance" would show.
 */
function enumeratedItem(units: readonly Unit[], i: number, entry: readonly Unit[]): Unit | null {
  const unit = units[i]!;
  const marker = LIST_ENUMERATOR.exec(unit.text.text);
  if (!marker || opensSummary(units[i + 1]) || fieldLabel().test(unit.text.text)) return null;
  const previous = entry.at(-1)!;
  if (!nextEnumeratedItem(unit.text.text, (previous.enumerated ?? '') + previous.text.text) || entry.length < 2) return null;
  return { ...unit, kind: 'bullet', text: unit.text.slice(marker[0].length), enumerated: marker[0] };
}

/**
 * In the TOP section, a short line that is no label and is followed by an "At a glance" summary is an
 * entry's headline even without a number (a page that numbers its headlines in its style sheet).
 */
function isUnnumberedHeadline(units: readonly Unit[], i: number): boolean {
  const unit = units[i]!;
  const text = unit.text.text.trim();
  return opensSummary(units[i + 1]) && text.length >= 8 && text.length <= 200 && !labelPrefix().test(text) && !/[.:;]$/.test(text);
}

/**
 * "### 1 | Cabinet pushes …" … "### 2 | Draft rules …": a heading numbered 1, and one numbered 2 after it before
 * the next section — or, where a copy or a print lost the headings' markup, such lines over paragraphs of prose.
 */
function opensNumberedHeadings(units: readonly Unit[], i: number): boolean {
  if (!numberedHeadingAt(units, i, 1)) return false;
  for (let k = i + 1; k < units.length; k++) {
    if (isSectionHeading(units[k]!.text.text) !== null) return false;
    if (numberedHeadingAt(units, k, 2)) return true;
  }
  return false;
}

/** A heading numbered n, or a short numbered line with no sentence's end over a paragraph of prose ("1. Carbon trading finally starts"). */
function numberedHeadingAt(units: readonly Unit[], i: number, n: number): boolean {
  const unit = units[i]!;
  if (!isNumberedHeadline(unit, n)) return false;
  if (unit.kind === 'heading') return true;
  const next = units[i + 1];
  return (
    unit.text.length <= 150 &&
    !/[.:;!?]$/.test(unit.text.text.trim()) &&
    next !== undefined &&
    next.kind === 'paragraph' &&
    next.text.length >= 60 &&
    !NUMBERED_HEADLINE.test(next.text.text) &&
    /[.!?]["”)]?$/.test(next.text.text.trim())
  );
}

function isNumberedHeadline(unit: Unit, expected: number): boolean {
  if (unit.kind === 'bullet' || fieldLabel().test(unit.text.text) || unit.text.length > 250) return false;
  const m = NUMBERED_HEADLINE.exec(unit.text.text);
  return m !== null && Number(m[1]) === expected;
}

/**
 * The same number again, after a "headline" that got no labelled part, means the first was a
 * contents line: the entry starts over at the second.
 */
function restartsEntry(units: readonly Unit[], i: number, entries: readonly Unit[][]): boolean {
  const last = entries.at(-1);
  if (!last || !opensEntry(units, i, entries.length) || Number(NUMBERED_HEADLINE.exec(units[i]!.text.text)![1]) !== entries.length) return false;
  return !last.some((u) => fieldLabel().test(u.text.text));
}

/** Two items or more so far, each a line of its own: a list of items, which an undated line after it does not go on. */
function oneLineItems(items: readonly { units: readonly Unit[] }[]): boolean {
  return items.length >= 2 && items.every((item) => item.units.length === 1);
}

/** A news item numbered in its list ("1. 2 Sept: The NDRC …"): the item without its number, a list item. */
function withoutItemNumber(unit: Unit): Unit {
  const marker = LIST_ENUMERATOR.exec(unit.text.text);
  if (!marker || !NEWS_ITEM_START.test(unit.text.text.slice(marker[0].length))) return unit;
  return { ...unit, kind: 'bullet', text: unit.text.slice(marker[0].length), enumerated: marker[0] };
}

/** A month and day inside an item's first sentence: "… on March 3 …", "(March 3)". */
const DATE_INSIDE = new RegExp(`\\b${PRINTED_DAY}(?![\\d\\p{L}])`, 'iu');

/** A date in brackets closing a sentence: "(3 March).", "(March 3, 2021)". */
const DATE_CLOSING = new RegExp(`\\(\\s*${PRINTED_DAY}\\s*\\)[.!]?$`, 'iu');

const firstSentence = (text: string) => text.split(/(?<=[.!?])\s/)[0] ?? text;

function dateInside(text: string): MonthDay | null {
  const first = firstSentence(text);
  const m = DATE_INSIDE.exec(first);
  const found = m ? parseMonthDay(m[0]) : null;
  // "(MIIT, 7–8 March)": a range of days dates the item by its first.
  const rangeStart = m ? /(\d{1,2})\s*[–—-]\s*$/.exec(first.slice(0, m.index)) : null;
  return found && rangeStart && Number(rangeStart[1]) < found.day ? { ...found, day: Number(rangeStart[1]) } : found;
}

function readNewsItems(groups: { section: NewsSection | null; units: Unit[] }[], warnings: string[]): NewsItem[] {
  const counters: Record<NewsSection, number> = { 'policy-news': 0, 'corporate-news': 0 };
  const items: NewsItem[] = [];
  for (const group of groups) {
    const first = group.units[0]!.text;
    const prefix = NEWS_ITEM_START.exec(first.text);
    const monthDay = prefix ? parseMonthDay(first.text) : dateInside(first.text);
    const whole = joinUnits(group.units);
    const body = prefix ? whole.slice(prefix[0].length).trim() : whole;
    if (!monthDay) {
      warnings.push(`news item "${first.text.slice(0, 40)}" has no valid date`);
      continue;
    }
    const section = group.section ?? guessSection(body.text);
    counters[section] += 1;
    items.push({
      section,
      rank: counters[section],
      ...monthDay,
      body,
      span: whole.span(),
    });
  }
  return items;
}

/** Without "Policy news" and "Corporate news" headings: an item whose subject is a government body is policy news. */
function guessSection(body: string): NewsSection {
  const subject = body.slice(0, 160).split(/\s(?:released|issued|published|launched|announced|approved|signed|plans|will)\b/i)[0] ?? '';
  return findAgencies(subject).length > 0 ? 'policy-news' : 'corporate-news';
}

function joinUnits(units: readonly Unit[]): MappedText {
  return units.length === 1 ? units[0]!.text : concatWithSpaces(units.map((u) => u.text));
}

function concatWithSpaces(parts: MappedText[]): MappedText {
  return MappedText.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [' ', p])));
}
