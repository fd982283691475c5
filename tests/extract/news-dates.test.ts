/** News items dated as other authors date them, each kept with its date in the year, in either shape. */
import { describe, expect, it } from 'vitest';
import { extractText, nodesOf } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';

const HEADER = 'MERICS China Industries November 1, 2023 (Reporting period: September 26 – October 24)';

describe('news items in other authors’ dates', () => {
  it.each([
    'October 9: MIIT released a plan on data security (Xinhua article)',
    '9 October: MIIT released a plan on data security (Xinhua article)',
    'Oct. 9 – MIIT released a plan on data security (Xinhua article)',
    'October 9th: MIIT released a plan on data security (Xinhua article)',
    'Oct 9 — MIIT released a plan on data security (Xinhua article)',
    '09.10.2023: MIIT released a plan on data security (Xinhua article)',
    '09.10.: MIIT released a plan on data security (Xinhua article)',
    'On October 9, MIIT released a plan on data security (Xinhua article)',
    // With the weekday, the year, in ISO form, in brackets, or set off by a bar.
    'Monday, October 9: MIIT released a plan on data security (Xinhua article)',
    'October 9, 2023: MIIT released a plan on data security (Xinhua article)',
    '2023-10-09: MIIT released a plan on data security (Xinhua article)',
    '(October 9) MIIT released a plan on data security (Xinhua article)',
    'October 9 | MIIT released a plan on data security (Xinhua article)',
    // A full date needs nothing after it to set it off.
    '09.10.2023 MIIT released a plan on data security (Xinhua article)',
    'October 9, 2023 MIIT released a plan on data security (Xinhua article)',
    // The date in the source's bracket at the end; a range of days by its first.
    'MIIT released a plan on data security (Xinhua, 9 October)',
    'MIIT released a plan on data security (Xinhua, 9–10 October)',
  ])('keeps "%s" as an item of 9 October 2023', (item) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const entries = nodesOf(extractText(shape({ header: HEADER, top: [oneEntry], policyNews: [item] })), 'Entry').filter((e) => e.section === 'policy-news');
      expect(entries.map((e) => [e.date, e.headline?.startsWith('MIIT released a plan on data security')])).toEqual([['2023-10-09', true]]);
    }
  });
});

describe('a year printed with the item', () => {
  it('is the item’s year, though another lies nearer the issue', () => {
    const item = 'October 9, 2022: MIIT released a plan on data security (Xinhua article)';
    const entries = nodesOf(extractText(markdownSnippet({ header: HEADER, top: [oneEntry], policyNews: [item] })), 'Entry');
    expect(entries.filter((e) => e.section === 'policy-news').map((e) => e.date)).toEqual(['2022-10-09']);
  });
});

describe('a news item that dates itself inside its sentence', () => {
  it('is an item of that date, in every shape', () => {
    const items = ['MIIT on October 9 released a plan on data security (Xinhua article)', 'October 12: MOST released trial measures (MOST notice)'];
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const entries = nodesOf(extractText(shape({ header: HEADER, top: [oneEntry], policyNews: items })), 'Entry').filter((e) => e.section === 'policy-news');
      expect(entries.map((e) => e.date)).toEqual(['2023-10-09', '2023-10-12']);
    }
  });
});
