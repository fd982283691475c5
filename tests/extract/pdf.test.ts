/**
 * PDFs as analysts receive them: the seeds printed by Chromium in two columns with a running header
 * and page numbers, read back into the seeds' facts; and bad PDFs, each refused in one clear line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { looksLikePdf, pdfToText } from '../../src/extract/blocks/pdf.ts';
import { extractFile, extractNewsletter, InputError } from '../../src/extract/index.ts';
import type { FactGraph } from '../../src/graph/facts.ts';
import { readSeed, seedFiles } from '../helpers/extract.ts';
import { seedAsWebPage } from '../helpers/web-page.ts';
import { printHtml, seedPdf, seedPdfDir } from '../helpers/pdf-fixtures.ts';
import { markdownSnippet, oneEntry, pdfSnippet } from '../helpers/snippets.ts';
import { printSeedPdfs } from '../../scripts/print-seed-pdfs.ts';

function facts(graph: FactGraph) {
  const keysOf = (kind: string) => graph.filterNodes((_k, a) => a.kind === kind && !(a as { stub?: boolean }).stub).sort();
  const edgesOf = (kind: string) => graph.filterEdges((_k, a) => a.kind === kind).sort();
  return {
    policies: keysOf('Policy'),
    agencies: keysOf('Agency'),
    issuedBy: edgesOf('ISSUED_BY'),
    firms: keysOf('Firm'),
    // A target's key is made from its text: a list item wrapped over lines must stay one target.
    targets: keysOf('Target'),
    buildsOn: edgesOf('BUILDS_ON'),
  };
}

beforeAll(async () => {
  await Promise.all([seedPdfDir('columns'), seedPdfDir('plain'), seedPdfDir('three')]);
}, 180_000);

describe.each([
  ['in two columns', 'columns'],
  ['in one serif column with headlines in the text’s size', 'plain'],
  ['in three narrow hyphenated columns', 'three'],
] as const)('a seed printed to PDF %s', (_name, layout) => {
  it.each(seedFiles)('%s gives the policies, agencies, issuers, firms, targets, lineage and issue date of its text', async (seed) => {
    const bytes = await seedPdf(seed, layout);
    expect(looksLikePdf(bytes)).toBe(true);
    const fromPdf = await extractFile(seed, bytes);
    const fromText = extractNewsletter(seed, new TextEncoder().encode(readSeed(seed)));
    expect(fromPdf.doc.shape).toBe('pdf');
    expect(fromPdf.doc.issue.date).toBe(fromText.doc.issue.date);
    expect(facts(fromPdf.fragment.graph)).toEqual(facts(fromText.fragment.graph));
  });
});

/** The paragraphs of a page printed from HTML and read back, each on one line (its lines joined by `joint`). */
async function printedParagraphs(html: string, joint = ' '): Promise<string[]> {
  const { text } = await pdfToText(await printHtml(html));
  return text.split(/\n\n+/).map((p) => p.replace(/\n/g, joint).trim());
}

describe('provenance in a PDF', () => {
  it('gives each source the page it stands on and the box around its lines', async () => {
    const seed = seedFiles[0]!;
    const { fragment } = await extractFile(seed, await seedPdf(seed));
    const sources = fragment.graph.mapNodes((_k, a) => a.sources).flat();
    expect(sources.every((s) => s.page === undefined || s.page >= 1)).toBe(true);
    const placed = sources.filter((s) => s.page !== undefined);
    expect(placed.length / sources.length).toBeGreaterThan(0.95);
    // An A4 page is 595 × 842 points; a box has its left below its right and its bottom below its top.
    for (const { box } of placed) {
      const [left, bottom, right, top] = box!;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(600);
      expect(left).toBeLessThan(right);
      expect(bottom).toBeLessThan(top);
      expect(top).toBeLessThanOrEqual(850);
    }
    // Later entries stand on later pages.
    const pages = fragment.graph
      .filterNodes((_k, a) => a.kind === 'Entry' && a.section === 'top')
      .map((k) => fragment.graph.getNodeAttributes(k))
      .sort((a, b) => (a as { rank: number }).rank - (b as { rank: number }).rank)
      .map((a) => a.sources[0]!.page!);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(pages.at(-1)).toBeGreaterThan(pages[0]!);
  });
});

