/**
 * `kg publish <dir>`: a self-contained edition of the explorer, as Retina publishes networks — the web
 * bundle as classic scripts (so it runs from file:// as well as any static host) and edition.js, which
 * holds every answer the explorer would ask the API for: the laid-out graph, each node's details with
 * evidence, lineages, agency views, newsletters and their digests. No Neo4j, no API; the console is
 * absent and says why.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Edition, NodeDetail } from '../../graph-schema/api.ts';
import { GraphViews } from '../server/graph-view.ts';
import { ReadModel } from '../server/read-model.ts';
import { SavedViews } from '../server/views.ts';
import type { Store } from '../store/connect.ts';
import { readDigest } from '../store/digest.ts';
import { connectToStore } from '../store/resolve-store.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);

/** The file that marks a folder as an edition: a folder holding anything else is never emptied. */
const EDITION_DATA = 'edition.js';

/** Neighbours listed per relation in an edition's panels, as the API pages them. */
const NEIGHBOURS_PER_RELATION = 200;

export async function publish(dir: string): Promise<number> {
  const target = path.resolve(dir);
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(path.join(target, EDITION_DATA))) {
    say(`error: ${target} holds other files; publish into an empty folder or over an earlier edition`);
    return 1;
  }
  const store = await connectToStore(say);
  let edition: Edition;
  try {
    edition = await readEdition(store);
  } finally {
    await store.close();
  }
  await buildBundle(target);
  await writeFile(path.join(target, EDITION_DATA), `globalThis.__KG_EDITION__ = ${JSON.stringify(edition)};\n`);
  say(
    `published ${Object.keys(edition.nodes).length} nodes, ${edition.graph.edges.length} edges and ${edition.newsletters.length} newsletters to ${target}; open ${path.join(target, 'index.html')}`,
  );
  return 0;
}

/** Everything the explorer asks the API for, asked once. */
async function readEdition(store: Store): Promise<Edition> {
  const model = new ReadModel(store);
  const graph = JSON.parse(await new GraphViews(store, () => model.version()).get({})) as Edition['graph'];
  const views = new SavedViews(store);
  const nodes: Record<string, NodeDetail> = {};
  const lineage: Edition['lineage'] = {};
  const agencies: Edition['agencies'] = {};
  let done = 0;
  for (const { key } of graph.nodes) {
    const detail = await model.nodeDetail(key, { offset: 0, limit: NEIGHBOURS_PER_RELATION });
    if (detail) nodes[key] = detail;
    if (detail?.kind === 'Policy') lineage[key] = await views.lineage(key);
    if (detail?.kind === 'Agency') agencies[key] = await views.agency(key);
    done += 1;
    if (done % 500 === 0) say(`read ${done}/${graph.nodes.length} nodes`);
  }
  const newsletters = Object.values(nodes)
    .filter((n) => n.kind === 'Newsletter')
    .map((n) => ({ key: n.key, source: String(n.properties.source), date: (n.properties.date as string | null) ?? null, label: n.label }))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.key.localeCompare(b.key));
  const changes: Edition['changes'] = {};
  for (const n of newsletters) {
    const digest = await readDigest(store, n.key);
    if (digest) changes[n.key] = digest;
  }
  return { publishedAt: new Date().toISOString(), graph, nodes, lineage, agencies, newsletters, changes };
}

/**
 * The explorer built for a folder: relative paths, one classic script (module scripts do not load
 * from file://), and edition.js loaded before it.
 */
async function buildBundle(target: string): Promise<void> {
  const { build } = await import('vite');
  const root = path.resolve(import.meta.dirname, '../..');
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: target,
      emptyOutDir: true,
      modulePreload: false,
      rollupOptions: { output: { format: 'iife', inlineDynamicImports: true } },
    },
  });
  const index = path.join(target, 'index.html');
  const html = (await readFile(index, 'utf8'))
    .replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/, `<script src="./${EDITION_DATA}"></script>\n    <script defer src="$1"></script>`)
    .replace(/ crossorigin/g, '');
  if (!html.includes(EDITION_DATA)) throw new Error(`the built explorer's index.html has no script to load ${EDITION_DATA} before`);
  await writeFile(index, html);
}
