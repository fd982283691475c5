/**
 * Reads text pulled from a PDF into blocks. What the PDF adds and we remove: the list of
 * link targets printed at the end of each page (a block of bare URLs that can fall in the
 * middle of a sentence), running footers and page numbers, table-of-contents lines, and
 * bullet glyphs (private-use symbols, or no glyph at all but a leading space).
 */
import type { Block, BlockReading, Link } from './block.ts';
import { PAGE_MARK, PAGE_NUMBER_LINE, RULE_LINE, splitLines, TOC_LINE, URL_LINE } from './lines.ts';
import type { MappedText } from '../text/mapped-text.ts';
import { fieldLabel } from '../labels.ts';
import { BULLET_GLYPH, DASH_BULLET, markOf, startsListItem, type ListMark } from './list-markers.ts';

const FOOTER_LINES = [
  /^\s*MERICS\s*[lI|·•]\s*Mercator Institute for China Studies(?:\s*[lI|·•]\s*\d+)?\s*$/i,
  /^\s*MERICS China Industries\b.*\d{4}/i,
  // Any running footer that ends on its page: "MERICS | China Industries | page 3", "China Industries · p. 3 of 9".
  new RegExp(String.raw`^\s*\S[^.!?]{0,80}?${PAGE_MARK.source}`, 'i'),
];

type LineKind = 'blank' | 'url' | 'footer' | 'toc' | 'content';

function classify(line: string): LineKind {
  // An underline parts the heading above it from the text below, as a blank line does.
  if (line.trim().length === 0 || RULE_LINE.test(line)) return 'blank';
  if (URL_LINE.test(line)) return 'url';
  if (PAGE_NUMBER_LINE.test(line) || FOOTER_LINES.some((re) => re.test(line))) return 'footer';
  if (TOC_LINE.test(line)) return 'toc';
  return 'content';
}

/**
 * A block of one short capitalised line with no stop: a heading ("Policy news"), which a list may follow as
 * a colon's line does — but not at a page's top, where a masthead's lines stand ("MERICS China Industries").
 */
function isHeadingBlock(block: Block): boolean {
  const line = block.lines[0]!.text;
  return block.lines.length === 1 && !block.afterPageBreak && /^\p{Lu}.{0,38}$/u.test(line.trim()) && !/[.,;!?:)]$/.test(line.trim());
}

export function readPdfText(text: string): BlockReading {
  const blocks: Block[] = [];
  const footers: MappedText[] = [];
  const links: Link[] = [];
  let current: Block | null = null;
  // The mark of the list item being read, so that the next item with that mark may follow without a colon.
  let currentMark: ListMark | null = null;
  let currentSpaced = false;
  // The start of the file counts as a page start, so a leading space there is no bullet.
  let pageBreak = true;

  const flush = () => {
    if (current) blocks.push(current);
    current = null;
  };

  for (const line of splitLines(text)) {
    const kind = classify(line.text);
    if (kind === 'blank' || kind === 'toc') {
      flush();
      continue;
    }
    if (kind === 'url' || kind === 'footer') {
      if (kind === 'footer') footers.push(line);
      else links.push({ url: line.text.trim(), at: line.sourceOffset(0) });
      flush();
      pageBreak = true;
      continue;
    }
    // A dash or an enumerator starts an item at a block's start, or inside a list a colon introduced.
    const inList: boolean = current !== null && startsListItem(line.text, current.lines.at(-1)!.text, currentMark);
    // (A heading such as "Policy" may introduce a list as a colon does.)
    const glyph: RegExpExecArray | null =
      BULLET_GLYPH.exec(line.text) ?? (current === null || inList || isHeadingBlock(current) ? DASH_BULLET.exec(line.text) : null);
    const isGlyphBullet: boolean = glyph !== null;
    const enumerated: boolean = inList && markOf(line.text) === 'number';
    const indented = /^\s+\S/.test(line.text) && !pageBreak;
    const startsField = fieldLabel().test(line.text);
    // Bullets the text lost their glyph to keep its leading space: after a lead-in's colon, or after such an item.
    const spacedItem: boolean =
      current !== null &&
      indented &&
      !startsField &&
      !isGlyphBullet &&
      !/^\s*\(/.test(line.text) &&
      (currentSpaced || /:\s*$/.test(current.lines.at(-1)!.text) || isHeadingBlock(current));
    // The first of such bullets after a blank line: the lead-in's colon closed the block before.
    const firstSpacedItem: boolean = current === null && indented && !startsField && !isGlyphBullet && /:\s*$/.test(blocks.at(-1)?.lines.at(-1)?.text ?? '');
    if (current === null || isGlyphBullet || enumerated || startsField || spacedItem) {
      flush();
      const body: MappedText = glyph ? line.slice(glyph[0].length) : line;
      current = {
        kind: isGlyphBullet || indented ? 'bullet' : 'paragraph',
        lines: [body],
        level: 0,
        afterPageBreak: pageBreak,
      };
      currentMark = isGlyphBullet || enumerated ? markOf(line.text) : null;
      currentSpaced = spacedItem || firstSpacedItem;
    } else {
      current.lines.push(line);
    }
    pageBreak = false;
  }
  flush();
  return { blocks, furniture: { footers }, links };
}
