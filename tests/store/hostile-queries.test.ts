/**
 * The red team's queries and their variants against the console (POST /api/cypher) over a real
 * Neo4j: each is refused, or fails within its bounds, and the database answers afterwards. Nothing
 * is written, no file or URL is read, no other client's transaction is seen or stopped.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/connect.ts';
import { loadNewsletters } from '../../src/store/load.ts';
import { runQuery } from '../../src/store/query.ts';
import { emptyTestStore, rows, seedFacts } from '../helpers/store.ts';

const TIMEOUT_MS = 1500;
let store: Store;
let server: Server;
let base: string;

beforeAll(async () => {
  store = await emptyTestStore();
  await loadNewsletters(store, seedFacts());
  server = createApp(store, { cypherTimeoutMs: TIMEOUT_MS, cypherMaxRows: 100, cypherMaxBytes: 200_000, cypherConcurrency: 2 }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await store?.close();
});

const cypher = async (query: string) => {
  const started = Date.now();
  const res = await fetch(`${base}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any, ms: Date.now() - started };
};

async function databaseAnswers(): Promise<void> {
  const [r] = await rows(store, 'MATCH (p:Policy) RETURN count(p) AS n');
  expect(Number(r!.n)).toBeGreaterThan(0);
}

const FILE = "'file:///etc/passwd'";
const URL = "'http://127.0.0.1:9/x.csv'";

describe('file and URL reads', () => {
  it.each([
    [`WITH '//' AS x LOAD CSV FROM ${FILE} AS l RETURN l`],
    [`WITH '/*' AS x LOAD CSV FROM ${FILE} AS l RETURN l, '*/' AS y`],
    [`MATCH (n) /* comment */ LOAD CSV FROM ${FILE} AS l RETURN l LIMIT 1`],
    [`// a comment\nLOAD CSV FROM ${FILE} AS l RETURN l`],
    [`load csv from ${FILE} as l return l`],
    [`LOAD\u001cCSV FROM ${FILE} AS l RETURN l`],
    [`MATCH (n)\u001fLOAD CSV FROM ${FILE} AS l RETURN l`],
    [`LOAD\u00a0CSV FROM ${FILE} AS l RETURN l`],
    [`LOAD CSV WITH HEADERS FROM ${URL} AS l RETURN l`],
    [`CALL () { LOAD CSV FROM ${FILE} AS l RETURN l } RETURN l`],
    [`MATCH (p:Policy) CALL (p) { LOAD CSV FROM ${URL} + p.key AS l RETURN l } RETURN l`],
    [`RETURN COLLECT { LOAD CSV FROM ${FILE} AS l RETURN l } AS ls`],
    [`USING PERIODIC COMMIT LOAD CSV FROM ${FILE} AS l RETURN l`],
  ])('refuses %j', async (query) => {
    const { status, body } = await cypher(query);
    expect([400, 403]).toContain(status);
    expect(JSON.stringify(body)).not.toContain('root:');
  });
});

