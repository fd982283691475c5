/**
 * The loader under attack and under contention, against a real Neo4j: stored or imported strings
 * never become Cypher, two loads at once give the graph of one after the other, and two files
 * never share a newsletter key.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialize } from '../../src/resolve/merge.ts';
import type { Store } from '../../src/store/connect.ts';
import { splitByNewsletter, type NewsletterFacts } from '../../src/store/facts.ts';
import { loadNewsletters, NewsletterKeyCollisionError } from '../../src/store/load.ts';
import { extractSeeds, extractText, readSeed } from '../helpers/extract.ts';

const SEED = '000_5c9ad854df6ca4fd.txt';
import { emptyTestStore, rows, seedFacts, testStoreConfig } from '../helpers/store.ts';

let store: Store;
let facts: NewsletterFacts[];
beforeAll(async () => {
  store = await emptyTestStore();
  facts = seedFacts();
});
afterAll(async () => store?.close());

/** Everything the store holds, in an order that does not depend on how it was written. */
async function snapshot() {
  const nodes = await rows(
    store,
    `MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:LoadLock
     OPTIONAL MATCH (s:Newsletter)-[:SUPPORTS]->(n)
     WITH n, s ORDER BY s.key
     RETURN n.key AS key, labels(n) AS labels, properties(n) AS props, collect(s.key) AS supporters
     ORDER BY key`,
  );
  const edges = await rows(
    store,
    `MATCH (a)-[r]->(b) WHERE NOT r:SUPPORTS
     RETURN a.key + ' ' + type(r) + ' ' + b.key AS edge, r.sourceFiles AS files ORDER BY edge`,
  );
  return {
    nodes: nodes.map(({ props: { loadedAt: _when, ...props }, ...n }) => ({ ...n, props })),
    edges: edges.map((e) => ({ edge: e.edge, files: [...(e.files as string[])].sort() })),
  };
}

const clear = async () => {
  await store.close();
  store = await emptyTestStore();
};

describe('two loads at once', () => {
  it('take turns, and leave the graph one load after the other gives', async () => {
    await clear();
    await loadNewsletters(store, facts);
    await loadNewsletters(store, facts.slice(1));
    const sequential = await snapshot();

    await clear();
    const waits: string[] = [];
    const lock = { onWait: (line: string) => waits.push(line) };
    await Promise.all([loadNewsletters(store, facts, { lock }), loadNewsletters(store, facts.slice(1), { lock })]);
    expect(await snapshot()).toEqual(sequential);
    expect(waits.length).toBeGreaterThan(0);
    expect(waits[0]).toMatch(/^waiting for another load to finish: .+ pid \d+/);
    // No relationship carries one source twice.
    const [twice] = await rows(
      store,
      `MATCH ()-[r]->() WHERE r.sourceFiles IS NOT NULL
       WITH r, [i IN range(0, size(r.sourceFiles) - 1) | r.sourceFiles[i] + ':' + toString(r.sourceStarts[i])] AS ids
       WHERE size(ids) <> size(reduce(seen = [], id IN ids | CASE WHEN id IN seen THEN seen ELSE seen + id END))
       RETURN count(r) AS n`,
    );
    expect(Number(twice!.n)).toBe(0);
  });

  it('waits for a load that holds the store, saying who, gives up when asked to, and leaves no trace', async () => {
    // Another load, as this test plays it: a transaction holding the lock node.
    await store.driver.executeQuery(
      "MERGE (:LoadLock {name: 'load'}) MERGE (h:LoadLock {name: 'load:holder'}) SET h.holder = 'elsewhere pid 1 (abc)', h.since = datetime()",
    );
    const session = store.driver.session();
    const other = session.beginTransaction();
    await other.run("MATCH (l:LoadLock {name: 'load'}) SET l.heldSince = datetime()");
    const waits: string[] = [];
    const started = Date.now();
    await expect(loadNewsletters(store, facts.slice(0, 1), { lock: { waitMs: 1500, onWait: (w) => waits.push(w) } })).rejects.toThrow(
      'another load holds the store: elsewhere pid 1 (abc)',
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(waits).toEqual([expect.stringMatching(/^waiting for another load to finish: elsewhere pid 1 \(abc\) \(since \d{4}-/)]);
    // The other load ends (or dies: its connection closes the same way); the next load goes ahead.
    await other.rollback();
    await session.close();
    await expect(loadNewsletters(store, facts.slice(0, 1), { lock: { waitMs: 5000 } })).resolves.toMatchObject({ newsletters: { unchanged: 1 } });
  });
});

describe('newsletter keys', () => {
  /** A seed's facts as read from a file of another name. */
  const seedAs = (file: string): NewsletterFacts => splitByNewsletter(serialize(extractText(readSeed(SEED), file)))[0]!;

  it('refuses a file whose key the store gives to another file, naming both', async () => {
    await loadNewsletters(store, [seedAs('issue 2024.txt')]);
    await expect(loadNewsletters(store, [seedAs('issue-2024.txt')])).rejects.toThrow(
      new NewsletterKeyCollisionError(
        'issue-2024.txt and issue 2024.txt (already in the store) are both newsletter newsletter:issue-2024: rename one, since newsletters are keyed by file name',
      ),
    );
  });

  it('refuses two files of one load that share a key', async () => {
    await expect(loadNewsletters(store, [seedAs('a b.txt'), seedAs('a-b.txt')])).rejects.toThrow(/^a b\.txt and a-b\.txt are both newsletter newsletter:a-b/);
  });
});

describe('strings that would be Cypher', () => {
  it('never pastes a stored edge key into a query', async () => {
    await clear();
    await loadNewsletters(store, facts);
    const [one] = facts;
    // A store written by an older loader, or by hand, with a hostile key among a newsletter's edges.
    await store.driver.executeQuery(
      "MATCH (n:Newsletter {source: $file}) SET n.edgeKeys = n.edgeKeys + ['PART_OF]->(b) SET b.pwned = true WITH * MATCH (a)-[x:PART_OF:agency:miit->agency:miit'], n.factDigest = 'stale'",
      { file: one!.file },
    );
    await expect(loadNewsletters(store, [one!])).rejects.toThrow(/is not a relationship kind of the schema/);
    const [pwned] = await rows(store, 'MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS n');
    expect(Number(pwned!.n)).toBe(0);
  });

  it('refuses a --graph file whose edge key is not the one its kind gives, and writes nothing', async () => {
    await clear();
    const graph = serialize(extractSeeds());
    const edge = graph.edges.find((e) => e.attributes.kind === 'ISSUED_BY')!;
    edge.key = `ISSUED_BY]->(b) SET b.pwned = true WITH * MATCH (a)-[x:ISSUED_BY:${edge.source}->${edge.target}`;
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-hostile-'));
    const file = path.join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(graph));
    const { uri, user, password } = testStoreConfig();
    const run = promisify(execFile)('node', [path.resolve(import.meta.dirname, '../../bin/kg.js'), 'load', '--graph', file], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('breaks the graph contract, so nothing was loaded') });
    const [n] = await rows(store, 'MATCH (n) WHERE n:Policy OR n.pwned IS NOT NULL RETURN count(n) AS n');
    expect(Number(n!.n)).toBe(0);
  });
});