describe('a PDF of two pages', () => {
  it('keeps the lines at the foot of each page, which stand on one page only', async () => {
    // Items that differ in their words, not only in their digits, as news items do.
    const subjects = ['robots', 'chips', 'batteries', 'drones', 'ships', 'satellites', 'vaccines', 'steel', 'cement', 'solar panels', 'wind turbines'];
    const items = ['March', 'April'].flatMap((month) =>
      Array.from(
        { length: 28 },
        (_v, i) =>
          `<p>• ${month} ${i + 1}: The MIIT issued a notice on ${subjects[i % subjects.length]} for ${month === 'March' ? 'exporters' : 'small firms'}, grade ${'ABCDEFGHIJKLMNOPQRSTUVWXYZab'[i]}.</p>`,
      ),
    );
    const html = `<h1>MERICS TOP 5</h1><h2>1. Robots</h2><p>At a glance: MIIT issued a plan.</p><p>Date: March 1, 2025</p><h1>NOTEWORTHY</h1><h3>Policy news</h3>${items.join('')}`;
    const pdf = await printHtml(html);
    const { doc } = await extractFile('two-pages.pdf', pdf);
    expect(doc.news).toHaveLength(items.length);
  }, 60_000);
});

describe('lists numbered or dashed in the text, printed by the fixture printer', () => {
  /** A PDF-text snippet with two policy news items and one corporate item, each on a line of its own. */
  const newsSnippet = () =>
    pdfSnippet({
      top: [oneEntry],
      policyNews: ['October 3: The MIIT released a plan on robots (MIIT notice)', 'October 5: The NDRC cut fuel prices (NDRC notice)'],
      corporateNews: ['October 4: BYD opened a plant in Hungary (Reuters)'],
    }).replace(/\n\n\uf0a7 (October \d+: The NDRC)/, '\n\uf0a7 $1');

  /** The text read as written, and read back from the PDF the fixture printer makes of it. */
  async function readBothWays(name: string, text: string) {
    const dir = mkdtempSync(path.join(tmpdir(), `${name}-`));
    writeFileSync(path.join(dir, `${name}.txt`), text);
    const [pdf] = await printSeedPdfs(mkdtempSync(path.join(tmpdir(), `${name}-pdf-`)), dir, 'columns');
    return {
      fromText: extractNewsletter(`${name}.txt`, new TextEncoder().encode(text)),
      fromPdf: await extractFile(`${name}.pdf`, readFileSync(pdf!)),
    };
  }

  it('print and read back as the items of the text', async () => {
    const text = newsSnippet()
      .replace(/are:\n\n\uf0a7 (.*)\n\n\uf0a7 (.*)\n/, 'are:\n(1) $1\n(2) $2\n')
      .replace(/\uf0a7 (?=October)/g, '– ');
    expect(text).toContain('are:\n(1) Reach');
    const { fromText, fromPdf } = await readBothWays('numbered', text);
    expect(fromText.fragment.graph.filterNodes((_k, a) => a.kind === 'Target')).toHaveLength(2);
    expect(fromText.doc.news).toHaveLength(3);
    expect(facts(fromPdf.fragment.graph)).toEqual(facts(fromText.fragment.graph));
    expect(fromPdf.doc.news).toHaveLength(3);
  }, 60_000);

  // Chromium sets a markdown list's numbers in the margin, indented like any item and with no gap between them.
  it('print a markdown numbered list and read it back as its items', async () => {
    const text = markdownSnippet({ top: [oneEntry] })
      .replace(/^- /m, '1. ')
      .replace(/^- /m, '2. ');
    expect(text).toContain('\n1. Reach a computational power of 300 EFLOPS\n2. Create');
    const { fromText, fromPdf } = await readBothWays('markdown-numbered', text);
    expect(fromText.fragment.graph.filterNodes((_k, a) => a.kind === 'Target')).toHaveLength(2);
    expect(facts(fromPdf.fragment.graph).targets).toEqual(facts(fromText.fragment.graph).targets);
  }, 60_000);

  // Plain-text mail: headlines numbered "(1)", headings underlined, news items marked by asterisks.
  it('print a plain-text mail newsletter with its headlines, sections and items, and read it back', async () => {
    const text = newsSnippet()
      .replace(/^ ?1\. /m, '(1) ')
      .replace(/ NOTEWORTHY /, 'NOTEWORTHY\n----------')
      .replace(/\uf0a7 /g, '* ')
      .replace(/\n\n(?=\* October)/g, '\n');
    expect(text).toContain('NOTEWORTHY\n----------');
    expect(text).toContain('Policy news \n* October 3');
    const { fromText, fromPdf } = await readBothWays('mail', text);
    expect(fromText.doc.top).toHaveLength(1);
    expect(fromText.doc.news).toHaveLength(3);
    expect(fromPdf.doc.top.map((e) => e.headline.text)).toEqual(fromText.doc.top.map((e) => e.headline.text));
    expect(fromPdf.doc.news).toHaveLength(3);
  }, 60_000);

  it('print items that lost their glyphs right under their section heading as items of their own', async () => {
    const text = newsSnippet()
      .replace(/\uf0a7 (?=October)/g, ' ')
      .replace(/\n\n(?= October)/g, '\n');
    expect(text).toContain('Policy news \n October 3');
    const { fromText, fromPdf } = await readBothWays('under-heading', text);
    expect(fromText.doc.news).toHaveLength(3);
    expect(fromPdf.doc.news).toHaveLength(3);
  }, 60_000);

  it('print news items that lost their glyphs but kept their indent as items of their own', async () => {
    const text = newsSnippet().replace(/\uf0a7 (?=October)/g, '  ');
    expect(text).toContain('(MIIT notice)\n  October 5');
    const { fromText, fromPdf } = await readBothWays('indented', text);
    expect(fromText.doc.news).toHaveLength(3);
    expect(fromPdf.doc.news).toHaveLength(3);
  }, 60_000);
});

