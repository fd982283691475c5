/** Test helpers for the store: the test database, emptied, and the seeds' facts ready to load. */
import { inject } from 'vitest';
import { serialize } from '../../src/resolve/merge.ts';
import { openStore, type Store } from '../../src/store/connect.ts';
import { splitByNewsletter, type NewsletterFacts } from '../../src/store/facts.ts';
import { applySchema } from '../../src/store/schema.ts';
import { extractSeeds } from './extract.ts';

export function testStoreConfig() {
  return inject('neo4j');
}

/** The test database, emptied of data (the schema stays), with the schema applied. */
export async function emptyTestStore(): Promise<Store> {
  const store = await openStore(testStoreConfig());
  const session = store.driver.session();
  try {
    // An auto-commit transaction, which CALL … IN TRANSACTIONS needs.
    await session.run('MATCH (n) WHERE NOT n:SchemaMigration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(store);
  return store;
}

export function seedFacts(): NewsletterFacts[] {
  return splitByNewsletter(serialize(extractSeeds()));
}

export async function rows(store: Store, cypher: string, params: Record<string, unknown> = {}) {
  const result = await store.driver.executeQuery(cypher, params);
  return result.records.map((r) => r.toObject());
}
