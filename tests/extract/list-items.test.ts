/**
 * A TOP entry's goals however the list is marked — bullet glyphs, dashes, squares, or numbered
 * "1)", "(a)", "1." — read as the same targets in every shape, without their marks, and a numbered
 * item is never taken for the next entry's headline.
 */
import { describe, expect, it } from 'vitest';
import { extractText, nodesOf } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';

const GOALS = ['Reach a computational power of 300 EFLOPS', 'Create 30 application benchmarks by 2027', 'Train 5,000 engineers'];
const entry = { ...oneEntry, bullets: GOALS };
/** The snippets' own list marks, at the start of a line. */
const MARK = /^(\s*)(?:\uf0a7|-|•)\s*/gm;

const MARKS: [string, (n: number) => string][] = [
  ['en dash', () => '– '],
  ['square', () => '▪ '],
  ['"1)"', (n) => `${n}) `],
  ['"(a)"', (n) => `(${'abc'[n - 1]}) `],
  ['"1."', (n) => `${n}. `],
  ['"(i)"', (n) => `(${['i', 'ii', 'iii'][n - 1]}) `],
];

describe('list items however they are marked', () => {
  it.each(MARKS)('reads goals marked by %s as targets, in every shape', (_name, mark) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      let n = 0;
      const text = shape({ top: [entry] }).replace(MARK, () => mark(++n));
      const graph = extractText(text);
      expect(nodesOf(graph, 'Target').map((t) => t.text)).toEqual(GOALS);
      expect(nodesOf(graph, 'Entry').filter((e) => e.section === 'top')).toHaveLength(1);
    }
  });

  it('reads goals that open in lower case after "a)", "b)" as items of their own, in every shape', () => {
    const lowercase = GOALS.map((g) => g[0]!.toLowerCase() + g.slice(1));
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      let n = 0;
      const text = shape({ top: [{ ...entry, bullets: lowercase }] }).replace(MARK, () => `${'abc'[n++]}) `);
      expect(nodesOf(extractText(text), 'Target').map((t) => t.text)).toEqual(lowercase);
    }
  });

  it('keeps goals in a markdown paragraph under their lead-in apart', () => {
    const text = markdownSnippet({ top: [{ ...entry, bullets: [] }] }).replace(
      'Key targets for 2025 are:',
      `Key targets for 2025 are:\n${GOALS.map((g) => `– ${g}`).join('\n')}`,
    );
    expect(nodesOf(extractText(text), 'Target').map((t) => t.text)).toEqual(GOALS);
  });

  it('reads a series inside a sentence that wrapped as text', () => {
    const text = pdfSnippet({ top: [{ ...entry, bullets: [] }] }).replace(
      'Key targets for 2025 are:',
      'The plan distinguishes between:\n(1) traditional materials such as steel; (2) new materials such as\ngraphene; and (3) low-carbon products.',
    );
    expect(nodesOf(extractText(text), 'Target')).toEqual([]);
  });

  it('reads a numbered line after a sentence, not after a lead-in, as text', () => {
    const text = pdfSnippet({ top: [{ ...entry, bullets: [] }] }).replace('Key targets for 2025 are:', 'It has two parts.\n2) The second one matters.');
    expect(nodesOf(extractText(text), 'Target')).toEqual([]);
  });
});

describe('dashed items run into one line, as a page copied or printed them', () => {
  const line = '– By 2025, reach a computational power of 300 EFLOPS – Create 30 application benchmarks – Train 5,000 engineers';
  it('reads each as a target, in the text shapes and a saved page', () => {
    const texts = [
      pdfSnippet({ top: [{ ...oneEntry, bullets: [] }] }).replace('At a glance: ', `At a glance: MIIT set goals:\n\n${line}\n\nMore: `),
      webTextSnippet({ top: [{ ...oneEntry, bullets: [] }] }).replace(/(At a glance: [^\n]*)/, `$1 Goals:\n${line}`),
    ];
    for (const text of texts) {
      expect(nodesOf(extractText(text), 'Target').map((t) => t.text)).toEqual([
        'By 2025, reach a computational power of 300 EFLOPS',
        'Create 30 application benchmarks',
        'Train 5,000 engineers',
      ]);
    }
  });

  it('keeps an item whole whose dashes set off words inside it', () => {
    const text = webTextSnippet({ top: [{ ...oneEntry, bullets: ['Raise output – chiefly of chips – to 40 percent by 2027'] }] });
    expect(nodesOf(extractText(text), 'Target').map((t) => t.text)).toEqual(['Raise output – chiefly of chips – to 40 percent by 2027']);
  });
});

describe('goals set out in a table', () => {
  it('reads a fact box whose title holds years as its fields, not as goals', () => {
    const html = `<!DOCTYPE html><html><body><article><h1>China Industries</h1><p>14 June 2016</p><h2>Top stories</h2><h2>1. Robots plan</h2><p><strong>At a glance:</strong> MIIT issued the Robot Industry Development Plan (2016-2020).</p><table><tr><th>Policy name</th><td>Robot Industry Development Plan (2016-2020) (机器人产业发展规划（2016-2020年）)</td></tr><tr><th>Issuing bodies</th><td>MIIT, NDRC, MOF</td></tr></table><h2>Short news</h2><p>May 3: The NDRC approved 12 railway projects.</p></article></body></html>`;
    const graph = extractText(html);
    expect(nodesOf(graph, 'Target')).toEqual([]);
    expect(nodesOf(graph, 'Policy').find((p) => !p.stub)).toMatchObject({
      title: 'Robot Industry Development Plan (2016-2020)',
      titleZh: '机器人产业发展规划（2016-2020年）',
    });
  });

  const table = [
    '| Indicator | Target for 2025 |',
    '|---|---|',
    '| Energy use per unit of value added | down 13.5 percent from 2020 |',
    '| Share of electricity in final energy use | above 30 percent |',
  ];
  it('reads each row as a goal, what is measured and its goal, in markdown and on a saved page', () => {
    const markdown = markdownSnippet({ top: [{ ...oneEntry, bullets: [] }] }).replace(
      /(\*\*At a glance:\*\* [^\n]*)/,
      `$1 Targets for 2025 include:\n\n${table.join('\n')}\n`,
    );
    const html = `<!DOCTYPE html><html><body><article><h1>China Industries</h1><p>4 March 2024</p><h2>MERICS Top 5</h2><h3>1. Industry peaks</h3><p><strong>At a glance:</strong> MIIT issued the Implementation Plan for Carbon Peaking in Industry. Targets for 2025 include:</p><table><tr><th>Indicator</th><th>Target for 2025</th></tr><tr><td>Energy use per unit of value added</td><td>down 13.5 percent from 2020</td></tr><tr><td>Share of electricity in final energy use</td><td>above 30 percent</td></tr></table><h2>Worth noting</h2><h4>Policy news</h4><p>02.03.2024 – The PBOC cut its repo rate.</p></article></body></html>`;
    for (const text of [markdown, html]) {
      const targets = nodesOf(extractText(text), 'Target').map((t) => [t.text, t.year]);
      expect(targets).toEqual([
        ['Energy use per unit of value added: down 13.5 percent from 2020', 2025],
        ['Share of electricity in final energy use: above 30 percent', 2025],
      ]);
    }
  });
});
