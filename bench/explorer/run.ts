/**
 * The explorer on synthetic graphs (10k, 20k and 50k nodes by default), each loaded into a fresh local
 * Neo4j and served by `kg serve` in its own process, as an analyst runs it:
 *  - `/api/graph`: the layout a load runs and stores, reading and serialising the graph without layout
 *    (the reference), the first request made as soon as the server listens (read with the stored places),
 *    and the cached ones after it;
 *  - headless Chromium: navigation to the first frame sigma draws — beside a baseline page (baseline/)
 *    where sigma draws the same graph JSON, positions included, fetched as a static file — to the page being ready, the script
 *    time of a whole-view redraw and of a hover's redraw, and the frames drawn while the graph is dragged across the screen
 *    (WebGL here is SwiftShader, rasterising on the CPU: frame times are far above a GPU's);
 *  - `/api/nodes/:key` for random keys under concurrent clients (autocannon): throughput, latency p50 / p99,
 *    beside a small static file (the explorer's index.html) served by the same process under the same load.
 *
 *   npm run bench:explorer [-- --sizes 10000,50000] [-- --connections 32] [-- --seconds 10]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import autocannon from 'autocannon';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import type { NewsletterFacts } from '../../src/store/facts.ts';
import { layOutStoredGraph, readGraph } from '../../src/server/graph-view.ts';
import { loadNewsletters } from '../../src/store/load.ts';
import { serveApi, withFreshDatabase } from '../fresh-database.ts';
import { syntheticNewsletters } from '../load/synthetic.ts';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const sizes = option('sizes', '10000,20000,50000').split(',').map(Number);
const connections = Number(option('connections', '50'));
const seconds = Number(option('seconds', '10'));

/** The first synthetic newsletters that together hold at least `target` distinct nodes. */
function newslettersWithNodes(target: number): NewsletterFacts[] {
  const seen = new Set<string>();
  const out: NewsletterFacts[] = [];
  for (const n of syntheticNewsletters(target * 4, 7)) {
    if (seen.size >= target) break;
    out.push(n);
    for (const node of n.nodes) seen.add(node.key);
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

async function timedGet(url: string): Promise<{ ms: number; bytes: number; body: string }> {
  const start = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  if (!res.ok) throw new Error(`${url}: ${res.status} ${body.slice(0, 200)}`);
  return { ms: performance.now() - start, bytes: body.length, body };
}

/** Polls an expression in the page until it has a value (the page's CSP forbids waitForFunction's eval). */
async function poll(page: Page, expression: string, timeoutMs = 300_000): Promise<number> {
  for (const started = Date.now(); ;) {
    if (Date.now() - started > timeoutMs) throw new Error(`${page.url()}: no value for ${expression} within ${timeoutMs / 1000} s`);
    const value = (await page.evaluate(expression)) as number | undefined;
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Strings, not functions: the page runs them as they are (a bundler's helpers would not exist there).
const RECORD_FRAMES = `(() => {
  window.__frames = []; window.__recording = true;
  let last = performance.now();
  const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__recording) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = '(() => { window.__recording = false; return window.__frames; })()';

/** Frame intervals while the graph is dragged right and back over two seconds or so. */
async function dragFrames(page: Page): Promise<number[]> {
  const box = (await page.locator('#canvas').boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.evaluate(RECORD_FRAMES);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(cx + 5 * (i <= 30 ? i : 60 - i), cy, { steps: 1 });
    await page.waitForTimeout(30);
  }
  await page.mouse.up();
  return (await page.evaluate(STOP_FRAMES)) as number[];
}

/** Script time of whole-view redraws (the renderer measures them), hiding and showing a kind in the legend five times. */
async function redrawTimes(page: Page): Promise<number[]> {
  await page.evaluate("performance.clearMeasures('policy-graph:redraw')");
  for (let i = 0; i < 10; i++) {
    await page.click('#legend input[data-kind="Target"]');
    await page.waitForTimeout(100);
  }
  return (await page.evaluate("performance.getEntriesByName('policy-graph:redraw').map((e) => e.duration)")) as number[];
}

/** Script time of the redraws hovering causes, moving the pointer over a grid of points on the canvas. */
async function hoverTimes(page: Page): Promise<number[]> {
  const box = (await page.locator('#canvas').boundingBox())!;
  await page.evaluate("performance.clearMeasures('policy-graph:hover')");
  for (let row = 1; row <= 6; row++) {
    for (let col = 1; col <= 10; col++) {
      await page.mouse.move(box.x + (box.width * col) / 11, box.y + (box.height * row) / 7);
      await page.waitForTimeout(20);
    }
  }
  return (await page.evaluate("performance.getEntriesByName('policy-graph:hover').map((e) => e.duration)")) as number[];
}

/** The baseline page and a graph JSON beside it, served as static files by a plain HTTP server. */
async function serveBaseline(dir: string, graphJson: string): Promise<{ url: string; server: Server }> {
  writeFileSync(path.join(dir, 'graph.json'), graphJson);
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const file = path.join(dir, path.normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^\/$/, '/index.html'));
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, server };
}

/** Navigation to sigma's first frame of a page, in a fresh tab. */
async function firstFrameOf(url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    return await poll(page, "performance.getEntriesByName('policy-graph:first-frame')[0]?.startTime");
  } finally {
    await page.close();
  }
}

await build({ configFile: path.resolve(import.meta.dirname, '../../vite.config.ts'), logLevel: 'error' });
const baselineDir = mkdtempSync(path.join(tmpdir(), 'kg-bench-baseline-'));
await build({
  configFile: false,
  root: path.resolve(import.meta.dirname, 'baseline'),
  base: './',
  build: { outDir: baselineDir, emptyOutDir: true, target: 'es2022' },
  logLevel: 'error',
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-unsafe-swiftshader'],
});

try {
  for (const size of sizes) {
    const newsletters = newslettersWithNodes(size);
    const line = await withFreshDatabase(async (store, db) => {
      const loadStart = performance.now();
      await loadNewsletters(store, newsletters);
      const loadSeconds = (performance.now() - loadStart) / 1000;
      // What kg load does next: lay the graph out once and store the places.
      const layoutStart = performance.now();
      await layOutStoredGraph(store);
      const layoutSeconds = (performance.now() - layoutStart) / 1000;
      // The reference of the first /api/graph: reading and serialising the same graph, no layout.
      const readStart = performance.now();
      const readBytes = JSON.stringify((await readGraph(store, {})).export()).length;
      const readSeconds = (performance.now() - readStart) / 1000;
      const { base, server } = await serveApi(db);
      try {
        const first = await timedGet(`${base}/api/graph`);
        const graph = JSON.parse(first.body) as { nodes: { key: string }[]; edges: unknown[] };
        const cached: number[] = [];
        for (let i = 0; i < 5; i++) cached.push((await timedGet(`${base}/api/graph`)).ms);
        // A filter combination never asked for before: it takes its nodes' places from the whole graph's layout.
        const filteredFirst = await timedGet(`${base}/api/graph?kinds=Policy,Agency,Sector`);

        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(base);
        const firstFrame = await poll(page, "performance.getEntriesByName('policy-graph:first-frame')[0]?.startTime");
        await page.waitForSelector('body[data-ready="true"]', { timeout: 600_000 });
        const ready = (await page.evaluate('performance.now()')) as number;
        await page.waitForTimeout(500);
        const redraws = await redrawTimes(page);
        const hovers = await hoverTimes(page);
        const frames = await dragFrames(page);
        const heapMb = ((await page.evaluate('performance.memory ? performance.memory.usedJSHeapSize : 0')) as number) / 2 ** 20;
        await page.close();
        const baseline = await serveBaseline(baselineDir, first.body);
        const baselineFrame = await firstFrameOf(baseline.url).finally(() => baseline.server.close());

        const keys = graph.nodes.map((n) => n.key);
        let i = 0;
        const nodeRequests = (clients: number, duration: number) =>
          autocannon({
            url: base,
            connections: clients,
            duration,
            requests: [{ setupRequest: (req) => ({ ...req, path: `/api/nodes/${encodeURIComponent(keys[(i++ * 7919) % keys.length]!)}` }) }],
          });
        await nodeRequests(4, 3); // warm-up: the read model's snapshot is built, the JIT has run
        const staticFile = await autocannon({ url: `${base}/index.html`, connections, duration: seconds });
        const load = await nodeRequests(connections, seconds);
        const framesMs = frames.slice(1);
        return (
          `${graph.nodes.length.toLocaleString('en')} nodes / ${graph.edges.length.toLocaleString('en')} edges (${newsletters.length} newsletters, loaded in ${loadSeconds.toFixed(0)} s): ` +
          `layout at load ${layoutSeconds.toFixed(1)} s; read + serialise without layout ${readSeconds.toFixed(2)} s (${(readBytes / 2 ** 20).toFixed(1)} MB); ` +
          `/api/graph first ${(first.ms / 1000).toFixed(2)} s (ratio to read + serialise ${(first.ms / 1000 / readSeconds).toFixed(2)}), cached median ${median(cached).toFixed(0)} ms (${(first.bytes / 2 ** 20).toFixed(1)} MB), ` +
          `a new filter's first ${(filteredFirst.ms / 1000).toFixed(2)} s; ` +
          `Chromium first frame ${(firstFrame / 1000).toFixed(2)} s (sigma from a static JSON file: ${(baselineFrame / 1000).toFixed(2)} s, ratio ${(firstFrame / baselineFrame).toFixed(2)}), ready ${(ready / 1000).toFixed(2)} s, JS heap ${heapMb.toFixed(0)} MB; ` +
          `redraw script p50 ${median(redraws).toFixed(0)} ms (${redraws.length}), hover redraw p50 ${hovers.length ? median(hovers).toFixed(1) : '–'} ms (${hovers.length}); drag: ${framesMs.length} frames, ${(1000 / (framesMs.reduce((a, b) => a + b, 0) / framesMs.length)).toFixed(0)} fps, frame p50 ${median(framesMs).toFixed(0)} ms, p95 ${percentile(framesMs, 95).toFixed(0)} ms, longest ${Math.max(...framesMs).toFixed(0)} ms; ` +
          `/api/nodes/:key ${connections} clients ${seconds} s: ${load.requests.total} requests (${load.non2xx} not 2xx, ${load.errors} errors), ` +
          `${Math.round(load.requests.average)} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms; ` +
          `static index.html: ${Math.round(staticFile.requests.average)} req/s, p50 ${staticFile.latency.p50} ms, p99 ${staticFile.latency.p99} ms ` +
          `(node p99 / static p99 = ${(load.latency.p99 / Math.max(1, staticFile.latency.p99)).toFixed(2)})`
        );
      } finally {
        server.kill('SIGTERM');
      }
    });
    console.log(line);
  }
} finally {
  await browser.close();
  rmSync(baselineDir, { recursive: true, force: true });
}
