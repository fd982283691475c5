/**
 * The issue date and reporting period, from the line of a header or running footer that prints
 * them, however it prints them: "DECEMBER 04, 2024 (REPORTING PERIOD: OCTOBER 29 - NOVEMBER 25)",
 * "MERICS China Industries November 1, 2023 (Reporting period: September 26 – October 24)",
 * "**Issue date:** 7 December 2021 | Reporting period: 26 October – 29 November 2021",
 * "7.12.2021 · period covered: December 15 to January 20". Dates are read by chrono-node; the labels
 * are data (graph-schema/issue-date-labels.json). A line is taken only when, with the masthead and
 * labels taken away, nothing but dates remains — prose that mentions a date never is.
 * Inferred from the items when no line prints it.
 */
import { derived } from '../registries.ts';
import { PAGE_MARK, READING_TIME } from '../blocks/lines.ts';
import type { MappedText } from '../text/mapped-text.ts';
import { dateOfItem, datesIn, findFullDate, isoDate, isoOf, MONTH_NAME, nearestYear, type FoundDate, type MonthDay } from '../dates.ts';
import type { IssueDate, NewsItem, TopEntry } from './model.ts';

const alternatives = (sources: readonly string[]) => sources.map((s) => `(?:${s})`).join('|');
/** How headers and footers name the issue date and the reporting period (issue-date-labels.json), as patterns. */
const labels = derived(({ issueDateLabels }) => ({
  masthead: new RegExp(`\\b(?:${alternatives(issueDateLabels.masthead)})\\b`, 'gi'),
  issue: new RegExp(`\\b(?:${alternatives(issueDateLabels.issueLabels)})\\b\\s*:?`, 'gi'),
  period: new RegExp(`\\b(?:${alternatives(issueDateLabels.periodLabels)})\\b\\s*:?`, 'i'),
}));
/** Emphasis and heading marks a web page or markdown puts around the line. */
const MARKUP = /[*_#>`]+/g;
/** What may stand between the parts of the line: separators, brackets, an issue number. */
const FILLER = /[\s|·•,.:;()[\]–—-]+|\bno\.?\s*\d+\b|\bvol\.?\s*\d+\b/gi;

/** A month and year that name the edition beside the issue's date: "April 2025 edition". */
const MONTH_OF_EDITION = new RegExp(`\\b${MONTH_NAME}\\s+\\d{4}\\b`, 'gi');
/** The edition's month in figures between separators: "CHINA INDUSTRIES – 03/2025 – 6 March 2025". */
const NUMERIC_EDITION = /(?<=^|[|·•–—]\s*)(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}(?=\s*(?:[|·•–—]|$))/g;

/** Text with the found dates cut out. */
function withoutDates(text: string, found: readonly FoundDate[]): string {
  let out = text;
  for (const f of [...found].sort((a, b) => b.index - a.index)) out = out.slice(0, f.index) + ' ' + out.slice(f.index + f.text.length);
  return out;
}

const onlyFiller = (text: string) => text.replace(labels().masthead, ' ').replace(labels().issue, ' ').replace(FILLER, ' ').trim() === '';

/** A line that names only the newsletter ("China Industries", "MERICS Briefs"): a page's furniture, no item's headline. */
export function namesOnlyMasthead(line: string): boolean {
  return /\p{L}/u.test(line) && line.replace(MARKUP, ' ').replace(labels().masthead, ' ').replace(FILLER, ' ').trim() === '';
}

/**
 * An issue's number ("Issue 11/2026", "No. 12", "Brief no. 9 of 2025", "No. 2 | 2017", "Issue 5 (2020)", "Week 11") where a separator or the line's end follows it: taken
 * out before dates are read, so "11/2026" is not read as a month. "Issue 27 November 2026" keeps its day.
 */
const ISSUE_NUMBER_END = String.raw`(?=\s*[(|·•,;:–—-]|\s{2,}|\s*$)`;
const ISSUE_NUMBER = new RegExp(
  String.raw`\b(?:issue|edition|no\.?|nr\.?|vol(?:\.|ume)?|week|#)\s*(?:no\.?\s*)?\d{1,3}` +
    // "11/2026", "9 of 2025", "5 (2020)"; "2 | 2017", whose year a dateline's place may follow ("No. 2 | 2017 Berlin, …").
    String.raw`(?:(?:\s*\/\s*\d{2,4}|\s+of\s+\d{4}|\s*\(\s*(?:19|20)\d{2}\s*\))${ISSUE_NUMBER_END}|\s*[|,]\s*(?:19|20)\d{2}(?![-/.]\d)(?:${ISSUE_NUMBER_END}|(?=\s+\p{Lu}))|${ISSUE_NUMBER_END})`,
  'giu',
);

/**
 * The line cut into the issue's part and the period's: the period after its label, or a bracketed
 * range after the date ("DECEMBER 04, 2024 (OCTOBER 29 - NOVEMBER 25)"), or — the period printed first —
 * the issue's part after its own label ("Reporting period …, issue date 27.11.2026").
 */
function partsOf(line: string): { issuePart: string; periodPart: string; bracket: boolean } {
  const label = labels().period.exec(line);
  if (!label) {
    const unlabelled = periodBesideDate(line);
    if (unlabelled) return { ...unlabelled, bracket: false };
    const bracket = /\(([^()]*)\)\s*$/.exec(line);
    // A bracket after a date holds the period; a bracket after no date holds the issue's date ("No. 4 (16 April 2025)").
    const afterDate = bracket !== null && datesIn(line.slice(0, bracket.index)).length > 0;
    return afterDate
      ? { issuePart: line.slice(0, bracket.index), periodPart: bracket[1]!, bracket: true }
      : { issuePart: line, periodPart: '', bracket: false };
  }
  const before = line.slice(0, label.index);
  const after = line.slice(label.index + label[0].length);
  if (before.replace(labels().masthead, ' ').replace(FILLER, ' ').trim() === '') {
    const issueLabel = new RegExp(labels().issue.source, 'i').exec(after);
    if (issueLabel) return { issuePart: after.slice(issueLabel.index), periodPart: after.slice(0, issueLabel.index), bracket: false };
  }
  return { issuePart: before, periodPart: after, bracket: false };
}

/** A separator between the parts of an issue line: "·", "|" or "•", spaced. */
const PART_SEPARATOR = /\s+[|·•]\s+/g;

/**
 * The period and the issue's date side by side without a label, either first: "December 28, 2021 –
 * January 25, 2022 · 2 February 2022". The part that holds a range (or two dates) is the period; the
 * other must hold one date alone.
 */
function periodBesideDate(line: string): { issuePart: string; periodPart: string } | null {
  for (const sep of line.matchAll(PART_SEPARATOR)) {
    const parts = [line.slice(0, sep.index), line.slice(sep.index + sep[0].length)];
    const [before, after] = parts.map((part) => datesIn(part));
    const isRange = (dates: readonly FoundDate[]) => dates.some((d) => d.end) || dates.length === 2;
    const isOne = (dates: readonly FoundDate[]) => dates.length === 1 && !dates[0]!.end;
    if (isRange(before!) && isOne(after!)) return { issuePart: parts[1]!, periodPart: parts[0]! };
    if (isOne(before!) && isRange(after!)) return { issuePart: parts[0]!, periodPart: parts[1]! };
  }
  return null;
}

/**
 * A dateline's place before the date: "Berlin, 26 April 2022", "Beijing/Berlin, 7.12.2021". One to three
 * capitalised words and a comma at the line's start, after a separator, or across a column's gap
 * ("No. 2 | 2017        Berlin, 16.02.2017"); what follows must still be nothing but the date.
 */
const DATELINE_PLACE = /(?:^|[|·•]|\s{2,})\s*\p{Lu}[\p{L}.'’-]*(?:[\s/]+\p{Lu}[\p{L}.'’-]*){0,2}\s*,/u;
/**
 * A place, or an author, set apart by a separator before the date: "BERLIN | DECEMBER 7, 2021", "Written by A. Brown ·
 * 7 December 2021"; an author also by a comma: "By Jane Doe and John Roe, 2 October 2024".
 */
