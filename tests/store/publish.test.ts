/**
 * `kg publish`: the edition opened from file:// in Chromium, with no server and no database behind it —
 * search, the panel with evidence, lineage, what is new and exports work; the console says why it is absent.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractNewsletter } from '../../src/extract/index.ts';
import { loadFragments } from '../../src/store/load.ts';
import { SEEDS_DIR, seedFiles } from '../helpers/extract.ts';
import { emptyTestStore, testStoreConfig } from '../helpers/store.ts';

const KG = path.resolve(import.meta.dirname, '../../bin/kg.js');
const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');
let dir: string;
let browser: Browser;
let page: Page;
const requests: string[] = [];

async function kgPublish(target: string) {
  const { uri, user, password } = testStoreConfig();
  try {
    const out = await promisify(execFile)('node', [KG, 'publish', target], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    });
    return { code: 0, ...out };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  const store = await emptyTestStore();
  await loadFragments(
    store,
    seedFiles.map((f) => extractNewsletter(f, readFileSync(path.join(SEEDS_DIR, f))).fragment.graph),
  );
  await store.close();
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'kg-edition-')), 'edition');
  const published = await kgPublish(dir);
  expect(published.stderr).toMatch(/published \d+ nodes, \d+ edges and 5 newsletters to /);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${dir}/index.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.waitForTimeout(500);
});
afterAll(async () => {
  await browser?.close();
});

describe('a published edition, opened from file://', () => {
  it('draws the graph without asking any server', async () => {
    expect(await page.textContent('#status')).toMatch(/^\d+ (?:of \d+ )?nodes, \d+ (?:of \d+ )?edges$/);
    expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'edition.png') });
  });

  it('finds by search and shows the panel with the evidence of each link', async () => {
    await page.fill('#search', 'MIIT');
    await page.click('#suggestions li[data-key="agency:miit"]');
    await page.waitForSelector('#panel[data-key="agency:miit"]');
    expect(await page.locator('#panel blockquote.evidence cite').first().textContent()).toMatch(/ — China Industries · /);
    expect(await page.textContent('#panel')).toContain('Co-issuers');
  });

  it('shows a policy’s lineage and what an issue is the first to state', async () => {
    await page.goto(`file://${dir}/index.html?node=policy%3Ametrology-development-plan-2021-2035`);
    await page.waitForSelector('#panel .lineage');
    expect(await page.locator('#panel .lineage li').count()).toBeGreaterThan(1);
    await page.selectOption('#new-in', { label: 'China Industries · 7 Dec 2021' });
    await page.waitForFunction(() => /new policies/.test(document.querySelector('#new-in-summary')?.textContent ?? ''));
  });

  it('says why it has no console', async () => {
    await page.click('#console summary');
    expect(await page.textContent('#console .notice')).toMatch(/published edition: it carries the graph but no database/);
    expect(await page.locator('#console #editor').count()).toBe(0);
  });

  it('exports the view as JSON with every attribute', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="json"]')]);
    const file = path.join(dir, '..', 'export.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.edges.some((e: { attributes: { evidence?: string } }) => typeof e.attributes.evidence === 'string')).toBe(true);
  });

  it('is written again over an earlier edition, but never into a folder holding other files', async () => {
    expect((await kgPublish(dir)).code).toBe(0);
    const other = mkdtempSync(path.join(tmpdir(), 'kg-not-an-edition-'));
    writeFileSync(path.join(other, 'notes.txt'), 'mine');
    const refused = await kgPublish(other);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/holds other files/);
    expect(existsSync(path.join(other, 'notes.txt'))).toBe(true);
  });
});
