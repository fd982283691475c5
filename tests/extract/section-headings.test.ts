/** Sections headed in other words ("Top stories", "Other news", "Government news", "Company news") read as the same sections, in either shape. */
import { describe, expect, it } from 'vitest';
import { isSectionHeading } from '../../src/extract/document/units.ts';
import { extractText, nodesOf } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';

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
    ['the copied web shape', webTextSnippet],
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

describe('news section headings in yet other words', () => {
  it('reads "OTHER POLICY NEWS" as the policy news, with no news heading above it', () => {
    const text = [
      '1) ROBOTS EVERYWHERE',
      'Summary',
      'MIIT issued the Action Plan for Robots.',
      'OTHER POLICY NEWS',
      '=================',
      '* 7 August: The NDRC released a list of 50 zero-carbon parks.',
      'CORPORATE NEWS',
      '==============',
      '* 6 August: Nvidia was summoned by the CAC.',
    ].join('\n');
    expect(sectionsOf(text).map(([section]) => section)).toEqual(['corporate-news', 'policy-news']);
  });

  it.each([
    ['Policy developments', 'Corporate developments'],
    ['Politics and policy', 'Industry news'],
    ['Regulatory news', 'Companies'],
    ['Government and policy', 'Business and industry'],
    ['Policy & regulation', 'Companies & markets'],
    ['Policy watch', 'Company watch'],
    ['Policy', 'Business'],
    ['Policy', 'Corporate'],
    ['Policy ticker', 'Company ticker'],
    ['POLICY NEWS IN BRIEF', 'CORPORATE NEWS IN BRIEF'],
    ['Policy news round-up', 'Business news digest'],
  ])('reads "%s" and "%s" as policy and corporate news, in every shape', (policy, corporate) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const text = shape({
        top: [oneEntry],
        policyNews: ['October 9: MIIT released a plan on data security (Xinhua article)'],
        corporateNews: ['October 10: BYD opened a plant in Hungary (Reuters article)'],
      })
        .replace(/Policy news/, policy)
        .replace(/Corporate news/, corporate);
      expect(sectionsOf(text).map(([section]) => section)).toEqual(['corporate-news', 'policy-news', 'top']);
    }
  });
});

describe('the TOP and news sections in other words', () => {
  it.each([
    ['Top 5 this month', 'Also in the news'],
    ['Top-5', 'Other developments'],
    ['The top five of the month', 'What else happened'],
    ['The five big stories', 'Other noteworthy developments'],
    ['Five key developments this month', 'Further notable news'],
    ['The big five', 'More news'],
    ['Our top 5', 'Also on our radar'],
    ['Five things that mattered', 'In brief'],
    ['Five stories you need to know', 'Further news'],
    ['The month in three developments', 'News ticker'],
    ["This month's top three", 'In brief'],
    ['Top 10', 'Ticker'],
  ])('reads "%s" and "%s" as the TOP and news sections', (top, news) => {
    expect([isSectionHeading(top), isSectionHeading(news)]).toEqual(['top', 'news']);
  });

  it('reads a wrapped line "Government" as no heading: a name goes on', () => {
    expect(isSectionHeading('Government')).toBeNull();
  });
});

/** What a page or a PDF prints after the brief: authors, related articles, prompts, the imprint. */
const BACK_MATTER = [
  'Authors',
  'Jane Doe',
  'Senior Analyst, MERICS',
  'Related content',
  'Why Huawei Builds Its Own Chips',
  '6 min read',
  'Share this page',
  '© 2025 Mercator Institute for China Studies',
];

describe('a fact box copied as lines, its labels alone', () => {
  it.each([
    ['the copied web shape', webTextSnippet, '\n'],
    ['the PDF shape', pdfSnippet, '\n\n'],
  ])('reads "Policy" over a title as its label, not the policy news heading, in %s', (_name, shape, gap) => {
    const standard = shape({ top: [oneEntry], policyNews: ['October 9: MIIT released a plan on data security (Xinhua article)'] });
    const boxed = standard
      .replace(/Policy name: (.*)/, `Policy${gap}$1`)
      .replace(/Issuing bodies: (.*)/, `Issued by${gap}$1`)
      .replace(/Date: (.*)/, `Published${gap}$1`)
      .replace(/Policy news/, 'Policy');
    expect(boxed).not.toMatch(/Policy name|Policy news/);
    const policiesOf = (text: string) =>
      nodesOf(extractText(text), 'Policy')
        .map((p) => [p.title, p.titleZh, p.date])
        .sort();
    expect(policiesOf(boxed)).toEqual(policiesOf(standard));
    expect(sectionsOf(boxed)).toEqual(sectionsOf(standard));
  });
});

