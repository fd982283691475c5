import { describe, expect, it } from 'vitest';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';
import { extractText, nodesOf, parseText } from '../helpers/extract.ts';
import { NEWS_ITEM_START } from '../../src/extract/document/units.ts';

describe.each([
  ['PDF text', (s: Parameters<typeof pdfSnippet>[0]) => pdfSnippet(s)],
  ['PDF text without bullet glyphs', (s: Parameters<typeof pdfSnippet>[0]) => pdfSnippet(s, ' ')],
  ['markdown', markdownSnippet],
])('the document model of %s', (_shape, write) => {
  const text = write({
    header: 'MERICS China Industries November 1, 2023 (Reporting period: September 26 – October 24)',
    top: [oneEntry, { ...oneEntry, headline: 'A second headline' }],
    policyNews: ['October 8: MOST released trial measures (MOST notice)', 'October 11: MIIT launched a challenge (MIIT notice)'],
    corporateNews: ['September 28: Kyndryl plans to split off its China business (Financial Times article)'],
  });
  const doc = parseText(text);

  it('finds every TOP entry with its headline', () => {
    expect(doc.top.map((e) => e.headline.text)).toEqual([oneEntry.headline, 'A second headline']);
  });

  it('separates the summary, its bullets, the comment and the fields', () => {
    const [entry] = doc.top;
    expect(entry!.glance.map((g) => g.text)).toEqual([oneEntry.glance]);
    expect(entry!.bullets.map((b) => b.text.text)).toEqual(oneEntry.bullets);
    expect(entry!.bullets[0]!.leadIn?.text).toBe(oneEntry.glance);
    expect(entry!.comment.map((c) => c.text)).toEqual([oneEntry.comment]);
    expect(entry!.fields.issuers?.text).toBe(oneEntry.issuers);
    expect(entry!.fields.date?.text).toBe(oneEntry.date);
  });

  it('sorts news items into policy and corporate news', () => {
    expect(doc.news.map((n) => [n.section, n.month, n.day])).toEqual([
      ['policy-news', 10, 8],
      ['policy-news', 10, 11],
      ['corporate-news', 9, 28],
    ]);
    expect(doc.news[0]!.body.text).toBe('MOST released trial measures (MOST notice)');
  });

  it('reads the issue date and the reporting period', () => {
    expect(doc.issue).toMatchObject({ date: '2023-11-01', periodFrom: '2023-09-26', periodTo: '2023-10-24', inferred: false });
  });

  it('warns of nothing in a complete newsletter', () => {
    expect(doc.warnings).toEqual([]);
  });
});

describe('headlines, labels and wrapping in PDF text', () => {
  it('reads a numbered headline that wraps over two lines', () => {
    const doc = parseText('MERICS TOP 5\n\n1. Self-assessment requirements for data security get more\nconcrete\n\nAt a glance: MIIT released draft rules.\n');
    expect(doc.top[0]!.headline.text).toBe('Self-assessment requirements for data security get more concrete');
  });

  it('takes only the next number in sequence as a headline, not a numbered point in the prose', () => {
    const doc = parseText('MERICS TOP 5\n\n1. First\n\nAt a glance: text.\n\n3. Not a headline\n\n2. Second\n\nAt a glance: more.\n');
    expect(doc.top.map((e) => e.headline.text)).toEqual(['First', 'Second']);
  });

  // "Story 1 —", "Item 2:": a headline's number after a word that counts the entries.
  it('reads headlines numbered "Story 1 —", "Item 2:" and "4 /"', () => {
    const doc = parseText(
      'MERICS TOP 5\n\nStory 1 — First\n\nAt a glance: text.\n\nItem 2: Second\n\nAt a glance: more.\n\nTOPIC 3: THIRD\n\nAt a glance: most.\n\n4 / Fourth\n\nAt a glance: last.\n',
    );
    expect(doc.top.map((e) => e.headline.text)).toEqual(['First', 'Second', 'THIRD', 'Fourth']);
  });

  // A page copied as text, or printed, loses its headings' markup: numbered short lines over prose still open the entries.
  it.each([
    ['copied from a page, a line each', (lines: string[]) => lines.join('\n'), 'web-text'],
    // (Wrapped as a PDF's columns wrap them, paragraphs apart by a blank line.)
    ['read from a PDF', (lines: string[]) => lines.map((l) => l.replace(/(.{50,70}?) /g, '$1\n')).join('\n\n'), 'pdf-text'],
  ])('reads numbered lines over paragraphs of prose as entries with no TOP heading and no labels, %s', (_name, print, shape) => {
    const lines = [
      'China Industries',
      'MERICS monthly brief · 9 July 2021',
      '1. Carbon trading finally starts',
      'The national emissions trading scheme opened on 16 July, covering 2,162 power companies. The MEE had issued the Measures for the Administration of Carbon Emissions Trading (Trial) on 31 December 2020.',
      'The measures replace the Interim Measures for the Administration of Carbon Emissions Trading of 2014, which governed the regional pilots. Huaneng Power and Datang Power will trade first.',
      '2. A plan for new energy storage',
      'On 15 July, the NDRC and the NEA released the Guiding Opinions on Accelerating the Development of New Energy Storage.',
      'Worth noting',
      '- 28 June – The Ministry of Commerce (MOFCOM) published a list of 40 pilot zones for digital trade.',
      '',
    ];
    const doc = parseText(print(lines), 'copied.txt');
    expect(doc.shape).toBe(shape);
    expect(doc.top.map((e) => e.headline.text)).toEqual(['Carbon trading finally starts', 'A plan for new energy storage']);
    expect(doc.news).toHaveLength(1);
  });

  // A copied page prints "TOP STORY NO. 1 – …" under a list of the issue's topics: the numbered lines open the entries.
  it('reads headlines numbered "TOP STORY NO. 1 –" and "Top story #2:" under a topic list', () => {
    const doc = parseText(
      'MERICS China Industries\n\n17th November 2020\n\nIn this issue:\n\nFirst\n\nSecond\n\nTOP STORY NO. 1 – First\n\nAt a glance: The NDRC issued a plan.\n\nTop story #2: Second\n\nAt a glance: The CAC issued rules.\n',
    );
    expect(doc.top.map((e) => e.headline.text)).toEqual(['First', 'Second']);
    expect(doc.top[0]!.glance.map((p) => p.text)).toEqual(['The NDRC issued a plan.']);
  });

  // A narrow column sets the Chinese name apart after a blank line: it stays the title's.
  it('keeps a Chinese title set apart from its English name by a blank line in the title field', () => {
    const doc = parseText(
      'MERICS TOP 5\n\n1. Fewer closed sectors\n\nAt a glance: The NDRC cut the list.\n\nDocument: Special Measures (Negative List) (2018 Edition)\n\n(外商投资准入特别管理措施（负面清单）\n（2018年版）)\n\nPublished by: NDRC\n',
    );
    expect(doc.top[0]!.fields.title?.text).toBe('Special Measures (Negative List) (2018 Edition) (外商投资准入特别管理措施（负面清单）（2018年版）)');
  });

  it('opens the TOP section at "1." followed by "At a glance" even without the section heading', () => {
    expect(parseText('1. Only entry\n\nAt a glance: text.\n').top).toHaveLength(1);
  });

  it('keeps a Chinese title that wraps across a blank line in the title field', () => {
    const doc = parseText(
      'MERICS TOP 5\n\n1. H\n\nAt a glance: x.\n\nArticle: Action Plan for Patents (2023-2025) (专利转\n\n化运用专项行动方案（2023—2025 年）) (Link)\nIssuing body: State Council\nDate: October 19, 2023\n',
    );
    expect(doc.top[0]!.fields.title?.text).toBe('Action Plan for Patents (2023-2025) (专利转化运用专项行动方案（2023—2025 年）) (Link)');
    expect(doc.top[0]!.fields.issuers?.text).toBe('State Council');
  });

  it('joins a comment that a URL block cut in the middle of a sentence', () => {
    const doc = parseText(
      'MERICS TOP 5\n\n1. H\n\nAt a glance: x.\n\nMERICS comment: The government may draw up lists of minor violations to be exempted\n\nhttps://a.example/1\nhttps://a.example/2\n from administrative punishment. Other practices are off-limits.\n\nArticle: T (Link)\n',
    );
    expect(doc.top[0]!.comment.map((c) => c.text)).toEqual([
      'The government may draw up lists of minor violations to be exempted from administrative punishment. Other practices are off-limits.',
    ]);
  });

  it('sets explainer boxes and "More on the topic" lines apart from the comment', () => {
    const doc = parseText(
      'MERICS TOP 5\n\n1. H\n\nAt a glance: x.\n\nMERICS comment: First point.\n\nExplainer: A taxonomy\n\nLevels 0-2 are assisted driving.\n\nhttps://a.example/1\n For foreign firms, this matters.\n\nMore on the topic: A report by MERICS.\n\nLast point.\n\nArticle: T (Link)\n',
    );
    expect(doc.top[0]!.comment.map((c) => c.text)).toEqual(['First point.', 'For foreign firms, this matters.', 'Last point.']);
    expect(doc.top[0]!.asides.map((c) => c.text)).toEqual(['A taxonomy', 'Levels 0-2 are assisted driving.', 'A report by MERICS.']);
  });

  it('joins a news item that a URL block split', () => {
    const doc = parseText(
      'NOTEWORTHY\n\nCorporate news\n\n\uf0a7 October 12: BioNTech signed a deal with MediLink. BioNTech\n\nhttps://a.example/1\n will make an initial payment (Yicai article)\n\n\uf0a7 October 19: Stellantis sells assets (Reuters article)\n',
    );
    expect(doc.news.map((n) => n.body.text)).toEqual([
      'BioNTech signed a deal with MediLink. BioNTech will make an initial payment (Yicai article)',
      'Stellantis sells assets (Reuters article)',
    ]);
  });

  it('reads news items whose bullet glyph was lost', () => {
    const doc = parseText('NOTEWORTHY\n\nPolicy news\n\nFebruary 18: MEE issued a plan (MEE notice)\n\n  February 19: MIIT issued rules (MIIT notice)\n');
    expect(doc.news.map((n) => [n.month, n.day])).toEqual([
      [2, 18],
      [2, 19],
    ]);
  });
});

