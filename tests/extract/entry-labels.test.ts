/**
 * A TOP entry labelled in other words ("What happened:", "Our take:", "Document name:", "Issued
 * jointly by:", "Date of release:") reads as the same entry, in either shape: the labels are
 * vocabulary (graph-schema/document-vocabulary.json, entryLabels).
 */
import { describe, expect, it } from 'vitest';
import { extractText, nodesOf, outgoing, parseText } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';

const RELABEL: [RegExp, string][] = [
  [/At a glance/g, 'What happened'],
  [/MERICS comment/g, 'Our take'],
  [/Article/g, 'Document name'],
  [/Issuing bodies/g, 'Issued jointly by'],
  [/Date:/g, 'Date of release:'],
];

/** What a reading of the entry gives: its policy's title, date, issuers, and what it builds on. */
function facts(text: string) {
  const graph = extractText(text);
  const policy = nodesOf(graph, 'Policy').find((p) => p.title.startsWith('Action Plan for Computing Power'))!;
  return {
    title: policy.title,
    date: policy.date,
    issuers: outgoing(graph, policy.key, 'ISSUED_BY')
      .map((e) => e.key)
      .sort(),
    buildsOn: outgoing(graph, policy.key, 'BUILDS_ON').map((e) => e.key),
    targets: nodesOf(graph, 'Target').length,
  };
}

describe('date labels in other words', () => {
  it.each([
    'Date of publication',
    'Publication date',
    'Date of issuance',
    'Released on',
    'Published on',
    'Issued on',
    'Issued',
    'Promulgated',
    'Issuance date',
    'Adoption date',
  ])('reads "%s:" as the date', (label) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const text = shape({ top: [oneEntry] }).replace(/Date:/, `${label}:`);
      expect(facts(text).date).toBe('2023-08-10');
    }
  });
});

describe('summary labels in other words', () => {
  it.each(['Highlights', 'Key highlights', 'Summary', 'The gist', 'What', 'The news', 'The story'])('reads "%s:" as the summary, in every shape', (label) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const doc = parseText(shape({ top: [oneEntry] }).replace(/At a glance/, label), shape === markdownSnippet ? 'snippet.md' : 'snippet.txt');
      expect(doc.top[0]!.glance.map((g) => g.text).join(' ')).toMatch(/^Six government agencies/);
      expect(doc.warnings.filter((w) => w.includes('At a glance'))).toEqual([]);
    }
  });
});

describe('title and issuer labels in other words', () => {
  it.each([
    ['Full title', 'Issuing departments'],
    ['Official name', 'Issuing ministries'],
    ['Name of the policy', 'Responsible authorities'],
    ['English title', 'Published by'],
    ['Title of the document', 'Issuing authority'],
    ['Policy', 'Body'],
    // A label's word with its plural beside it.
    ['Policy document', 'Issuing body/bodies'],
    ['Key document', 'Issuer(s)'],
    ['Official document', 'Publisher'],
  ])('reads "%s:" as the title and "%s:" as the issuers', (titleLabel, issuersLabel) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const text = shape({ top: [oneEntry] })
        .replace(/Article:/, `${titleLabel}:`)
        .replace(/Issuing bodies:/, `${issuersLabel}:`);
      const read = facts(text);
      expect(read.title).toBe('Action Plan for Computing Power Infrastructure');
      expect(read.issuers).toHaveLength(6);
    }
  });
});

/** Another author's labels: "Key facts:", "The bigger picture:", "Source document:", "Promulgated by:". */
const RELABEL_AGAIN: [RegExp, string][] = [
  [/At a glance/g, 'Key facts'],
  [/MERICS comment/g, 'The bigger picture'],
  [/Article|Policy name/g, 'Source document'],
  [/Issuing bodies/g, 'Promulgated by'],
];

/** A third author's: "In short:", "Our take:", "Name of document:", "Issued by:", "Issued:". */
const RELABEL_THIRD: [RegExp, string][] = [
  [/At a glance/g, 'In short'],
  [/MERICS comment/g, 'Our take'],
  [/Article|Policy name/g, 'Name of document'],
  [/Issuing bodies/g, 'Issued by'],
  [/Date:/g, 'Issued:'],
];