describe('the back matter after a brief', () => {
  // Paragraphs apart as each shape prints them: blank lines between in a PDF's text and in markdown, none in copied text.
  it.each([
    ['the PDF shape', pdfSnippet, '\n\n'],
    ['the markdown shape', markdownSnippet, '\n\n'],
    ['the copied web shape', webTextSnippet, '\n'],
  ])('is not read as part of the last item, in %s', (_name, shape, apart) => {
    const brief = shape({ top: [oneEntry], corporateNews: ['October 10: Chinese carmaker BYD signed a deal with Siemens.'] });
    const graph = extractText(`${brief}${apart}${BACK_MATTER.join(apart)}\n`);
    expect(
      nodesOf(graph, 'Firm')
        .map((f) => f.name)
        .sort(),
    ).toEqual(['BYD', 'Siemens']);
    const items = nodesOf(graph, 'Entry').filter((e) => e.section === 'corporate-news');
    expect(items.map((e) => e.text)).toEqual([expect.stringMatching(/Siemens\.$/)]);
  });

  it.each([
    'Authors',
    'Related content',
    'More briefs like this one',
    'This brief is for subscribers. Log in to read the full text.',
    'This content is available to subscribers only. Subscribe now',
    'Only available to members. Already a member? Log in',
    'Share this page',
    'Share this',
    'Share on LinkedIn',
    'Share on LinkedIn Share on X',
    'Read more in the full issue',
  ])('ends at "%s"', (opener) => {
    const page = webTextSnippet({ top: [oneEntry], corporateNews: ['October 10: Chinese carmaker BYD signed a deal with Siemens.'] });
    const graph = extractText(`${page}\n${opener}\nWhy Huawei Builds Its Own Chips\nJane Doe`);
    expect(
      nodesOf(graph, 'Firm')
        .map((f) => f.name)
        .sort(),
    ).toEqual(['BYD', 'Siemens']);
  });

  // Items copied from a page's list lose their glyphs: each is a line of its own, and so is what follows them.
  it.each(['MERICS China Industries is published monthly. Contact: industries@merics.de', 'Share on LinkedIn Share on X'])(
    'reads "%s" after items each on a line of their own as none of them, in copied web text',
    (after) => {
      const page = webTextSnippet({
        top: [oneEntry],
        corporateNews: ['October 10: Chinese carmaker BYD signed a deal with Siemens.', 'October 12: Tesla cut its prices.'],
      }).replace(/^• (?=October)/gm, '');
      const graph = extractText(`${page}\n${after}\n`);
      expect(
        nodesOf(graph, 'Firm')
          .map((f) => f.name)
          .sort(),
      ).toEqual(['BYD', 'Siemens', 'Tesla']);
      expect(nodesOf(graph, 'Entry').find((e) => e.section === 'corporate-news' && e.text.startsWith('Tesla'))?.text).toBe('Tesla cut its prices.');
    },
  );

  it('ends the last TOP entry when the brief has no news section', () => {
    const graph = extractText(`${webTextSnippet({ top: [oneEntry] })}\n${BACK_MATTER.join('\n')}`);
    expect(
      nodesOf(graph, 'Entry')
        .map((e) => e.text)
        .join(' '),
    ).not.toMatch(/Jane Doe|Huawei/);
  });

  it('does not end anything when a page prompts before the brief begins', () => {
    const page = webTextSnippet({ top: [oneEntry] }).replace('MERICS China Industries', 'Share\nSubscribe to MERICS Briefs\nMERICS China Industries');
    expect(nodesOf(extractText(page), 'Entry')).toHaveLength(1);
  });
});

describe('the TOP 5 heading in other words', () => {
  it.each(['The Top 5', 'MERICS Top Five', 'Top 5 developments', 'This month’s top five', 'Top stories', 'Top stories this month', 'Top developments'])(
    'reads "%s" as the TOP 5',
    (heading) => {
      expect(isSectionHeading(heading)).toBe('top');
    },
  );
});
