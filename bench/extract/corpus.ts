/**
 * A corpus of at least the requested size made from the seed newsletters, varied so that no two
 * copies are the same text: firm names, numbers and years are shifted per copy, which gives the
 * extractor new keys to build and merge rather than one newsletter read again and again. Written to
 * a folder one file at a time, so even a corpus larger than memory can be made.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Corpus {
  dir: string;
  files: number;
  bytes: number;
}

export function writeCorpus(seedsDir: string, dir: string, minBytes: number): Corpus {
  const seeds = readdirSync(seedsDir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(seedsDir, f), 'utf8') }));
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let files = 0;
  for (let copy = 0; bytes < minBytes; copy++) {
    for (const seed of seeds) {
      const text = Buffer.from(vary(seed.text, copy));
      writeFileSync(path.join(dir, `${copy}_${seed.name}`), text);
      bytes += text.length;
      files += 1;
    }
  }
  return { dir, files, bytes };
}

function vary(text: string, copy: number): string {
  if (copy === 0) return text;
  return text
    .replace(/\b(Volkswagen|BYD|Tesla|Airbus|Boeing|Merck|BioNTech|Tencent|Xiaomi)\b/g, `$1 Unit ${copy % 97}`)
    .replace(/\b(\d{2,3}) (percent|billion|million)\b/g, (_m, n: string, unit: string) => `${Number(n) + (copy % 13)} ${unit}`)
    .replace(/\b(Action Plan|Implementation Plan|Guiding Opinions|Notice)\b/g, `$1 ${copy}`);
}
