/**
 * Reads a saved web page of a brief (merics.org, or a web-archive copy of it) into blocks with a
 * real HTML parser (hast-util-from-html, of the unified family beside mdast): the article body only —
 * navigation, site header and footer, cookie banners, paywall notices, share buttons and scripts are
 * dropped. Headings, paragraphs and list items become blocks; whitespace is collapsed as a browser
 * does, and every word keeps its place in the file.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { splitListItems } from './list-markers.ts';
import { tableFields } from './table-fields.ts';
import { labelAlone } from '../labels.ts';
import type { Block, BlockReading, Link } from './block.ts';
import { MappedText } from '../text/mapped-text.ts';

/** Elements that never hold the brief's text. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'button', 'iframe', 'svg', 'select', 'dialog']);
/** Classes and ids of page furniture around an article. */
const FURNITURE =
  /cookie|consent|gdpr|banner|paywall|subscri|share|social|breadcrumb|related|signup|sign-up|menu|sidebar|advert|promo|login|modal|skip-link|print-only/i;
/** Where a page keeps its article, best first. */
const ARTICLE_CLASS = /\b(?:entry-content|article-body|article__body|post-content|content-body|brief-content)\b/i;
const HEADING = /^h([1-6])$/;
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'cite',
  'code',
  'em',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'font',
  'br',
  'wbr',
]);

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return (
    /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(head) || (head.match(/<(?:p|div|h[1-6]|li|article|section)\b[^>]*>/gi)?.length ?? 0) >= 3
  );
}

export function readHtml(source: string): BlockReading {
  const tree = fromHtml(source);
  const root = articleRoot(tree);
  const blocks: Block[] = [];
  const links: Link[] = [];
  collect(root, source, blocks, links);
  return { blocks, furniture: { footers: [], published: publicationDates(tree, source) }, links };
}

/** Metadata that names a page's date of publication (Open Graph's article tags, schema.org's microdata, Dublin Core). */
const PUBLISHED_META = /^(?:article:published_time|og:published_time|datePublished|date|dc\.date(?:\.issued)?|dcterms\.issued|citation_publication_date)$/i;

/**
 * The page's own publication dates from its <meta> tags, then from the first <time> that gives its date in
 * full ("<time datetime="2023-07-05">5 July</time>", a dateline that prints no year), each mapped to where
 * its value stands in the file.
 */
function publicationDates(tree: Root, source: string): MappedText[] {
  const valueAt = (e: Element, value: string) => MappedText.fromSource(value, Math.max(source.indexOf(value, e.position?.start.offset ?? 0), 0));
  const all = [...elements(tree)];
  const metas = all.flatMap((e) => {
    const name = e.properties.property ?? e.properties.name ?? e.properties.itemProp;
    const content = e.properties.content;
    if (e.tagName !== 'meta' || typeof content !== 'string' || !PUBLISHED_META.test([name].flat().join(' '))) return [];
    return [valueAt(e, content)];
  });
  const time = all.find((e) => e.tagName === 'time' && typeof e.properties.dateTime === 'string' && /^\d{4}-\d{2}-\d{2}/.test(e.properties.dateTime));
  return time ? [...metas, valueAt(time, time.properties.dateTime as string)] : metas;
}

const classOf = (e: Element) => [e.properties.className, e.properties.id].flat().filter(Boolean).join(' ');

function isFurniture(e: Element): boolean {
  return DROPPED.has(e.tagName) || FURNITURE.test(classOf(e)) || e.properties.hidden === true || e.properties.ariaHidden === 'true';
}

function* elements(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}

/** The article: an <article>, else <main>, else an element classed as the content, else the body. */
function articleRoot(tree: Root): Root | Element {
  const all = [...elements(tree)];
  return (
    all.find((e) => e.tagName === 'article' && !isFurniture(e)) ??
    all.find((e) => e.tagName === 'main') ??
    all.find((e) => ARTICLE_CLASS.test(classOf(e))) ??
    all.find((e) => e.tagName === 'body') ??
    tree
  );
}

