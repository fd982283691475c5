/**
 * Loader throughput on synthetic graphs shaped like ours (10k, 100k and 1M nodes plus edges),
 * beside a naive loader — one MERGE per transaction — run in the same process on the first
 * 5,000 items. Each size loads into a fresh local Neo4j. Prints items per second for both, the
 * ratio, and the Node process's peak memory — and the bulk load (`kg load --bulk`: CSV written, Neo4j's
 * importer run, the database started, the schema applied) of the same newsletters into a fresh folder.
 *
 *   npm run bench:load [-- --sizes 10000,100000,1000000]
 */
import { performance } from 'node:perf_hooks';
import type { Store } from '../../src/store/connect.ts';
import type { NewsletterFacts } from '../../src/store/facts.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { restoreLists, runImporter, writeImportFiles } from '../../src/store/bulk-import.ts';
import { openStore } from '../../src/store/connect.ts';
import { loadNewsletters } from '../../src/store/load.ts';
import { startLocalNeo4j } from '../../src/store/local-neo4j.ts';
import { applySchema } from '../../src/store/schema.ts';
import { withFreshDatabase } from '../fresh-database.ts';
import { syntheticNewsletters } from './synthetic.ts';

const arg = process.argv.indexOf('--sizes');
const sizes = (arg > 0 ? process.argv[arg + 1]! : '10000,100000,1000000').split(',').map(Number);
const NAIVE_ITEMS = 5_000;

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
setInterval(sample, 100).unref();

/** The same writes one item at a time, each in its own transaction. */
async function naiveLoad(store: Store, newsletters: NewsletterFacts[], limit: number): Promise<number> {
  const session = store.driver.session();
  let items = 0;
  try {
    for (const n of newsletters) {
      const nl = n.nodes.find((x) => x.label === 'Newsletter')!.key;
      for (const node of n.nodes) {
        if (items++ >= limit) return limit;
        await session.executeWrite((tx) =>
          tx.run(
            `MERGE (x:${node.label} {key: $key}) SET x.naive = true
             WITH x MERGE (n:Newsletter {key: $nl}) WITH x, n WHERE x <> n MERGE (n)-[s:SUPPORTS]->(x) SET s.quotes = $quotes`,
            { key: node.key, nl, quotes: node.sources.map((s) => s.quote) },
          ),
        );
      }
      for (const edge of n.edges) {
        if (items++ >= limit) return limit;
        await session.executeWrite((tx) =>
          tx.run(
            `MATCH (a:${edge.from.label} {key: $from}) MATCH (b:${edge.to.label} {key: $to})
             MERGE (a)-[x:${edge.type}]->(b) SET x.sourceQuotes = $quotes`,
            { from: edge.from.key, to: edge.to.key, quotes: edge.sources.map((s) => s.quote) },
          ),
        );
      }
    }
  } finally {
    await session.close();
  }
  return items;
}

/** `kg load --bulk`'s steps on a fresh folder, timed: CSV, import, start, schema and the lists CSV cannot say. */
async function bulkLoad(newsletters: NewsletterFacts[]): Promise<{ seconds: number; csv: number; importer: number }> {
  const work = mkdtempSync(path.join(tmpdir(), 'kg-bench-bulk-'));
  const start = performance.now();
  try {
    const files = await writeImportFiles(path.join(work, 'csv'), newsletters);
    const csv = (performance.now() - start) / 1000;
    await runImporter(path.join(work, 'data'), files);
    const importer = (performance.now() - start) / 1000 - csv;
    const db = await startLocalNeo4j({ dataDir: path.join(work, 'data') });
    const store = await openStore({ uri: db.uri, user: db.user, password: db.password });
    try {
      await applySchema(store);
      await restoreLists(store, files);
    } finally {
      await store.close();
      await db.stop();
    }
    return { seconds: (performance.now() - start) / 1000, csv, importer };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const lines: string[] = [];
for (const size of sizes) {
  const newsletters = syntheticNewsletters(size, 42);
  const items = newsletters.reduce((n, x) => n + x.nodes.length + x.edges.length, 0);
  sample();
  const result = await withFreshDatabase(async (store) => {
    const start = performance.now();
    await loadNewsletters(store, newsletters);
    const seconds = (performance.now() - start) / 1000;
    const naiveStart = performance.now();
    const naiveItems = await naiveLoad(store, syntheticNewsletters(NAIVE_ITEMS * 2, 4242), NAIVE_ITEMS);
    const naiveSeconds = (performance.now() - naiveStart) / 1000;
    return { seconds, naiveItems, naiveSeconds };
  });
  sample();
  const bulk = await bulkLoad(newsletters);
  const rate = items / result.seconds;
  const naiveRate = result.naiveItems / result.naiveSeconds;
  const line =
    `${size.toLocaleString('en')} target: ${newsletters.length} newsletters, ${items.toLocaleString('en')} items loaded in ${result.seconds.toFixed(1)} s ` +
    `= ${Math.round(rate).toLocaleString('en')} items/s; naive (one MERGE per transaction, ${result.naiveItems} items): ${Math.round(naiveRate)} items/s; ` +
    `ratio ${(rate / naiveRate).toFixed(1)}x; bulk (--bulk) ${bulk.seconds.toFixed(1)} s = ${Math.round(items / bulk.seconds).toLocaleString('en')} items/s ` +
    `(CSV ${bulk.csv.toFixed(1)} s, importer ${bulk.importer.toFixed(1)} s, start + schema + lists the rest), ` +
    `${(result.seconds / bulk.seconds).toFixed(1)}x the transactional loader; peak RSS so far ${Math.round(peakRss / 1024 / 1024)} MB`;
  console.log(line);
  lines.push(line);
}
