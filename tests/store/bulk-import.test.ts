/**
 * The bulk load gives the graph the transactional loader gives: the same facts written both ways —
 * through Cypher into the test database, and as CSV through Neo4j's importer into a database of its
 * own — hold the same nodes, relationships and properties (the load time aside).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticNewsletters } from '../../bench/load/synthetic.ts';
import { extractNewsletter } from '../../src/extract/index.ts';
import { restoreLists, runImporter, writeImportFiles } from '../../src/store/bulk-import.ts';
import { openStore, type Store } from '../../src/store/connect.ts';
import type { NewsletterFacts } from '../../src/store/facts.ts';
import { loadNewsletters, resolvedFacts } from '../../src/store/load.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/store/local-neo4j.ts';
import { applySchema } from '../../src/store/schema.ts';
import { fromNeo4j } from '../../src/store/values.ts';
import { SEEDS_DIR, seedFiles } from '../helpers/extract.ts';
import { emptyTestStore } from '../helpers/store.ts';
import { kgWithLocalNeo4j } from '../helpers/kg.ts';

const work = mkdtempSync(path.join(tmpdir(), 'kg-bulk-'));
let transactional: Store;

beforeAll(async () => {
  transactional = await emptyTestStore();
});
afterAll(async () => {
  await transactional?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Everything a store holds, in a fixed order, as plain JSON; the time of the load left out. */
async function contents(store: Store): Promise<{ nodes: unknown[]; relationships: unknown[] }> {
  const run = async (cypher: string) => (await store.driver.executeQuery(cypher)).records.map((r) => fromNeo4j(r.toObject()));
  const nodes = await run(
    `MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:LoadLock
     RETURN labels(n) AS labels, properties(n) AS p ORDER BY n.key`,
  );
  const relationships = await run(
    'MATCH (a)-[r]->(b) WHERE NOT a:SchemaMigration RETURN type(r) AS type, a.key AS from, b.key AS to, properties(r) AS p ORDER BY type, from, to',
  );
  for (const n of nodes as { p: Record<string, unknown> }[]) delete n.p.loadedAt;
  return { nodes, relationships };
}

/** The facts imported in bulk into a fresh database folder, then read back. */
async function bulkLoaded(name: string, facts: NewsletterFacts[]): Promise<{ nodes: unknown[]; relationships: unknown[] }> {
  const dataDir = path.join(work, name);
  const files = await writeImportFiles(path.join(work, `${name}-csv`), facts);
  await runImporter(dataDir, files);
  let db: LocalNeo4j | undefined;
  let store: Store | undefined;
  try {
    db = await startLocalNeo4j({ dataDir });
    store = await openStore({ uri: db.uri, user: db.user, password: db.password });
    await applySchema(store);
    await restoreLists(store, files);
    return await contents(store);
  } finally {
    await store?.close();
    await db?.stop();
  }
}

async function transactionallyLoaded(facts: NewsletterFacts[]) {
  await emptyTestStore().then((s) => s.close());
  await loadNewsletters(transactional, facts);
  return contents(transactional);
}

describe('kg load --bulk', () => {
  it('gives the seeds the graph the transactional loader gives', async () => {
    const { facts } = resolvedFacts(seedFiles.map((f) => extractNewsletter(f, readFileSync(path.join(SEEDS_DIR, f))).fragment.graph));
    // Lists the importer would read otherwise than written: empty items, items with blanks at their ends.
    const policies = facts.flatMap((n) => n.nodes).filter((x) => x.label === 'Policy');
    const odd = [[' padded ', ''], [' '], ['', '']];
    const keys = [...new Set(policies.map((p) => p.key))].slice(0, odd.length);
    for (const p of policies) if (keys.includes(p.key)) p.props.aliases = odd[keys.indexOf(p.key)];
    const bulk = await bulkLoaded('seeds', facts);
    const loaded = await transactionallyLoaded(facts);
    expect(bulk.nodes.length).toBeGreaterThan(300);
    expect(bulk.relationships.length).toBe(loaded.relationships.length);
    expect(bulk).toEqual(loaded);
    const aliases = (bulk.nodes as { p: { key: string; aliases?: string[] } }[]).filter((n) => keys.includes(n.p.key)).map((n) => n.p.aliases);
    expect(aliases).toEqual(expect.arrayContaining(odd));
  });

  it('gives a synthetic graph of 100k items the graph the transactional loader gives', async () => {
    const facts = syntheticNewsletters(100_000, 3);
    const bulk = await bulkLoaded('synthetic', facts);
    const loaded = await transactionallyLoaded(facts);
    expect(bulk.nodes.length).toBe(loaded.nodes.length);
    expect(bulk.relationships.length).toBe(loaded.relationships.length);
    expect(bulk).toEqual(loaded);
  });
});

describe('kg load --bulk, from the command line', () => {
  const kg = kgWithLocalNeo4j(path.join(work, 'project'));
  afterAll(async () => {
    await kg('db', 'stop');
  });

  it('loads the seeds into an empty local database, and refuses one that holds data', async () => {
    await kg('db', 'start', '--port', String(await freePort()));
    const loaded = await kg('load', '--bulk', '--quiet', SEEDS_DIR);
    expect(loaded.stderr).toMatch(/bulk-loaded 5 newsletters in [\d.]+ s \(schema applied\)/);
    expect(loaded.code).toBe(0);
    const counted = await kg('query', 'MATCH (p:Policy) RETURN count(p) AS n', '--json');
    expect(JSON.parse(counted.stdout)[0].n).toBeGreaterThan(50);
    // The schema's migrations were applied to the imported graph.
    expect((await kg('schema', 'apply')).stderr).toMatch(/^schema is up to date/);
    const again = await kg('load', '--bulk', '--quiet', SEEDS_DIR);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/the local database holds \d+ nodes, and --bulk loads only into an empty one/);
  });
});
