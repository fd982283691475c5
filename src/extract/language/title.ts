/**
 * Splits a document field such as "Action Plan for X (2023-2025) (专利转化运用…) (Link)" into the
 * English title, the Chinese title and whether it is a draft. English titles carry brackets of
 * their own ("(Draft for Comments)", "(2021-2035)"), so the Chinese title is the first bracket
 * group that holds Chinese characters, matched with nesting — or, printed side by side or Chinese
 * first, the run of Chinese beside the English.
 */
import { titleSaysDraft } from './draft.ts';

export interface DocumentTitle {
  title: string;
  titleZh: string | null;
  draft: boolean;
  /** Other documents the same field names after this one: "X (…) and Y (…)", "X (…); Y (…)". */
  others?: DocumentTitle[];
}

interface Group {
  start: number;
  end: number;
  inner: string;
}

function topLevelGroups(text: string): Group[] {
  const groups: Group[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '（') {
      if (depth === 0) start = i;
      depth += 1;
    } else if ((ch === ')' || ch === '）') && depth > 0) {
      depth -= 1;
      if (depth === 0) groups.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  return groups;
}

/** A Chinese title in brackets right after an English one in prose, brackets of its own inside: " (…规定（征求意见稿）) on 24 March". */
export function chineseTitleAfter(text: string): string | null {
  const opening = /^\s*(?=[(（])/.exec(text);
  const group = opening ? topLevelGroups(text).find((g) => g.start === opening[0].length) : undefined;
  return group && HAN.test(group.inner) ? withoutTitleMarks(group.inner.trim()) : null;
}

/** A link marker after a title: "(Link)", "[PDF]", "– Link", "[PDF, Chinese only]", "(in Chinese)". */
const LINK_NOTE = String.raw`(?:link|source|pdf|original|full text|(?:in\s+)?(?:chinese|english)(?:\s+(?:only|version|original|translation))?|translation|cn|en|zh)`;
const LINK_WORDS = String.raw`${LINK_NOTE}(?:\s*[,;/]\s*${LINK_NOTE})*`;
const LINK_MARK = new RegExp(String.raw`\s*(?:[([]\s*(?:${LINK_WORDS})\s*[)\]]|[–—|-]\s*link)\s*$`, 'i');
/** What stands between an English and a Chinese title printed side by side: a slash, a dash, a bar, a colon. */
const SEPARATORS = /^[\s/|:;,–—-]+|[\s/|:;,–—-]+$/g;
/** "(Chinese: 机器人…)": a label before the Chinese title. */
const ZH_LABEL = /^(?:Chinese|CN|ZH|中文)\s*[:：]\s*/i;
const HAN = /\p{Script=Han}/u;

/** "《机器人行动计划》" → "机器人行动计划": book-title marks around a whole Chinese title are the writer's, not the name's. */
function withoutTitleMarks(title: string): string {
  const inner = /^《([^《》]*)》$/.exec(title);
  return inner ? inner[1]!.trim() : title;
}

export function parseDocumentTitle(field: string): DocumentTitle {
  const [first, ...rest] = documentsOf(field.replace(/\s+/g, ' ').trim());
  const parsed = parseOne(first!);
  return rest.length > 0 ? { ...parsed, others: rest.map(parseOne) } : parsed;
}

function parseOne(field: string): DocumentTitle {
  let text = field;
  while (LINK_MARK.test(text)) text = text.replace(LINK_MARK, '').trim();
  const { english, chinese } = splitLanguages(text);
  const title = english.replace(SEPARATORS, '').trim();
  const titleZh = chinese === null ? null : withoutTitleMarks(chinese.replace(ZH_LABEL, '').trim()) || null;
  return { title, titleZh, draft: titleSaysDraft(title) || (titleZh !== null && titleSaysDraft(titleZh)) };
}

/** Link marks right after a Chinese title: "(Link)", "[PDF]". */
const LINK_MARKS_AFTER = new RegExp(String.raw`^(?:\s*[([]\s*(?:${LINK_WORDS})\s*[)\]])*`, 'i');
/** What may join two documents in one field, after the first one's Chinese title (and link mark). */
const NEXT_DOCUMENT = /^\s*(?:[;,]\s*(?:and\s+)?|and\s+|&\s+|\/\s+)(?=(?:the\s+)?\p{Lu})/u;

/**
 * A field that names several documents, each with its Chinese title in brackets: "Measures for X
 * (…) and Guidelines on Y (…)". A field with one Chinese title names one document, whatever else it holds.
 */
function documentsOf(text: string): string[] {
  const chinese = topLevelGroups(text).filter((g) => HAN.test(g.inner));
  if (chinese.length < 2) return [text];
  const parts: string[] = [];
  let start = 0;
  for (const group of chinese.slice(0, -1)) {
    const mark = LINK_MARKS_AFTER.exec(text.slice(group.end))![0];
    const join = NEXT_DOCUMENT.exec(text.slice(group.end + mark.length));
    if (!join) continue;
    parts.push(text.slice(start, group.end + mark.length).trim());
    start = group.end + mark.length + join[0].length;
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/**
 * The English and the Chinese title of a field, however they are printed together: the Chinese in
 * brackets after the English (the newsletters' way), or side by side with a separator, or first with
 * the English in brackets after it ("关于…的通知 (Notice on …)").
 */
function splitLanguages(text: string): { english: string; chinese: string | null } {
  const bracketed = topLevelGroups(text).find((g) => HAN.test(g.inner));
  const before = bracketed ? text.slice(0, bracketed.start) : '';
  // The bracket follows the English title itself, not a Chinese one whose year it holds: "规划（2021—2035年）".
  if (bracketed && /\p{Script=Latin}{2,}/u.test(before) && !HAN.test(before)) {
    // "Code – Reference Model (个人健康信息码…) (Draft)": a draft mark after the Chinese title is the English one's too.
    const draftMark = topLevelGroups(text.slice(bracketed.end)).find((g) => !HAN.test(g.inner) && titleSaysDraft(`(${g.inner})`));
    const english = text.slice(0, bracketed.start).trimEnd();
    return { english: draftMark ? `${english} (${draftMark.inner.trim()})` : english, chinese: bracketed.inner };
  }
  const first = text.search(/[\p{Script=Han}《「]/u);
  if (first < 0) return { english: text, chinese: null };
  let last = first;
  for (let i = first; i < text.length; i++) if (/[\p{Script=Han}》」）]/u.test(text[i]!)) last = i;
  const rest = `${text.slice(0, first)} ${text.slice(last + 1)}`.replace(SEPARATORS, '').trim();
  // The English given in brackets after a Chinese title is the English title, not a bracket of it.
  const unwrapped = /^[(（](.*)[)）]$/.exec(rest)?.[1] ?? rest;
  return { english: unwrapped, chinese: text.slice(first, last + 1) };
}
