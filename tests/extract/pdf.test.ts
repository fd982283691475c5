/**
 * PDFs as analysts receive them: the seeds printed by Chromium in two columns with a running header
 * and page numbers, read back into the seeds' facts; and bad PDFs, each refused in one clear line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { looksLikePdf } from '../../src/extract/blocks/pdf.ts';
import { extractFile, extractNewsletter, InputError } from '../../src/extract/index.ts';
import type { FactGraph } from '../../src/graph/facts.ts';
import { readSeed, seedFiles } from '../helpers/extract.ts';
import { printHtml, seedPdf, seedPdfDir } from '../helpers/pdf-fixtures.ts';

function facts(graph: FactGraph) {
  const keysOf = (kind: string) => graph.filterNodes((_k, a) => a.kind === kind && !(a as { stub?: boolean }).stub).sort();
  const edgesOf = (kind: string) => graph.filterEdges((_k, a) => a.kind === kind).sort();
  return { policies: keysOf('Policy'), agencies: keysOf('Agency'), issuedBy: edgesOf('ISSUED_BY'), firms: keysOf('Firm') };
}

beforeAll(async () => {
  await seedPdfDir();
}, 120_000);

describe('a seed printed to PDF', () => {
  it.each(seedFiles)('%s gives the policies, agencies, issuers, firms and issue date of its text', async (seed) => {
    const bytes = await seedPdf(seed);
    expect(looksLikePdf(bytes)).toBe(true);
    const fromPdf = await extractFile(seed, bytes);
    const fromText = extractNewsletter(seed, new TextEncoder().encode(readSeed(seed)));
    expect(fromPdf.doc.shape).toBe('pdf');
    expect(fromPdf.doc.issue.date).toBe(fromText.doc.issue.date);
    expect(facts(fromPdf.fragment.graph)).toEqual(facts(fromText.fragment.graph));
  });
});

describe('bad PDFs, each refused with its reason', () => {
  const refusal = async (bytes: Uint8Array) => {
    try {
      await extractFile('bad.pdf', bytes);
    } catch (err) {
      if (err instanceof InputError) return err.message;
      throw err;
    }
    return 'read';
  };

  it('an image-only PDF has no text layer', async () => {
    const picture = await printHtml(
      '<svg width="400" height="300"><rect width="400" height="300" fill="#345"/><circle cx="200" cy="150" r="80" fill="#fc3"/></svg>',
    );
    expect(await refusal(picture)).toBe('the PDF has no text layer (scanned or image-only); run OCR on it first');
  });

  it('a truncated PDF cannot be read', async () => {
    const whole = await seedPdf(seedFiles[0]!);
    expect(await refusal(whole.subarray(0, Math.floor(whole.length / 3)))).toMatch(/^the PDF cannot be read \(.+\); it may be truncated or damaged$/);
  });

  it('a 100-page PDF is no monthly newsletter', async () => {
    const pages = Array.from({ length: 100 }, (_v, i) => `<p style="page-break-after: always">Page ${i + 1}</p>`).join('');
    expect(await refusal(await printHtml(pages))).toBe('the PDF has 100 pages; a newsletter has at most 60');
  }, 60_000);
});
