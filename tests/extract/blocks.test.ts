import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/extract/blocks/markdown.ts';
import { readPdfText } from '../../src/extract/blocks/pdf-text.ts';
import { detectShape } from '../../src/extract/shape.ts';
import { joinLines } from '../../src/extract/text/join.ts';

const texts = (text: string, read = readPdfText) =>
  read(text).blocks.map((b) => ({ kind: b.kind, text: joinLines(b.lines).text, afterPageBreak: b.afterPageBreak }));

describe('reading text from PDFs', () => {
  it.each([
    ['a private-use glyph', '\uf0a7 Serve 500,000 enterprises'],
    ['another private-use glyph', '\uf0a1 Serve 500,000 enterprises'],
    ['a typographic bullet', '• Serve 500,000 enterprises'],
    ['a dash', '- Serve 500,000 enterprises'],
    ['no glyph, only a leading space', ' Serve 500,000 enterprises'],
  ])('recognises a bullet marked with %s', (_name, line) => {
    const blocks = texts(`Key targets are:\n\n${line}\nin 60 industries\n`);
    expect(blocks.at(-1)).toMatchObject({ kind: 'bullet', text: 'Serve 500,000 enterprises in 60 industries' });
  });

  it('does not take a dash inside a wrapped sentence for a bullet', () => {
    const blocks = texts('assessments – referred to in the rules\n– may help companies\n');
    expect(blocks).toHaveLength(1);
  });

  it('drops URL blocks and marks the text after them as a new page', () => {
    const blocks = texts('BioNTech signed a deal. BioNTech\n\nhttps://a.example/x\nhttps://b.example/y\n will pay USD 70 million\n');
    expect(blocks.map((b) => b.text)).toEqual(['BioNTech signed a deal. BioNTech', 'will pay USD 70 million']);
    expect(blocks[1]!.afterPageBreak).toBe(true);
  });

  it('does not take the first line of a new page for a space-marked bullet', () => {
    const blocks = texts('first paragraph\n\nhttps://a.example/x\n from administrative punishment.\n');
    expect(blocks[1]).toMatchObject({ kind: 'paragraph', afterPageBreak: true });
  });

  it('drops running footers and page numbers but keeps the footer for its date', () => {
    const reading = readPdfText(
      'text before\n\nMERICS China Industries November 1, 2023 (Reporting period: September 26 – October 24)\n\nMERICS l Mercator Institute for China Studies l 7\n\n12\n\nNOTEWORTHY\n',
    );
    expect(reading.blocks.map((b) => joinLines(b.lines).text)).toEqual(['text before', 'NOTEWORTHY']);
    expect(reading.furniture.footers[0]!.text).toContain('November 1, 2023');
  });

  it('starts a new block at a field label even without a blank line', () => {
    const blocks = texts('Article: Action Plan (Link)\nIssuing bodies: MIIT, CAC\nDate: August 10, 2023\n');
    expect(blocks.map((b) => b.text)).toEqual(['Article: Action Plan (Link)', 'Issuing bodies: MIIT, CAC', 'Date: August 10, 2023']);
  });

  // Plain-text mail underlines its headings with characters and marks items with asterisks.
  it('parts an underlined heading from the text under it, and reads asterisk items after a heading as bullets', () => {
    expect(texts('NOTEWORTHY\n----------\n\nPolicy news\n* 3 July: The MIIT issued rules (MIIT)\n* 8 July: The NDRC cut prices (NDRC)')).toEqual([
      { kind: 'paragraph', text: 'NOTEWORTHY', afterPageBreak: true },
      { kind: 'paragraph', text: 'Policy news', afterPageBreak: false },
      { kind: 'bullet', text: '3 July: The MIIT issued rules (MIIT)', afterPageBreak: false },
      { kind: 'bullet', text: '8 July: The NDRC cut prices (NDRC)', afterPageBreak: false },
    ]);
  });

  // Items that lost their glyphs keep their leading space, under a heading as under a colon's line.
  it('reads indented lines right under a heading as items', () => {
    const text = 'NOTEWORTHY\n\nPolicy news\n The CAC released rules (Xinhua, 1 March)\n The PBOC kept rates (Reuters, 15 March)';
    expect(texts(text).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'bullet', 'bullet']);
    // A masthead's second line, at the page's top, is none.
    expect(texts('MERICS China Industries\n Edition 3/2020 – 12 March 2020').map((b) => b.kind)).toEqual(['paragraph']);
  });

  // A dash opens an item under a heading as it does after a colon; an item's wrapped lines go on with it.
  it('reads dash items right under a heading as bullets', () => {
    const text = 'WORTH NOTING\n\nPolicy\n- 27 Sep.: The NPC passed amendments to the\n  Company Law.\n- 9 Oct.: The CSRC sped up reviews.';
    expect(texts(text).map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'WORTH NOTING'],
      ['paragraph', 'Policy'],
      ['bullet', '27 Sep.: The NPC passed amendments to the Company Law.'],
      ['bullet', '9 Oct.: The CSRC sped up reviews.'],
    ]);
  });

  it.each(['MERICS | China Industries | page 3', '      China Industries · p. 3 of 9', 'MERICS China Brief – Page 12'])(
    'drops a running footer that ends on its page: "%s"',
    (footer) => {
      expect(texts(`text before\n${footer}\n\nNOTEWORTHY\n`).map((b) => b.text)).toEqual(['text before', 'NOTEWORTHY']);
    },
  );

  it('skips table-of-contents lines', () => {
    expect(texts('1. Rapid rollout of ICT infrastructure.....\t2\n')).toEqual([]);
  });
});

