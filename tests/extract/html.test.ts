/** Saved web pages: the article body only, read into the same graph as the newsletter it carries. */
import { describe, expect, it } from 'vitest';
import { readHtml, looksLikeHtml } from '../../src/extract/blocks/html.ts';
import { extractNewsletter } from '../../src/extract/index.ts';
import { detectShape } from '../../src/extract/shape.ts';
import type { FactGraph } from '../../src/graph/facts.ts';
import { readSeed } from '../helpers/extract.ts';
import { seedAsWebPage } from '../helpers/web-page.ts';

const MARKDOWN_SEED = '001_99a66f531def86f7.txt';

/** The facts the scorer compares, by key: policies, agencies, targets, lineage, issuers. */
function facts(graph: FactGraph) {
  const keysOf = (kind: string) => graph.filterNodes((_k, a) => a.kind === kind).sort();
  const edgesOf = (kind: string) => graph.filterEdges((_k, a) => a.kind === kind).sort();
  return {
    policies: keysOf('Policy'),
    agencies: keysOf('Agency'),
    targets: keysOf('Target'),
    firms: keysOf('Firm'),
    issuedBy: edgesOf('ISSUED_BY'),
    buildsOn: edgesOf('BUILDS_ON'),
    setsTarget: edgesOf('SETS_TARGET'),
  };
}