function collect(node: Root | Element, source: string, out: Block[], links: Link[]): void {
  let inline: ElementContent[] = [];
  const flush = () => {
    if (inline.length > 0) push(out, 'paragraph', labelledLines(inline, source, links), 0);
    inline = [];
  };
  for (const child of node.children as RootContent[]) {
    if (child.type === 'text') {
      inline.push(child);
      continue;
    }
    if (child.type !== 'element' || isFurniture(child)) continue;
    if (INLINE.has(child.tagName)) {
      inline.push(child);
      continue;
    }
    flush();
    const heading = HEADING.exec(child.tagName);
    if (heading) push(out, 'heading', lines(child.children, source, links), Number(heading[1]));
    else if (child.tagName === 'p' || child.tagName === 'dt' || child.tagName === 'dd' || child.tagName === 'figcaption') {
      push(out, 'paragraph', labelledLines(child.children, source, links), 0);
    } else if (child.tagName === 'dl') definitions(child, source, out, links);
    else if (child.tagName === 'ul' || child.tagName === 'ol') list(child, source, out, links);
    else if (child.tagName === 'table') labelledRows(child, source, out, links);
    else collect(child, source, out, links);
  }
  flush();
}

/** A list's items: bullets, or numbered paragraphs ("1. …") where the list is ordered. */
function list(e: Element, source: string, out: Block[], links: Link[]): void {
  let n = Number(e.properties.start ?? 1);
  for (const item of e.children) {
    if (item.type !== 'element' || item.tagName !== 'li' || isFurniture(item)) continue;
    const direct = item.children.filter((c) => c.type === 'text' || (c.type === 'element' && INLINE.has(c.tagName)));
    const itemLines = lines(direct, source, links).filter((l) => l.text.trim().length > 0);
    if (e.tagName === 'ol' && itemLines[0]) itemLines[0] = MappedText.concat([`${n}. `, itemLines[0]]);
    push(out, e.tagName === 'ol' ? 'paragraph' : 'bullet', itemLines, 0);
    // Paragraphs and lists nested in an item follow it as blocks of their own; an item whose text is all in
    // them ("<li><p>Beijing sets rules …</p><ul>…</ul></li>") gives its number to the first.
    const nested = item.children.filter((c) => c.type === 'element' && !INLINE.has(c.tagName));
    const from = out.length;
    if (nested.length > 0) collect({ ...item, children: nested }, source, out, links);
    const first = out[from];
    if (e.tagName === 'ol' && itemLines.length === 0 && first?.lines[0]) first.lines[0] = MappedText.concat([`${n}. `, first.lines[0]]);
    n += 1;
  }
}

/**
 * A definition list as its terms' fields: "<dt>Issued by</dt><dd>MIIT</dd><dd>NDRC</dd>" reads "Issued by: MIIT, NDRC",
 * as a page's fact box sets out a document's title, issuers and date — a term on a line of its own would read as a
 * heading ("Policy").
 */
function definitions(dl: Element, source: string, out: Block[], links: Link[]): void {
  const oneLine = (e: Element) => MappedText.concat(lines(e.children, source, links).flatMap((l, i) => (i === 0 ? [l.trim()] : [' ', l.trim()])));
  let term: MappedText | null = null;
  let values: MappedText[] = [];
  const flush = () => {
    // ("<dt>Issuer:</dt>" has its colon already.)
    const colon = term && /:\s*$/.test(term.text) ? ' ' : ': ';
    if (term && values.length > 0) push(out, 'paragraph', [MappedText.concat([term, colon, ...values.flatMap((v, i) => (i === 0 ? [v] : [', ', v]))])], 0);
    else if (term) push(out, 'paragraph', [term], 0);
    term = null;
    values = [];
  };
  // (A <div> may group a term with its values.)
  const items = dl.children.flatMap((c) => (c.type === 'element' && c.tagName === 'div' ? c.children : [c]));
  for (const item of items) {
    if (item.type !== 'element' || isFurniture(item)) continue;
    if (item.tagName === 'dt') {
      flush();
      term = oneLine(item);
    } else if (item.tagName === 'dd') {
      const value = oneLine(item);
      if (value.text.trim().length > 0) values.push(value);
    }
  }
  flush();
}

