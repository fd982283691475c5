/** Which shape a newsletter's text has, told from the text itself, never from the file name. */
import { looksLikeHtml } from './blocks/html.ts';
import { looksLikeWebText } from './blocks/web-text.ts';
import type { Shape } from './document/model.ts';

/**
 * Markdown's traces: headings, labels in bold or italics ("**At a glance:**", "*What happened:*"), a whole
 * line in bold standing for a heading, emphasis opening a list item, links.
 */
const MARKDOWN_SIGNS = [
  /^#{1,6}\s+\S/gm,
  /^\s*(?:\*\*|\*|__|_)[^*_\n]{2,40}:(?:\*\*|\*|__|_)/gm,
  /^\s*\*\*[^*\n]{3,120}\*\*\s*$/gm,
  /^\s*[-*]\s+\*[^*\n]+\*/gm,
  /\]\([^)\s]*\)/g,
];
const PDF_SIGNS = [/^\s*https?:\/\/\S+\s*$/gm, /[\ue000-\uf8ff]/g, /^\s*MERICS\s+[lI|]\s+Mercator/gm];

function count(text: string, patterns: RegExp[]): number {
  return patterns.reduce((n, re) => n + (text.match(re)?.length ?? 0), 0);
}

export function detectShape(text: string): Shape {
  if (looksLikeHtml(text)) return 'html';
  const [markdown, pdf] = [count(text, MARKDOWN_SIGNS), count(text, PDF_SIGNS)];
  if (markdown > pdf) return 'markdown';
  // Unwrapped paragraphs and none of a PDF's traces: text copied from a web page.
  if (pdf <= 2 && looksLikeWebText(text)) return 'web-text';
  return 'pdf-text';
}