describe('reading a saved web page', () => {
  const markdown = readSeed(MARKDOWN_SEED);
  const page = seedAsWebPage(markdown, 'China Industries: Rapid rollout of ICT infrastructure');

  it('is told from its content, whatever the file is called', () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(detectShape(page)).toBe('html');
    expect(detectShape(markdown)).toBe('markdown');
  });

  it('keeps the article and drops navigation, cookie banner, share buttons, paywall notice, related items and footer', () => {
    const text = readHtml(page)
      .blocks.flatMap((b) => b.lines.map((l) => l.text))
      .join('\n');
    expect(text).toContain('MERICS TOP 5');
    for (const furniture of [
      'Skip to main content',
      'Accept all',
      'We use cookies',
      'Share on X',
      'This brief is for subscribers',
      'More briefs like this one',
      'Site footer text',
      'MERICS Briefs',
      'window.dataLayer',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it('maps every line back to its place in the file', () => {
    for (const block of readHtml(page).blocks) {
      for (const line of block.lines) {
        // Every character of the line's longest word is in the file where the mapping says it is.
        const word = line.text.split(' ').sort((a, b) => b.length - a.length)[0]!;
        const at = line.text.indexOf(word);
        const found = [...word].map((_c, i) => page[line.sourceOffset(at + i)]).join('');
        expect(found).toBe(word);
      }
    }
  });

  it('gives the same policies, agencies, targets, firms and lineage as the newsletter it carries', () => {
    const fromMarkdown = extractNewsletter(MARKDOWN_SEED, new TextEncoder().encode(markdown));
    const fromWeb = extractNewsletter(MARKDOWN_SEED, new TextEncoder().encode(page));
    expect(fromWeb.doc.shape).toBe('html');
    expect(fromWeb.doc.issue.date).toBe(fromMarkdown.doc.issue.date);
    expect(facts(fromWeb.fragment.graph)).toEqual(facts(fromMarkdown.fragment.graph));
  });
});

describe('a web page that is not a brief', () => {
  it('yields no entries, so kg extract names the file as no newsletter', () => {
    const page =
      '<!DOCTYPE html><html><body><nav><a href="/">Home</a></nav><main><h1>About us</h1><p>MERICS is a think tank in Berlin.</p></main></body></html>';
    const { doc } = extractNewsletter('about.html', new TextEncoder().encode(page));
    expect(doc.shape).toBe('html');
    expect([doc.top.length, doc.news.length]).toEqual([0, 0]);
  });
});

describe('a brief page marked up in other ways', () => {
  const page = (entry: string) =>
    `<!DOCTYPE html><html><head><title>Brief | MERICS</title></head><body><nav><a href="/">Home</a></nav><main><article><h2>MERICS Top 5</h2><h3>1. China wants computing power</h3>${entry}</article></main><footer>© 2025</footer></body></html>`;
  /** The summary with its list inside the paragraph (before "</p>") or after it. */
  const summary = (inside: string, after = '') =>
    `<p><strong>At a glance:</strong> The MIIT released a plan. Key targets for 2025 are:${inside}</p>${after}<p><strong>MERICS comment:</strong> The plan builds on the Metrology Development Plan (2021-2035).</p>`;
  const fields = `<p><strong>Policy name:</strong> Action Plan for Computing Power Infrastructure (算力基础设施高质量发展行动计划)</p><p><strong>Issuing bodies:</strong> MIIT, CAC</p><p><strong>Date:</strong> August 10, 2023</p>`;

  it.each([
    ['bullets after line breaks', page(summary('<br>- Reach 300 EFLOPS<br>- Create 30 benchmarks by 2027') + fields)],
    ['bullets as text in divs', page(summary('', '<div>• Reach 300 EFLOPS</div><div>• Create 30 benchmarks by 2027</div>') + fields)],
    [
      'the fields in a table',
      page(
        `${summary('<ul><li>Reach 300 EFLOPS</li><li>Create 30 benchmarks by 2027</li></ul>')}<table><tr><td><strong>Policy name:</strong></td><td>Action Plan for Computing Power Infrastructure (算力基础设施高质量发展行动计划)</td></tr><tr><td><strong>Issuing bodies:</strong></td><td>MIIT, CAC</td></tr><tr><td><strong>Date:</strong></td><td>August 10, 2023</td></tr></table>`,
      ),
    ],
    [
      'the fields in a table of labels without colons',
      page(
        `${summary('<ul><li>Reach 300 EFLOPS</li><li>Create 30 benchmarks by 2027</li></ul>')}<table><tr><th>Document</th><td>Action Plan for Computing Power Infrastructure (算力基础设施高质量发展行动计划)</td></tr><tr><th>Issued by</th><td>MIIT, CAC</td></tr><tr><th>Published</th><td>August 10, 2023</td></tr></table>`,
      ),
    ],
    [
      'the fields in a table with a heading row',
      page(
        `${summary('<ul><li>Reach 300 EFLOPS</li><li>Create 30 benchmarks by 2027</li></ul>')}<table><thead><tr><th>Title</th><th>Issuing bodies</th><th>Date</th></tr></thead><tbody><tr><td>Action Plan for Computing Power Infrastructure (算力基础设施高质量发展行动计划)</td><td>MIIT, CAC</td><td>August 10, 2023</td></tr></tbody></table>`,
      ),
    ],
  ])('reads the entry with %s', (_name, html) => {
    const graph = extractNewsletter('brief.html', new TextEncoder().encode(html)).fragment.graph;
    const nodes = (kind: string) => graph.filterNodes((_k, a) => a.kind === kind).map((k) => graph.getNodeAttributes(k));
    expect(
      nodes('Policy')
        .filter((p) => !(p as { stub?: boolean }).stub)
        .map((p) => [(p as { title: string }).title, (p as { date: string }).date]),
    ).toEqual([['Action Plan for Computing Power Infrastructure', '2023-08-10']]);
    expect(nodes('Target').map((t) => (t as { text: string }).text)).toEqual(['Reach 300 EFLOPS', 'Create 30 benchmarks by 2027']);
    expect(graph.filterEdges((_k, a) => a.kind === 'ISSUED_BY')).toHaveLength(2);
  });

  it('reads the issue date from spans set apart by a space alone', () => {
    const html = page(summary('') + fields).replace('<article>', '<article><div class="meta"><span>12.03.2024</span> <span>6 min read</span></div>');
    const graph = extractNewsletter('brief.html', new TextEncoder().encode(html)).fragment.graph;
    const newsletter = graph.findNode((_k, a) => a.kind === 'Newsletter')!;
    expect(graph.getNodeAttributes(newsletter)).toMatchObject({ date: '2024-03-12' });
  });

  // A page's metadata dates it where no line does; a printed date comes first.
  it.each([
    ['<meta property="article:published_time" content="2021-06-10T08:00:00+00:00">', '', '2021-06-10'],
    ['<meta itemprop="datePublished" content="2021-06-10">', '', '2021-06-10'],
    [
      '<meta property="article:published_time" content="2021-06-12T08:00:00+00:00">',
      '<p class="meta">10.06.2021 · By Caroline Meinhardt and John Lee</p>',
      '2021-06-10',
    ],
  ])('dates the issue by %s with %j printed', (meta, printed, date) => {
    const html = page(summary('') + fields)
      .replace('</head>', `${meta}</head>`)
      .replace('<article>', `<article>${printed}`);
    const reading = extractNewsletter('brief.html', new TextEncoder().encode(html));
    const newsletter = reading.fragment.graph.findNode((_k, a) => a.kind === 'Newsletter')!;
    expect(reading.fragment.graph.getNodeAttributes(newsletter)).toMatchObject({ date, dateInferred: false });
  });

  it('reads labels that markup alone sets apart from their values, with no colon', () => {
    const card = (label: string, value: string) => `<p><span class="k">${label}</span> <span class="v">${value}</span></p>`;
    const html = page(
      summary('<ul><li>Reach 300 EFLOPS</li><li>Create 30 benchmarks by 2027</li></ul>') +
        `<div class="doc-card">${card('Document', 'Action Plan for Computing Power Infrastructure (算力基础设施高质量发展行动计划)')}${card('Issuer', 'MIIT, CAC')}${card('Released', 'August 10, 2023')}</div>`,
    );
    const graph = extractNewsletter('brief.html', new TextEncoder().encode(html)).fragment.graph;
    const policy = graph.findNode((_k, a) => a.kind === 'Policy' && !a.stub)!;
    expect(graph.getNodeAttributes(policy)).toMatchObject({ title: 'Action Plan for Computing Power Infrastructure', date: '2023-08-10' });
    expect(graph.filterEdges((_k, a) => a.kind === 'ISSUED_BY')).toHaveLength(2);
  });

  // A story's "Released" field among the first lines dates its document; the page's dateline may print no year.
  it.each([
    ['the page’s metadata', '<meta property="article:published_time" content="2023-07-05T09:00:00+02:00">', '<p>5 July · Industrial policy team</p>'],
    ['a time element that gives the date in full', '', '<p><time datetime="2023-07-05">5 July</time> · Industrial policy team</p>'],
  ])('dates the issue by %s, not by the first story’s field', (_name, meta, dateline) => {
    const card =
      '<p><strong>Document:</strong> Action Plan for Computing Power Infrastructure (算力基础设施高质量发展行动计划)</p><p><strong>Issuer:</strong> MIIT</p><p><strong>Released:</strong> 12 June 2023</p>';
    const html = `<!DOCTYPE html><html><head>${meta}</head><body><article><h1>China Industries</h1>${dateline}<h2>Computing power gets a plan</h2><p>The MIIT released a plan.</p>${card}<h2>In brief</h2><ul><li>2 June: The PBOC cut its repo rate.</li></ul></article></body></html>`;
    const graph = extractNewsletter('brief.html', new TextEncoder().encode(html)).fragment.graph;
    const newsletter = graph.findNode((_k, a) => a.kind === 'Newsletter')!;
    expect(graph.getNodeAttributes(newsletter)).toMatchObject({ date: '2023-07-05', dateInferred: false });
  });

  it('dates the issue by the line a page prints at the foot of the article, before any metadata', () => {
    const card =
      '<p><strong>Document:</strong> Action Plan for Computing Power Infrastructure</p><p><strong>Issuer:</strong> MIIT</p><p><strong>Date:</strong> 12 June 2023</p>';
    const html = `<!DOCTYPE html><html><head><meta property="article:published_time" content="2023-07-01"></head><body><div class="region-content"><h1>China Industries</h1><h2>MERICS TOP 3</h2><h3>1. Computing power gets a plan</h3><p><b>Summary:</b> The MIIT released a plan.</p>${card}<h2>Worth noting</h2><h4>Policy news</h4><p>02.06.2023 – The PBOC cut its repo rate.</p><div class="field--date">Published 05.07.2023</div></div></body></html>`;
    const graph = extractNewsletter('brief.html', new TextEncoder().encode(html)).fragment.graph;
    const newsletter = graph.findNode((_k, a) => a.kind === 'Newsletter')!;
    expect(graph.getNodeAttributes(newsletter)).toMatchObject({ date: '2023-07-05', dateInferred: false });
    // The date is the page's, no part of the last news item.
    const item = graph.findNode((_k, a) => a.kind === 'Entry' && a.section === 'policy-news')!;
    expect((graph.getNodeAttributes(item) as { text?: string }).text).toBe('The PBOC cut its repo rate.');
  });

  it('reads a definition list of a document’s facts as its fields, entries headed without numbers', () => {
    const facts = (title: string, issuers: string[], date: string) =>
      `<dl class="facts"><dt>Policy</dt><dd>${title}</dd><div><dt>Issued by:</dt>${issuers.map((i) => `<dd>${i}</dd>`).join('')}</div><dt>Published</dt><dd>${date}</dd></dl>`;
    const item = (headline: string, summary: string, dl: string) =>
      `<section class="brief-item"><h3>${headline}</h3><p><b>At a glance:</b> ${summary}</p>${dl}</section>`;
    const html = `<!DOCTYPE html><html><body><article><p class="byline">By the industry team · <time datetime="2024-06-04">4 June 2024</time></p><h2>The Top 3</h2>${item(
      'Out with the old machines',
      'The State Council issued a plan on equipment renewal.',
      facts('Action Plan for Equipment Renewal (推动大规模设备更新行动方案)', ['State Council'], '13 March 2024'),
    )}${item('Data may leave', 'The CAC and the NDRC published provisions on data flows.', facts('Provisions on Cross-Border Data Flows (促进和规范数据跨境流动规定)', ['CAC', 'NDRC'], '22 March 2024'))}<h2>Worth noting</h2><h3>Policy news</h3><ul><li>6 May – The MIIT published a list of pilot cities.</li></ul></article></body></html>`;
    const graph = extractNewsletter('brief.html', new TextEncoder().encode(html)).fragment.graph;
    const policies = graph
      .filterNodes((_k, a) => a.kind === 'Policy' && !a.stub)
      .map((k) => graph.getNodeAttributes(k) as { title: string; titleZh: string; date: string })
      .map((p) => [p.title, p.titleZh, p.date]);
    // (The news item's list is a policy too.)
    expect(policies.slice(0, 2)).toEqual([
      ['Action Plan for Equipment Renewal', '推动大规模设备更新行动方案', '2024-03-13'],
      ['Provisions on Cross-Border Data Flows', '促进和规范数据跨境流动规定', '2024-03-22'],
    ]);
    const issuersOf = (title: string) =>
      graph
        .filterEdges((_k, a) => a.kind === 'ISSUED_BY')
        .filter((e) => (graph.getSourceAttributes(e) as { title: string }).title === title)
        .map((e) => graph.target(e));
    expect(issuersOf('Provisions on Cross-Border Data Flows')).toEqual(['agency:cac', 'agency:ndrc']);
    expect(issuersOf('Action Plan for Equipment Renewal')).toEqual(['agency:state_council']);
  });

  it('reads a paragraph of dashed goals run into one line as the goals it lists', () => {
    const html = `<!DOCTYPE html><html><body><article><h1>China Industries</h1><p>4 March 2024</p><h2>MERICS Top 5</h2><h3>1. Future industries</h3><p><strong>At a glance:</strong> MIIT issued the Action Plan for Future Industries. It sets goals:</p><p>– By 2025, achieve breakthroughs in 100 technologies\n– Build about 100 application scenarios\n– By 2027, make future industries a driver of growth</p><h2>Worth noting</h2><h4>Policy news</h4><p>02.03.2024 – The PBOC cut its repo rate.</p></article></body></html>`;
    const graph = extractNewsletter('brief.html', new TextEncoder().encode(html)).fragment.graph;
    const targets = graph.filterNodes((_k, a) => a.kind === 'Target').map((k) => (graph.getNodeAttributes(k) as { text?: string }).text);
    expect(targets).toEqual([
      'By 2025, achieve breakthroughs in 100 technologies',
      'Build about 100 application scenarios',
      'By 2027, make future industries a driver of growth',
    ]);
  });

  it('reads entries listed as numbered items whose text is all in paragraphs and lists inside them', () => {
    const item = (summary: string, title: string, issuer: string) =>
      `<li><p>${summary}</p><ul><li>Document: ${title}</li><li>Issuers: ${issuer}</li><li>Released: 28 May 2025</li></ul></li>`;
    const html = `<!DOCTYPE html><html><body><article><p>China Industries · 11 June 2025</p><h2>What mattered</h2><ol>${item(
      '<strong>Beijing sets rules for robots.</strong> The MIIT released guidelines on robot standards.',
      'Guidelines for Robot Standards (人形机器人标准体系建设指南)',
      'MIIT',
    )}${item('<strong>Steel joins the carbon market.</strong> The MEE issued a work plan.', 'Work Plan for the Carbon Market (碳市场工作方案)', 'MEE')}</ol></article></body></html>`;
    const graph = extractNewsletter('brief.html', new TextEncoder().encode(html)).fragment.graph;
    const titles = graph.filterNodes((_k, a) => a.kind === 'Policy' && !a.stub).map((k) => (graph.getNodeAttributes(k) as { title: string }).title);
    expect(titles).toEqual(['Guidelines for Robot Standards', 'Work Plan for the Carbon Market']);
    const headlines = graph.filterNodes((_k, a) => a.kind === 'Entry').map((k) => (graph.getNodeAttributes(k) as { headline: string }).headline);
    expect(headlines).toEqual(['Beijing sets rules for robots.', 'Steel joins the carbon market.']);
  });

  it('reads no table that sets out no fields', () => {
    const html = page(`${summary('<ul><li>Reach 300 EFLOPS</li></ul>')}<table><tr><td>Huawei</td><td>12 percent</td></tr></table>${fields}`);
    const graph = extractNewsletter('brief.html', new TextEncoder().encode(html)).fragment.graph;
    expect(graph.filterNodes((_k, a) => a.kind === 'Firm')).toEqual([]);
  });
});