/** A fourth's, each label set off by a dash: "What happened – …", "Why it matters – …", "Document – …". */
const RELABEL_DASHED: [RegExp, string][] = [
  [/(\*\*)?At a glance:(\*\*)?/g, '$1What happened$2 –'],
  [/(\*\*)?MERICS comment:(\*\*)?/g, '$1Why it matters$2 –'],
  [/(\*\*)?(?:Article|Policy name):(\*\*)?/g, '$1Document$2 –'],
  [/(\*\*)?Issuing bodies:(\*\*)?/g, '$1Issued by$2 –'],
];

describe('entry labels in other words', () => {
  it.each([
    ['the PDF shape', pdfSnippet, RELABEL],
    ['the markdown shape', markdownSnippet, RELABEL],
    ['the copied web shape', webTextSnippet, RELABEL],
    ['the PDF shape, in another author’s labels', pdfSnippet, RELABEL_AGAIN],
    ['the markdown shape, in another author’s labels', markdownSnippet, RELABEL_AGAIN],
    ['the copied web shape, in another author’s labels', webTextSnippet, RELABEL_AGAIN],
    ['the PDF shape, in a third author’s labels', pdfSnippet, RELABEL_THIRD],
    ['the markdown shape, in a third author’s labels', markdownSnippet, RELABEL_THIRD],
    ['the PDF shape, with dashes after the labels', pdfSnippet, RELABEL_DASHED],
    ['the copied web shape, with dashes after the labels', webTextSnippet, RELABEL_DASHED],
  ])('reads the same entry in %s', (_name, shape, relabel) => {
    const standard = shape({ top: [oneEntry] });
    const relabelled = relabel.reduce((text, [from, to]) => text.replace(from, to), standard);
    expect(relabelled).not.toContain('At a glance');
    const expected = facts(standard);
    expect(expected.issuers).toHaveLength(6);
    expect(facts(relabelled)).toEqual(expected);
  });
});

describe('document fields run on in one line', () => {
  /** The three document fields set inline, as a page's markup may print them: "Article: … Issuing bodies: … Date: …". */
  const runOn = (text: string) => text.replace(/\n+((?:\*\*)?Issuing bodies:)/, ' $1').replace(/\n+((?:\*\*)?Date:)/, ' $1');

  it.each([
    ['the PDF shape', pdfSnippet],
    ['the copied web shape', webTextSnippet],
  ])('reads the title, issuers and date apart in %s', (_name, shape) => {
    const standard = shape({ top: [oneEntry] });
    const text = runOn(standard);
    expect(text).toMatch(/\(Link\) Issuing bodies: MIIT, CAC, MOE, PBoC, NHC, SAMR Date: August 10, 2023/);
    expect(facts(text)).toEqual(facts(standard));
  });

  // A title field that goes on with the issuers and the date, after commas.
  it.each([
    ['the PDF shape', pdfSnippet],
    ['the markdown shape', markdownSnippet],
    ['the copied web shape', webTextSnippet],
  ])('reads the issuers and the date after the title in one field, in %s', (_name, shape) => {
    const standard = shape({ top: [oneEntry] });
    const text = standard
      .replace(/\s*\(Link\)(?:\]\([^)]*\))?/, '')
      .replace(/\n+(?:\*\*)?Issuing bodies:(?:\*\*)? .*/, '')
      .replace(/\n+(?:\*\*)?Date:(?:\*\*)? .*/, '')
      .replace('(算力基础设施高质量发展行动计划)', '(算力基础设施高质量发展行动计划), MIIT, CAC, MOE, PBoC, NHC, SAMR, August 10, 2023');
    expect(text).toContain('行动计划), MIIT, CAC, MOE, PBoC, NHC, SAMR, August 10, 2023');
    expect(text).not.toMatch(/Issuing bodies|Date:/);
    expect(facts(text)).toEqual(facts(standard));
  });

  // One body's abbreviation between two labels: "Date" opens no longer label with the field before it.
  it.each([
    ['the PDF shape', pdfSnippet],
    ['the copied web shape', webTextSnippet],
  ])('reads "Issuing body: SAMR Date: …" as two fields in %s', (_name, shape) => {
    const standard = shape({ top: [{ ...oneEntry, issuers: 'SAMR' }] });
    const text = runOn(standard);
    expect(text).toMatch(/Issuing bodies: SAMR Date: August 10, 2023/);
    expect(facts(text)).toMatchObject({ date: '2023-08-10', issuers: ['agency:samr'] });
  });

  it('cuts a wrapped field line at a later field: "(MOFCOM) Released: 31 May 2019"', () => {
    const text = pdfSnippet({ top: [oneEntry] }).replace(/\nIssuing bodies: (.*)\nDate:/, '\nIssuing bodies: MIIT, CAC,\nMOE, PBoC, NHC, SAMR Date:');
    expect(facts(text)).toMatchObject({ date: '2023-08-10', title: 'Action Plan for Computing Power Infrastructure' });
    expect(facts(text).issuers).toHaveLength(6);
  });

  it('cuts a field line at a label that ends it, its value wrapped onto the next line: "| Date:" / "2023-08-10"', () => {
    const text = pdfSnippet({ top: [oneEntry] }).replace(/\nIssuing bodies: (.*)\nDate: (.*)/, '\nIssuing bodies: $1 | Date:\n$2');
    expect(text).toMatch(/SAMR \| Date:\nAugust 10, 2023/);
    expect(facts(text)).toMatchObject({ date: '2023-08-10', title: 'Action Plan for Computing Power Infrastructure' });
    expect(facts(text).issuers).toHaveLength(6);
  });
});