describe('the server, other databases and other clients', () => {
  it.each([
    ['SHOW TRANSACTIONS'],
    ['SHOW TRANSACTIONS YIELD * RETURN *'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
    ['SHOW USERS'],
    ['SHOW DATABASES'],
    ['SHOW SETTINGS'],
    ['SHOW PROCEDURES YIELD name RETURN name'],
    ['SHOW CONSTRAINTS'],
    ['USE system MATCH (n) RETURN n'],
    ['USE system SHOW USERS'],
    ['CALL dbms.listConfig() YIELD name RETURN name'],
    ['CALL dbms.components() YIELD name RETURN name'],
    ["CALL dbms.killQuery('query-1')"],
    ["CALL db.createLabel('Pwned')"],
    ["CALL db.index.fulltext.drop('search')"],
    ['CALL tx.setMetaData({a: 1})'],
    ["CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value"],
    ['CALL `dbms`.`listConfig`() YIELD name RETURN name'],
    ['CALL db.labels() YIELD label RETURN label; SHOW USERS'],
    ['MATCH (n) RETURN n LIMIT 1; CREATE (:Pwned)'],
    ['EXPLAIN CREATE (:Pwned)'],
    ['PROFILE MATCH (n) RETURN n'],
    ['CREATE USER pwned SET PASSWORD "x"'],
    ['DROP INDEX search'],
  ])('refuses %j', async (query) => {
    const { status } = await cypher(query);
    expect([400, 403]).toContain(status);
  });

  it('lets through the read-only procedures on its list', async () => {
    const { status, body } = await cypher('CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(status).toBe(200);
    expect(body.rows.map((r: any) => r.label)).toContain('Policy');
  });
});

describe('writes, however hidden', () => {
  it.each([
    ["CREATE (:Pwned {key: 'x'})"],
    ['MATCH (p:Policy) SET p.pwned = true'],
    ['MATCH (p:Policy) FOREACH (x IN [1] | SET p.pwned = true)'],
    ["MERGE (p:Pwned {key: 'x'}) RETURN p"],
    ['MATCH (p:Policy) REMOVE p.title'],
    ['CALL () { CREATE (:Pwned) } RETURN 1'],
    ['CALL { CREATE (:Pwned) } IN TRANSACTIONS'],
    ['MATCH (p:Policy) WITH p LIMIT 1 CALL (p) { DETACH DELETE p } RETURN 1'],
    ['MATCH (p:Policy)\u001cDETACH DELETE p'],
    ['UNWIND [1] AS x CREATE (:Pwned)'],
  ])('refuses %j', async (query) => {
    const { status } = await cypher(query);
    expect([400, 403]).toContain(status);
  });

  it('left the graph as it was', async () => {
    const [r] = await rows(store, 'MATCH (n) WHERE n:Pwned OR n.pwned IS NOT NULL RETURN count(n) AS n');
    expect(Number(r!.n)).toBe(0);
    const [titles] = await rows(store, 'MATCH (p:Policy) WHERE p.title IS NULL RETURN count(p) AS n');
    expect(Number(titles!.n)).toBe(0);
  });
});

describe('memory and time bombs', () => {
  it('fails a string doubled thirty times alone, and the database answers after', async () => {
    const { status, body } = await cypher("RETURN size(reduce(s = 'x', i IN range(1, 30) | s + s)) AS n");
    expect([408, 422]).toContain(status);
    expect(body.error.message).not.toMatch(/\n\s+at /);
    await databaseAnswers();
  });

  it('fails a collection larger than a transaction may hold', async () => {
    const { status, body } = await cypher('UNWIND range(1, 100000000) AS i WITH collect(i) AS c RETURN size(c) AS n');
    expect([408, 422]).toContain(status);
    expect(body.error.code).toMatch(/query_too_large|query_timeout/);
    await databaseAnswers();
  });

  it.each([
    ['UNWIND range(1, 10000000000) AS i WITH i WHERE i < 0 RETURN count(*) AS n'],
    ['MATCH (a), (b), (c), (d), (e) RETURN count(*) AS n'],
    ['MATCH p = (a)-[*]-(b) RETURN count(p) AS n'],
    ['MATCH (a)--(b)--(c)--(d)--(e)--(f)--(g)--(h) RETURN count(*) AS n'],
  ])('stops %j at the time limit, not long after', async (query) => {
    const { status, ms } = await cypher(query);
    expect([200, 408]).toContain(status);
    // The limit holds end to end: planning, execution and no retries of a timed-out query.
    expect(ms).toBeLessThan(TIMEOUT_MS * 2 + 2000);
    await databaseAnswers();
  });

  it('streams a huge result and stops at the row cap, quickly', async () => {
    const { status, body, ms } = await cypher('UNWIND range(1, 100000000) AS n RETURN n');
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(100);
    expect(body).toMatchObject({ truncated: true, truncatedBy: 'rows' });
    expect(ms).toBeLessThan(TIMEOUT_MS);
  });

  it('stops at the byte cap when rows are large', async () => {
    const { status, body } = await cypher("UNWIND range(1, 100) AS n RETURN n, reduce(s = 'x', i IN range(1, 15) | s + s) AS big");
    expect(status).toBe(200);
    expect(body).toMatchObject({ truncated: true, truncatedBy: 'bytes' });
    expect(body.rows.length).toBeLessThan(10);
  });
});

describe('a busy console', () => {
  it('refuses more than its concurrent queries with 429 and Retry-After, while searches still answer', async () => {
    const slow = 'UNWIND range(1, 10000000000) AS i WITH i WHERE i < 0 RETURN count(*) AS n';
    const running = [cypher(slow), cypher(slow)];
    await new Promise((r) => setTimeout(r, 300));
    const third = await cypher('RETURN 1 AS one');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    const search = await fetch(`${base}/api/search?q=MIIT`);
    expect(search.status).toBe(200);
    await Promise.all(running);
    expect((await cypher('RETURN 1 AS one')).status).toBe(200);
  });
});

describe('the layers below the grammar', () => {
  it('has the database refuse file URLs even to a write-enabled query', async () => {
    await expect(runQuery(store, `LOAD CSV FROM ${FILE} AS l RETURN l`, { write: true })).rejects.toThrow(/allow_csv_import_from_file_urls/);
  });

  it('has the database stop a transaction that holds too much memory, even one run with --write', async () => {
    await expect(runQuery(store, 'UNWIND range(1, 100000000) AS i WITH collect(i) AS c RETURN size(c)', { write: true, timeoutMs: 60_000 })).rejects.toThrow(
      /db.memory.transaction.max|memory/i,
    );
    await databaseAnswers();
  });
});
