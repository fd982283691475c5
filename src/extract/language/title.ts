/**
 * Splits a document field such as "Action Plan for X (2023-2025) (专利转化运用…) (Link)" into the
 * English title, the Chinese title and whether it is a draft. English titles carry brackets of
 * their own ("(Draft for Comments)", "(2021-2035)"), so the Chinese title is the first bracket
 * group that holds Chinese characters, matched with nesting.
 */
import { isCjk } from '../text/join.ts';
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

export function parseDocumentTitle(field: string): DocumentTitle {
  const text = field.replace(/\s+/g, ' ').trim();
  const groups = topLevelGroups(text);
  const chinese = groups.find((g) => [...g.inner].some((ch) => isCjk(ch) && /\p{Script=Han}/u.test(ch)));
  let english = chinese ? text.slice(0, chinese.start) : text;
  english = english
    .replace(/\(\s*(?:Link|link|source)\s*\)\s*$/, '')
    .trim()
    .replace(/[,;:]$/, '')
    .trim();
  if (!chinese) {
    // Without a Chinese title, trailing link markers may follow the English one.
    for (const g of groups.reverse()) {
      if (/^\s*link\s*$/i.test(g.inner) && text.slice(g.end).trim() === '') english = text.slice(0, g.start).trim();
    }
  }
  const titleZh = chinese ? chinese.inner.trim() : null;
  return { title: english, titleZh, draft: titleSaysDraft(english) || (titleZh !== null && titleSaysDraft(titleZh)) };
}
