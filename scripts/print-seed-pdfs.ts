/**
 * Prints the seeds as analysts receive China Industries: a PDF in a newsletter layout — two columns,
 * the issue line as a running header, page numbers in the footer — rendered to HTML here and printed
 * by Debian's Chromium. The tests run it (tests/helpers/pdf-fixtures.ts); the PDFs are not committed.
 *
 *   node --import tsx scripts/print-seed-pdfs.ts [out-dir] [newsletters-dir] [columns|plain]
 *
 * Any folder of newsletters in the text shapes prints the same way (the seeds by default), in either
 * layout (see Layout).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { toHast } from 'mdast-util-to-hast';
import { chromium } from 'playwright-core';
import { isSectionHeading, NEWS_ITEM_START } from '../src/extract/document/units.ts';
import { fieldLabel, opensSummary } from '../src/extract/labels.ts';
import { detectShape } from '../src/extract/shape.ts';
import { BULLET_GLYPH, DASH_BULLET, LIST_ENUMERATOR, markOf, startsListItem, type ListMark } from '../src/extract/blocks/list-markers.ts';
import { RULE_LINE } from '../src/extract/blocks/lines.ts';
import { joiner } from '../src/extract/text/join.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SEEDS = path.join(ROOT, 'seeds');
const URL_LINE = /^\s*https?:\/\/\S+\s*$/;
const ISSUE_LINE = /^\s*(?:MERICS China Industries\s+)?[A-Z][a-z]+ \d{1,2}, \d{4}\s*\(Reporting period/i;

/** Lines grouped so that each field starts a paragraph of its own. */
function fieldParagraphs(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (fieldLabel().test(l) || out.length === 0) out.push(l.trim());
    else out[out.length - 1] += joiner(out[out.length - 1]!, l.trim()) + l.trim();
  }
  return out;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A block cut where a list whose glyphs were lost goes on: lines with a leading space after a colon's line, or after such a line's item. */
function spacedItems(block: string, afterLeadIn: boolean): string[] {
  const parts: string[][] = [];
  // The list may start the block, its lead-in's colon closing the block before.
  // A block whose first line is indented, as glyphless news items are, is such a list from its start.
  let inList = afterLeadIn || /^\s+\S/.test(block);
  for (const line of block.split('\n')) {
    const previous = parts.at(-1)?.at(-1) ?? '';
    // (Under a section's heading, as under a colon's line: "Policy news" / " The CAC released …".)
    const item = /^\s+\S/.test(line) && (inList || /:\s*$/.test(previous) || isSectionHeading(previous) !== null);
    if (item || parts.length === 0) parts.push([line]);
    else parts.at(-1)!.push(line);
    if (item) inList = true;
  }
  return parts.map((p) => p.join('\n'));
}

/** A block cut where a list marked by dashes or numbers goes on: each item a block, as the reader cuts them. */
function markedItems(block: string): string[] {
  const parts: string[][] = [];
  let mark: ListMark | null = null;
  for (const line of block.split('\n')) {
    const previous = parts.at(-1)?.at(-1);
    if (previous === undefined || startsListItem(line, previous, mark)) {
      parts.push([line]);
      mark = markOf(line);
    } else parts.at(-1)!.push(line);
  }
  return parts.map((p) => p.join('\n'));
}

/** Text copied from a web page holds a paragraph per line: each printed as a block of its own, a dashed item as a bullet. */
function webTextBlocks(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(DASH_BULLET, '\u2022 '))
    .join('\n\n');
}

/**
 * A paragraph of the text cut where a new block starts without a blank line before it: at a bullet's glyph,
 * at a section heading and after it ("Policy developments" over its items), at a dated news item ("Jan. 12 – …").
 */
function linesApart(block: string): string[] {
  const out: string[][] = [];
  let afterHeading = false;
  for (const line of block.split('\n')) {
    // (A heading is capitalised: "markets" alone is a wrapped sentence's last word.)
    const heading = /^\s*\p{Lu}/u.test(line) && isSectionHeading(line) !== null;
    if (out.length === 0 || afterHeading || heading || BULLET_GLYPH.test(line) || NEWS_ITEM_START.test(line.trim())) out.push([line]);
    else out.at(-1)!.push(line);
    afterHeading = heading;
  }
  return out.map((lines) => lines.join('\n'));
}

