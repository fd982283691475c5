/**
 * The explorer in a real browser (Debian's Chromium driven by playwright-core) against the API over a
 * real Neo4j loaded with the seeds. Screenshots land in tests/screenshots/ for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/connect.ts';
import { extractNewsletter } from '../../src/extract/index.ts';
import { loadFragments } from '../../src/store/load.ts';
import { SEEDS_DIR, seedFiles } from '../helpers/extract.ts';
import { emptyTestStore } from '../helpers/store.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');
/** How stale the API's answers may be: a write below shows after this. */
const SNAPSHOT_MAX_AGE_MS = 300;
let store: Store;
let server: Server;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  store = await emptyTestStore();
  // As `kg load seeds` does: every issue resolved with the others, merge candidates marked.
  await loadFragments(
    store,
    seedFiles.map((f) => extractNewsletter(f, readFileSync(path.join(SEEDS_DIR, f))).fragment.graph),
  );
  await store.driver.executeQuery(`MERGE (p:Policy {key: 'policy:xss'}) SET p.title = '<img src=x onerror=alert(1)>', p.stub = true`);
  await build({ configFile: path.resolve(import.meta.dirname, '../../vite.config.ts'), logLevel: 'warn' });
  server = createApp(store, { snapshotMaxAgeMs: SNAPSHOT_MAX_AGE_MS }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-unsafe-swiftshader'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await store?.close();
});

async function open(query = ''): Promise<void> {
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.waitForTimeout(500); // sigma draws on the next animation frames
}

/** Share of the canvas that is not background. */
async function inkedShare(file: string): Promise<number> {
  const shot = PNG.sync.read(await page.locator('#canvas').screenshot({ path: path.join(SCREENSHOTS, file) }));
  let inked = 0;
  for (let i = 0; i < shot.data.length; i += 4) {
    if (shot.data[i]! < 235 || shot.data[i + 1]! < 235 || shot.data[i + 2]! < 235) inked += 1;
  }
  return inked / (shot.width * shot.height);
}

