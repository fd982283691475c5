/**
 * A corpus of at least the requested size made from the seed newsletters, varied so that no two
 * copies are the same text: firm names, numbers and years are shifted per copy, which gives the
 * extractor new keys to build and merge rather than one newsletter read again and again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
}

export function buildCorpus(seedsDir: string, minBytes: number): CorpusFile[] {
  const seeds = readdirSync(seedsDir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(seedsDir, f), 'utf8') }));
  const files: CorpusFile[] = [];
  const encoder = new TextEncoder();
  let total = 0;
  for (let copy = 0; total < minBytes; copy++) {
    for (const seed of seeds) {
      const text = vary(seed.text, copy);
      const bytes = encoder.encode(text);
      files.push({ name: `${copy}_${seed.name}`, bytes });
      total += bytes.length;
    }
  }
  return files;
}

function vary(text: string, copy: number): string {
  if (copy === 0) return text;
  return text
    .replace(/\b(Volkswagen|BYD|Tesla|Airbus|Boeing|Merck|BioNTech|Tencent|Xiaomi)\b/g, `$1 Unit ${copy % 97}`)
    .replace(/\b(\d{2,3}) (percent|billion|million)\b/g, (_m, n: string, unit: string) => `${Number(n) + (copy % 13)} ${unit}`)
    .replace(/\b(Action Plan|Implementation Plan|Guiding Opinions|Notice)\b/g, `$1 ${copy}`);
}
