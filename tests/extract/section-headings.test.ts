/** Sections headed in other words ("Top stories", "Other news", "Government news", "Company news") read as the same sections, in either shape. */
import { describe, expect, it } from 'vitest';
import { extractText, nodesOf } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet } from '../helpers/snippets.ts';

const RENAMED: [RegExp, string][] = [
  [/MERICS TOP 5/g, 'Top stories'],
  [/NOTEWORTHY/g, 'Other news'],
  [/Policy news/g, 'Government news'],
  [/Corporate news/g, 'Company news'],
];

const sectionsOf = (text: string) =>
  nodesOf(extractText(text), 'Entry')
    .map((e) => [e.section, e.headline?.slice(0, 24)])
    .sort((a, b) => String(a).localeCompare(String(b)));

describe('section headings in other words', () => {
  it.each([
    ['the PDF shape', pdfSnippet],
    ['the markdown shape', markdownSnippet],
  ])('reads the same sections in %s', (_name, shape) => {
    const standard = shape({
      top: [oneEntry],
      policyNews: ['October 9: MIIT released a plan on data security (Xinhua article)'],
      corporateNews: ['October 10: BYD opened a plant in Hungary (Reuters article)'],
    });
    const renamed = RENAMED.reduce((text, [from, to]) => text.replace(from, to), standard);
    expect(renamed).not.toMatch(/Policy news/i);
    const expected = sectionsOf(standard);
    expect(expected.map(([section]) => section)).toEqual(['corporate-news', 'policy-news', 'top']);
    expect(sectionsOf(renamed)).toEqual(expected);
  });
});
