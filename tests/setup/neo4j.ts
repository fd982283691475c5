/**
 * Global setup of the store tests: a real Neo4j. NEO4J_TEST_URI (with NEO4J_TEST_USER and
 * NEO4J_TEST_PASSWORD) names one to use — its database is wiped by the tests, so it is never
 * NEO4J_URI. Without it, a local Neo4j is started in a temporary folder and stopped afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../src/store/local-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_TEST_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_TEST_URI,
      user: process.env.NEO4J_TEST_USER ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
    });
    return async () => {};
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-test-neo4j-'));
  const db = await startLocalNeo4j({ dataDir, log: (line) => console.log(`[neo4j] ${line}`) });
  project.provide('neo4j', { uri: db.uri, user: db.user, password: db.password });
  return async () => {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