// A heading set over three columns whose last letter stands in the first gutter leaves that gutter a gutter.
describe('a TOP heading that ends inside a gutter of three columns', () => {
  it('reads the columns one after the other, as the text gives them', async () => {
    const seed = seedFiles[0]!;
    const text = readSeed(seed).replace('MERICS TOP 5', 'THIS MONTH’S TOP 5');
    expect(text).toContain('THIS MONTH’S TOP 5');
    const dir = mkdtempSync(path.join(tmpdir(), 'heading-'));
    writeFileSync(path.join(dir, seed), text);
    const [pdf] = await printSeedPdfs(mkdtempSync(path.join(tmpdir(), 'heading-pdf-')), dir, 'three');
    const fromPdf = await extractFile(seed.replace(/\.txt$/, '.pdf'), readFileSync(pdf!));
    const fromText = extractNewsletter(seed, new TextEncoder().encode(text));
    const { policies, issuedBy, targets } = facts(fromPdf.fragment.graph);
    const expected = facts(fromText.fragment.graph);
    expect({ policies, issuedBy, targets }).toEqual({ policies: expected.policies, issuedBy: expected.issuedBy, targets: expected.targets });
  }, 60_000);
});

describe('a contents page whose page numbers are set right, with no leader', () => {
  it('keeps each title with its page number: they make no second column', async () => {
    const titles = ['MERICS TOP 5', '1. Robots for every factory', '2. Chips for cars', '3. Ships that run on methanol', 'NOTEWORTHY'];
    const row = (t: string, n: number) => `<div style="display:flex;justify-content:space-between"><span>${t}</span><span>${n}</span></div>`;
    const html = `<h3>CONTENTS</h3>${titles.map((t, i) => row(t, i + 2)).join('')}<h1>MERICS TOP 5</h1><h2>1. Robots for every factory</h2><p>At a glance: The MIIT issued a plan on robots.</p><p>Date: March 1, 2025</p>`;
    const { text } = await pdfToText(await printHtml(html));
    expect(text).toContain('2. Chips for cars 4');
  }, 60_000);
});

describe('a list the browser draws with no glyph and no gap between its items', () => {
  it('reads each item apart, and an item that wraps as one', async () => {
    const items = [
      'A recovery rate of 98 percent for nickel by 2025',
      '500 recycling outlets in every province',
      'Recycling plants that serve every city with more than one million electric vehicles on its roads by 2027',
    ];
    const html = `<html lang="en"><body style="font-family:'Noto Sans CJK SC',sans-serif;font-size:12px;width:460px"><p>The plan sets out:</p><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul><blockquote style="width:220px">Implementation Plan for the Recycling of New Energy Vehicle Power Batteries in Key Regions</blockquote><p>GEM leads the market.</p></body></html>`;
    const paragraphs = await printedParagraphs(html);
    expect(paragraphs.slice(0, 4)).toEqual(['The plan sets out:', ...items.map((i) => `• ${i}`)]);
    // A title wrapped in a box narrower than the column stops short of the column's edge, and goes on all the same.
    expect(paragraphs.filter((p) => p.includes('Implementation Plan'))).toEqual([expect.stringMatching(/Implementation Plan for [^•]* in Key Regions$/)]);
  }, 60_000);
});

