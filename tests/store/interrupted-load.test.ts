/**
 * The database dies in the middle of a load: every newsletter is then either wholly in the store
 * or wholly absent, and the next load completes the rest. Runs its own Neo4j, which it kills.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/connect.ts';
import { loadNewsletters } from '../../src/store/load.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/store/local-neo4j.ts';
import { applySchema } from '../../src/store/schema.ts';
import { syntheticNewsletters } from '../../bench/load/synthetic.ts';
import { rows } from '../helpers/store.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-interrupted-'));
const newsletters = syntheticNewsletters(3_000, 7);
let db: LocalNeo4j | undefined;
let store: Store | undefined;

afterAll(async () => {
  await store?.close();
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** How many of each newsletter's node facts the store holds (the newsletter's own node and those it supports). */
async function presence(s: Store): Promise<Map<string, number>> {
  const found = await rows(s, 'MATCH (n:Newsletter) OPTIONAL MATCH (n)-[:SUPPORTS]->(x) RETURN n.source AS file, count(x) + 1 AS nodes');
  return new Map(found.map((r) => [r.file as string, Number(r.nodes)]));
}

describe('a load cut short by the database dying', () => {
  it('leaves each newsletter whole or absent, and the next load completes it', async () => {
    db = await startLocalNeo4j({ dataDir });
    // A dead database is retried for 30 s by default; the test need not wait that long to see the load fail.
    store = await openStore({ uri: db.uri, user: db.user, password: db.password }, { maxTransactionRetryTime: 1000 });
    await applySchema(store);

    let committed = 0;
    const load = loadNewsletters(store, newsletters, {
      batchSize: 1, // one newsletter per transaction
      onCommit: () => {
        committed += 1;
        if (committed === 3) process.kill(db!.pid, 'SIGKILL');
      },
    });
    await expect(load).rejects.toThrow();
    await store.close();

    db = await startLocalNeo4j({ dataDir });
    store = await openStore({ uri: db.uri, user: db.user, password: db.password });
    const afterCrash = await presence(store);
    for (const n of newsletters) {
      const held = afterCrash.get(n.file) ?? 0;
      expect([0, n.nodes.length], n.file).toContain(held);
    }
    const whole = newsletters.filter((n) => afterCrash.get(n.file) === n.nodes.length).length;
    expect(whole).toBeGreaterThanOrEqual(3);
    expect(whole).toBeLessThan(newsletters.length);

    const summary = await loadNewsletters(store, newsletters);
    expect(summary.newsletters.unchanged).toBe(whole);
    const afterReload = await presence(store);
    for (const n of newsletters) expect(afterReload.get(n.file), n.file).toBe(n.nodes.length);
  });
});