/** A PDF-text seed's paragraphs as HTML: headings for section names and numbered headlines, lists for bullets. */
function pdfTextBody(text: string): { body: string; header: string } {
  let header = '';
  const html: string[] = [];
  // A bullet's glyph starts a block of its own even where no blank line precedes it.
  const blocks: string[] = [];
  // A heading's underline ("-----") is no text: it parts blocks as a blank line does.
  const unruled = text
    .split('\n')
    .map((line) => (RULE_LINE.test(line) ? '' : line))
    .join('\n');
  for (const block of unruled.split(/\n\s*\n/).flatMap(linesApart)) {
    blocks.push(...spacedItems(block, /:\s*$/.test(blocks.at(-1) ?? '')).flatMap(markedItems));
  }
  for (const [i, block] of blocks.entries()) {
    const lines = block.split('\n').filter((l) => !URL_LINE.test(l) && l.trim().length > 0);
    if (lines.length === 0) continue;
    if (lines.length === 1 && ISSUE_LINE.test(lines[0]!)) {
      header = lines[0]!.trim();
      continue;
    }
    // Wrapped lines join as the reader joins them: "Huanghua-" + "Shanghai" is one word.
    const joined = lines.map((l) => l.trim()).reduce((text, l) => text + joiner(text, l) + l);
    // The masthead before the first section keeps its lines: the series, the issue line, the period.
    if (html.length === 0 && !isSectionHeading(joined)) {
      html.push(...lines.map((l) => `<p>${escape(l.trim())}</p>`));
      continue;
    }
    // An entry's fields (Article:, Issuing bodies:, Date:) keep a line each, as the newsletter prints them.
    if (lines.some((l, i) => i > 0 && fieldLabel().test(l))) {
      html.push(...fieldParagraphs(lines).map((f) => `<p>${escape(f)}</p>`));
      continue;
    }
    const section = isSectionHeading(joined);
    if (section === 'top' || section === 'news') html.push(`<h1>${escape(joined)}</h1>`);
    else if (section === 'policy-news' || section === 'corporate-news') html.push(`<h3>${escape(joined)}</h3>`);
    // A headline: numbered "1. …", or however numbered ("(1) …", "No. 1 – …") over its entry's summary.
    else if ((/^\d\.\s/.test(joined) || opensSummary(blocks[i + 1]?.trimStart() ?? '')) && joined.length < 160) html.push(`<h2>${escape(joined.trim())}</h2>`);
    // A bullet: a glyph, or (where the text lost its glyph) a leading space.
    else if (BULLET_GLYPH.test(lines[0]!) || /^\s+\S/.test(lines[0]!)) html.push(`<ul><li>${escape(joined.replace(BULLET_GLYPH, ''))}</li></ul>`);
    // An item marked by a dash takes the layout's bullet; a numbered one keeps its number.
    else if (DASH_BULLET.test(lines[0]!)) html.push(`<ul><li>${escape(joined.replace(DASH_BULLET, ''))}</li></ul>`);
    else if (LIST_ENUMERATOR.test(lines[0]!)) html.push(`<ol class="numbered"><li>${escape(joined)}</li></ol>`);
    else html.push(`<p>${escape(joined)}</p>`);
  }
  return { body: html.join('\n'), header };
}

/**
 * How a newsletter is laid out: 'columns' — two columns of sans serif, headlines larger than the
 * text, round bullets (A4); 'plain' — one justified column of serif, headlines in the text's size
 * and only bold, dashes for bullets (US Letter), as another layout program might set it; 'three' —
 * three narrow justified columns, hyphenated, headlines in capitals or italics, square bullets and a
 * "Page N of M" footer under the text's left edge (A4).
 */
export type Layout = 'columns' | 'plain' | 'three';

