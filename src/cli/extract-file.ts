/**
 * One newsletter file → its fragment and a summary for the progress lines, or the one problem that
 * stopped it. The same function runs in the CLI's process and in its extraction workers, so a file
 * reads the same either way.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Shape } from '../extract/document/model.ts';
import { extractFile, InputError, MAX_FILE_BYTES, type Extraction } from '../extract/index.ts';
import { factGraphOf, mergeGraph, mergeSerialized, type FactGraph, type SerializedFacts } from '../graph/facts.ts';
import { serialize } from '../resolve/merge.ts';

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
  /** Nodes of the fragment by kind, and its edges. */
  kinds: Record<string, number>;
  edges: number;
  warnings: string[];
}

/**
 * A newsletter's own facts, as a graph (extracted here) or as the JSON line a worker sent: each form
 * made from the other only when asked, so a worker's line is written out (`--format ndjson`) or
 * merged without a graph built in between.
 */
export class PortableFragment {
  private constructor(
    private graphForm: FactGraph | undefined,
    private lineForm: string | undefined,
  ) {}

  static ofGraph(graph: FactGraph): PortableFragment {
    return new PortableFragment(graph, undefined);
  }

  static ofLine(line: string): PortableFragment {
    return new PortableFragment(undefined, line);
  }

  get graph(): FactGraph {
    return (this.graphForm ??= factGraphOf(JSON.parse(this.lineForm!) as SerializedFacts));
  }

  /** The facts as one line of JSON, checked against the schema (throws when they break it). */
  get line(): string {
    return (this.lineForm ??= JSON.stringify(serialize(this.graphForm!)));
  }

  mergeInto(graph: FactGraph): void {
    if (this.graphForm) mergeGraph(graph, this.graphForm);
    else mergeSerialized(graph, JSON.parse(this.lineForm!) as SerializedFacts);
  }
}

export interface FileExtraction {
  fragment: PortableFragment;
  summary: NewsletterSummary;
}

function summaryOf({ doc, fragment }: Extraction): NewsletterSummary {
  const inSection = (s: string) => doc.news.filter((n) => n.section === s).length;
  const kinds: Record<string, number> = {};
  fragment.graph.forEachNode((_k, a) => void (kinds[a.kind] = (kinds[a.kind] ?? 0) + 1));
  return {
    shape: doc.shape,
    date: doc.issue.date,
    inferred: doc.issue.inferred,
    top: doc.top.length,
    policyNews: inSection('policy-news'),
    corporateNews: inSection('corporate-news'),
    kinds,
    edges: fragment.graph.size,
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
    return { fragment: PortableFragment.ofGraph(extraction.fragment.graph), summary: summaryOf(extraction) };
  } catch (err) {
    if (err instanceof InputError) return err.message;
    // A file system error ("EACCES", "EISDIR"); pdf.js's own errors carry numeric codes and are no such thing.
    const code = (err as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('E')) return `cannot be read (${code})`;
    return `extraction failed: ${err instanceof Error ? err.message : String(err)}`;
  }
}