describe('labels printed as small headings, with no colon', () => {
  /** Each label on a line of its own, its text on the lines under it. */
  const asHeadings = (text: string, breakAfter: string) =>
    text.replace(/(\*\*)?(At a glance|MERICS comment|Article|Policy name|Issuing bodies|Date):(\*\*)? ?/g, `$1$2$3${breakAfter}`);

  it.each([
    ['the PDF shape', pdfSnippet, '\n'],
    ['the markdown shape', markdownSnippet, '\n\n'],
    ['the copied web shape', webTextSnippet, '\n'],
  ])('reads the same entry in %s', (_name, shape, breakAfter) => {
    const standard = shape({ top: [oneEntry] });
    const text = asHeadings(standard, breakAfter);
    expect(text).toMatch(/At a glance(?:\*\*)?\n/);
    expect(text).not.toMatch(/(?:glance|name|bodies|Date)(?:\*\*)?:/);
    expect(facts(text)).toEqual(facts(standard));
  });

  // A page printed with no space between paragraphs: a date alone under its label ends the entry's fields.
  it('reads each date under a label alone when no blank line follows it, in the PDF shape', () => {
    const second = { ...oneEntry, headline: 'Chips at home', article: 'Measures for Chip Subsidies (芯片补贴办法) (Link)', date: '30.04.2025' };
    const text = asHeadings(pdfSnippet({ top: [oneEntry, second] }), '\n')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('https://'))
      .join('\n')
      .replace(/^ ?2\. /m, '');
    expect(text).toMatch(/\nAugust 10, 2023\nChips at home\n/);
    const dates = nodesOf(extractText(text), 'Policy').map((p) => [p.title, p.date]);
    expect(dates).toEqual(
      expect.arrayContaining([
        ['Action Plan for Computing Power Infrastructure', '2023-08-10'],
        ['Measures for Chip Subsidies', '2025-04-30'],
      ]),
    );
  });

  // A page that numbers its headlines in its style sheet loses the numbers when copied, and its labels are headings.
  it.each([
    ['the markdown shape', markdownSnippet, '\n\n'],
    ['the copied web shape', webTextSnippet, '\n'],
  ])('opens an entry at an unnumbered headline over a label alone, in %s', (_name, shape, breakAfter) => {
    const standard = shape({ top: [oneEntry] });
    const text = asHeadings(standard, breakAfter).replace(/^((?:### )?)1\. /m, '$1');
    expect(text).toContain(`\n${text.includes('###') ? '### ' : ''}China wants green`);
    expect(facts(text)).toEqual(facts(standard));
  });
});

describe('a title field with no title in it', () => {
  it.each([
    ['the PDF shape', pdfSnippet],
    ['the markdown shape', markdownSnippet],
  ])('lets the summary name the document, in %s', (_name, shape) => {
    const text = shape({ top: [{ ...oneEntry, glance: 'The MIIT released the Action Plan for Computing Power Infrastructure.' }] }).replace(
      /((?:Article|Policy name):(?:\*\*)?) .*/,
      '$1',
    );
    expect(text).toMatch(/(?:Article|Policy name):(?:\*\*)?\n/);
    const titles = nodesOf(extractText(text), 'Policy').map((p) => p.title);
    expect(titles).toContain('Action Plan for Computing Power Infrastructure');
    expect(titles).not.toContain('');
  });
});

describe('labels in capitals run into their text, with no colon', () => {
  /** As a printed page sets labels in bold capitals at the start of their text: "SUMMARY The MIIT …". */
  const runIn = (text: string) =>
    text
      .replace(
        /(\*\*)?(At a glance|MERICS comment|Article|Issuing bodies|Date):(\*\*)? ?/g,
        (_m, b1 = '', label: string, b2 = '') => `${b1}${label.toUpperCase()}${b2} `,
      )
      .replace(/ISSUING BODIES/, 'ISSUED BY');

  it.each([
    ['the PDF shape', pdfSnippet],
    ['the markdown shape', markdownSnippet],
    ['the copied web shape', webTextSnippet],
  ])('reads the same entry in %s', (_name, shape) => {
    const standard = shape({ top: [oneEntry] });
    const text = runIn(standard);
    expect(text).toMatch(/AT A GLANCE(?:\*\*)? Six government agencies/);
    expect(facts(text)).toEqual(facts(standard));
  });

  it('cuts the document fields run on in one paragraph, a label wrapped at a line end: "… ISSUED" / "BY MIIT, CAC …"', () => {
    const text = runIn(pdfSnippet({ top: [oneEntry] })).replace(/\(Link\)\nISSUED BY (.*)\nDATE/, '(Link) ISSUED\nBY $1 DATE');
    expect(text).toMatch(/\(Link\) ISSUED\nBY MIIT, CAC, MOE, PBoC, NHC, SAMR DATE August 10, 2023/);
    expect(facts(text)).toEqual(facts(pdfSnippet({ top: [oneEntry] })));
  });

  it('takes no headline in capitals for a label: "POLICY BANKS LEND MORE" stays a headline', () => {
    const text = [
      'POLICY BANKS LEND MORE TO CHIPMAKERS',
      'SUMMARY The NDRC told policy banks to lend to chip fabs.',
      'DOCUMENT Guidelines on Chip Fabs (芯片指导意见) ISSUED BY NDRC DATE 9 March 2021',
      'DATA CENTRES GO WEST',
      'SUMMARY The MIIT released a plan for data centres.',
      'DOCUMENT Plan for Data Centres (数据中心计划) ISSUED BY MIIT DATE 3 March 2021',
    ].join('\n\n');
    expect(parseText(text, 'snippet.txt').top.map((e) => [e.headline.text, e.fields.title?.text, e.fields.issuers?.text])).toEqual([
      ['POLICY BANKS LEND MORE TO CHIPMAKERS', 'Guidelines on Chip Fabs (芯片指导意见)', 'NDRC'],
      ['DATA CENTRES GO WEST', 'Plan for Data Centres (数据中心计划)', 'MIIT'],
    ]);
  });
});

describe('the comment under its author’s label', () => {
  it.each(['Our assessment', 'MERICS perspective', 'MERICS’ view', 'The MERICS take', 'So what'])(
    'reads "%s:" as the comment, its label no part of the evidence',
    (label) => {
      for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
        const graph = extractText(shape({ top: [oneEntry] }).replace(/MERICS comment/, label));
        const policy = nodesOf(graph, 'Policy').find((p) => p.title.startsWith('Action Plan for Computing Power'))!;
        const evidence = outgoing(graph, policy.key, 'BUILDS_ON').map((e) => (e.edge as { evidence?: string }).evidence);
        expect(evidence).toEqual(['The plan builds on the Metrology Development Plan (2021-2035) released in January 2022.']);
      }
    },
  );
});

describe('document fields in a table', () => {
  const fields = /\*\*Policy name:\*\* (.+)\n\n\*\*Issuing bodies:\*\* (.+)\n\n\*\*Date:\*\* (.+)\n/;

  it('reads a table of labels and values like the labelled lines', () => {
    const standard = markdownSnippet({ top: [oneEntry] });
    const table = standard.replace(fields, '| Document | $1 |\n|---|---|\n| Issued by | $2 |\n| Published | $3 |\n');
    expect(table).toContain('| Issued by | MIIT, CAC');
    expect(facts(table)).toEqual(facts(standard));
  });

  it('reads a table copied from a page, its cells apart at tabs, like the labelled lines', () => {
    const standard = webTextSnippet({ top: [oneEntry] });
    const copied = standard
      .replace(/Policy name: /, 'Document\t')
      .replace(/Issuing bodies: /, 'Issued by\t')
      .replace(/Date: /, 'Published\t');
    expect(copied).toContain('Issued by\tMIIT, CAC');
    expect(facts(copied)).toEqual(facts(standard));
  });

  it('reads issuers listed under their label, one bullet each', () => {
    const standard = markdownSnippet({ top: [oneEntry] });
    const listed = standard.replace(
      '**Issuing bodies:** MIIT, CAC, MOE, PBoC, NHC, SAMR',
      '#### Issuing bodies\n\n- MIIT\n- CAC\n- MOE\n- PBoC\n- NHC\n- SAMR',
    );
    expect(listed).toContain('- SAMR');
    expect(facts(listed)).toEqual(facts(standard));
  });

  it('reads issuers listed one a line under their label, as a copied page loses the bullets', () => {
    const standard = webTextSnippet({ top: [oneEntry] });
    const listed = standard.replace('Issuing bodies: MIIT, CAC, MOE, PBoC, NHC, SAMR', 'Issuing bodies\nMIIT\nCAC\nMOE\nPBoC\nNHC\nSAMR');
    expect(listed).toContain('PBoC\nNHC');
    expect(facts(listed)).toEqual(facts(standard));
  });

  // News set out in tables, a date and the item in each row, the section named by the item column's heading.
  it.each([
    [
      'markdown',
      '## Other developments\n\n| Date | Policy |\n|---|---|\n| 2 September | The MOFCOM launched a probe into pork imports. |\n| 11 September | The PBOC kept its rate unchanged. |\n\n| Date | Companies |\n|---|---|\n| 5 September | Chipmaker Cambricon reported record revenue. |\n',
    ],
    [
      'a saved page',
      '<!DOCTYPE html><html><body><main><h2>Other developments</h2><table><tr><th>Date</th><th>Policy</th></tr><tr><td>2 September</td><td>The MOFCOM launched a probe into pork imports.</td></tr><tr><td>11 September</td><td>The PBOC kept its rate unchanged.</td></tr></table><table><tr><th>Date</th><th>Companies</th></tr><tr><td>5 September</td><td>Chipmaker Cambricon reported record revenue.</td></tr></table></main></body></html>',
    ],
    [
      'copied web text',
      'MERICS China Industries\n12 min read\nOther developments\nDate\tPolicy\n2 September\tThe MOFCOM launched a probe into pork imports.\n11 September\tThe PBOC kept its rate unchanged.\nDate\tCompanies\n5 September\tChipmaker Cambricon reported record revenue.\n',
    ],
  ])('reads news items set out in tables in %s', (shape, news) => {
    const doc = parseText(news, { markdown: 'brief.md', 'a saved page': 'brief.html' }[shape] ?? 'brief.txt');
    expect(doc.news.map((n) => [n.section, n.day, n.body.text.slice(0, 12)])).toEqual([
      ['policy-news', 2, 'The MOFCOM l'],
      ['policy-news', 11, 'The PBOC kep'],
      ['corporate-news', 5, 'Chipmaker Ca'],
    ]);
  });

  it('reads a table with a heading row, each value labelled by its column', () => {
    const standard = markdownSnippet({ top: [oneEntry] });
    const table = standard.replace(fields, '| Title | Issuing bodies | Date |\n|:--|:--|:--|\n| $1 | $2 | $3 |\n');
    expect(facts(table)).toEqual(facts(standard));
  });
});

/** A citation line that names the document with its issuers and date: "Source: MOF, "Measures …" (…), 18/05/2016". */
describe('the document cited in a source line', () => {
  const cited = (citation: string) =>
    [
      'MERICS TOP 5',
      '1. Steel workers get a fund',
      'At a glance: The MOF set up a fund for laid-off steel workers.',
      citation,
      'NOTEWORTHY',
      'Policy news',
      'May 3: NDRC approved three railway projects.',
    ].join('\n\n');

  it.each([
    [
      'issuers before the title in quotes',
      'Source: MOF, NDRC, "Administrative Measures for Special Award Funds" (工业企业结构调整专项奖补资金管理办法), 18/05/2016',
    ],
    [
      'curly quotes, the date in words',
      'Reference: MOF; NDRC, “Administrative Measures for Special Award Funds” (工业企业结构调整专项奖补资金管理办法), 18 May 2016',
    ],
    [
      'no quotes, issuers and date after the title',
      'Citation: Administrative Measures for Special Award Funds (工业企业结构调整专项奖补资金管理办法), MOF, NDRC, 18 May 2016',
    ],
    [
      'a title line saying who issued it and on which day',
      'Document: Administrative Measures for Special Award Funds (工业企业结构调整专项奖补资金管理办法), issued by MOF and NDRC on 18 May 2016',
    ],
    [
      'a title line with the day before who published it',
      'Document: Administrative Measures for Special Award Funds (工业企业结构调整专项奖补资金管理办法), jointly published on 18 May 2016 by MOF, NDRC',
    ],
    [
      'an unlabelled line, the issuers and date between dashes',
      'Administrative Measures for Special Award Funds (工业企业结构调整专项奖补资金管理办法) — MOF, NDRC — 18 May 2016',
    ],
    [
      'a title line saying who issued it, the date after a comma',
      'Official document: Administrative Measures for Special Award Funds (工业企业结构调整专项奖补资金管理办法), issued by the MOF and the NDRC, May 18, 2016.',
    ],
  ])('reads title, issuers and date from %s', (_name, citation) => {
    for (const [shape, name] of [
      ['pdf-text', 'snippet.txt'],
      ['markdown', 'snippet.md'],
    ] as const) {
      const text = shape === 'markdown' ? cited(`*${citation}*`).replace('MERICS TOP 5', '## MERICS TOP 5') : cited(citation);
      const graph = extractText(text, name);
      const policy = nodesOf(graph, 'Policy').find((p) => !p.stub)!;
      expect([policy.title, policy.titleZh, policy.date]).toEqual([
        'Administrative Measures for Special Award Funds',
        '工业企业结构调整专项奖补资金管理办法',
        '2016-05-18',
      ]);
      expect(
        outgoing(graph, policy.key, 'ISSUED_BY')
          .map((e) => e.key)
          .sort(),
      ).toEqual(['agency:mof', 'agency:ndrc']);
    }
  });

  it('takes nothing from a source line that cites no document', () => {
    const doc = parseText(cited('Source: Xinhua, 18 May 2016'));
    expect(doc.top[0]!.fields).toEqual({ title: null, issuers: null, date: null });
    expect(doc.top[0]!.glance.map((g) => g.text)).toEqual(['The MOF set up a fund for laid-off steel workers.']);
  });
});
