/** Text copied from a brief's web page: one line per paragraph, bullets lost, read into the same graph. */
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWebText } from '../../src/extract/blocks/web-text.ts';
import { extractNewsletter } from '../../src/extract/index.ts';
import { detectShape } from '../../src/extract/shape.ts';
import type { FactGraph } from '../../src/graph/facts.ts';
import { readSeed, seedFiles } from '../helpers/extract.ts';
import { oneEntry, webTextSnippet } from '../helpers/snippets.ts';
import { seedAsWebPage } from '../helpers/web-page.ts';

const MARKDOWN_SEED = '001_99a66f531def86f7.txt';

function facts(graph: FactGraph) {
  const keysOf = (kind: string) => graph.filterNodes((_k, a) => a.kind === kind).sort();
  const edgesOf = (kind: string) => graph.filterEdges((_k, a) => a.kind === kind).sort();
  return { policies: keysOf('Policy'), agencies: keysOf('Agency'), firms: keysOf('Firm'), issuedBy: edgesOf('ISSUED_BY'), buildsOn: edgesOf('BUILDS_ON') };
}

describe('text copied from a web page', () => {
  let copied = '';
  beforeAll(async () => {
    // What a browser gives when the page is selected and copied: its rendered text.
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.setContent(seedAsWebPage(readSeed(MARKDOWN_SEED), 'China Industries'));
      copied = await page.evaluate('document.body.innerText');
    } finally {
      await browser.close();
    }
  });

  it('is told from its content, and the seeds keep their shapes', () => {
    expect(detectShape(copied)).toBe('web-text');
    expect(detectShape(copied.replace(/\n\s*\n/g, '\n'))).toBe('web-text');
    for (const seed of seedFiles) expect(detectShape(readSeed(seed))).not.toBe('web-text');
  });

  it('is told by its unwrapped lines when most lines are a page’s short chrome', () => {
    const glance = `The Ministry of Industry and Information Technology (MIIT) released a plan on humanoid robots. ${'It sets goals for research, factories and exports over the coming years. '.repeat(2)}`;
    const chrome = ['Skip to main content', 'Research', 'MERICS Briefs', 'About us', 'Accept all', 'Home › Briefs › China Industries', 'Share on X LinkedIn'];
    const news = Array.from({ length: 12 }, (_v, i) => `October ${i + 1}: MIIT issued notice ${i + 1} on robots (MIIT notice (CN))`);
    const page = `${chrome.join('\n')}\n${webTextSnippet({
      top: [
        { ...oneEntry, glance },
        { ...oneEntry, headline: 'Robots again', glance },
      ],
      policyNews: news,
    })}`.replace('12 min read\n', '');
    const lines = page.split('\n');
    expect(lines.filter((l) => l.length > 180).length / lines.length).toBeLessThan(0.08);
    expect(detectShape(page)).toBe('web-text');
  });

  it('reads a label printed on a line of its own as heading the paragraph under it, not a list', () => {
    const page = webTextSnippet({ top: [oneEntry] });
    const apart = page.replace(/^(At a glance:|MERICS comment:|Policy name:|Issuing bodies:|Date:) /gm, '$1\n');
    expect(apart).toMatch(/^At a glance:$/m);
    const targets = (text: string) =>
      extractNewsletter('page.txt', new TextEncoder().encode(text))
        .fragment.graph.filterNodes((_k, a) => a.kind === 'Target')
        .sort();
    expect(targets(apart)).toEqual(targets(page));
    expect(targets(page)).toHaveLength(2);
  });

  it('is told by the page’s reading time when every paragraph is short', () => {
    const page = webTextSnippet({ top: [{ ...oneEntry, glance: 'MIIT released a plan on robots.', comment: 'Ambitious.' }] });
    expect(page.split('\n').every((line) => line.length < 180)).toBe(true);
    expect(detectShape(page)).toBe('web-text');
    expect(detectShape(page.replace('12 min read', '12 Minuten Lesedauer'))).toBe('web-text');
    const graph = extractNewsletter('short.txt', new TextEncoder().encode(page)).fragment.graph;
    expect(graph.filterNodes((_k, a) => a.kind === 'Entry')).toHaveLength(1);
  });

  it.each([
    ['with blank lines between paragraphs', (t: string) => t],
    ['with single line breaks only', (t: string) => t.replace(/\n\s*\n/g, '\n')],
  ])('gives the policies, agencies, firms, issuers and lineage of the newsletter it carries, %s', (_how, variant) => {
    const markdown = extractNewsletter(MARKDOWN_SEED, new TextEncoder().encode(readSeed(MARKDOWN_SEED)));
    const web = extractNewsletter(MARKDOWN_SEED, new TextEncoder().encode(variant(copied)));
    expect(web.doc.shape).toBe('web-text');
    expect(web.doc.issue.date).toBe(markdown.doc.issue.date);
    expect(facts(web.fragment.graph)).toEqual(facts(markdown.fragment.graph));
  });
});

describe('the web-text reader on snippets', () => {
  const kinds = (text: string) => readWebText(text).blocks.map((b) => [b.kind, b.lines.map((l) => l.text).join(' | ')]);

  it('takes the short lines after a paragraph ending in a colon for bullets, until the next label', () => {
    expect(kinds('At a glance: MIIT set targets such as:\nGrow output to 300 EFLOPS by 2025\nCut latency\nMERICS comment: Ambitious.')).toEqual([
      ['paragraph', 'At a glance: MIIT set targets such as:'],
      ['bullet', 'Grow output to 300 EFLOPS by 2025'],
      ['bullet', 'Cut latency'],
      ['paragraph', 'MERICS comment: Ambitious.'],
    ]);
  });

  it('keeps bullet glyphs and dashes, and joins a bracketed Chinese title to the title before it', () => {
    expect(kinds('• First goal\n- Second goal\nPolicy name: Plan for Robots\n(机器人产业发展规划) (Link)')).toEqual([
      ['bullet', 'First goal'],
      ['bullet', 'Second goal'],
      ['paragraph', 'Policy name: Plan for Robots | (机器人产业发展规划) (Link)'],
    ]);
  });
});