const STYLES: Record<Layout, string> = {
  columns: `
  body { font-family: 'Noto Sans', 'Noto Sans CJK SC', sans-serif; font-size: 9.5pt; line-height: 1.35; }
  main { column-count: 2; column-gap: 8mm; }
  h1 { font-size: 16pt; column-span: all; } h2 { font-size: 12.5pt; font-weight: bold; } h3 { font-size: 11pt; }
  ul { padding-left: 4mm; margin: 0 0 4pt; list-style: none; } p { margin: 0 0 5pt; text-align: left; }
  /* The bullet as text, as a newsletter's layout program sets it (Chromium draws list markers as shapes). */
  li::before { content: '\\2022\\00a0'; margin-left: -3.5mm; }`,
  plain: `
  body { font-family: 'DejaVu Serif', 'Noto Serif CJK SC', serif; font-size: 11pt; line-height: 1.5; }
  h1, h2, h3 { font-size: 11pt; font-weight: bold; margin: 10pt 0 4pt; }
  ul { padding-left: 4mm; margin: 0 0 6pt; list-style: none; } p { margin: 0 0 8pt; text-align: justify; }
  li::before { content: '\\2013\\00a0'; margin-left: -3.5mm; }`,
  three: `
  body { font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; font-size: 8.5pt; line-height: 1.25; hyphens: auto; }
  main { column-count: 3; column-gap: 5mm; }
  h1 { font-size: 14pt; column-span: all; text-transform: uppercase; } h2 { font-size: 10pt; font-style: italic; } h3 { font-size: 9pt; text-transform: uppercase; }
  ul { padding-left: 3mm; margin: 0 0 3pt; list-style: none; } p { margin: 0 0 3pt; text-align: justify; }
  li::before { content: '\\25AA\\00a0'; margin-left: -3mm; }`,
};

/**
 * A numbered item keeps its number as text, with no bullet before it, in every layout; a markdown list's
 * number is its marker, with no bullet beside it either.
 */
const NUMBERED_ITEMS = 'ol.numbered { padding-left: 0; margin: 0 0 4pt; list-style: none; } ol li::before { content: none; }';

const FOOTERS: Record<Layout, string> = {
  columns: '<div style="font-size:7.5pt;width:100%;text-align:center;color:#555"><span class="pageNumber"></span></div>',
  plain: '<div style="font-size:7.5pt;width:100%;text-align:center;color:#555"><span class="pageNumber"></span></div>',
  three:
    '<div style="font-size:7pt;width:100%;padding-left:15mm;color:#555">MERICS | Mercator Institute for China Studies | Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
};

function page(body: string, layout: Layout): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${STYLES[layout]} ${NUMBERED_ITEMS}
  </style></head><body><main>${body}</main></body></html>`;
}

export async function printSeedPdfs(outDir: string, from = SEEDS, layout: Layout = 'columns'): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const written: string[] = [];
  try {
    for (const seed of readdirSync(from).filter((f) => !f.startsWith('.'))) {
      const text = readFileSync(path.join(from, seed), 'utf8');
      const shape = detectShape(text);
      const { body, header } =
        shape === 'markdown'
          ? { body: toHtml(toHast(fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }))), header: '' }
          : pdfTextBody(shape === 'web-text' ? webTextBlocks(text) : text);
      const tab = await browser.newPage();
      await tab.setContent(page(body, layout));
      const file = path.join(outDir, seed.replace(/\.\w+$/, '') + '.pdf');
      await tab.pdf({
        path: file,
        format: layout === 'plain' ? 'Letter' : 'A4',
        margin: { top: '18mm', bottom: '16mm', left: '15mm', right: '15mm' },
        displayHeaderFooter: true,
        headerTemplate: `<div style="font-size:7.5pt;width:100%;text-align:center;color:#555">${escape(header || 'MERICS China Industries')}</div>`,
        footerTemplate: FOOTERS[layout],
      });
      await tab.close();
      written.push(file);
    }
  } finally {
    await browser.close();
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? path.join(ROOT, 'tests/fixtures/pdf');
  const layout: Layout = process.argv[4] === 'plain' || process.argv[4] === 'three' ? process.argv[4] : 'columns';
  for (const f of await printSeedPdfs(out, process.argv[3] ? path.resolve(process.argv[3]) : SEEDS, layout)) console.log(f);
}