describe('a one-page PDF in three columns under a running header', () => {
  it('drops the header, which no second page repeats, rather than read it inside a column', async () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n}: the ministry set out how it wants every sector to use robots, and which firms should lead the way.</p>`;
    const html = `<html lang="en"><body style="margin:0"><div style="text-align:center;font-size:8px;padding:4px">China Industries · monthly brief</div><div style="column-count:3;font-size:11px;padding:0 20px">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(paragraph).join('')}</div></body></html>`;
    const { text } = await pdfToText(await printHtml(html));
    expect(text).not.toContain('monthly brief');
    expect(text).toContain('Paragraph 12:');
  }, 60_000);
});

describe('a list under a page of short lines', () => {
  it('finds the column edge where the paragraphs wrap, not where most lines stop', async () => {
    const menu = [
      'Research and analysis',
      'MERICS Briefs archive',
      'Events and conferences',
      'About the institute',
      'Contact the press office',
      'Jobs and fellowships',
    ];
    const paragraph = 'The ministry has long promoted robots in factories, and the new opinions set out how it wants every sector to use them. '.repeat(4);
    const items = [
      'The NDRC published a list of 12 hydrogen pilot cities (December 20).',
      "SAMR approved Broadcom's takeover of VMware with conditions (December 28).",
      'Huawei reported revenue of CNY 636 billion for 2022 (January 3).',
    ];
    const html = `<html lang="en"><body style="font-size:12px;width:580px">${[...menu, ...menu].map((m) => `<div>${m}</div>`).join('')}<p>${paragraph}</p><h3>In other news</h3><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></body></html>`;
    const paragraphs = await printedParagraphs(html);
    expect(paragraphs.slice(-3)).toEqual(items.map((i) => `• ${i}`));
  }, 60_000);
});

describe('a word a printer broke with a hyphen at a line’s end', () => {
  it('is one word again, while a compound keeps its hyphen', async () => {
    const html = `<html lang="en"><body style="font-size:12px;width:420px"><p>The MIIT published the Measures for Corporate Average Fuel Con-<br>sumption, which call for high-<br>quality growth of pub-<br>lic charging.</p></body></html>`;
    const paragraphs = await printedParagraphs(html);
    expect(paragraphs).toContain(
      'The MIIT published the Measures for Corporate Average Fuel Consumption, which call for high-quality growth of public charging.',
    );
  }, 60_000);
});

describe('a cookie banner laid over the page when it was printed', () => {
  it('keeps the date it covers a line of its own', async () => {
    const html = `<html lang="en"><body style="margin:0;font-size:12px"><p style="margin:40px 6px">DECEMBER 7, 2021</p><div style="position:absolute;top:40px;left:12px;font-size:10px;line-height:14px">Accept all</div><h1>MERICS China Industries</h1><p>The MIIT issued a plan on robots.</p></body></html>`;
    const { text } = await pdfToText(await printHtml(html));
    expect(text.split('\n')).toContain('DECEMBER 7, 2021');
  }, 60_000);
});

describe('a notice fixed to the window when a web page was printed', () => {
  it('drops the notice every page repeats at its place, and keeps the lines it covers', async () => {
    const paragraph = (n: number) => `<p>Paragraph ${n} of the comment on the plan, which the MIIT issued in March.</p>`;
    const fields = '<p><b>Issuing body:</b> MIIT</p><p><b>Date:</b> February 10, 2022</p>';
    const body = Array.from({ length: 60 }, (_, n) => (n === 45 ? fields : paragraph(n))).join('');
    const notice = '<div style="position:fixed;top:300px;left:0">We use cookies to improve your experience. By March 1, 2025 we will ask again.</div>';
    const { text } = await pdfToText(await printHtml(`<html lang="en"><body style="font-family:sans-serif">${notice}${body}</body></html>`));
    expect(text).not.toContain('We use cookies');
    expect(text).toMatch(/Issuing body: MIIT\n+Date: February 10, 2022/);
  }, 60_000);
});

describe('a bold label after a blank printed narrower than the gap a space leaves', () => {
  it('keeps the space between the words', async () => {
    const html = `<html lang="en"><body><p><b>Issuing bodies:</b> NDRC, NEA <b>Date:</b> March 23, 2022</p></body></html>`;
    const { text } = await pdfToText(await printHtml(html));
    expect(text).toContain('NDRC, NEA Date: March 23, 2022');
  }, 60_000);
});

describe('a list a colon leads in, whose items open in lower case', () => {
  it('reads each item apart, and an item that wraps as one', async () => {
    const items = [
      'intelligent connected vehicles to reach large-scale production',
      'service robots to be sold at scale abroad',
      'neural network chips with a performance of 128 TOPS, and smart sensors that meet the needs of every factory and every hospital in the country',
    ];
    const html = `<html lang="en"><body style="font-size:12px;width:580px"><p>MIIT set out a three-year action plan to turn AI research into industrial products. By 2020 the plan wants:</p><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul><p>iFlytek is among the firms it favours.</p></body></html>`;
    const paragraphs = await printedParagraphs(html);
    expect(paragraphs.slice(1, 4)).toEqual(items.map((i) => `• ${i}`));
  }, 60_000);
});

describe('a table of goals, printed by the fixture printer', () => {
  const newsletter = [
    '# China Industries | 12 January 2023',
    '',
    '## MERICS TOP 5',
    '',
    '### 1. Hydrogen targets for industry',
    '',
    '**At a glance:** The Ministry of Industry and Information Technology (MIIT) and two other ministries issued an implementation plan for carbon peaking in the industrial sector. Targets for 2025 include:',
    '',
    '| Indicator | Target for 2025 |',
    '|---|---|',
    '| Energy consumption per unit of value added | down 13.5 percent from 2020 |',
    '| Share of electricity in final energy use | above 30 percent |',
    '',
    '**MERICS comment:** The plan implements the Action Plan for Carbon Dioxide Peaking Before 2030.',
    '',
    'Policy name: Implementation Plan for Carbon Peaking in the Industrial Sector — Issuing bodies: MIIT, NDRC, MEE — Date: July 7, 2022',
    '',
  ].join('\n');
  const targetsOf = (graph: FactGraph) => graph.filterNodes((_k, a) => a.kind === 'Target').map((k) => (graph.getNodeAttributes(k) as { text: string }).text);

  // Each cell stands where its column starts, wraps in a narrow one, and may stand in the middle of a taller row.
  it.each(['columns', 'three'] as const)(
    'reads each row as a goal, its cells joined, in %s',
    async (layout) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'goal-table-'));
      writeFileSync(path.join(dir, 'goal-table.md'), newsletter);
      const [pdf] = await printSeedPdfs(mkdtempSync(path.join(tmpdir(), 'goal-table-pdf-')), dir, layout);
      const fromText = extractNewsletter('goal-table.md', new TextEncoder().encode(newsletter));
      const fromPdf = await extractFile('goal-table.pdf', readFileSync(pdf!));
      expect(targetsOf(fromText.fragment.graph).sort()).toEqual([
        'Energy consumption per unit of value added: down 13.5 percent from 2020',
        'Share of electricity in final energy use: above 30 percent',
      ]);
      expect(facts(fromPdf.fragment.graph).targets).toEqual(facts(fromText.fragment.graph).targets);
    },
    60_000,
  );

  // A web page centres its column headings over values set flush left, rows a line each.
  it('reads each row as a goal in the issue saved as a web page and printed', async () => {
    const pdf = await printHtml(seedAsWebPage(newsletter, 'China Industries'));
    const fromText = extractNewsletter('goal-table.md', new TextEncoder().encode(newsletter));
    const fromPdf = await extractFile('goal-table.pdf', pdf);
    expect(facts(fromPdf.fragment.graph).targets).toEqual(facts(fromText.fragment.graph).targets);
  }, 60_000);
});

describe('a list of fields on a printed web page', () => {
  // A wrapped item's line of Chinese, in a fallback font with more leading, stands further below the line above it.
  it('keeps an item whose title wraps onto a line of Chinese whole', async () => {
    const entry = (n: number, title: string) => [
      `### ${n} · Plans for industry`,
      '',
      '**At a glance:** The MIIT issued a three-year plan.',
      '',
      '**Our view:** The plan is a step towards the AI Development Plan of July 2017.',
      '',
      `- **Policy:** ${title}`,
      '- **Issuers:** MIIT',
      '- **Released:** 14 December 2017',
      '',
    ];
    const long =
      'Three-Year Action Plan for Promoting the Development of a New Generation Artificial Intelligence Industry (2018-2020) (促进新一代人工智能产业发展三年行动计划（2018-2020年）)';
    const markdown = ['# China Industries | 12 January 2018', '', '## MERICS TOP 5', '', ...entry(1, long), ...entry(2, 'Plan for Robots (机器人规划)')].join(
      '\n',
    );
    const fromPdf = await extractFile('fields.pdf', await printHtml(seedAsWebPage(markdown, 'China Industries')));
    const graph = fromPdf.fragment.graph;
    const titles = graph.filterNodes((_k, a) => a.kind === 'Policy' && !a.stub).map((k) => (graph.getNodeAttributes(k) as { titleZh: string | null }).titleZh);
    expect(titles).toEqual(['促进新一代人工智能产业发展三年行动计划（2018-2020年）', '机器人规划']);
  }, 60_000);
});