function push(out: Block[], kind: Block['kind'], blockLines: MappedText[], level: number): void {
  const kept = blockLines.map((l) => l.trim()).filter((l) => l.text.length > 0);
  if (kept.length === 0) return;
  // "<p>Key targets:<br>- Reach …<br>- Create …</p>", "<div>• Reach …</div>": list items set as text.
  const parts = kind === 'paragraph' ? splitListItems(kept) : [{ kind, lines: kept }];
  for (const part of parts) out.push({ kind: part.kind, lines: part.lines, level, afterPageBreak: false });
}

/** A table's rows, each cell's text on one line, read as an entry's fields where they set them out. */
function labelledRows(table: Element, source: string, out: Block[], links: Link[]): void {
  const rows = [...elements(table)]
    .filter((row) => row.tagName === 'tr' && !isFurniture(row))
    .map((row) =>
      row.children
        .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
        .map((cell) => MappedText.concat(lines(cell.children, source, links).flatMap((l, i) => (i === 0 ? [l] : [' ', l])))),
    );
  for (const { kind, line } of tableFields(rows)) push(out, kind, [line], 0);
}

/**
 * A paragraph's lines, with a label that markup alone sets apart given its colon: "<span class="k">Issuer</span>
 * <span>CAC, NDRC</span>", as a page's fact box prints it, reads "Issuer: CAC, NDRC".
 */
function labelledLines(content: readonly ElementContent[], source: string, links: Link[]): MappedText[] {
  const read = lines(content, source, links);
  const first = content.find((c) => c.type !== 'text' || c.value.trim() !== '');
  const label = first?.type === 'element' && first.tagName !== 'br' ? textOf(first).trim() : '';
  const line = read[0];
  if (!line || label === '' || !labelAlone(label) || !line.text.startsWith(label) || line.text.length <= label.length + 1) return read;
  read[0] = MappedText.concat([line.slice(0, label.length), ': ', line.slice(label.length).trim()]);
  return read;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** Inline content as lines (split at <br>), whitespace collapsed, each word mapped to the file. */
function lines(content: readonly ElementContent[], source: string, links: Link[]): MappedText[] {
  const out: (MappedText | string)[][] = [[]];
  // One space where inline elements meet ("<b>At a glance:</b> The …"), as a browser shows it.
  const add = (part: MappedText | string) => {
    const line = out.at(-1)!;
    if (part === ' ' && (line.length === 0 || line.at(-1) === ' ')) return;
    line.push(part);
  };
  const walk = (nodes: readonly ElementContent[]) => {
    for (const n of nodes) {
      if (n.type === 'text') words(n.value, source, n.position?.start.offset, n.position?.end.offset).forEach(add);
      else if (n.type === 'element' && !isFurniture(n)) {
        if (n.tagName === 'br') out.push([]);
        else {
          if (n.tagName === 'a' && typeof n.properties.href === 'string' && /^https?:\/\//i.test(n.properties.href)) {
            links.push({ url: n.properties.href, at: n.position?.start.offset ?? 0 });
          }
          walk(n.children);
        }
      }
    }
  };
  walk(content);
  return out.map((parts) => MappedText.concat(parts));
}

/** A text node's words with single spaces between them, each found in the file (entities make value and source differ). */
function words(value: string, source: string, from = 0, to = source.length): (MappedText | string)[] {
  const parts: (MappedText | string)[] = [];
  let cursor = from;
  const leading = /^\s/.test(value);
  const pieces = value.split(/\s+/).filter(Boolean);
  // A space alone between two inline elements ("<span>12.03.2024</span> <span>6 min read</span>") still parts them.
  if (leading) parts.push(' ');
  pieces.forEach((word, i) => {
    const at = source.indexOf(word, cursor);
    const offset = at >= 0 && at + word.length <= to ? at : cursor;
    parts.push(MappedText.fromSource(word, offset));
    cursor = offset + (at >= 0 ? word.length : 0);
    if (i < pieces.length - 1 || /\s$/.test(value)) parts.push(' ');
  });
  return parts;
}
