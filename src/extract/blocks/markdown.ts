/**
 * Reads a markdown newsletter into blocks with mdast: headings, paragraphs, list items.
 * Inline markup (bold labels, emphasised dates, links, <sup> ordinals) is dropped and only
 * its text kept, each piece mapped back to its place in the file.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Nodes, Paragraph, Parent, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Block, BlockReading, Link } from './block.ts';
import { TOC_LINE } from './lines.ts';
import { splitListItems } from './list-markers.ts';
import { tableFields } from './table-fields.ts';
import { MappedText } from '../text/mapped-text.ts';

export function readMarkdown(source: string): BlockReading {
  const tree = fromMarkdown(source, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const blocks: Block[] = [];
  const footers: MappedText[] = [];
  for (const node of tree.children) collectBlocks(node, source, blocks, footers);
  const links: Link[] = [];
  visit(tree, 'link', (node) => {
    if (/^https?:\/\//i.test(node.url)) links.push({ url: node.url, at: node.position?.start.offset ?? 0 });
  });
  return { blocks, furniture: { footers }, links };
}

function collectBlocks(node: RootContent, source: string, out: Block[], footers: MappedText[]): void {
  switch (node.type) {
    case 'heading':
      pushBlock(out, 'heading', inlineLines(node, source), node.depth);
      return;
    case 'paragraph': {
      const lines = inlineLines(node, source);
      // A run of contents lines (title, dotted leader, page number) is no part of the text.
      if (lines.some((l) => TOC_LINE.test(l.text))) return;
      // "Key targets:" with items on the lines under it that markdown does not read as a list ("– …", "(a) …").
      for (const part of splitListItems(lines)) pushBlock(out, part.kind, part.lines, 0);
      return;
    }
    case 'list': {
      let n = node.start ?? 1;
      for (const item of node.children) {
        item.children.forEach((child, i) => {
          if (child.type !== 'paragraph') return collectBlocks(child, source, out, footers);
          // "1. **Beijing sets rules for robots.** The MIIT …": a headline run into its entry's first paragraph.
          const runIn = node.ordered && i === 0 ? runInHeadline(child, source) : null;
          if (runIn) {
            const [headline, ...rest] = inlineLines(runIn.headline, source);
            const marker = item.position?.start.offset;
            pushBlock(
              out,
              'heading',
              [MappedText.concat([marker === undefined ? `${n}. ` : MappedText.fromSource(`${n}. `, marker), headline!]), ...rest],
              RUN_IN_LEVEL,
            );
            pushBlock(out, 'paragraph', inlineLines(runIn.text, source), 0);
            return;
          }
          const lines = inlineLines(child, source);
          if (lines.some((l) => TOC_LINE.test(l.text))) return;
          // The item's number, which mdast keeps apart from its text, maps to the marker printed in the file.
          const marker = item.position?.start.offset;
          if (node.ordered && i === 0 && lines[0])
            lines[0] = MappedText.concat([marker === undefined ? `${n}. ` : MappedText.fromSource(`${n}. `, marker), lines[0]]);
          pushBlock(out, node.ordered || i > 0 ? 'paragraph' : 'bullet', lines, 0);
        });
        n += 1;
      }
      return;
    }
    case 'blockquote':
      for (const child of node.children) collectBlocks(child, source, out, footers);
      return;
    case 'table':
      for (const { kind, line } of tableFields(node.children.map((row) => row.children.map((cell) => cellText(cell, source))))) pushBlock(out, kind, [line], 0);
      return;
    default:
      return; // code, html, breaks: not newsletter prose
  }
}

/** A run-in headline is a heading below every level markdown prints. */
const RUN_IN_LEVEL = 7;

/**
 * A paragraph that opens with a sentence of its own in bold, the text going on after it: "**Beijing sets
 * rules for humanoid robots.** The MIIT …". A label ("**At a glance:**") or a date ("**May 3** SAMR …")
 * ends in no stop and is none; nor is a bold phrase of a word or two.
 */
function runInHeadline(paragraph: Paragraph, source: string): { headline: Paragraph; text: Paragraph } | null {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'strong' || rest.length === 0) return null;
  const headline = { ...paragraph, children: [first] };
  const text = { ...paragraph, children: rest };
  const textOf = (p: Paragraph) =>
    inlineLines(p, source)
      .map((l) => l.text)
      .join(' ')
      .trim();
  const bold = textOf(headline);
  if (!/[.!?]$/.test(bold) || bold.split(/\s+/).length < 3 || textOf(text) === '') return null;
  return { headline, text };
}

/** A cell's text (a cell holds one line; a `<br>` in it is dropped as html). */
function cellText(cell: Parent, source: string): MappedText {
  return inlineLines(cell, source)[0] ?? MappedText.fromSource('', 0);
}

function pushBlock(out: Block[], kind: Block['kind'], lines: MappedText[], level: number): void {
  const kept = lines.filter((l) => l.text.trim().length > 0);
  if (kept.length > 0) out.push({ kind, lines: kept, level, afterPageBreak: false });
}

/** The text of a node's inline content, split where the source breaks lines. */
function inlineLines(node: Parent, source: string): MappedText[] {
  const lines: MappedText[][] = [[]];
  const visit = (n: Nodes) => {
    switch (n.type) {
      case 'text':
      case 'inlineCode': {
        const start = n.position?.start.offset ?? 0;
        const end = n.position?.end.offset ?? start;
        let cursor = start;
        n.value.split('\n').forEach((piece, i) => {
          if (i > 0) lines.push([]);
          const mapped = locate(piece, source, cursor, end);
          cursor = mapped.sourceOffset(0) + piece.length;
          lines.at(-1)!.push(mapped);
        });
        return;
      }
      case 'break':
        lines.push([]);
        return;
      case 'html':
      case 'image':
      case 'imageReference':
        return;
      default:
        if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
    }
  };
  for (const c of node.children as Nodes[]) visit(c);
  return lines.map((parts) => MappedText.concat(parts));
}

/** Maps a piece of a text node back to the file; escapes make value and source differ slightly. */
function locate(piece: string, source: string, from: number, to: number): MappedText {
  const at = source.indexOf(piece, from);
  return MappedText.fromSource(piece, at >= 0 && at <= to ? at : from);
}
