/**
 * The issue date and reporting period, from a header ("DECEMBER 04, 2024 (REPORTING PERIOD:
 * OCTOBER 29 - NOVEMBER 25)") or a running footer ("MERICS China Industries November 1, 2023
 * (Reporting period: September 26 – October 24)"); inferred from the items when neither is printed.
 */
import type { MappedText } from '../text/mapped-text.ts';
import { findFullDate, MONTH_NAME, nearestYear, parseMonthDay } from '../dates.ts';
import type { IssueDate, NewsItem, TopEntry } from './model.ts';

const DATE_LINE = new RegExp(
  `^\\s*(?:MERICS\\s+)?(?:China\\s+Industries\\s*)?[,|–-]?\\s*` +
    `(${MONTH_NAME}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_NAME}\\s+\\d{4})` +
    `\\s*(?:\\(\\s*(?:Reporting period\\s*:?\\s*)?(${MONTH_NAME}\\s+\\d{1,2}(?:,?\\s+\\d{4})?)\\s*[–—-]+\\s*(${MONTH_NAME}\\s+\\d{1,2}(?:,?\\s+\\d{4})?)\\s*\\))?\\s*$`,
  'i',
);

export function findIssueDate(candidates: readonly MappedText[]): IssueDate | null {
  for (const line of candidates) {
    const m = DATE_LINE.exec(line.text);
    if (!m) continue;
    const date = findFullDate(m[1]!)?.iso ?? null;
    if (!date) continue;
    const periodTo = m[3] ? periodEnd(m[3], date) : null;
    const periodFrom = m[2] && periodTo ? periodEnd(m[2], periodTo) : null;
    return { date, periodFrom, periodTo, inferred: false, printedAt: line };
  }
  return null;
}

/** A period bound printed without a year takes the year that puts it on or before `notAfter`. */
function periodEnd(text: string, notAfter: string): string | null {
  const full = findFullDate(text);
  if (full) return full.iso;
  const md = parseMonthDay(text);
  if (!md) return null;
  const candidate = nearestYear(md, notAfter);
  if (candidate && candidate > notAfter) return `${Number(candidate.slice(0, 4)) - 1}${candidate.slice(4)}`;
  return candidate;
}

/**
 * With nothing printed, the latest dated document in the TOP entries anchors the year; the
 * news items then give the reporting period, and its end stands in for the issue date.
 */
export function inferIssueDate(top: readonly TopEntry[], news: readonly NewsItem[]): IssueDate {
  const documentDates = top
    .map((e) => (e.fields.date ? findFullDate(e.fields.date.text)?.iso : null))
    .filter((d): d is string => typeof d === 'string')
    .sort();
  const anchor = documentDates.at(-1);
  if (!anchor) return { date: null, periodFrom: null, periodTo: null, inferred: true, printedAt: null };
  const itemDates = news
    .map((n) => nearestYear(n, anchor))
    .filter((d): d is string => d !== null)
    .sort();
  const periodTo = itemDates.at(-1) ?? anchor;
  return { date: periodTo, periodFrom: itemDates[0] ?? null, periodTo, inferred: true, printedAt: null };
}
