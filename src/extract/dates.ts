/**
 * Dates as the newsletters print them: "October 9, 2023", "9 October 2023", "2021-01-27",
 * "27.01.2021", "November 07", "Sept. 5". Full dates are read by chrono-node.
 */
import * as chrono from 'chrono-node';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

export const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** A month and its day in either order: "March 3", "Mar. 3rd", "3 March". */
export const MONTH_AND_DAY = `(?:${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME})`;
/** A month and its day, and the year where printed: "March 3", "3 March 2024", "March 3, 2024". */
export const PRINTED_DAY = `${MONTH_AND_DAY}(?:,?\\s+\\d{4})?`;
/** A weekday before a date, with what follows it: "Tuesday, ", "Tue. ". */
export const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)';
const LEADING_WEEKDAY = new RegExp(`^${WEEKDAY}`, 'i');

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

export interface MonthDay {
  month: number;
  day: number;
  /** The year, when the item prints one ("March 3, 2024", "2024-03-03"). */
  year?: number;
}

export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "09.10.2023", "9/10": day first, as MERICS writes from Berlin. */
const NUMERIC_DAY_MONTH = /^(\d{1,2})[./](\d{1,2})(?:[./]\d{2,4})?(?!\d)/;
const MONTH_DAY = new RegExp(`^(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'i');
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})(?![\\p{L}])`, 'iu');

/** Month-first for written months (chrono's English reading), day-first for numbers: MERICS writes from Berlin. */
const MONTH_FIRST = chrono.strict;
const DAY_FIRST = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));
/** A numeric date, or a range of two: "29.11.2022–06.01.2023". */
const NUMERIC = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s*[-–—]\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?$/;

export interface FoundDate {
  text: string;
  index: number;
  start: chrono.ParsedComponents;
  end: chrono.ParsedComponents | null;
}

/** A date printed the Chinese way, "2024年3月5日", as a document's date field may copy it. */
const CHINESE_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;

/** The dates in the text, each read in the order its form suggests. */
export function datesIn(text: string, ref?: Date): FoundDate[] {
  const reading = (r: chrono.ParsedResult): FoundDate => ({ text: r.text, index: r.index, start: r.start, end: r.end ?? null });
  const monthFirst = MONTH_FIRST.parse(text, ref).map(reading);
  const english = monthFirst.map((f) => {
    if (!NUMERIC.test(f.text)) return f;
    const dayFirst = DAY_FIRST.parse(f.text, ref)[0];
    return dayFirst ? { ...reading(dayFirst), index: f.index } : f;
  });
  if (!CHINESE_DATE.test(text)) return english;
  const chinese = chrono.zh.parse(text, ref).map(reading);
  const apart = chinese.filter((c) => !english.some((e) => c.index < e.index + e.text.length && e.index < c.index + c.text.length));
  return [...english, ...apart].sort((a, b) => a.index - b.index);
}

export function isoOf(c: chrono.ParsedComponents): string | null {
  return isoDate(c.get('year')!, c.get('month')!, c.get('day')!);
}

/** The first date in the text printed with its day, month and year, as ISO. */
export function findFullDate(text: string): { iso: string; index: number; length: number } | null {
  for (const found of datesIn(text)) {
    if (!found.start.isCertain('day') || !found.start.isCertain('month') || !found.start.isCertain('year')) continue;
    const iso = isoOf(found.start);
    if (iso) return { iso, index: found.index, length: found.text.length };
  }
  return null;
}

/** A month and day at the start of the text ("November 07", "7 November"), without a year. */
export function parseMonthDay(printed: string): MonthDay | null {
  // "On October 9, …": the date opens the sentence.
  // "(Tuesday, March 3)", "On March 3, …", "2024-03-03:": a weekday, a bracket, an ISO date around the day.
  const text = printed
    .trim()
    .replace(/^\(/, '')
    .replace(/^On\s+/i, '')
    .replace(LEADING_WEEKDAY, '');
  const iso = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return dayOf(+iso[2]!, +iso[3]!, +iso[1]!);
  const numeric = NUMERIC_DAY_MONTH.exec(text);
  if (numeric) {
    const year = /^\d{1,2}[./]\d{1,2}[./](\d{4})\b/.exec(text)?.[1];
    return dayOf(+numeric[2]!, +numeric[1]!, year ? +year : undefined);
  }
  const md = MONTH_DAY.exec(text);
  const dm = md ? null : DAY_MONTH.exec(text);
  if (!md && !dm) return null;
  const month = monthNumber(md ? md[1]! : dm![2]!);
  if (month === null) return null;
  const year = /^,?\s+(\d{4})\b/.exec(text.slice((md ?? dm)![0].length))?.[1];
  return dayOf(month, +(md ? md[2]! : dm![1]!), year ? +year : undefined);
}

function dayOf(month: number, day: number, year?: number): MonthDay | null {
  if (isoDate(year ?? 2000, month, day) === null) return null;
  return year === undefined ? { month, day } : { month, day, year };
}

/** An item's date: the year it prints, or the one that puts it nearest the anchor. */
export function dateOfItem(item: MonthDay, anchorIso: string | null): string | null {
  if (item.year !== undefined) return isoDate(item.year, item.month, item.day);
  return anchorIso ? nearestYear(item, anchorIso) : null;
}

/**
 * The year for a month and day printed without one: the year that puts the date nearest
 * the anchor (the end of the reporting period), so December items in a January issue
 * fall in the previous year.
 */
export function nearestYear({ month, day }: MonthDay, anchorIso: string): string | null {
  const anchor = Date.parse(anchorIso);
  const year = new Date(anchor).getUTCFullYear();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const iso = isoDate(y, month, day);
    if (!iso) continue;
    const distance = Math.abs(Date.parse(iso) - anchor);
    if (distance < bestDistance) {
      best = iso;
      bestDistance = distance;
    }
  }
  return best;
}
