/** The extractor's entry point: a newsletter's bytes → its document model and graph fragment. */
import { defaultRegistries, type Registries } from '../../graph-schema/registry.ts';
import { withRegistries } from './registries.ts';
import { readHtml } from './blocks/html.ts';
import { readMarkdown } from './blocks/markdown.ts';
import { readPdfText } from './blocks/pdf-text.ts';
import { looksLikePdf, pdfToText, placeOf, type PdfPlace } from './blocks/pdf.ts';
import type { Source } from '../../graph-schema/schema.ts';
import { readWebText } from './blocks/web-text.ts';
import type { BlockReading } from './blocks/block.ts';
import type { NewsletterDoc, Shape } from './document/model.ts';
import { buildDocument } from './document/structure.ts';
import { buildFragment, type Fragment } from './fragment.ts';
import { decodeNewsletter } from './input.ts';
import { detectShape } from './shape.ts';

export { InputError, MAX_NEWSLETTER_BYTES } from './input.ts';
/** The largest file read at all: a PDF with its images; its text is held to MAX_NEWSLETTER_BYTES like any other. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;
export type { NewsletterDoc } from './document/model.ts';
export type { Fragment } from './fragment.ts';

/** One reader per input shape, behind one seam: text → blocks. */
const READERS: Record<Shape, (text: string) => BlockReading> = {
  markdown: readMarkdown,
  'pdf-text': readPdfText,
  html: readHtml,
  'web-text': readWebText,
  // A PDF's text, once pdf.ts has laid it out, is read as the pdf-text shape.
  pdf: readPdfText,
};

/** Parses newsletter text into the document model, detecting its shape. */
export function parseNewsletter(source: string, text: string, registries: Registries = defaultRegistries): NewsletterDoc {
  return withRegistries(registries, () => {
    const shape = detectShape(text);
    const reading = READERS[shape](text);
    return buildDocument(source, shape, reading);
  });
}

export interface Extraction {
  doc: NewsletterDoc;
  fragment: Fragment;
}

/**
 * Reads one newsletter file, in any shape: a PDF (told by its %PDF- bytes) is laid out as text first.
 * Throws InputError when the bytes are not a newsletter.
 */
export async function extractFile(source: string, bytes: Uint8Array, registries: Registries = defaultRegistries): Promise<Extraction> {
  if (!looksLikePdf(bytes)) return extractNewsletter(source, bytes, registries);
  const { text, places } = await pdfToText(bytes);
  return withRegistries(registries, () => {
    const doc = buildDocument(source, 'pdf', readPdfText(text));
    const fragment = buildFragment(doc, source);
    placeSources(fragment, places);
    return { doc, fragment };
  });
}

/** Every source of a PDF's fragment gets the page and box its span stands on. */
function placeSources(fragment: Fragment, places: readonly PdfPlace[]): void {
  const place = (sources: Source[]) => {
    for (const s of sources) Object.assign(s, placeOf(places, s.start, s.end) ?? {});
  };
  fragment.graph.forEachNode((_k, a) => place(a.sources));
  fragment.graph.forEachEdge((_k, a) => place(a.sources));
}

/**
 * Reads one newsletter file's text bytes with these registries (graph-schema's by default); throws
 * InputError when they are not a newsletter's text.
 */
export function extractNewsletter(source: string, bytes: Uint8Array, registries: Registries = defaultRegistries): Extraction {
  return withRegistries(registries, () => {
    const doc = parseNewsletter(source, decodeNewsletter(bytes));
    return { doc, fragment: buildFragment(doc, source) };
  });
}
