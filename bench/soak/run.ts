/**
 * Soak: 50 clients for a few minutes against `kg serve` over a fresh local Neo4j holding the seeds
 * and a synthetic archive — searches, node details and the Cypher console, hostile queries mixed in.
 * Reports per kind of request the count, status codes, errors and latency, and the resident memory of
 * the server and of Neo4j before and after; then checks the database still answers.
 *
 *   npm run bench:soak [-- --seconds 180] [-- --connections 50]
 *
 * A benchmark, not a test: the figures go to bench/README.md. All traffic stays on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { serialize } from '../../src/resolve/merge.ts';
import { splitByNewsletter } from '../../src/store/facts.ts';
import { loadNewsletters } from '../../src/store/load.ts';
import { extractSeeds } from '../../tests/helpers/extract.ts';
import { serveApi, withFreshDatabase } from '../fresh-database.ts';
import { syntheticNewsletters } from '../load/synthetic.ts';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const seconds = Number(option('seconds', '180'));
const connections = Number(option('connections', '50'));
/** The console's share of the clients; 0 measures searches and node reads alone, for comparison. */
const consoleShare = Number(option('console', '0.2'));

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const SEARCH_WORDS = ['MIIT', 'data', 'plan', '算力', 'AND', '"', 'semiconductor', 'NDRC', '***', 'electric vehicles'];
const CONSOLE = [
  'MATCH (p:Policy)-[:ISSUED_BY]->(a:Agency) RETURN a.abbreviation AS agency, count(p) AS policies ORDER BY policies DESC LIMIT 10',
  'MATCH (t:Target) WHERE t.year >= 2025 RETURN t.text, t.year LIMIT 20',
  "WITH '//' AS x LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  'SHOW TRANSACTIONS',
  "RETURN size(reduce(s = 'x', i IN range(1, 30) | s + s)) AS n",
  'UNWIND range(1, 10000000000) AS i WITH i WHERE i < 0 RETURN count(*) AS n',
  'MATCH (n) RETURN n; MATCH (m) DETACH DELETE m',
  'UNWIND range(1, 100000000) AS n RETURN n',
];

type Result = autocannon.Result & { statusCodeStats?: Record<string, { count: number }> };

function describe(kind: string, r: Result): string {
  const codes = Object.entries(r.statusCodeStats ?? {})
    .map(([code, { count }]) => `${code}×${count}`)
    .join(' ');
  return `${kind}: ${r.requests.total} requests, ${Math.round(r.requests.average)} req/s, statuses ${codes}, errors ${r.errors}, timeouts ${r.timeouts}, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`;
}

await withFreshDatabase(async (store, db) => {
  await loadNewsletters(store, [...splitByNewsletter(serialize(extractSeeds())), ...syntheticNewsletters(20_000, 3)]);
  const { base, server } = await serveApi(db);
  try {
    const keys = (await store.driver.executeQuery('MATCH (n) WHERE n.key IS NOT NULL AND NOT n:LoadLock RETURN n.key AS key')).records.map(
      (r) => r.get('key') as string,
    );
    const before = { server: rssMb(server.pid!), neo4j: rssMb(db.pid) };
    let i = 0;
    const run = (share: number, path: () => string, body?: () => string) =>
      autocannon({
        url: base,
        connections: Math.max(1, Math.round(connections * share)),
        duration: seconds,
        timeout: 30,
        requests: [
          {
            method: body ? 'POST' : 'GET',
            setupRequest: (req) => ({ ...req, path: path(), ...(body ? { body: body(), headers: { 'content-type': 'application/json' } } : {}) }),
          },
        ],
      }) as Promise<Result>;
    const readShare = (1 - consoleShare) / 2;
    const [search, nodes, consoleRuns] = await Promise.all([
      run(readShare, () => `/api/search?q=${encodeURIComponent(SEARCH_WORDS[i++ % SEARCH_WORDS.length]!)}`),
      run(readShare, () => `/api/nodes/${encodeURIComponent(keys[(i++ * 7919) % keys.length]!)}`),
      consoleShare > 0
        ? run(
            consoleShare,
            () => '/api/cypher',
            () => JSON.stringify({ query: CONSOLE[i++ % CONSOLE.length] }),
          )
        : null,
    ]);
    const after = { server: rssMb(server.pid!), neo4j: rssMb(db.pid) };
    const answers = await fetch(`${base}/api/search?q=MIIT`);
    console.log(`soak: ${connections} clients for ${seconds} s over ${keys.length.toLocaleString('en')} nodes`);
    console.log(describe('search', search));
    console.log(describe('node details', nodes));
    if (consoleRuns) console.log(describe('console (2 of 8 queries benign)', consoleRuns));
    console.log(
      `resident memory before → after: server ${before.server.toFixed(0)} → ${after.server.toFixed(0)} MB, Neo4j ${before.neo4j.toFixed(0)} → ${after.neo4j.toFixed(0)} MB`,
    );
    console.log(`afterwards the API answers a search with ${answers.status}`);
  } finally {
    server.kill('SIGTERM');
  }
});