describe('a list whose items all end short of the column', () => {
  it('reads each item apart, though no item wrapped to show where the column ends', async () => {
    const items = [
      'Cut the review time for clinical trial applications from 60 to 30 working days',
      'Allow new drugs to enter the national reimbursement list within one year of approval',
      'Support 50 innovative drugs with breakthrough therapy designation each year by 2026',
    ];
    const lead =
      'The National Medical Products Administration and the National Healthcare Security Administration released measures to speed up approval and pricing of innovative drugs. Key measures include:';
    const html = `<html lang="en"><body style="font-size:12px;width:580px"><p>${lead}</p><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul><p>The measures implement the opinions of the State Council on reforming drug regulation, which date from 2015.</p></body></html>`;
    const paragraphs = await printedParagraphs(html);
    expect(paragraphs.slice(1, 4)).toEqual(items.map((i) => `• ${i}`));
  }, 60_000);
});

describe('a Chinese title that wraps in a paragraph set in a Latin font', () => {
  it('keeps the paragraph whole, though the line with Chinese characters stands taller', async () => {
    // Lines of the page's own font first, so that the usual gap between lines is theirs.
    const before = 'The ministry has long promoted robots in factories, and the new opinions set out how it wants every sector to use them. '.repeat(10);
    const html = `<html lang="en"><body><p>${before}</p><p>The facts: The State Council passed the Regulations on the Administration of Mineral Resource Security (矿产资源安全管理条例), which take effect on June 1. The regulations require a national strategic reserve for 24 critical minerals.</p><p>Our take: The regulations implement the Mineral Resources Law.</p></body></html>`;
    const paragraphs = await printedParagraphs(html, '');
    expect(paragraphs[1]).toContain('(矿产资源安全管理条例)');
    expect(paragraphs[2]).toMatch(/^Our take:/);
  }, 60_000);
});

