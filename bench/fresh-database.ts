/** A fresh local Neo4j with the schema applied, for one measurement, removed afterwards. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../src/store/connect.ts';
import { startLocalNeo4j } from '../src/store/local-neo4j.ts';
import { applySchema } from '../src/store/schema.ts';

export async function withFreshDatabase<T>(work: (store: Store, uri: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-bench-'));
  const db = await startLocalNeo4j({ dataDir });
  const store = await openStore({ uri: db.uri, user: db.user, password: db.password });
  try {
    await applySchema(store);
    return await work(store, db.uri);
  } finally {
    await store.close();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
