/** PDFs printed by Chromium for the tests: the seeds in a newsletter layout, and bad ones. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { printSeedPdfs, type Layout } from '../../scripts/print-seed-pdfs.ts';

const printed = new Map<Layout, Promise<string>>();

/** The folder holding one PDF per seed in a layout, printed once per test process. */
export function seedPdfDir(layout: Layout = 'columns'): Promise<string> {
  let dir = printed.get(layout);
  if (!dir) {
    dir = (async () => {
      const out = mkdtempSync(path.join(tmpdir(), 'kg-pdf-'));
      await printSeedPdfs(out, undefined, layout);
      return out;
    })();
    printed.set(layout, dir);
  }
  return dir;
}

/** A folder of newsletters in the text shapes printed to PDF, as the seeds are; the folder of PDFs. */
export async function printedPdfDir(from: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-pdf-'));
  await printSeedPdfs(dir, from);
  return dir;
}

/** A page printed to PDF as it is: no text layer when it holds only a picture, as many pages as it breaks into. */
export async function printHtml(html: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return new Uint8Array(await page.pdf({ format: 'A4' }));
  } finally {
    await browser.close();
  }
}

export const seedPdf = async (seed: string, layout: Layout = 'columns') =>
  new Uint8Array(readFileSync(path.join(await seedPdfDir(layout), seed.replace(/\.txt$/, '.pdf'))));
