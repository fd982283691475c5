/** A fresh local Neo4j with the schema applied, for one measurement, removed afterwards; `kg serve` over it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../src/store/connect.ts';
import { freePort, startLocalNeo4j } from '../src/store/local-neo4j.ts';
import { applySchema } from '../src/store/schema.ts';

/** How another process reaches the database: the environment `kg` reads. */
export type DatabaseEnv = { NEO4J_URI: string; NEO4J_USER: string; NEO4J_PASSWORD: string };

export interface FreshDatabase extends DatabaseEnv {
  /** The database's process, for measuring its memory. */
  pid: number;
}

export async function withFreshDatabase<T>(work: (store: Store, db: FreshDatabase) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-bench-'));
  const db = await startLocalNeo4j({ dataDir });
  const store = await openStore({ uri: db.uri, user: db.user, password: db.password });
  try {
    await applySchema(store);
    return await work(store, { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, pid: db.pid });
  } finally {
    await store.close();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const ROOT = path.resolve(import.meta.dirname, '..');

/** `kg serve` over the database `db` names, in its own process, once it says where it listens. */
export async function serveApi(db: DatabaseEnv): Promise<{ base: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(ROOT, 'bin/kg.js'), 'serve', '--port', String(port)], {
    env: { ...process.env, NEO4J_URI: db.NEO4J_URI, NEO4J_USER: db.NEO4J_USER, NEO4J_PASSWORD: db.NEO4J_PASSWORD },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let said = '';
    server.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('Explorer at')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`kg serve stopped (exit code ${code}): ${said}`)));
  });
  return { base: `http://127.0.0.1:${port}`, server };
}