describe('reading markdown', () => {
  it('keeps heading levels and drops inline markup', () => {
    const blocks = texts('### 1. Rapid rollout\n\n**At a glance:** The MIIT released a 14<sup>th</sup> [FYP](#).\n', readMarkdown);
    expect(blocks).toEqual([
      { kind: 'heading', text: '1. Rapid rollout', afterPageBreak: false },
      { kind: 'paragraph', text: 'At a glance: The MIIT released a 14th FYP.', afterPageBreak: false },
    ]);
  });

  it('reads list items as bullets, and ordered items keep their number', () => {
    const blocks = texts('- *November 3:* NDRC releases a plan\n\n1. Title of an entry\n', readMarkdown);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['bullet', 'November 3: NDRC releases a plan'],
      ['paragraph', '1. Title of an entry'],
    ]);
  });

  it('maps markdown text back to the file', () => {
    const file = '**Issuing body:** MIIT\n';
    const block = readMarkdown(file).blocks[0]!;
    const text = joinLines(block.lines);
    const at = text.text.indexOf('MIIT');
    expect(file.slice(text.span(at, at + 4).start, text.span(at, at + 4).end)).toBe('MIIT');
  });
});

describe('telling the shapes apart', () => {
  it('sees markdown in headings, bold labels and links', () => {
    expect(detectShape('## MERICS TOP 5\n\n**At a glance:** text ([Link](#))\n')).toBe('markdown');
  });

  // An export with no "#" and no link: bold lines for headings, labels in italics.
  it('sees markdown in bold lines and italic labels', () => {
    const text =
      '**THE BIG FIVE**\n\n**1 / Robots get standards**\n\n*What happened:* The MIIT issued a plan with a long summary that runs on for a while.\n\n*Why it matters:* It builds on the Guiding Opinions on Humanoid Robots of 2023 and more words follow here.\n';
    expect(detectShape(text)).toBe('markdown');
  });

  it('sees PDF text in URL blocks and bullet glyphs', () => {
    expect(detectShape('MERICS TOP 5\n\n\uf0a7 target\n\nhttps://www.gov.cn/x.htm\n')).toBe('pdf-text');
  });
});