describe('missing parts', () => {
  it('warns, naming the entry, when a field is missing', () => {
    const doc = parseText(
      pdfSnippet({
        top: [
          { ...oneEntry, date: undefined },
          { ...oneEntry, issuers: undefined },
        ],
      }),
    );
    expect(doc.warnings).toContain('no "Date:" line in entry 1');
    expect(doc.warnings).toContain('no "Issuing body:" line in entry 2');
  });

  it('warns when a section is missing and still reads the rest', () => {
    const doc = parseText(pdfSnippet({ top: [oneEntry] }));
    expect(doc.warnings).toContain('no NOTEWORTHY / WORTH NOTING section found');
    expect(doc.top).toHaveLength(1);
  });

  it('takes policy and corporate news headings with no section heading above them for the news section', () => {
    const text = pdfSnippet({ top: [oneEntry], policyNews: ['August 20: MIIT issued rules (MIIT notice)'] }).replace(' NOTEWORTHY ', 'POLICY DEVELOPMENTS');
    const doc = parseText(text.replace('Policy news ', ''));
    expect(doc.news).toHaveLength(1);
    expect(doc.warnings).not.toContain('no NOTEWORTHY / WORTH NOTING section found');
  });

  it('infers the issue date from the items when none is printed, and says so', () => {
    const doc = parseText(pdfSnippet({ top: [oneEntry], policyNews: ['August 20: MIIT issued rules (MIIT notice)'] }));
    expect(doc.issue).toMatchObject({ date: '2023-08-20', inferred: true, periodTo: '2023-08-20' });
    expect(doc.warnings).toContain('no issue date printed; inferred from the items');
  });

  it('reads a header date printed in capitals with the period', () => {
    const doc = parseText(markdownSnippet({ header: 'DECEMBER 04, 2024 (REPORTING PERIOD: OCTOBER 29 - NOVEMBER 25)', top: [oneEntry] }));
    expect(doc.issue).toMatchObject({ date: '2024-12-04', periodFrom: '2024-10-29', periodTo: '2024-11-25' });
  });
});