describe('a list drawn with no glyphs on a last page of few lines', () => {
  // The page has too few lines to tell where its text wraps: the same column on the pages before does.
  it('parts its items of one line each', async () => {
    const body = `<p>${'The ministry set out how it wants every sector to use robots in its factories and offices. '.repeat(6)}</p>`;
    const list =
      '<ul><li>Alibaba raised USD 11 billion in a second listing in Hong Kong (26 November).</li><li>Geely agreed to build electric cars with Daimler (3 December).</li></ul>';
    const html = `<html lang="en"><body style="font-size:12px">${body.repeat(3)}<div style="page-break-before:always"><p>Corporate news</p>${list}<p>More briefs like this one</p></div></body></html>`;
    const paragraphs = await printedParagraphs(html);
    expect(paragraphs).toContain('• Alibaba raised USD 11 billion in a second listing in Hong Kong (26 November).');
    expect(paragraphs).toContain('• Geely agreed to build electric cars with Daimler (3 December).');
  }, 60_000);
});

describe('a page of short paragraphs', () => {
  // Most gaps on such a page are between paragraphs: the gap between a paragraph's lines is the smaller one.
  it('parts a headline set in the body’s size from a paragraph that ends on a Chinese title', async () => {
    const story = (n: number) =>
      `<p><b>${n}. Robots get a standards body</b></p><p>Summary: The ministry set up a committee for humanoid robots.</p><p>Analysis: The committee carries out the Guiding Opinions of 2023.</p><p><i>Source: MIIT, published 20 November 2025 – “Notice on Establishing the Humanoid Robot Standardisation Technical Committee” (关于成立人形机器人标准化技术委员会的通知)</i></p>`;
    const html = `<html lang="en"><body style="font-family:'Noto Sans CJK SC',sans-serif;font-size:16px"><div style="width:640px">${[1, 2, 3].map(story).join('')}</div></body></html>`;
    const paragraphs = await printedParagraphs(html);
    expect(paragraphs.filter((p) => /^\d\. Robots get a standards body$/.test(p))).toHaveLength(3);
    expect(paragraphs.filter((p) => p.startsWith('Source:') && p.replace(/\s/g, '').endsWith('委员会的通知)'))).toHaveLength(3);
  }, 60_000);
});

