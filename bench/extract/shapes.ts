/**
 * Extraction of the same newsletters in each shape, in one run: the seeds as written (text), printed
 * to PDF by Chromium (pages per second), saved as web pages (HTML) and copied from those pages (web
 * text), each repeated until it has run for a while. Figures are per shape, with the ratio to text.
 *
 *   npm run bench:shapes [-- --seconds 10]
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium } from 'playwright-core';
import { printSeedPdfs } from '../../scripts/print-seed-pdfs.ts';
import { extractFile } from '../../src/extract/index.ts';
import { detectShape } from '../../src/extract/shape.ts';
import { seedAsWebPage } from '../../tests/helpers/web-page.ts';

const secondsArg = process.argv.indexOf('--seconds');
const budget = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 10;
const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const seeds = readdirSync(SEEDS).filter((f) => !f.startsWith('.'));
const encode = (s: string) => new TextEncoder().encode(s);

interface Input {
  name: string;
  bytes: Uint8Array;
}

/** Extracts the inputs over and over for about `budget` seconds: files, bytes and seconds done. */
async function measure(inputs: Input[]): Promise<{ files: number; bytes: number; seconds: number }> {
  for (const i of inputs) await extractFile(i.name, i.bytes); // warm-up
  let files = 0;
  let bytes = 0;
  const start = performance.now();
  while (performance.now() - start < budget * 1000) {
    for (const i of inputs) {
      await extractFile(i.name, i.bytes);
      files += 1;
      bytes += i.bytes.length;
    }
  }
  return { files, bytes, seconds: (performance.now() - start) / 1000 };
}

const text: Input[] = seeds.map((s) => ({ name: s, bytes: new Uint8Array(readFileSync(path.join(SEEDS, s))) }));
const markdownSeeds = seeds.filter((s) => detectShape(readFileSync(path.join(SEEDS, s), 'utf8')) === 'markdown');
const html: Input[] = markdownSeeds.map((s) => ({ name: s, bytes: encode(seedAsWebPage(readFileSync(path.join(SEEDS, s), 'utf8'), 'China Industries')) }));

const pdfDir = mkdtempSync(path.join(tmpdir(), 'kg-bench-pdf-'));
const pdfFiles = await printSeedPdfs(pdfDir);
const pdf: Input[] = pdfFiles.map((f) => ({ name: path.basename(f), bytes: new Uint8Array(readFileSync(f)) }));
let pages = 0;
for (const p of pdf) pages += (await getDocument({ data: new Uint8Array(p.bytes), verbosity: 0 }).promise).numPages;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const webText: Input[] = [];
for (const h of html) {
  const page = await browser.newPage();
  await page.setContent(new TextDecoder().decode(h.bytes));
  webText.push({ name: h.name, bytes: encode((await page.evaluate('document.body.innerText')) as string) });
}
await browser.close();

const mb = (r: { bytes: number; seconds: number }) => r.bytes / 2 ** 20 / r.seconds;
const perFile = (r: { files: number; seconds: number }) => (r.seconds / r.files) * 1000;
const t = await measure(text);
const h = await measure(html);
const w = await measure(webText);
const p = await measure(pdf);
const pdfPagesPerSecond = (pages / pdf.length) * (p.files / p.seconds);
console.log(
  [
    `text (${text.length} seeds as written): ${mb(t).toFixed(2)} MB/s, ${perFile(t).toFixed(1)} ms per newsletter`,
    `html (${html.length} saved pages): ${mb(h).toFixed(2)} MB/s, ${perFile(h).toFixed(1)} ms per newsletter`,
    `web text (${webText.length} copied pages): ${mb(w).toFixed(2)} MB/s, ${perFile(w).toFixed(1)} ms per newsletter`,
    `pdf (${pdf.length} printed seeds, ${pages} pages): ${pdfPagesPerSecond.toFixed(1)} pages/s, ${perFile(p).toFixed(1)} ms per newsletter (${mb(p).toFixed(2)} MB/s of PDF)`,
    `per newsletter, ratio to text: html ${(perFile(h) / perFile(t)).toFixed(1)}x, web text ${(perFile(w) / perFile(t)).toFixed(1)}x, pdf ${(perFile(p) / perFile(t)).toFixed(1)}x`,
  ].join('\n'),
);
