import { describe, expect, it } from 'vitest';
import { joinLines, joiner } from '../../src/extract/text/join.ts';
import { MappedText } from '../../src/extract/text/mapped-text.ts';
import { splitLines } from '../../src/extract/blocks/lines.ts';
import { extractText } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry } from '../helpers/snippets.ts';

describe('MappedText', () => {
  it('maps every character of joined lines back to its offset in the file', () => {
    const file = 'Reach 300 EFLOPS by 2025, with 35 \npercent allocated to AI';
    const joined = joinLines(splitLines(file));
    expect(joined.text).toBe('Reach 300 EFLOPS by 2025, with 35 percent allocated to AI');
    const at = joined.text.indexOf('percent');
    expect(joined.span(at, at + 7)).toEqual({ start: file.indexOf('percent'), end: file.indexOf('percent') + 7 });
  });

  it('keeps the map through slicing and trimming', () => {
    const text = MappedText.fromSource('  Date: October 9, 2023 ', 100)
      .trim()
      .after(/^Date:\s*/);
    expect(text.text).toBe('October 9, 2023');
    expect(text.span()).toEqual({ start: 108, end: 123 });
  });
});

describe('joining wrapped lines', () => {
  it('puts a space between wrapped English words', () => {
    expect(joiner('computing power', 'infrastructure')).toBe(' ');
  });

  it('joins a Chinese title wrapped before a figure or a Latin letter with no space, inside its bracket only', () => {
    expect(joiner('5G Networks (关于推动', '5G加快发展的通知)')).toBe('');
    expect(joiner('(关于推动', 'AI发展)')).toBe('');
    expect(joiner('(关于推动5G加快发展的通知)', 'MIIT')).toBe(' ');
  });

  it('keeps a hyphenated compound whole when the line breaks after its hyphen', () => {
    expect(joinLines(splitLines('high-\ntemperature alloys')).text).toBe('high-temperature alloys');
    expect(joinLines(splitLines('Plan (2021-\n2035)')).text).toBe('Plan (2021-2035)');
  });

  it.each([
    ['Fuel Con-\nsumption', 'Fuel Consumption'],
    ['pub-\nlished a plan', 'published a plan'],
    ['Cor-\nporate Average', 'Corporate Average'],
    ['more in-\nformation', 'more information'],
    ['e-\ncommerce platforms', 'e-commerce platforms'],
    ['battery-\npowered cars', 'battery-powered cars'],
    ['non-\nfossil energy', 'non-fossil energy'],
    ['MIIT-\nled group', 'MIIT-led group'],
  ])('drops a hyphen at "%s" only where it broke a word', (printed, joined) => {
    const text = joinLines(splitLines(printed));
    expect(text.text).toBe(joined);
    // The joined text still maps each character to where it was printed.
    const last = text.text.length - 1;
    expect(printed[text.sourceOffset(last)]).toBe(joined[last]);
  });

  it('keeps a range of years whole when the line breaks after its dash, and spaces a dash between words', () => {
    expect(joinLines(splitLines('Equipment (2024–\n2030)')).text).toBe('Equipment (2024–2030)');
    expect(joinLines(splitLines('a goal for 2030 —\nand beyond')).text).toBe('a goal for 2030 — and beyond');
  });

  it('adds nothing inside a Chinese title that wrapped', () => {
    expect(joinLines(splitLines('(专利转\n化运用专项行动方案（2023—2025 年）)')).text).toBe('(专利转化运用专项行动方案（2023—2025 年）)');
    expect(joinLines(splitLines('脑机接口研究伦理指引\n) (Link)')).text).toBe('脑机接口研究伦理指引) (Link)');
  });

  it('collapses runs of spaces and tabs the PDF left', () => {
    expect(joinLines(splitLines('Issuing body: MIIT  \t ')).text).toBe('Issuing body: MIIT');
    expect(joinLines(splitLines('to  strengthen')).text).toBe('to strengthen');
  });
});

describe('inserted characters before any mapped text', () => {
  it('map to where the first mapped part starts, never to the file’s first character', () => {
    const joined = MappedText.concat(['12. ', MappedText.fromSource('Airbus builds', 500)]);
    expect(joined.span(0, 4)).toEqual({ start: 500, end: 504 });
    expect(joined.span(0, joined.length)).toEqual({ start: 500, end: 513 });
  });

  it('give a wrapped line read as a numbered list item a span inside the item', () => {
    const newsletter = markdownSnippet({
      header: '# China Industries, December 2024',
      top: [oneEntry],
      corporateNews: ['December 13: Airbus announced a second line in China by'],
    });
    const graph = extractText(newsletter.replace(' by\n', ' by\n\n 2026. As of now, airlines wait.\n'), 'wrapped.md');
    expect(graph.filterNodes((_k, a) => a.kind === 'Firm').length).toBeGreaterThan(0);
    graph.forEachEdge((_k, a) => a.sources.forEach((s) => expect(s.end).toBeGreaterThanOrEqual(s.start)));
    graph.forEachNode((_k, a) => a.sources.forEach((s) => expect(s.end).toBeGreaterThanOrEqual(s.start)));
  });
});