describe('a Chinese title in a justified narrow column', () => {
  it('keeps its characters together, though the line spreads them apart', async () => {
    const html = `<html lang="zh"><body style="font-family:'Noto Sans CJK SC',sans-serif"><p style="width:190px;text-align:justify">Document: Medium and Long-term Plan for the Hydrogen Energy Industry (2021-2035) (氢能产业发展中长期规划（2021-2035年）) Issued by: NDRC, NEA</p></body></html>`;
    const { text } = await pdfToText(await printHtml(html));
    expect(text.replace(/\n/g, '')).toContain('氢能产业发展中长期规划');
  }, 60_000);
});

describe('document fields set in a table', () => {
  /** A row per field, the label in its cell, the value beside it — over one line or several, the label at their middle. */
  const table = (rows: [string, string][], width: number) =>
    `<table style="width:${width}px;border-collapse:collapse">${rows.map(([label, value]) => `<tr><td style="width:60px;padding:4px">${label}</td><td style="padding:4px">${value}</td></tr>`).join('')}</table>`;
  const rows: [string, string][] = [
    [
      'Document',
      'Notice on Further Improving the Fiscal Subsidy Policy for the Promotion and Application of New Energy Vehicles (关于进一步完善新能源汽车推广应用财政补贴政策的通知)',
    ],
    ['Issuers', 'MOF, MIIT, MOST, NDRC'],
    ['Date', '26 March 2019'],
  ];

  it.each([
    ['a narrow column, the title over several lines', 260],
    ['a wide page, each value on one line', 900],
  ])(
    'reads each row as a field, in %s',
    async (_name, width) => {
      const html = `<html lang="en"><body style="font-family:'Noto Sans CJK SC',sans-serif;font-size:12px"><p>The MOF cut the subsidies for new energy vehicles.</p>${table(rows, width)}<p>MERICS comment: The notice builds on the subsidies of 2009.</p></body></html>`;
      const { text } = await pdfToText(await printHtml(html));
      const fields = text.split('\n').filter((l) => /^(?:Document|Issuers|Date)\b/.test(l));
      expect(fields).toEqual([`Document: ${rows[0]![1]}`, 'Issuers: MOF, MIIT, MOST, NDRC', 'Date: 26 March 2019']);
    },
    60_000,
  );

  // The page's own fonts: a line all in Chinese, in a fallback font, stands further below the line above it
  // than the lines of a list in the same column stand apart.
  it('reads a row whose value ends on a line of Chinese as one field', async () => {
    const value = 'Standard Conditions for the Shipbuilding Industry (2025 Edition) (Draft for Comments) (船舶行业规范条件（2025年本）（征求意见稿）)';
    const row = (label: string, text: string) => `<tr><th>${label}</th><td>${text}</td></tr>`;
    const list = '<ul><li>February 18: The State Council published an action plan.</li><li>March 5: The NPC opened its annual session.</li></ul>';
    const html = `<html lang="en"><body><p>The MIIT published a draft.</p><table>${row('Title', value)}${row('Issuer', 'MIIT')}${row('Date', '10 March 2025')}</table><h2>Worth noting</h2>${list}</body></html>`;
    const { text } = await pdfToText(await printHtml(html));
    const fields = text.split('\n').filter((l) => /^(?:Title|Issuer|Date)\b/.test(l));
    expect(fields).toEqual([`Title: ${value}`, 'Issuer: MIIT', 'Date: 10 March 2025']);
  }, 60_000);

  // Labels as header cells, centred, in a column so narrow that they wrap: "Issuing" / "bodies".
  it('reads a label its cell wrapped, set in from the edge, as one field', async () => {
    const row = (label: string, value: string) => `<tr><th style="width:48px;padding:4px">${label}</th><td style="padding:4px">${value}</td></tr>`;
    const html = `<html lang="en"><body style="font-family:'Noto Sans CJK SC',sans-serif;font-size:12px"><p>The NDRC and the NEA published a plan for hydrogen.</p><table style="width:600px">${row('Policy', 'Medium and Long-term Plan for the Hydrogen Energy Industry (氢能产业发展中长期规划)')}${row('Issuing bodies', 'NDRC, NEA')}${row('Release date', '23.03.2022')}</table></body></html>`;
    const { text } = await pdfToText(await printHtml(html));
    const fields = text.split('\n').filter((l) => /^(?:Policy|Issuing|Release)\b/.test(l));
    expect(fields).toEqual([
      'Policy: Medium and Long-term Plan for the Hydrogen Energy Industry (氢能产业发展中长期规划)',
      'Issuing bodies: NDRC, NEA',
      'Release date: 23.03.2022',
    ]);
  }, 60_000);

  // A heading row of labels, centred over values set flush left, and one row of values under it: in a column so
  // narrow that the headings and the values wrap, and on a wide page where the Chinese title's end wraps alone.
  it.each([
    ['a narrow column', 330],
    ['a wide page', 760],
  ])(
    'reads a table headed by its fields’ labels as one field per column, in %s',
    async (_name, width) => {
      const title = 'Notice on Promoting the Accelerated Development of 5G Networks (关于推动5G加快发展的通知)';
      const html = `<html lang="en"><body style="font-family:'Noto Sans CJK SC',sans-serif;font-size:12px"><div style="width:${width}px"><p>${'The MIIT issued a notice on 5G networks that sets out how operators should build them. '.repeat(8)}</p><table><thead><tr><th>Document</th><th>Issued by</th><th>Date</th></tr></thead><tbody><tr><td>${title}</td><td>MIIT</td><td>24 March 2020</td></tr></tbody></table><p>MERICS comment: The notice builds upon the licences of 2019, which the ministry granted to four operators.</p></div></body></html>`;
      const { text } = await pdfToText(await printHtml(html));
      const fields = text.split('\n').filter((l) => /^(?:Document|Issued|Date)\b/.test(l));
      expect(fields).toEqual([`Document: ${title}`, 'Issued by: MIIT', 'Date: 24 March 2020']);
      expect(text).toContain('MERICS comment: The notice builds upon');
    },
    60_000,
  );
});

