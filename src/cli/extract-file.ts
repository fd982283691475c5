/**
 * One newsletter file → its fragment and a summary for the progress lines, or the one problem that
 * stopped it. The same function runs in the CLI's process and in its extraction workers, so a file
 * reads the same either way.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Shape } from '../extract/document/model.ts';
import { extractFile, InputError, MAX_FILE_BYTES, type Extraction } from '../extract/index.ts';
import type { FactGraph } from '../graph/facts.ts';

export interface InputFileRef {
  path: string;
  size: number;
}

/** What the progress line says of a newsletter: the document model is not kept once the fragment is built. */
export interface NewsletterSummary {
  shape: Shape;
  date: string | null;
  inferred: boolean;
  top: number;
  policyNews: number;
  corporateNews: number;
  warnings: string[];
}

export interface FileExtraction {
  graph: FactGraph;
  summary: NewsletterSummary;
}

function summaryOf({ doc, fragment }: Extraction): NewsletterSummary {
  const inSection = (s: string) => doc.news.filter((n) => n.section === s).length;
  return {
    shape: doc.shape,
    date: doc.issue.date,
    inferred: doc.issue.inferred,
    top: doc.top.length,
    policyNews: inSection('policy-news'),
    corporateNews: inSection('corporate-news'),
    warnings: fragment.warnings,
  };
}

/** Reads and extracts one file; a string is the problem, worded for "error: <file>: <problem>". */
export async function extractOneFile(file: InputFileRef): Promise<FileExtraction | string> {
  // Refused before reading, so an oversized file never enters memory.
  if (file.size > MAX_FILE_BYTES) {
    return `the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a newsletter may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB`;
  }
  try {
    const extraction = await extractFile(path.basename(file.path), await readFile(file.path));
    if (extraction.doc.top.length === 0 && extraction.doc.news.length === 0) {
      return 'no newsletter structure found: no numbered TOP entries and no dated news items';
    }
    return { graph: extraction.fragment.graph, summary: summaryOf(extraction) };
  } catch (err) {
    if (err instanceof InputError) return err.message;
    if ((err as NodeJS.ErrnoException).code) return `cannot be read (${(err as NodeJS.ErrnoException).code})`;
    return `extraction failed: ${err instanceof Error ? err.message : String(err)}`;
  }
}
