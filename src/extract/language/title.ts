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

/** A link marker after a title: "(Link)", "[PDF]", "– Link". */
const LINK_MARK = /\s*(?:[([]\s*(?:link|source|pdf|original|full text)\s*[)\]]|[–—|-]\s*link)\s*$/i;
/** What stands between an English and a Chinese title printed side by side: a slash, a dash, a bar, a colon. */
const SEPARATORS = /^[\s/|:;,–—-]+|[\s/|:;,–—-]+$/g;
/** "(Chinese: 机器人…)": a label before the Chinese title. */
const ZH_LABEL = /^(?:Chinese|CN|ZH|中文)\s*[:：]\s*/i;
const HAN = /\p{Script=Han}/u;

export function parseDocumentTitle(field: string): DocumentTitle {
  let text = field.replace(/\s+/g, ' ').trim();
  while (LINK_MARK.test(text)) text = text.replace(LINK_MARK, '').trim();
  const { english, chinese } = splitLanguages(text);
  const title = english.replace(SEPARATORS, '').trim();
  const titleZh = chinese === null ? null : chinese.replace(ZH_LABEL, '').trim() || null;
  return { title, titleZh, draft: titleSaysDraft(title) || (titleZh !== null && titleSaysDraft(titleZh)) };
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