describe('bad PDFs, each refused with its reason', () => {
  const refusal = async (bytes: Uint8Array) => {
    try {
      await extractFile('bad.pdf', bytes);
    } catch (err) {
      if (err instanceof InputError) return err.message;
      throw err;
    }
    return 'read';
  };

  it('an image-only PDF has no text layer', async () => {
    const picture = await printHtml(
      '<svg width="400" height="300"><rect width="400" height="300" fill="#345"/><circle cx="200" cy="150" r="80" fill="#fc3"/></svg>',
    );
    expect(await refusal(picture)).toBe('the PDF has no text layer (scanned or image-only); run OCR on it first');
  });

  it('a truncated PDF cannot be read', async () => {
    const whole = await seedPdf(seedFiles[0]!);
    expect(await refusal(whole.subarray(0, Math.floor(whole.length / 3)))).toMatch(/^the PDF cannot be read \(.+\); it may be truncated or damaged$/);
  });

  it('a 100-page PDF is no monthly newsletter', async () => {
    const pages = Array.from({ length: 100 }, (_v, i) => `<p style="page-break-after: always">Page ${i + 1}</p>`).join('');
    expect(await refusal(await printHtml(pages))).toBe('the PDF has 100 pages; a newsletter has at most 60');
  }, 60_000);
});