describe('variations of the layout', () => {
  it('reads other spellings of the labels, and a value on the line after its label', () => {
    const doc = parseText(
      'MERICS TOP 5\n\n1. H\n\nIn brief: MIIT issued rules.\n\nOur view: Useful.\n\nTitle:\nRules on Robots (Link)\n\nIssued by: MIIT\nRelease date: 3 March 2025\n',
    );
    const [entry] = doc.top;
    expect(entry!.glance.map((g) => g.text)).toEqual(['MIIT issued rules.']);
    expect(entry!.comment.map((c) => c.text)).toEqual(['Useful.']);
    expect([entry!.fields.title?.text, entry!.fields.issuers?.text, entry!.fields.date?.text]).toEqual(['Rules on Robots (Link)', 'MIIT', '3 March 2025']);
  });

  it('starts an entry over when a contents line carried the same number', () => {
    const doc = parseText('MERICS TOP 5\n\n1. Robots everywhere\n\n1. Robots everywhere\n\nAt a glance: MIIT issued rules.\n\nDate: March 3, 2025\n');
    expect(doc.top).toHaveLength(1);
    expect(doc.top[0]!.glance.map((g) => g.text)).toEqual(['MIIT issued rules.']);
  });

  it('opens an entry at a headline indented like a list item, when its summary follows', () => {
    const doc = parseText(
      'MERICS TOP 5\n\n 1. Robots everywhere \n\nAt a glance: MIIT issued rules.\n\n 2. Chips at home \n\nAt a glance: NDRC issued a plan.\n',
    );
    expect(doc.top.map((e) => e.headline.text)).toEqual(['Robots everywhere', 'Chips at home']);
  });

  // A web page may number its headlines in its style sheet; the PDF-text shape prints the numbers.
  it('opens an entry at an unnumbered headline in the TOP section when its summary follows, in the web shapes', () => {
    const second = { ...oneEntry, headline: 'Chips at home', article: 'Measures for Chip Subsidies (芯片补贴办法) (Link)' };
    for (const shape of [markdownSnippet, webTextSnippet]) {
      const numbered = shape({ top: [oneEntry, second] });
      const unnumbered = numbered.replace(/^(\s*(?:### )?)\d\. /gm, '$1');
      expect(unnumbered).not.toMatch(/\b1\. China wants/);
      expect(parseText(unnumbered).top.map((e) => e.headline.text)).toEqual([oneEntry.headline, 'Chips at home']);
    }
  });

  // A layout that sets headlines in capitals wraps them in narrow columns, a colon in the first line.
  it('reads a headline set in capitals over several lines, a colon in its first, as one headline', () => {
    const doc = parseText(
      'MERICS TOP 5\n\nROBOTS: MIIT SETS\nRULES\n\nAt a glance: MIIT issued rules.\n\nGALLIUM AND GERMANIUM:\nEXPORT LICENCES TAKE\nEFFECT\n\nWhat happened: MOFCOM issued a notice.\n',
    );
    expect(doc.top.map((e) => e.headline.text)).toEqual(['ROBOTS: MIIT SETS RULES', 'GALLIUM AND GERMANIUM: EXPORT LICENCES TAKE EFFECT']);
  });

  // Lines a narrow column wraps: after a colon inside a sentence, a line that opens with a capital goes on with the line the
  // column's width ended; the short items of a list after a lead-in stay items.
  it('reads prose wrapped in a narrow column after a colon as prose, and a list after a lead-in as its items', () => {
    const doc = parseText(
      'MERICS TOP 5\n\n1. Robots everywhere\n\nAt a glance: MIIT set targets:\nGrow output to 300 EFLOPS\nCut latency\n\n' +
        'MERICS comment: The rules marry two\nflagship programmes at once:\nMade in China 2025 and the Internet\nPlus action plan of 2015, which they\ncite as their basis, and they also\nname a few firms that may gain.\n',
    );
    const [entry] = doc.top;
    expect(entry!.bullets.map((b) => b.text.text)).toEqual(['Grow output to 300 EFLOPS', 'Cut latency']);
    expect(entry!.comment.map((c) => c.text.replace(/\n/g, ' '))).toContainEqual(expect.stringContaining('the Internet Plus action plan of 2015'));
  });

  it('does not lose the entries after a misread number', () => {
    const doc = parseText(
      'MERICS TOP 5\n\n1. Robots everywhere\n\nAt a glance: MIIT issued rules.\n\n7. Chips at home\n\nAt a glance: NDRC issued a plan.\n\n3. Cars abroad\n\nAt a glance: MOFCOM issued a notice.\n',
    );
    expect(doc.top.map((e) => e.headline.text)).toEqual(['Robots everywhere', 'Chips at home', 'Cars abroad']);
  });

  it('reads news dates written day first, and a dash after the date', () => {
    const doc = parseText('NOTEWORTHY\n\nPolicy news\n\n• 3 November: NDRC issued a plan\n\n• November 4 – MIIT issued rules\n');
    expect(doc.news.map((n) => [n.month, n.day, n.body.text])).toEqual([
      [11, 3, 'NDRC issued a plan'],
      [11, 4, 'MIIT issued rules'],
    ]);
  });

  it('reads news items numbered in their list, dated after the number', () => {
    const doc = parseText('## Radar\n\n### Policy\n\n1. **2 Sept:** The NDRC issued a plan (NDRC)\n2. **10 Sept:** The CAC fined a platform (CAC)\n');
    expect(doc.news.map((n) => [n.month, n.day, n.body.text])).toEqual([
      [9, 2, 'The NDRC issued a plan (NDRC)'],
      [9, 10, 'The CAC fined a platform (CAC)'],
    ]);
  });

  it('sorts news items by their subject when the subsection headings are missing', () => {
    const doc = parseText('NOTEWORTHY\n\n• March 3: The MIIT issued a plan on robots\n\n• March 4: Volkswagen opened a plant in Anhui\n');
    expect(doc.news.map((n) => n.section)).toEqual(['policy-news', 'corporate-news']);
  });

  it.each(['➢', '▪', '■', '►', '✓'])('reads "%s" as a bullet glyph', (glyph) => {
    const doc = parseText(`MERICS TOP 5\n\n1. H\n\nAt a glance: Targets:\n\n${glyph} Double robot density\n\n${glyph}Cultivate firms\n`);
    expect(doc.top[0]!.bullets.map((b) => b.text.text)).toEqual(['Double robot density', 'Cultivate firms']);
  });

  it('drops "Page 2 of 8" footers', () => {
    const doc = parseText('MERICS TOP 5\n\n1. H\n\nAt a glance: The plan\n\nPage 2 of 8\n\n aims high.\n');
    expect(doc.top[0]!.glance.map((g) => g.text)).toEqual(['The plan aims high.']);
  });
});

describe('headline numbers however printed', () => {
  const second = { ...oneEntry, headline: 'Second story on batteries', article: 'Battery Plan (电池计划) (Link)' };
  /** The snippets print "1. Headline": the number in another form. */
  const NUMBER = /^(\s*(?:#+\s*)?)(\d)\.\s/gm;
  it.each(['$1$2) ', '$1$2 | ', '$1$2 – ', '$1No. $2: ', '$1$2: ', '$1($2) ', '$1#$2 ', '$1[$2] '])(
    'reads headlines numbered as "%s", without the number, in every shape',
    (form) => {
      for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
        const graph = extractText(shape({ top: [oneEntry, second] }).replace(NUMBER, form));
        const headlines = nodesOf(graph, 'Entry')
          .filter((e) => e.section === 'top')
          .map((e) => e.headline);
        expect(headlines).toEqual([oneEntry.headline, second.headline]);
      }
    },
  );

  it('takes a line that opens with an amount for no headline', () => {
    const text = pdfSnippet({ top: [oneEntry, second] }).replace('2. Second story', '2 million tonnes of capacity were added.\n\n2. Second story');
    expect(nodesOf(extractText(text), 'Entry').filter((e) => e.section === 'top')).toHaveLength(2);
  });
});

describe('PDF text whose bullet glyphs were lost, leaving the leading space', () => {
  const text = [
    ' MERICS TOP 5 ',
    '',
    '1. Beijing restarts factories ',
    '',
    'At a glance: The MIIT issued a circular on the resumption of work. It sets three ',
    'priorities: ',
    ' Restore the supply of medical equipment first ',
    ' Give priority to firms in key supply chains, including automotive and ',
    'electronics ',
    ' Ensure that 80 percent of large firms resume work by 2021 ',
    'MERICS comment: The circular matters. ',
    'Article: Circular on the Resumption of Work (关于复工复产的通知) (Link) ',
    'Issuing body: MIIT ',
    'Date: February 24, 2020 ',
    '',
    ' NOTEWORTHY ',
    '',
    'Policy news ',
    '',
    ' 03.02.: The People’s Bank of China injected CNY 1.2 trillion into the money ',
    'markets (PBOC statement) ',
    ' 18.02.: The Ministry of Finance announced tax breaks (MOF notice) ',
    '',
  ].join('\n');

  it('reads the lines after a lead-in as its list, a wrapped item as one, and each dated line as a news item', () => {
    const doc = parseText(text);
    expect(doc.top[0]!.bullets.map((b) => b.text.text)).toEqual([
      'Restore the supply of medical equipment first',
      'Give priority to firms in key supply chains, including automotive and electronics',
      'Ensure that 80 percent of large firms resume work by 2021',
    ]);
    expect(doc.news.map((n) => [n.month, n.day])).toEqual([
      [2, 3],
      [2, 18],
    ]);
  });

  it('reads such a list after a blank line below its lead-in', () => {
    const doc = parseText(text.replace('priorities: \n', 'priorities: \n\n'));
    expect(doc.top[0]!.bullets.map((b) => b.text.text)).toHaveLength(3);
  });
});

describe('a headline wrapped before a word that is also a label', () => {
  it.each(['policy', 'summary', 'background'])('reads "… %s" as the headline\'s last word, not a label', (word) => {
    const second = { ...oneEntry, headline: `Beijing sets out its new\n${word}` };
    const doc = parseText(pdfSnippet({ top: [second, { ...oneEntry, headline: 'Second story' }] }));
    expect(doc.top.map((e) => e.headline.text)).toEqual([`Beijing sets out its new ${word}`, 'Second story']);
    expect(doc.top[0]!.glance.map((g) => g.text)).toEqual([oneEntry.glance]);
  });
});

describe('a layout with no space between paragraphs', () => {
  const issue = [
    'MERICS China Industries',
    'Edition 3/2020 – 12 March 2020',
    'TOP 5',
    '1. Beijing restarts factories:',
    'Workers return to the lines',
    'Summary: MIIT issued a circular on the resumption of work, which matters to many',
    // A wrapped line that reads like a heading ("Firms") is none.
    'firms.',
    'Its goals include:',
    'Restore the supply of medical equipment first',
    'Ensure that 80 percent of large firms resume work by the end of March',
    '2020',
    'Our view: The circular builds on the Law on the Prevention of Infectious Diseases.',
    'Document: Circular on the Resumption of Work (关于复工复产的通知)',
    'Issuing authorities: MIIT',
    'Release date: 24.02.2020',
    'Policy news',
    '3 March: MOF issued tax breaks for mask makers (MOF notice)',
    'Corporate news',
    '4 March: Tesla reopened its plant in Shanghai (Reuters article)',
  ].join('\n');

  it('reads headings, list items and the lines after a date field by the lines themselves', () => {
    const doc = parseText(issue);
    expect(doc.top.map((e) => e.headline.text)).toEqual(['Beijing restarts factories: Workers return to the lines']);
    expect(doc.top[0]!.bullets.map((b) => b.text.text)).toEqual([
      'Restore the supply of medical equipment first',
      'Ensure that 80 percent of large firms resume work by the end of March 2020',
    ]);
    expect(doc.news.map((n) => [n.section, n.body.text.slice(0, 16)])).toEqual([
      ['policy-news', 'MOF issued tax b'],
      ['corporate-news', 'Tesla reopened i'],
    ]);
  });

  it('opens no list at a colon inside a sentence, though a later line starts with a capital', () => {
    const glance = [
      'Summary: The NDRC defined what counts as "new infrastructure":',
      '5G networks, data centres and charging stations. Its notice is the implementing document for the',
      'Politburo Standing Committee’s call of 4 March. The NDRC expects:',
      'Build 600,000 5G base stations by the end of 2020',
    ];
    const doc = parseText(issue.replace(/Summary: [^]*?2020\nOur view/, `${glance.join('\n')}\nOur view`));
    expect(doc.top[0]!.glance.map((g) => g.text)).toEqual([expect.stringMatching(/^The NDRC defined [^]*The NDRC expects:$/)]);
    expect(doc.top[0]!.bullets.map((b) => b.text.text)).toEqual(['Build 600,000 5G base stations by the end of 2020']);
  });
});

/**
 * A TOP section that no known heading names and no summary label opens: its entries are told by their
 * document fields, whether these close an entry or open it, in every shape.
 */
describe('TOP entries told by their document fields', () => {
  const fieldsAfter = [
    '## Stories we followed',
    '### Robots everywhere',
    'The MIIT released a plan for humanoid robots.',
    '**Policy:** Plan for Humanoid Robots (人形机器人计划)\n**Issued by:** MIIT\n**Date:** 3 March 2025',
    '### Chips at home',
    'The NDRC published guidelines on chip fabs.',
    '**Policy:** Guidelines on Chip Fabs (芯片指导意见)\n**Issued by:** NDRC\n**Date:** 9 March 2025',
  ].join('\n\n');
  const fieldsFirst = [
    'STORIES WE FOLLOWED',
    'Robots everywhere',
    'Policy: Plan for Humanoid Robots (人形机器人计划)\nIssued by: MIIT\nDate: 3 March 2025',
    'The MIIT released a plan for humanoid robots.',
    'Chips at home',
    'Policy: Guidelines on Chip Fabs (芯片指导意见)\nIssued by: NDRC\nDate: 9 March 2025',
    'The NDRC published guidelines on chip fabs.',
  ].join('\n\n');

  it.each([
    ['markdown, fields after the prose', fieldsAfter, 'snippet.md'],
    ['PDF text, fields before the prose', fieldsFirst, 'snippet.txt'],
    [
      'PDF text, headlines in capitals, each label alone on its line',
      [
        'ROBOTS EVERYWHERE',
        'SUMMARY\nThe MIIT released a plan for humanoid robots.',
        'DOCUMENT\nPlan for Humanoid Robots (人形机器人计划)\nISSUED BY\nMIIT\nDATE\n3 March 2025',
        'CHIPS AT HOME',
        'SUMMARY\nThe NDRC published guidelines on chip fabs.',
        'DOCUMENT\nGuidelines on Chip Fabs (芯片指导意见)\nISSUED BY\nNDRC\nDATE\n9 March 2025',
      ].join('\n\n'),
      'snippet.txt',
    ],
    [
      'markdown under a known heading, headlines unnumbered',
      fieldsAfter.replace('Stories we followed', 'MERICS Top 5').replace(/Story \d — /g, ''),
      'snippet.md',
    ],
    [
      'copied web text, fields after the prose',
      `MERICS China Industries\n12 min read\n${fieldsAfter.replace(/\*\*|#+ /g, '').replace(/\n\n/g, '\n')}`,
      'snippet.txt',
    ],
  ])('reads both entries of %s', (_name, text, name) => {
    const doc = parseText(text, name);
    expect(doc.top.map((e) => [e.headline.text.toLowerCase(), e.fields.title?.text, e.fields.issuers?.text])).toEqual([
      ['robots everywhere', 'Plan for Humanoid Robots (人形机器人计划)', 'MIIT'],
      ['chips at home', 'Guidelines on Chip Fabs (芯片指导意见)', 'NDRC'],
    ]);
    expect(doc.warnings).toContainEqual(expect.stringMatching(/found: entries read by their document fields$/));
  });
});

/** A news section under headings no vocabulary names: its dated items are news all the same, in every shape. */
describe('news under headings of its own', () => {
  const sections = (shape: (s: Parameters<typeof pdfSnippet>[0]) => string) =>
    shape({
      top: [oneEntry],
      policyNews: ['October 9: The NDRC cut fuel prices (Xinhua article)'],
      corporateNews: ['October 10: BYD opened a plant in Hungary (Reuters article)'],
    })
      .replace(/NOTEWORTHY|WORTH NOTING|Worth noting/, 'What else moved this month')
      .replace('Policy news', 'Regulators')
      .replace('Corporate news', 'Industry');

  // Items printed as paragraphs, each closing its sentence on its date in brackets.
  it('reads paragraphs dated at their end as items', () => {
    const text = `${pdfSnippet({ top: [oneEntry] })}\n\nMORE NEWS\n\nThe NDRC approved 12 new airport projects (3 March).\n\nAutomaker Nio raised USD 1.5 billion in a share sale (10 March).\n`;
    expect(parseText(text).news.map((n) => [n.section, n.month, n.day])).toEqual([
      ['policy-news', 3, 3],
      ['corporate-news', 3, 10],
    ]);
  });

  it.each([
    ['PDF text', pdfSnippet],
    ['markdown', markdownSnippet],
    ['copied web text', webTextSnippet],
  ])('reads the items of %s, sorted by what they say', (_name, shape) => {
    const text = sections(shape);
    expect(text).not.toMatch(/Policy news|NOTEWORTHY/i);
    const doc = parseText(text);
    expect(doc.news.map((n) => [n.section, n.day])).toEqual([
      ['policy-news', 9],
      ['corporate-news', 10],
    ]);
    expect(doc.top).toHaveLength(1);
  });
});

/** A page with no TOP heading and no numbers, whose entries only their document fields tell. */
describe('entries told by their fields, in a layout of its own', () => {
  /** Two entries, each under a headline, with labels no vocabulary names ("Context", "What we think") before the fields. */
  const entries = (headline: (text: string) => string, label: (text: string) => string, fields: string[][]) =>
    [
      ['Robots everywhere', 'The MIIT released a plan for humanoid robots.', 'Plan for Humanoid Robots (人形机器人计划)', 'MIIT'],
      ['Chips at home', 'The NDRC published guidelines on chip fabs.', 'Guidelines on Chip Fabs (芯片指导意见)', 'NDRC'],
    ]
      .map(([title, glance, doc, issuer]) =>
        [
          headline(title!),
          label('Context'),
          glance,
          label('What we think'),
          'The plan matters.',
          ...fields.map(([name, value]) => `${name}: ${value!.replace('DOC', doc!).replace('BODY', issuer!)}`),
        ].join('\n\n'),
      )
      .join('\n\n');
  const fields = [
    ['Document', 'DOC'],
    ['Issuer', 'BODY'],
    ['Published', '3 March 2025'],
  ];

  it.each([
    [
      'markdown, labels in bold',
      entries(
        (t) => `### ${t}`,
        (l) => `**${l}**`,
        fields,
      ),
      'snippet.md',
    ],
    [
      'PDF text, labels on lines of their own',
      entries(
        (t) => t,
        (l) => l,
        fields,
      ),
      'snippet.txt',
    ],
  ])('takes no label that every entry repeats for a headline, in %s', (_name, text, name) => {
    const doc = parseText(text, name);
    expect(doc.top.map((e) => [e.headline.text, e.fields.title?.text])).toEqual([
      ['Robots everywhere', 'Plan for Humanoid Robots (人形机器人计划)'],
      ['Chips at home', 'Guidelines on Chip Fabs (芯片指导意见)'],
    ]);
  });

  it('reads a headline in capitals behind a glyph, "▶ ROBOTS EVERYWHERE", as a headline, in PDF text', () => {
    const text = entries(
      (t) => `▶ ${t.toUpperCase()}`,
      (l) => l,
      fields,
    );
    expect(parseText(text).top.map((e) => e.headline.text)).toEqual(['ROBOTS EVERYWHERE', 'CHIPS AT HOME']);
  });

  it.each([
    ['markdown', 'snippet.md', (h: string) => `## ${h}`, (i: string) => `* ${i}`],
    ['copied web text', 'snippet.txt', (h: string) => h, (i: string) => `• ${i}`],
  ])('reads the news under a heading no vocabulary names after such entries, a closing paragraph no item, in %s', (_name, name, heading, item) => {
    const text = [
      entries(
        (t) => (name.endsWith('.md') ? `### ${t}` : t),
        (l) => l,
        fields,
      ),
      heading('Also this month'),
      heading('Government'),
      item('Jan 21 | The NDRC approved 12 new airport projects.'),
      heading('Business'),
      item('Jan 23 | Automaker Nio raised USD 1.5 billion in a share sale.'),
      // A paragraph after the list is no item of it.
      'The views expressed are those of the authors.',
    ].join('\n\n');
    const doc = parseText(text, name);
    expect(doc.top).toHaveLength(2);
    expect(doc.news.map((n) => [n.section, n.day, n.body.text])).toEqual([
      ['policy-news', 21, 'The NDRC approved 12 new airport projects.'],
      ['corporate-news', 23, 'Automaker Nio raised USD 1.5 billion in a share sale.'],
    ]);
  });
});

/** A page that lists its topics before them, and counts each one on a line of its own. */
describe('a list of contents and counted topics', () => {
  const entry = (headline: string, title: string, body: string) => [
    headline,
    `At a glance: The ${body}.`,
    `Policy name: ${title}`,
    `Issuing body: ${body.split(' ')[0]}`,
    'Date: 3 March 2025',
  ];
  const page = [
    'MERICS China Industries',
    '12 March 2025',
    "This month's five topics",
    '1. Robots everywhere',
    '2. Chips at home',
    '3. Steel goes green',
    'Topic 1 of 3',
    ...entry('Robots everywhere', 'Plan for Humanoid Robots (人形机器人计划)', 'MIIT released a plan for humanoid robots'),
    'Topic 2 of 3',
    ...entry('Chips at home', 'Guidelines on Chip Fabs (芯片指导意见)', 'NDRC published guidelines on chip fabs'),
    'Topic 3 of 3',
    ...entry('Steel goes green', 'Notice on Green Steel (绿色钢铁通知)', 'MIIT told steelmakers to cut emissions'),
  ];

  it.each([
    ['copied web text', page.join('\n').replace('12 March 2025', '12 March 2025\n6 min read'), 'snippet.txt'],
    ['PDF text', page.join('\n\n'), 'snippet.txt'],
    // A layout that sets no space before the counter: it ends the date line all the same.
    ['PDF text, no space between paragraphs', page.join('\n\n').replace(/\n\n(Topic \d of 3)/g, '\n$1'), 'snippet.txt'],
  ])('reads each topic once, under its own headline, in %s', (_name, text, name) => {
    const doc = parseText(text, name);
    expect(doc.top.map((e) => [e.headline.text, e.fields.title?.text])).toEqual([
      ['Robots everywhere', 'Plan for Humanoid Robots (人形机器人计划)'],
      ['Chips at home', 'Guidelines on Chip Fabs (芯片指导意见)'],
      ['Steel goes green', 'Notice on Green Steel (绿色钢铁通知)'],
    ]);
    expect(doc.top.map((e) => e.fields.date?.text)).toEqual(['3 March 2025', '3 March 2025', '3 March 2025']);
  });
});

/** News after entries that only their fields tell, under a known TOP heading. */
describe('news after entries told by their fields under a TOP heading', () => {
  const page = (item: (date: string, text: string) => string) =>
    [
      '# MERICS China Industries',
      '_Edition of 9 October 2024_',
      '## Top developments',
      '### ▸ Robots everywhere',
      'The MIIT released a plan for humanoid robots.',
      '- **Title:** Plan for Humanoid Robots (人形机器人计划)\n- **Issued by:** MIIT\n- **Date:** 3 September 2024',
      '## Quick takes',
      item('September 3', 'SAMR fined a pharmaceutical distributor.'),
      item('September 18', 'BYD overtook Tesla in quarterly revenue.'),
    ].join('\n\n');

  it.each([
    ['dates with a colon', (date: string, text: string) => `${date}: ${text}`],
    ['dates set apart by emphasis alone', (date: string, text: string) => `**${date}** ${text}`],
  ])('reads the items, %s', (_name, item) => {
    const doc = parseText(page(item), 'snippet.md');
    expect(doc.top.map((e) => e.fields.title?.text)).toEqual(['Plan for Humanoid Robots (人形机器人计划)']);
    expect(doc.news.map((n) => [n.section, n.month, n.day, n.body.text])).toEqual([
      ['policy-news', 9, 3, 'SAMR fined a pharmaceutical distributor.'],
      ['corporate-news', 9, 18, 'BYD overtook Tesla in quarterly revenue.'],
    ]);
  });

  it('reads no month and day before a word in lower case as an item date', () => {
    expect(NEWS_ITEM_START.test('September 3 saw the NDRC approve projects.')).toBe(false);
    expect(NEWS_ITEM_START.test('September 3 NDRC approved projects.')).toBe(true);
  });
});

/** A PDF that sets each headline behind a glyph, and each field as a list item. */
describe('headlines behind a glyph, fields as list items', () => {
  const entry = (headline: string, goals: string[], title: string, body: string) =>
    [
      `▸ ${headline}`,
      `The ${body}.`,
      ...(goals.length > 0 ? ['Its goals:', goals.map((g) => `· ${g}`).join('\n')] : []),
      `· Title: ${title}\n· Issued by: ${body.split(' ')[0]}\n· Date: 3 March 2025`,
    ].join('\n\n');

  it('reads each entry under its headline, a goal alone under its lead-in no headline', () => {
    const text = [
      'MERICS China Industries',
      'Top developments',
      entry(
        'Robots everywhere',
        ['A robot industry worth RMB 1 trillion by 2030', 'Mass production of humanoids by 2027'],
        'Plan for Humanoid Robots (人形机器人计划)',
        'MIIT released a plan',
      ),
      entry('Chips at home', ['Cut chip imports by half by 2030'], 'Guidelines on Chip Fabs (芯片指导意见)', 'NDRC published guidelines'),
    ].join('\n\n');
    const doc = parseText(text);
    expect(doc.top.map((e) => [e.headline.text, e.fields.title?.text, e.bullets.length])).toEqual([
      ['Robots everywhere', 'Plan for Humanoid Robots (人形机器人计划)', 2],
      ['Chips at home', 'Guidelines on Chip Fabs (芯片指导意见)', 1],
    ]);
  });
});

/** Headlines numbered as headings, under a heading no vocabulary names and with no summary label. */
describe('numbered headings under a heading of their own', () => {
  const expected = ['Robots everywhere', 'Chips at home'];

  it.each([
    [
      'markdown',
      'snippet.md',
      [
        '# China Industries',
        '## What we followed in May',
        '### 1 | Robots everywhere',
        'The MIIT released a plan for humanoid robots.',
        '### 2 | Chips at home',
        'The NDRC published guidelines on chip fabs.',
        '## Policy ticker',
        '* **3 May** – NDRC approved three railway projects.',
      ].join('\n\n'),
    ],
    [
      'a saved page',
      'snippet.html',
      '<html><body><article><h1>China Industries</h1><h2>What we followed in May</h2><h3>1 | Robots everywhere</h3><p>The MIIT released a plan for humanoid robots.</p><h3>2 | Chips at home</h3><p>The NDRC published guidelines on chip fabs.</p><h2>Policy ticker</h2><ul><li>3 May – NDRC approved three railway projects.</li></ul></article></body></html>',
    ],
  ])('reads the entries in %s', (_shape, name, text) => {
    const doc = parseText(text, name);
    expect(doc.top.map((e) => e.headline.text)).toEqual(expected);
    expect(doc.news.map((n) => n.section)).toEqual(['policy-news']);
  });

  it('opens no entries at a heading numbered 1 that no heading numbered 2 follows', () => {
    const doc = parseText(
      ['## 1 | Introduction', 'We look back on the year.', '## Policy ticker', '* **3 May** – NDRC approved three railway projects.'].join('\n\n'),
      'snippet.md',
    );
    expect(doc.top).toEqual([]);
  });
});

/** A fact box whose labels a style alone set apart: the colons are lost in the text of the PDF or the copied page. */
describe('document fields whose labels have no colon', () => {
  const entry = (headline: string, title: string, issuer: string) => [
    headline,
    `The ${issuer} released a document.`,
    `Document ${title}`,
    `Issuer ${issuer}`,
    'Released 12 June 2023',
  ];
  const page = [
    'China Industries',
    'Summer 2023',
    ...entry('Data exchanges get rules', 'Provisions on Data Exchange Services (数据交易服务管理规定)', 'CAC'),
    ...entry('Battery recycling targets raised', 'Action Plan for Battery Recycling (动力电池回收利用行动方案)', 'MIIT'),
  ];

  it.each([
    ['PDF text, the fields on lines of their own', page.join('\n\n')],
    ['PDF text, the fields in one block', page.join('\n\n').replace(/\n\n(Issuer|Released) /g, '\n$1 ')],
    ['copied web text', page.join('\n').replace('Summer 2023', 'Summer 2023\n4 min read')],
  ])('reads each line as its field, in %s', (_name, text) => {
    const doc = parseText(text);
    expect(doc.top.map((e) => [e.headline.text, e.fields.title?.text, e.fields.issuers?.text, e.fields.date?.text])).toEqual([
      ['Data exchanges get rules', 'Provisions on Data Exchange Services (数据交易服务管理规定)', 'CAC', '12 June 2023'],
      ['Battery recycling targets raised', 'Action Plan for Battery Recycling (动力电池回收利用行动方案)', 'MIIT', '12 June 2023'],
    ]);
  });

  it('reads no field in a heading that opens with such a word in lower case after it: "Policy news"', () => {
    const text = [
      '# China Industries',
      '5 March 2025',
      '## Top 5 developments',
      '### 1. Export controls widened',
      '**At a glance:** MOFCOM revised the Catalogue of Technologies Prohibited and Restricted from Export.',
      '**MERICS comment:** The revision updates the 2023 edition.',
      '*Released 3 February 2025*',
      '## Policy news',
      '- **3 Feb:** The State Administration for Market Regulation (SAMR) opened an investigation into Google.',
    ].join('\n\n');
    const doc = parseText(text);
    expect(doc.top[0]!.fields.title).toBeNull();
    expect(doc.news.map((n) => [n.section, n.body.text])).toEqual([
      ['policy-news', 'The State Administration for Market Regulation (SAMR) opened an investigation into Google.'],
    ]);
  });

  it.each([
    ['Issued on February 12, 2025.', '2025-02-12'],
    ['Published for comment on February 18, 2025', '2025-02-18'],
    ['Date of the plan: January 27, 2025', '2025-01-27'],
    // A narrow column wraps the date onto a line of its own (text copied from a page has no such wraps).
    ['Published for comment on February\n18, 2025.', '2025-02-18'],
  ])('reads "%s", alone after the comment, as the document\'s date, in every shape', (line, iso) => {
    const entry = { ...oneEntry, date: undefined, comment: `The plan is ambitious.\n\n${line}` };
    for (const shape of line.includes('\n') ? [pdfSnippet, markdownSnippet] : [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [entry] }));
      expect(nodesOf(graph, 'Policy').find((p) => p.title === 'Action Plan for Computing Power Infrastructure')?.date).toBe(iso);
    }
  });

  it('reads no date from a line that says more than its date: "Issued on February 12, 2025 by MIIT and the NDRC"', () => {
    const entry = { ...oneEntry, date: undefined, comment: 'The plan is ambitious.\n\nIssued on February 12, 2025 by MIIT and the NDRC.' };
    const graph = extractText(markdownSnippet({ top: [entry] }));
    expect(nodesOf(graph, 'Policy').find((p) => p.title === 'Action Plan for Computing Power Infrastructure')?.date).toBeNull();
  });

  it('reads a field that lost its colon beside fields that kept theirs, as a table printed to PDF gives them', () => {
    const text = [
      'MERICS TOP 5',
      '1. 5G licences ahead of schedule',
      'What: The MIIT granted commercial 5G licences to four operators.',
      'Document Decision on Issuing 5G Commercial Licences\nIssuer: MIIT\nDate: 6 June 2019',
    ].join('\n\n');
    const [entry] = parseText(text).top;
    expect([entry!.fields.title?.text, entry!.fields.issuers?.text, entry!.fields.date?.text]).toEqual([
      'Decision on Issuing 5G Commercial Licences',
      'MIIT',
      '6 June 2019',
    ]);
  });

  it.each([
    [
      'Title / issuers / date: Pricing Law (Revised Draft) (价格法修正草案); SAMR, NDRC; 24 July 2025',
      ['Pricing Law (Revised Draft) (价格法修正草案)', 'SAMR, NDRC', '24 July 2025'],
    ],
    ['Document, issuer, date: Pricing Law; SAMR; 24 July 2025', ['Pricing Law', 'SAMR', '24 July 2025']],
    ['Issuers | date: SAMR, NDRC; 24 July 2025', [undefined, 'SAMR, NDRC', '24 July 2025']],
    // Wrapped by a narrow column: the values go on over the lines after the labels'.
    [
      "Title / issuers / date: Pricing Law of the\nPeople's Republic of China (价格\n法修正草案); SAMR,\nNDRC; 24 July 2025",
      ["Pricing Law of the People's Republic of China (价格法修正草案)", 'SAMR, NDRC', '24 July 2025'],
    ],
  ])('reads "%s", labels joined before one colon, as a field each', (line, fields) => {
    const text = ['MERICS TOP 5', '1. Price wars', 'At a glance: SAMR published a draft of the Pricing Law.', line].join('\n\n');
    const [entry] = parseText(text).top;
    expect([entry!.fields.title?.text, entry!.fields.issuers?.text, entry!.fields.date?.text]).toEqual(fields);
  });

  it('reads no field in prose that opens with such a word, with no other field near it', () => {
    const text = pdfSnippet({ top: [{ ...oneEntry, comment: 'The plan is ambitious.\nPolicy Banks will lend to the hubs.\nSo will the big four.' }] });
    expect(parseText(text).top[0]!.fields.title?.text).toBe('Action Plan for Computing Power Infrastructure (算力基础设施高质量发展行动计划) (Link)');
    expect(
      parseText(text)
        .top[0]!.comment.map((c) => c.text)
        .join(' '),
    ).toContain('Policy Banks will lend');
  });
});

/** A newsletter forwarded in a plain-text mail: the mail's header, then every line of the newsletter quoted. */
describe('a newsletter forwarded as a quoted mail', () => {
  const header = [
    '---------- Forwarded message ---------',
    'From: MERICS Newsletters <newsletter@merics.de>',
    'Date: Tue, 9 Jan 2024 at 09:12',
    'Subject: China Industries',
    '',
    '',
  ].join('\n');
  const quoted = (text: string) => text.replace(/^/gm, (_m, at: number) => (text[at] === '\n' || at === text.length ? '>' : '> '));

  it.each([
    ['PDF text', pdfSnippet],
    ['copied web text', webTextSnippet],
  ])('reads the same newsletter as unquoted, in %s, and not the mail’s date', (_name, shape) => {
    const newsletter = shape({
      header: 'MERICS China Industries | 1 November 2023',
      top: [oneEntry],
      policyNews: ['October 9: MIIT issued rules (MIIT notice)'],
    });
    const plain = parseText(newsletter);
    const forwarded = parseText(header + quoted(newsletter));
    expect(forwarded.issue.date).toBe('2023-11-01');
    expect(forwarded.top.map((e) => [e.headline.text, e.fields.title?.text, e.bullets.length])).toEqual(
      plain.top.map((e) => [e.headline.text, e.fields.title?.text, e.bullets.length]),
    );
    expect(forwarded.news.map((n) => n.body.text)).toEqual(plain.news.map((n) => n.body.text));
  });

  it('keeps a few quoted lines inside a newsletter as they are', () => {
    const text = pdfSnippet({
      top: [{ ...oneEntry, comment: 'As the plan says:\n> computing power is the new productivity\nThe plan builds on earlier ones.' }],
    });
    expect(
      parseText(text)
        .top[0]!.comment.map((c) => c.text)
        .join(' '),
    ).toContain('> computing power');
  });
});

/** Entries as a numbered list, each headline a bold sentence run into its summary, the fields as sub-items. */
describe('headlines run into numbered list items', () => {
  const item = (n: number, headline: string, summary: string, title: string, issuer: string) =>
    [`${n}. **${headline}** ${summary}`, `   - Document: ${title}`, `   - Issuers: ${issuer}`, '   - Released: 28 May 2025'].join('\n');
  const text = [
    '**China Industries** — MERICS monthly · 11 June 2025',
    '## What mattered',
    item(
      1,
      'Beijing sets rules for humanoid robots.',
      'The MIIT released guidelines on robot standards.',
      'Guidelines for Robot Standards (人形机器人标准体系建设指南)',
      'MIIT',
    ),
    item(2, 'Steel joins the carbon market.', 'The MEE issued a work plan for emissions trading.', 'Work Plan for the Carbon Market (碳市场工作方案)', 'MEE'),
    '## In brief',
    '- 7 May — PBOC cut the reserve requirement ratio.',
  ].join('\n\n');

  it('reads each headline apart from its summary', () => {
    const doc = parseText(text, 'snippet.md');
    expect(doc.top.map((e) => [e.headline.text, e.glance.map((g) => g.text).join(' '), e.fields.title?.text])).toEqual([
      [
        'Beijing sets rules for humanoid robots.',
        'The MIIT released guidelines on robot standards.',
        'Guidelines for Robot Standards (人形机器人标准体系建设指南)',
      ],
      ['Steel joins the carbon market.', 'The MEE issued a work plan for emissions trading.', 'Work Plan for the Carbon Market (碳市场工作方案)'],
    ]);
  });

  it('splits no bold label or date from its text', () => {
    const doc = parseText(text.replace('**Beijing sets rules for humanoid robots.**', '**At a glance:**'), 'snippet.md');
    expect(doc.top.map((e) => e.headline.text)).not.toContain('At a glance:');
  });
});

/** A PDF of such an issue: the bold run-in headline joined to its paragraph, the sub-items a list of one each. */
describe('headlines run into their paragraphs, lists under labels of their own', () => {
  const text = [
    'What mattered',
    '1. Beijing sets rules for robots. The MIIT released guidelines on robot standards.',
    '• Goals: 30 national standards by 2026; a testing centre in every cluster by 2027',
    'Document: Guidelines for Robot Standards (人形机器人标准体系建设指南)\nIssuers: MIIT\nReleased: 28 May 2025',
    '2. Steel joins the carbon market. The MEE issued a work plan.',
    '• Companies: Baowu and Anhui Conch are affected',
    'Document: Work Plan for the Carbon Market (碳市场工作方案)\nIssuers: MEE\nReleased: 26 March 2025',
  ].join('\n\n');

  it('takes the first sentence for the headline and no labelled list for one, in PDF text', () => {
    const doc = parseText(text);
    expect(doc.top.map((e) => [e.headline.text, e.glance.map((g) => g.text).join(' ')])).toEqual([
      ['Beijing sets rules for robots.', 'The MIIT released guidelines on robot standards.'],
      ['Steel joins the carbon market.', 'The MEE issued a work plan.'],
    ]);
    expect(doc.top[0]!.bullets.map((b) => b.text.text)).toEqual(['30 national standards by 2026', 'a testing centre in every cluster by 2027']);
  });
});