const LEADING_PLACE_OR_BYLINE =
  /^\s*(?:(?:[Ww]ritten\s+)?[Bb]y\s+\p{Lu}[^|·•\d]*(?=[|·•]|,\s*\S*\d)|\p{Lu}[\p{L}.'’-]*(?:[\s/]+\p{Lu}[\p{L}.'’-]*){0,2}\s*(?=[|·•]))/u;
/** A place set apart after the date: "Thursday 2 October 2024 | Berlin" (a name in capitals may be a body's: "| MIIT"). */
const TRAILING_PLACE = /[|·•]\s*\p{Lu}\p{Ll}[\p{L}.'’-]*(?:[\s/]+\p{Lu}\p{Ll}[\p{L}.'’-]*){0,2}\s*$/u;

/**
 * Who wrote it, after the date and a separator: "10.06.2021 · By Caroline Meinhardt and John Lee", any
 * credit under a short label of its own ("· Research team: Economy", "| Programme: China's economy"), or a
 * team named as such ("· Industrial policy team").
 */
const BYLINE =
  /(?:^|[|·•–—]|\s{2,})\s*(?:(?:(?:by|authors?:?|written\s+by)\s+|\p{Lu}[\p{L}'’ ]{1,30}:\s*)\p{Lu}[^|·•\d]*|\p{Lu}[\p{L}'’ ]{0,40}\s(?:team|desk|programme|program|unit))$/iu;

/** A page's reading time ("12 min read"), wherever it stands in the line. */
const READING_TIME_ANYWHERE = new RegExp(String.raw`\b${READING_TIME}\b`, 'gi');

/** The line without what may stand beside an issue's date: markup, reading time, issue number, place, byline, page mark. */
function withoutFurniture(raw: string): string {
  // A page's reading time goes first: "June 24, 2021 12 min read" would read 12 as the hour. A byline goes before a
  // dateline's place: "By Jane Doe, John Roe and …, 2 October 2024" opens like one.
  return raw
    .replace(MARKUP, ' ')
    .replace(READING_TIME_ANYWHERE, ' ')
    .replace(ISSUE_NUMBER, ' ')
    .replace(LEADING_PLACE_OR_BYLINE, ' ')
    .replace(DATELINE_PLACE, ' ')
    .replace(TRAILING_PLACE, ' ')
    .replace(BYLINE, ' ')
    .replace(PAGE_MARK, ' ')
    .replace(NUMERIC_EDITION, ' ');
}

type IssueLine = { date: string; periodFrom: string | null; periodTo: string | null };

/** The line as an issue date and period, or null when it is anything else. */
export function readIssueLine(raw: string): IssueLine | null {
  const line = withoutFurniture(raw);
  return readDateParts(line) ?? readBesideText(line);
}

/**
 * "Our monthly brief on industrial policy · Published 15.10.2024": a tagline set apart by a separator, with no
 * date or number in it, stands before the issue line; the parts after it are read without it. (Text after
 * the date, "An update on chip rules | 3 March 2020 | MIIT", makes a headline or an item of it.)
 */
function readBesideText(line: string): IssueLine | null {
  const parts = line.split(PART_SEPARATOR);
  const firstDated = parts.findIndex((part) => /\d/.test(part));
  if (firstDated < 1 || parts.slice(firstDated).some((part) => !/\d/.test(part))) return null;
  return readDateParts(parts.slice(firstDated).join(' · '));
}

/** An issue line without its furniture: its date, and its period where it prints one. */
function readDateParts(line: string): IssueLine | null {
  const { issuePart, periodPart, bracket } = partsOf(line);

  const issueDates = datesIn(issuePart, undefined);
  // One date with its day and year; a month beside it names the edition ("April 2025 edition – published 16 April 2025").
  const full = issueDates.filter((d) => !d.end && d.start.isCertain('day') && d.start.isCertain('year'));
  const dayOnly = full.length === 0 ? dayInEdition(issuePart, issueDates) : null;
  if (dayOnly === null && (full.length !== 1 || issueDates.some((d) => d !== full[0] && d.start.isCertain('day')))) return null;
  if (!onlyFiller(withoutDates(issuePart, issueDates).replace(MONTH_OF_EDITION, ' '))) return null;
  const date = dayOnly ?? isoOf(full[0]!.start);
  if (!date) return null;

  const period = readPeriod(periodPart, date);
  if (periodPart.trim() && !period) return bracket ? null : { date, periodFrom: null, periodTo: null };
  return { date, periodFrom: period?.from ?? null, periodTo: period?.to ?? null };
}

/**
 * "March 2025 edition, released on 6 March": the one day printed without its year takes the edition's
 * year (the next one, for a January day in a December edition).
 */
function dayInEdition(issuePart: string, dates: readonly FoundDate[]): string | null {
  const days = dates.filter((d) => !d.end && d.start.isCertain('day') && !d.start.isCertain('year'));
  const editions = [...issuePart.matchAll(MONTH_OF_EDITION)];
  if (days.length !== 1 || editions.length !== 1 || dates.length !== 1) return null;
  const month = days[0]!.start.get('month')!;
  const editionMonth = new Date(`1 ${editions[0]![0]}`).getMonth() + 1 || month;
  const year = Number(/\d{4}/.exec(editions[0]![0])![0]) + (month < editionMonth - 6 ? 1 : 0);
  return `${year}-${String(month).padStart(2, '0')}-${String(days[0]!.start.get('day')).padStart(2, '0')}`;
}

/** "October 29 - November 25", "26 October – 29 November 2021", "December 15 to January 20": bounds on or before the issue. */
function readPeriod(text: string, issue: string): { from: string; to: string } | null {
  const found = datesIn(text, new Date(`${issue}T12:00:00Z`));
  if (found.length === 0 || !onlyFiller(withoutDates(text, found).replace(/\b(?:from|to|until|through|and|between)\b/gi, ' '))) return null;
  const [startC, endC] = found.length === 1 ? [found[0]!.start, found[0]!.end] : [found[0]!.start, found[1]!.start];
  if (!endC) return null;
  const to = bound(endC, issue);
  const from = to ? bound(startC, to) : null;
  return from && to ? { from, to } : null;
}

/** A bound printed without a year takes the year that puts it on or before `notAfter`. */
function bound(c: FoundDate['start'], notAfter: string): string | null {
  if (c.isCertain('year')) return isoOf(c);
  const candidate = nearestYear({ month: c.get('month')!, day: c.get('day')! }, notAfter);
  if (candidate && candidate > notAfter) return `${Number(candidate.slice(0, 4)) - 1}${candidate.slice(4)}`;
  return candidate;
}

export function findIssueDate(candidates: readonly MappedText[]): IssueDate | null {
  for (const [i, line] of candidates.entries()) {
    const read = readIssueLine(line.text);
    if (!read) continue;
    // "Reporting period: 15 October – 12 November 2021" may stand on a line of its own next to the date's.
    const period = read.periodFrom ? null : [candidates[i - 1], candidates[i + 1]].map((l) => l && readPeriodLine(l.text, read.date)).find(Boolean);
    return { ...read, ...(period ? { periodFrom: period.from, periodTo: period.to } : {}), inferred: false, printedAt: line };
  }
  return null;
}

/** A line that prints only the reporting period, after its label: "Reporting period: 15 October – 12 November 2021". */
function readPeriodLine(raw: string, issue: string): { from: string; to: string } | null {
  const line = raw.replace(MARKUP, ' ');
  const label = labels().period.exec(line);
  if (!label || line.slice(0, label.index).replace(labels().masthead, ' ').replace(FILLER, ' ').trim() !== '') return null;
  return readPeriod(line.slice(label.index + label[0].length), issue);
}

/**
 * A dateline that prints the issue's day and month but no year, and nothing else but what may stand
 * beside it: "5 July · Industrial policy team", as a page sets the year apart or leaves it out.
 */
export function findYearlessDateline(candidates: readonly MappedText[]): { monthDay: MonthDay; printedAt: MappedText } | null {
  for (const candidate of candidates) {
    const line = withoutFurniture(candidate.text);
    const dates = datesIn(line, undefined);
    const only = dates.length === 1 ? dates[0]! : null;
    if (!only || only.end || !only.start.isCertain('day') || only.start.isCertain('year') || !onlyFiller(withoutDates(line, dates))) continue;
    return { monthDay: { month: only.start.get('month')!, day: only.start.get('day')! }, printedAt: candidate };
  }
  return null;
}

/** How long after the last dated item or document an issue may come out, for a dateline that prints no year. */
const DAYS_AFTER_ITEMS = 120;

/**
 * With no date printed in full, the latest dated document in the TOP entries anchors the year; the
 * news items then give the reporting period, and its end stands in for the issue date — or a dateline
 * with no year gives the day, in the year that puts it on or after everything the issue dates.
 */
export function inferIssueDate(
  top: readonly TopEntry[],
  news: readonly NewsItem[],
  dateline: { monthDay: MonthDay; printedAt: MappedText } | null = null,
): IssueDate {
  const documentDates = top
    .map((e) => (e.fields.date ? findFullDate(e.fields.date.text)?.iso : null))
    .filter((d): d is string => typeof d === 'string')
    .sort();
  const anchor = documentDates.at(-1);
  if (!anchor) return { date: null, periodFrom: null, periodTo: null, inferred: true, printedAt: null };
  const itemDates = news
    .map((n) => dateOfItem(n, anchor))
    .filter((d): d is string => d !== null)
    .sort();
  const periodTo = itemDates.at(-1) ?? anchor;
  const periodFrom = itemDates[0] ?? null;
  const printed = dateline ? onOrAfter(dateline.monthDay, periodTo > anchor ? periodTo : anchor) : null;
  if (printed) return { date: printed, periodFrom, periodTo, inferred: false, printedAt: dateline!.printedAt };
  return { date: periodTo, periodFrom, periodTo, inferred: true, printedAt: null };
}

/** The first date of this month and day on or after `latest`, unless it falls long after it. */
function onOrAfter(monthDay: MonthDay, latest: string): string | null {
  const year = Number(latest.slice(0, 4));
  const date = [year, year + 1].map((y) => isoDate(y, monthDay.month, monthDay.day)).find((d) => d !== null && d >= latest);
  return date && Date.parse(date) - Date.parse(latest) <= DAYS_AFTER_ITEMS * 86_400_000 ? date : null;
}
