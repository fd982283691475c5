/**
 * Reads text pulled from a PDF into blocks. What the PDF adds and we remove: the list of
 * link targets printed at the end of each page (a block of bare URLs that can fall in the
 * middle of a sentence), running footers and page numbers, table-of-contents lines, and
 * bullet glyphs (private-use symbols, or no glyph at all but a leading space).
 */
import type { Block, BlockReading, Link } from './block.ts';
import { splitLines, TOC_LINE, URL_LINE } from './lines.ts';
import type { MappedText } from '../text/mapped-text.ts';
import { fieldLabel } from '../labels.ts';

const PAGE_NUMBER = /^\s*(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?\s*$/i;
const FOOTER_LINES = [/^\s*MERICS\s*[lI|·•]\s*Mercator Institute for China Studies(?:\s*[lI|·•]\s*\d+)?\s*$/i, /^\s*MERICS China Industries\b.*\d{4}/i];
/** Bullet glyphs: typographic bullets and the private-use symbols of PDF fonts. */
const BULLET = /^\s*(?:[\u2022\u2023\u2043\u2219\u00b7\u25a0-\u25ff\u2794-\u27bf\u2713\u2714\u2756]|[\ue000-\uf8ff])\s*(?=\S)/u;
/** Dashes and asterisks mark a bullet only at the start of a block: inside one they are punctuation. */
const DASH_BULLET = /^\s*[*\u2013\u2014-]\s+/u;

type LineKind = 'blank' | 'url' | 'footer' | 'toc' | 'content';

function classify(line: string): LineKind {
  if (line.trim().length === 0) return 'blank';
  if (URL_LINE.test(line)) return 'url';
  if (PAGE_NUMBER.test(line) || FOOTER_LINES.some((re) => re.test(line))) return 'footer';
  if (TOC_LINE.test(line)) return 'toc';
  return 'content';
}

export function readPdfText(text: string): BlockReading {
  const blocks: Block[] = [];
  const footers: MappedText[] = [];
  const links: Link[] = [];
  let current: Block | null = null;
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
    const glyph: RegExpExecArray | null = BULLET.exec(line.text) ?? (current === null ? DASH_BULLET.exec(line.text) : null);
    const isGlyphBullet: boolean = glyph !== null;
    const indented = /^\s+\S/.test(line.text) && !pageBreak;
    const startsField = fieldLabel().test(line.text);
    if (current === null || isGlyphBullet || startsField) {
      flush();
      const body: MappedText = glyph ? line.slice(glyph[0].length) : line;
      current = {
        kind: isGlyphBullet || indented ? 'bullet' : 'paragraph',
        lines: [body],
        level: 0,
        afterPageBreak: pageBreak,
      };
    } else {
      current.lines.push(line);
    }
    pageBreak = false;
  }
  flush();
  return { blocks, furniture: { footers }, links };
}