/** Share of the canvas in strong colour — nodes drawn in their kind's colour, not dimmed grey or label text. */
async function colouredShare(file: string): Promise<number> {
  const shot = PNG.sync.read(await page.locator('#canvas').screenshot({ path: path.join(SCREENSHOTS, file) }));
  let coloured = 0;
  for (let i = 0; i < shot.data.length; i += 4) {
    const [r, g, b] = [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured += 1;
  }
  return coloured / (shot.width * shot.height);
}

describe('the explorer', () => {
  it('draws the graph on the canvas', async () => {
    await open();
    // The first view leaves entries, targets, newsletters and firms a click away (the legend, a panel, an expansion).
    expect(await page.textContent('#status')).toMatch(/^\d+ of \d+ nodes, \d+ of \d+ edges$/);
    for (const kind of ['Entry', 'Target', 'Newsletter', 'Firm']) expect(await page.isChecked(`#legend input[data-kind="${kind}"]`)).toBe(false);
    for (const kind of ['Policy', 'Agency', 'Sector']) expect(await page.isChecked(`#legend input[data-kind="${kind}"]`)).toBe(true);
    expect(new URL(page.url()).searchParams.has('hide')).toBe(false);
    expect(await inkedShare('graph.png')).toBeGreaterThan(0.01);
    expect(await page.locator('#legend label').count()).toBeGreaterThanOrEqual(7);
  });

  it('finds MIIT by search and lists, in its panel, the five newsletters that name it', async () => {
    await open();
    await page.fill('#search', 'MIIT');
    await page.click('#suggestions li[data-key="agency:miit"]');
    await page.waitForSelector('#panel[data-key="agency:miit"]');
    expect(await page.textContent('#panel h2')).toBe('MIIT');
    expect(await page.locator('#panel h4').count()).toBe(5);
    expect(await page.locator('#panel button.link').count()).toBeGreaterThan(10);
    expect(new URL(page.url()).searchParams.get('node')).toBe('agency:miit');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'miit.png') });
  });

  it('opens the entry a quoted sentence stands in, with the passage marked', async () => {
    await open('?node=agency%3Amiit');
    const quote = page.locator('#panel blockquote.evidence.opens').first();
    await quote.waitFor();
    const entry = await quote.getAttribute('data-entry');
    const said = (await quote.textContent())!.replace(/ — China Industries · .*$/, '');
    await quote.click();
    await page.waitForSelector(`#panel[data-key="${entry}"]`);
    expect(await page.textContent('#panel mark')).toBe(said);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'evidence-opened.png') });
  });

  it('lists an agency’s policies with dates, sortable, and its co-issuers as links', async () => {
    await open('?node=agency%3Asamr');
    await page.waitForSelector('#panel .agency-policies li');
    const dates = (await page.locator('#panel .agency-policies li > span:first-child').allTextContents()).map((d) => d.trim());
    expect(dates).toEqual([...dates].sort().reverse());
    await page.click('#panel button.sort-policies');
    const titles = await page.locator('#panel .agency-policies li button.link').allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    await page.click('#panel h3:text("Co-issuers") + ul button.link >> nth=0');
    await page.waitForFunction(() => document.querySelector('#panel')?.getAttribute('data-key') !== 'agency:samr');
    expect(await page.getAttribute('#panel', 'data-key')).toMatch(/^agency:/);
  });

  it('moves through the suggestions with the keyboard, as a combobox', async () => {
    await open();
    await page.fill('#search', 'MIIT');
    await page.waitForSelector('#suggestions:not([hidden]) li');
    expect(await page.getAttribute('#search', 'aria-expanded')).toBe('true');
    await page.press('#search', 'ArrowDown');
    expect(await page.getAttribute('#search', 'aria-activedescendant')).toBe('suggestion-0');
    await page.press('#search', 'Escape');
    expect(await page.isHidden('#suggestions')).toBe(true);
    await page.fill('#search', 'MIIT ');
    await page.waitForSelector('#suggestions:not([hidden]) li');
    await page.press('#search', 'ArrowDown');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#panel[data-key]');
    expect(await page.getAttribute('#panel', 'data-key')).toBe(await page.getAttribute('#suggestions li >> nth=0', 'data-key'));
  });

  it('closes the panel with its button, Escape or a click on empty canvas, and counts what the filters leave', async () => {
    await open('?node=agency%3Amiit');
    await page.waitForSelector('#panel[data-key="agency:miit"]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#panel', { state: 'hidden' });
    expect(new URL(page.url()).searchParams.get('node')).toBeNull();
    await open('?node=agency%3Amiit');
    await page.click('#panel button.close');
    await page.waitForSelector('#panel', { state: 'hidden' });
    await open('?agency=agency%3Andrc');
    expect(await page.textContent('#status')).toMatch(/^\d+ of \d+ nodes, \d+ of \d+ edges$/);
    // The legend counts what the filters keep.
    const policies = Number(/\((\d+)\)/.exec((await page.textContent('#legend label:has(input[data-kind="Policy"])'))!)![1]);
    expect(policies).toBeGreaterThan(0);
    expect(policies).toBeLessThan(20);
  });

  it('reopens the same view from a link, and goes back with the browser', async () => {
    await open('?node=sector%3Abatteries&hide=Entry');
    await page.waitForSelector('#panel[data-key="sector:batteries"]');
    expect(await page.isChecked('#legend input[data-kind="Entry"]')).toBe(false);
    await page.click('#panel button.link >> nth=0');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('node') !== 'sector:batteries');
    await page.goBack();
    await page.waitForSelector('#panel[data-key="sector:batteries"]');
  });

  it('shows a policy’s lineage as a chain and highlights it on the canvas', async () => {
    await open('?node=policy%3Ametrology-development-plan-2021-2035');
    await page.waitForSelector('#panel .lineage');
    const steps = await page.locator('#panel .lineage li').allTextContents();
    expect(steps[0]).toBe('● this policy');
    expect(steps[1]).toContain('↓ Guiding Opinions on Promoting the High-Quality Development of the Metrology Industry (2023-10-19)');
    // Drawn as a dated chain: this policy, then the later one, its date under it.
    expect(await page.locator('#panel .lineage-chain circle').count()).toBe(steps.length);
    expect(await page.locator('#panel .lineage-chain text').allTextContents()).toContain('2023-10-19');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'lineage.png') });
  });

  it('runs a saved query, shows its rows and draws them', async () => {
    await open();
    await page.click('#console summary');
    await page.selectOption('#saved', 'targets-due');
    await page.fill('#params input[name="year"]', '2026');
    await page.click('#run');
    await page.waitForSelector('#results table');
    expect(await page.locator('#results tbody tr').count()).toBe(7);
    expect(await page.textContent('#results p')).toBe('7 rows CSV');
    // The saved query's text is in the editor, to read and change.
    expect(await page.textContent('#editor .cm-content')).toContain('WHERE t.year = $year');
    // Sorted by a column on a click, the other way on a second.
    await page.click('#results th button.sort >> text=target');
    const ascending = await page.locator('#results tbody tr td:nth-child(2)').allTextContents();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
    await page.click('#results th button.sort >> text=target');
    expect(await page.getAttribute('#results th >> nth=1', 'aria-sort')).toBe('descending');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
    const csv = path.join(SCREENSHOTS, 'query.csv');
    await download.saveAs(csv);
    expect(readFileSync(csv, 'utf8').split('\r\n')).toHaveLength(8);
    // The saved query and its parameters are in the link, which reopens them ready to run.
    const link = new URL(page.url());
    expect(link.searchParams.get('saved')).toBe('targets-due');
    expect(link.searchParams.get('p.year')).toBe('2026');
    await open(link.search);
    await page.waitForSelector('#params input[name="year"]');
    expect(await page.inputValue('#saved')).toBe('targets-due');
    expect(await page.inputValue('#params input[name="year"]')).toBe('2026');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'saved-query.png') });
  });

  it('shows the server’s refusal of a write query', async () => {
    await open();
    await page.click('#console summary');
    await page.click('#editor .cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.type("CREATE (:Policy {key: 'policy:evil'})");
    await page.click('#run');
    await page.waitForSelector('#results .error');
    expect(await page.textContent('#results .error')).toContain('refused: CREATE');
    const [evil] = (await store.driver.executeQuery("MATCH (p:Policy {key: 'policy:evil'}) RETURN count(p) AS n")).records;
    expect(evil!.get('n').toNumber()).toBe(0);
  });

  it('shows the query a link carries without running it, and runs it on Ctrl+Enter', async () => {
    const cypherCalls: string[] = [];
    page.on('request', (r) => r.url().endsWith('/api/cypher') && cypherCalls.push(r.postData() ?? ''));
    await open(`?q=${encodeURIComponent("MATCH (a:Agency {abbreviation: 'MIIT'}) RETURN a")}`);
    await page.waitForSelector('#results .notice');
    expect(await page.textContent('#editor .cm-content')).toContain("abbreviation: 'MIIT'");
    await page.waitForTimeout(500);
    expect(cypherCalls).toEqual([]);
    await page.click('#editor .cm-content');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('#results table');
    expect(await page.locator('#results tbody tr').count()).toBe(1);
    expect(cypherCalls).toHaveLength(1);
  });

  it('draws a typed query’s result on the canvas, the rest dimmed', async () => {
    await open();
    await page.click('#console summary');
    await page.click('#editor .cm-content');
    const whole = await colouredShare('before-query.png');
    await page.keyboard.press('Control+A');
    await page.keyboard.type("MATCH (p:Policy)-[:ISSUED_BY]->(a:Agency {abbreviation: 'NDRC'}) RETURN p, a");
    await page.click('#run');
    await page.waitForSelector('#results table');
    await page.waitForTimeout(300);
    // Zoomed to the result, yet most of the colour is gone: the rest is dimmed.
    expect(await colouredShare('query-drawn.png')).toBeLessThan(whole * 0.6);
    // Nodes in the table are titles that select the node.
    await page.click('#results td button.link >> text=NDRC');
    await page.waitForSelector('#panel[data-key="agency:ndrc"]');
  });

  it('draws the relationships a query returns, those the picture leaves out included', async () => {
    await open();
    await page.click('#console summary');
    await page.click('#editor .cm-content');
    await page.keyboard.press('Control+A');
    // SUPPORTS (provenance) is not in the picture: the result brings its relationships in.
    await page.keyboard.type("MATCH (:Newsletter)-[s:SUPPORTS]->(a:Agency {abbreviation: 'MIIT'}) RETURN s");
    await page.click('#run');
    await page.waitForSelector('#results table');
    await page.waitForTimeout(800); // the camera's move to the result
    expect(await page.getAttribute('#canvas', 'data-result-edges')).toBe('5');
    expect(Number(await page.getAttribute('#canvas', 'data-result-nodes'))).toBe(6);
    await page.locator('#canvas').screenshot({ path: path.join(SCREENSHOTS, 'query-relationships.png') });
    // The next result takes them away again.
    await page.click('#editor .cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.type("MATCH (a:Agency {abbreviation: 'MIIT'}) RETURN a");
    await page.click('#run');
    await page.waitForFunction(() => document.querySelector('#canvas')?.getAttribute('data-result-edges') === '0');
  });

  it.each([
    [
      'png',
      'policy-graph.png',
      (b: Buffer) => {
        expect(b.subarray(1, 4).toString()).toBe('PNG');
        // Twice the canvas, with a band above (caption) and below (legend, attribution).
        const { width, height } = PNG.sync.read(b);
        expect(width).toBeGreaterThanOrEqual(2 * 800);
        expect(height).toBeGreaterThan(2 * 400);
      },
    ],
    [
      'gexf',
      'policy-graph.gexf',
      (b: Buffer) => {
        const xml = b.toString();
        expect(xml).toMatch(/^<\?xml[\s\S]*<gexf[^>]* xmlns="http:\/\/gexf\.net\/1\.3"[^>]* xmlns:viz="http:\/\/gexf\.net\/1\.3\/viz"/);
        expect(xml).toContain('<description>policy-graph: without Entry');
        expect(xml).toMatch(/<attribute id="evidence"[^>]*\/>/);
        expect(xml).toMatch(/<attribute id="relation"[^>]*\/>/);
        expect(xml).toMatch(/<attribute id="newsletters"[^>]*\/>/);
        expect(xml).toContain('agency:miit');
      },
    ],
    [
      'json',
      'policy-graph.json',
      (b: Buffer) => expect(JSON.parse(b.toString()).nodes.some((n: { attributes: { kind: string } }) => n.attributes.kind === 'Entry')).toBe(false),
    ],
  ])('exports the view as %s, leaving hidden kinds out', async (format, name, check) => {
    await open('?hide=Entry');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
    expect(download.suggestedFilename()).toBe(name);
    const file = path.join(SCREENSHOTS, name);
    await download.saveAs(file);
    check(readFileSync(file));
  });

  it('filters by agency and by the months chosen on the timeline, and a link keeps the filters', async () => {
    await open();
    const unfiltered = await inkedShare('unfiltered.png');
    await page.selectOption('#filter-agency', 'agency:miit');
    const [miit] = (await store.driver.executeQuery("MATCH (p:Policy)-[:ISSUED_BY]->(:Agency {key: 'agency:miit'}) RETURN count(p) AS n")).records;
    const [all] = (await store.driver.executeQuery('MATCH (p:Policy) RETURN count(p) AS n')).records;
    expect(await page.textContent('#filter-summary')).toBe(`${miit!.get('n')} of ${all!.get('n')} policies`);
    expect(new URL(page.url()).searchParams.get('agency')).toBe('agency:miit');
    expect(await inkedShare('filtered-miit.png')).toBeLessThan(unfiltered);

    // Press on the last month with policies and drag to the first: the range is the months between.
    const bars = page.locator('#timeline .bar:not([data-count="0"])');
    const first = (await bars.first().boundingBox())!;
    const last = (await bars.last().boundingBox())!;
    await page.mouse.move(last.x + last.width / 2, last.y + last.height / 2);
    await page.mouse.down();
    await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
    const params = new URL(page.url()).searchParams;
    expect(params.get('from')).toBe(await bars.first().getAttribute('data-month'));
    expect(params.get('to')).toBe(await bars.last().getAttribute('data-month'));
    expect(await page.inputValue('#filter-from')).toBe(params.get('from'));
    expect(await page.locator('#timeline .bar.in-range').count()).toBeGreaterThan(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'timeline-range.png') });

    // A narrower range: one month, typed.
    await page.fill('#filter-to', params.get('from')!);
    await page.dispatchEvent('#filter-to', 'change');
    await expect.poll(() => page.textContent('#filter-summary')).toMatch(/^\d+ of \d+ policies$/);
    const narrowed = Number((await page.textContent('#filter-summary'))!.split(' ')[0]);
    expect(narrowed).toBe(Number(await bars.first().getAttribute('data-count')));

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.inputValue('#filter-agency')).toBe('agency:miit');
    expect(await page.textContent('#filter-summary')).toBe(`${narrowed} of ${all!.get('n')} policies`);
    await page.click('#filter-clear');
    expect(new URL(page.url()).search).toBe('');
  });

  it('expands a node with neighbours from the store the view did not hold, and collapses them again', async () => {
    // Every kind shown ("hide=" empty), so the count moves by what the expansion brings and nothing else.
    await open('?node=agency%3Amiit&hide=');
    await page.waitForSelector('#panel[data-key="agency:miit"]');
    const before = await page.textContent('#status');
    // Written after the view was loaded, as a load writes it (stamping the data version the API's
    // read model watches): only the store knows it, not the view.
    await store.driver.executeQuery(
      `MATCH (a:Agency {key: 'agency:miit'}) MERGE (f:Firm {key: 'firm:newcomer'}) SET f.name = 'Newcomer Ltd' MERGE (f)-[:MENTIONS]->(a)
       WITH a MATCH (n:Newsletter) WITH n LIMIT 1 SET n.loadedAt = datetime()`,
    );
    await page.waitForTimeout(SNAPSHOT_MAX_AGE_MS + 200);
    try {
      await page.click('#expand');
      await page.waitForSelector('#expand[aria-pressed="true"]');
      expect(await page.textContent('#status')).toBe(
        before!.replace(/^(\d+) nodes, (\d+) edges$/, (_m, n, e) => `${Number(n) + 1} nodes, ${Number(e) + 1} edges`),
      );
      expect(new URL(page.url()).searchParams.get('open')).toBe('agency:miit');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'expanded.png') });

      await page.click('#expand');
      await page.waitForSelector('#expand[aria-pressed="false"]');
      expect(await page.textContent('#status')).toBe(before);
      expect(new URL(page.url()).searchParams.has('open')).toBe(false);

      await page.goBack(); // the link brings the expansion back
      await page.reload();
      await page.waitForSelector('#expand[aria-pressed="true"]');
    } finally {
      await store.driver.executeQuery(
        "MATCH (f:Firm {key: 'firm:newcomer'}) DETACH DELETE f WITH count(*) AS gone MATCH (n:Newsletter) WITH n LIMIT 1 SET n.loadedAt = datetime()",
      );
      await page.waitForTimeout(SNAPSHOT_MAX_AGE_MS + 200);
    }
  });

  it('re-runs the layout in a web worker until it is stopped', async () => {
    await open();
    const still = await page.locator('#canvas').screenshot();
    await page.click('#layout');
    expect(await page.getAttribute('#layout', 'aria-pressed')).toBe('true');
    await page.waitForTimeout(1500);
    const moving = await page.locator('#canvas').screenshot({ path: path.join(SCREENSHOTS, 'layout-running.png') });
    expect(moving.equals(still)).toBe(false);
    await page.click('#layout');
    expect(await page.textContent('#layout')).toBe('Re-run layout');
    await page.waitForTimeout(300);
    const stopped = await page.locator('#canvas').screenshot();
    await page.waitForTimeout(700);
    expect((await page.locator('#canvas').screenshot()).equals(stopped)).toBe(true);
  });

  it('highlights what an issue is the first to state, and counts it', async () => {
    await open();
    const options = await page.locator('#new-in option').allTextContents();
    expect(options).toEqual([
      'New in this issue…',
      'China Industries · 4 Dec 2024',
      'China Industries · 23 Feb 2024',
      'China Industries · 1 Nov 2023',
      'China Industries · 26 Sep 2022',
      'China Industries · 7 Dec 2021',
    ]);
    await page.selectOption('#new-in', { label: 'China Industries · 1 Nov 2023' });
    await page.waitForFunction(() => /new policies/.test(document.querySelector('#new-in-summary')?.textContent ?? ''));
    expect(await page.textContent('#new-in-summary')).toMatch(
      /^\d+ new policies, \d+ lineage links, \d+ first-time issuers, \d+ new targets \(\d+ due this year\), \d+ disagreements$/,
    );
    expect(await colouredShare('new-in-issue.png')).toBeGreaterThan(0.0005);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'new-in-issue-page.png') });
  });

  it('lists a policy’s likely duplicates with the commands that decide them', async () => {
    await open('?node=policy%3A14th-five-year-plan-for-sme-development');
    await page.waitForSelector('#panel .candidates');
    expect(await page.locator('#panel .candidates code').allTextContents()).toEqual([
      'kg resolve --same policy:14th-five-year-plan-for-sme-development policy:14th-five-year-plan-for-the-development-of-the-ict-industry',
      'kg resolve --not-same policy:14th-five-year-plan-for-sme-development policy:14th-five-year-plan-for-the-development-of-the-ict-industry',
    ]);
    await page.click('#panel .candidates button.link');
    await page.waitForSelector('#panel[data-key="policy:14th-five-year-plan-for-the-development-of-the-ict-industry"]');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'candidates.png') });
    // No lineage is said, not hidden; the issuer link carries the sentence that states it, with its issue.
    expect(await page.textContent('#panel')).toContain('No earlier or later policy found in the newsletters.');
    const issuer = page.locator('#panel li', { has: page.locator('button[data-key="agency:miit"]') });
    expect(await issuer.locator('blockquote.evidence').first().textContent()).toMatch(/MIIT[\s\S]* — China Industries · 7 Dec 2021$/);
  });

  it('sizes by PageRank and colours by community, saying so in a caption', async () => {
    await open();
    await page.selectOption('#size-by', 'pagerank');
    await page.selectOption('#colour-by', 'community');
    expect(await page.textContent('#stats-caption')).toMatch(
      /^Size: PageRank in the network of \d+ policies and agencies, \d+ issuing and lineage links; colour: \d+ Louvain communities.*\. Highest: MIIT, /,
    );
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'statistics.png') });
  });

  it('shows the agency network, its strongest co-issuing pairs and the busiest agencies per year', async () => {
    await open();
    await page.click('#agency-network-open');
    await page.waitForSelector('#agency-network[open] canvas');
    expect(await page.textContent('#agency-network h2')).toMatch(/^Agency network: \d+ agencies, \d+ co-issuing pairs/);
    expect(await page.locator('#agency-network .pairs li').count()).toBeGreaterThan(3);
    expect(await page.locator('#agency-network figure').count()).toBe(6);
    expect(await page.locator('#agency-network figcaption').first().textContent()).toBe('MIIT');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'agency-network.png') });
    await page.click('#agency-network .dialog-head button');
    expect(await page.locator('#agency-network[open]').count()).toBe(0);
  });

  it('filters by several agencies at once, each a chip that can be taken away', async () => {
    await open();
    const count = async () => Number(/^(\d+) of/.exec((await page.textContent('#filter-summary'))!)![1]);
    await page.selectOption('#filter-agency', 'agency:miit');
    const miit = await count();
    await page.selectOption('#filter-agency', 'agency:ndrc');
    await page.waitForSelector('#agency-chips .chip >> nth=1');
    expect(new URL(page.url()).searchParams.get('agency')).toBe('agency:miit,agency:ndrc');
    expect(await count()).toBeGreaterThan(miit);
    await page.click('#agency-chips .chip[data-key="agency:ndrc"]');
    expect(new URL(page.url()).searchParams.get('agency')).toBe('agency:miit');
    expect(await count()).toBe(miit);
  });

  it('plays the months, the range growing from the first, and stops on a second click', async () => {
    await open();
    await page.click('#play');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('true');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') !== null);
    const first = new URL(page.url()).searchParams;
    await page.waitForFunction((to) => new URL(location.href).searchParams.get('to') !== to, first.get('to'));
    const later = new URL(page.url()).searchParams;
    expect(later.get('from')).toBe(first.get('from'));
    expect(later.get('to')! > first.get('to')!).toBe(true);
    await page.click('#play');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('false');
  });

  it('zooms in, out and to fit with its buttons', async () => {
    await open();
    const before = await page.locator('#canvas').screenshot();
    await page.click('[data-zoom="in"]');
    await page.waitForTimeout(400);
    const zoomed = await page.locator('#canvas').screenshot();
    expect(zoomed.equals(before)).toBe(false);
    await page.click('[data-zoom="fit"]');
    await page.waitForTimeout(700);
    expect((await page.locator('#canvas').screenshot()).equals(zoomed)).toBe(false);
  });

  it('shows a hostile title as text', async () => {
    await open('?node=policy%3Axss');
    await page.waitForSelector('#panel[data-key="policy:xss"]');
    expect(await page.textContent('#panel h2')).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('#panel img').count()).toBe(0);
  });

  it('says so when a linked node is gone', async () => {
    await open('?node=policy%3Anowhere');
    await expect.poll(() => page.textContent('#panel')).toContain('"policy:nowhere" is not in the graph any more');
  });
});
