/** The HTTP API against a real Neo4j loaded with the seeds: answers, validation, and the refusals. */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRegistries, registriesWith } from '../../graph-schema/registry.ts';
import { NODE_KINDS } from '../../graph-schema/schema.ts';
import { createApp } from '../../src/server/app.ts';
import { GraphViews, layOutStoredGraph } from '../../src/server/graph-view.ts';
import type { Store } from '../../src/store/connect.ts';
import { loadNewsletters } from '../../src/store/load.ts';
import { emptyTestStore, seedFacts } from '../helpers/store.ts';

let store: Store;
let server: Server;
let base: string;

beforeAll(async () => {
  store = await emptyTestStore();
  await loadNewsletters(store, seedFacts());
  // A title an attacker might write: it must come back as text.
  await store.driver.executeQuery(`MERGE (p:Policy {key: 'policy:xss'}) SET p.title = '<img src=x onerror=alert(1)>', p.stub = true`);
  server = createApp(store, { cypherTimeoutMs: 1500, cypherMaxRows: 50, bodyLimit: '8kb' }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await store?.close();
});

const get = async (path: string) => {
  const res = await fetch(base + path);
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
};
const post = async (path: string, body: unknown) => {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
};

describe('GET /api/changes and /api/newsletters', () => {
  it('lists the newsletters newest first by their title, and gives an issue’s digest', async () => {
    const { body: newsletters } = await get('/api/newsletters');
    expect(newsletters.map((n: any) => n.label)).toEqual([
      'China Industries · 4 Dec 2024',
      'China Industries · 23 Feb 2024',
      'China Industries · 1 Nov 2023',
      'China Industries · 26 Sep 2022',
      'China Industries · 7 Dec 2021',
    ]);
    const { status, body } = await get('/api/changes?newsletter=001_99a66f531def86f7.txt');
    expect(status).toBe(200);
    expect(body.newsletter).toEqual({ key: 'newsletter:001-99a66f531def86f7', source: '001_99a66f531def86f7.txt', date: '2021-12-07' });
    expect(body.newPolicies.length).toBeGreaterThan(3);
    expect((await get('/api/changes')).body.newsletter.date).toBe('2024-12-04');
    expect((await get('/api/changes?newsletter=nothing.txt')).status).toBe(404);
  });
});

describe('GET /api/graph', () => {
  it('returns the graph laid out, every node with a position, in graphology’s serialisation', async () => {
    const { status, body, headers } = await get('/api/graph');
    expect(status).toBe(200);
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(headers.get('content-encoding')).toMatch(/^(gzip|br|deflate)$/);
    expect(body.nodes.length).toBeGreaterThan(300);
    expect(body.edges.length).toBeGreaterThan(400);
    expect(body.nodes.every((n: any) => Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y))).toBe(true);
    expect(body.edges.some((e: any) => e.attributes.kind === 'SUPPORTS')).toBe(false);
  });

  it('sends the view compressed once per data version, and plain to a client that asks so', async () => {
    const raw = async (encoding: string) => {
      const res = await fetch(`${base}/api/graph`, { headers: { 'accept-encoding': encoding } });
      return { encoding: res.headers.get('content-encoding'), vary: res.headers.get('vary'), body: (await res.json()) as any };
    };
    const [gzipped, plain] = [await raw('gzip'), await raw('identity')];
    expect(gzipped.encoding).toBe('gzip');
    expect(gzipped.vary).toMatch(/Accept-Encoding/i);
    expect(plain.encoding).toBeNull();
    expect(plain.body).toEqual(gzipped.body);
  });

  it('leaves an entry’s full text to the node’s details, keeping what is drawn small', async () => {
    const { body } = await get('/api/graph');
    const entry = body.nodes.find((n: any) => n.attributes.kind === 'Entry');
    expect(entry.attributes.headline).toBeTruthy();
    expect(entry.attributes).not.toHaveProperty('text');
    expect(body.nodes.find((n: any) => n.attributes.kind === 'Target').attributes.text).toBeTruthy();
    const detail = await get(`/api/nodes/${encodeURIComponent(entry.key)}`);
    expect(detail.body.properties.text.length).toBeGreaterThan(100);
  });

  it('places a filtered view’s nodes where the whole graph has them: filtering never lays out again', async () => {
    const whole = (await get('/api/graph')).body;
    const filtered = (await get('/api/graph?agency=NDRC')).body;
    const at = new Map(whole.nodes.map((n: any) => [n.key, [n.attributes.x, n.attributes.y]]));
    expect(filtered.nodes.length).toBeLessThan(whole.nodes.length);
    for (const n of filtered.nodes) expect([n.attributes.x, n.attributes.y]).toEqual(at.get(n.key));
  });

  it('stores the places it laid out, so the next server reads them and lays out nothing', async () => {
    const whole = (await get('/api/graph')).body;
    // Every drawn node has its place in the store, kept apart from its facts.
    const unplaced = await store.driver.executeQuery('MATCH (n) WHERE labels(n)[0] IN $kinds AND n.layout IS NULL RETURN count(n) AS n', {
      kinds: NODE_KINDS,
    });
    expect(unplaced.records[0]!.get('n').toNumber()).toBe(0);
    const policy = whole.nodes.find((n: any) => n.attributes.kind === 'Policy');
    expect((await get(`/api/nodes/${encodeURIComponent(policy.key)}`)).body.properties).not.toHaveProperty('layout');
    // A server started afresh (or a load's layout step) finds every place stored: no layout runs, the picture is the same.
    const views = new GraphViews(store, async () => 'fresh');
    expect(await views.prepare()).toBe(whole.nodes.length);
    expect(views.laidOut).toBe(0);
    expect(await layOutStoredGraph(store)).toEqual({ nodes: whole.nodes.length, laidOut: false });
    const again = JSON.parse(await views.get({}));
    const at = new Map(whole.nodes.map((n: any) => [n.key, [n.attributes.x, n.attributes.y]]));
    for (const n of again.nodes) expect([n.attributes.x, n.attributes.y]).toEqual(at.get(n.key));
  });

  it('lays out the same data the same way every time', async () => {
    const a = await get('/api/graph?kinds=Policy,Agency');
    const b = await get('/api/graph?kinds=Policy,Agency');
    expect(a.body).toEqual(b.body);
    expect(new Set(a.body.nodes.map((n: any) => n.attributes.kind))).toEqual(new Set(['Policy', 'Agency']));
  });

  it('filters by agency and date range to those policies and their neighbours', async () => {
    const { body } = await get('/api/graph?agency=SAMR&from=2023-01-01&to=2023-12-31');
    const policies = body.nodes.filter((n: any) => n.attributes.kind === 'Policy' && n.attributes.date);
    expect(policies.map((p: any) => p.attributes.title).sort()).toEqual(
      expect.arrayContaining(['Guiding Opinions on Promoting the High-Quality Development of the Metrology Industry']),
    );
    expect(body.nodes.some((n: any) => n.key === 'agency:samr')).toBe(true);
  });

  it('refuses an unknown kind and a malformed date, saying which', async () => {
    expect(await get('/api/graph?kinds=Policy,Unicorn')).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } });
    const bad = await get('/api/graph?from=2023-13');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('from: expected YYYY-MM-DD');
    expect((await get('/api/graph?from=2023-02-30')).body.error.message).toBe('from: no such day in the calendar');
    expect(await get('/api/graph?from=2024-05-01&to=2023-01-01')).toMatchObject({ status: 400, body: { error: { message: 'from: from is after to' } } });
  });
});

describe('GET /api/search with words Lucene would read as syntax', () => {
  it.each(['AND', 'NOT', 'MIIT OR', '"', '***', '((', 'a:b', '\\', 'TO'])('answers %j with 200', async (q) => {
    const { status } = await get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
  });
});

describe('GET /api/nodes/:key', () => {
  it('returns MIIT with its policies from all five newsletters, paged, and its provenance', async () => {
    const { status, body } = await get('/api/nodes/agency:miit?limit=5');
    expect(status).toBe(200);
    expect(body).toMatchObject({ key: 'agency:miit', kind: 'Agency', label: 'MIIT' });
    expect(body.neighbours['ISSUED_BY:in'].total).toBeGreaterThan(5);
    expect(body.neighbours['ISSUED_BY:in'].items).toHaveLength(5);
    expect(body.provenance.map((p: any) => p.newsletter)).toHaveLength(5);
    expect(body.provenance[0]).toMatchObject({ date: '2021-12-07', quotes: expect.any(Array) });
  });

  it('gives every neighbour the sentences that join it, with the issue each is in', async () => {
    const { body } = await get(`/api/nodes/${encodeURIComponent('policy:metrology-development-plan-2021-2035')}`);
    const [later] = body.neighbours['BUILDS_ON:in'].items;
    expect(later.lineage).toEqual({ relation: 'based-on', cue: expect.any(String) });
    expect(later.evidence[0]).toEqual({
      quote: expect.stringContaining('build on'),
      newsletter: expect.any(String),
      title: expect.stringMatching(/^China Industries · /),
      date: expect.stringMatching(/^\d{4}-/),
    });
    expect(body.conflicts).toEqual([]);
    expect(body.properties.statements).toBeUndefined();
  });

  it('answers 404 for a key that is not there', async () => {
    expect(await get('/api/nodes/agency:nowhere')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('returns a hostile title as plain JSON text', async () => {
    const { body, headers } = await get('/api/nodes/policy:xss');
    expect(headers.get('content-type')).toContain('application/json');
    expect(body.properties.title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('GET /api/search', () => {
  it('finds by English words, Chinese characters and abbreviations', async () => {
    expect((await get('/api/search?q=metrology')).body.results.map((r: any) => r.label)).toContain(
      'Guiding Opinions on Promoting the High-Quality Development of the Metrology Industry',
    );
    expect((await get(`/api/search?q=${encodeURIComponent('算力基础设施')}`)).body.results[0].key).toContain('computing-power-infrastructure');
    expect((await get('/api/search?q=MIIT')).body.results.map((r: any) => r.key)).toContain('agency:miit');
  });

  it('puts a name the registries know first, short and Chinese names included', async () => {
    for (const [q, key] of [
      ['发改委', 'agency:ndrc'],
      ['工信部', 'agency:miit'],
      ['miit', 'agency:miit'],
      ['Ministry of Industry and Information Technology', 'agency:miit'],
    ]) {
      expect((await get(`/api/search?q=${encodeURIComponent(q!)}`)).body.results[0].key).toBe(key);
    }
  });

  it('knows the names of the registries it is given', async () => {
    const registries = registriesWith({
      agencies: defaultRegistries.agencies.map((a) => (a.key === 'MIIT' ? { ...a, aliases: [...a.aliases, 'Gongxinbu'] } : a)),
    });
    const other = createApp(store, { registries }).listen(0, '127.0.0.1');
    try {
      await new Promise((r) => other.once('listening', r));
      const res = await fetch(`http://127.0.0.1:${(other.address() as { port: number }).port}/api/search?q=Gongxinbu`);
      expect(((await res.json()) as any).results[0]?.key).toBe('agency:miit');
      expect((await get('/api/search?q=Gongxinbu')).body.results.map((r: any) => r.key)).not.toContain('agency:miit');
    } finally {
      await new Promise((r) => other.close(r));
    }
  });

  it('finds entries by their headline and sectors by name', async () => {
    const kinds = async (q: string) => (await get(`/api/search?q=${encodeURIComponent(q)}&limit=20`)).body.results.map((r: any) => r.kind);
    expect(await kinds('green efficient controllable computing power')).toContain('Entry');
    expect(await kinds('batteries')).toContain('Sector');
  });

  it('treats query syntax as words', async () => {
    expect((await get(`/api/search?q=${encodeURIComponent('data AND (security')}`)).status).toBe(200);
  });

  it('refuses an empty query', async () => {
    expect((await get('/api/search?q=')).status).toBe(400);
  });
});

describe('lineage and agencies', () => {
  it('returns a policy’s lineage', async () => {
    const { body } = await get('/api/policies/policy:metrology-development-plan-2021-2035/lineage');
    expect(body.lineage).toEqual([expect.objectContaining({ direction: 'descendant', depth: 1 })]);
  });

  it('returns an agency’s policies over time and its co-issuers', async () => {
    const { body } = await get('/api/agencies/agency:samr');
    expect(body.agency.name).toBe('State Administration for Market Regulation');
    expect(body.policiesByYear.map((y: any) => y.year)).toEqual([2024, 2023, 2022]);
    expect(body.coIssuers.map((c: any) => c.abbreviation)).toContain('MIIT');
  });
});

describe('POST /api/cypher', () => {
  it('runs a read-only query and returns rows with the nodes and relationships they hold', async () => {
    const { status, body } = await post('/api/cypher', {
      query: 'MATCH (p:Policy)-[r:ISSUED_BY]->(a:Agency {abbreviation: $ab}) RETURN p, r, a LIMIT 3',
      params: { ab: 'SAMR' },
    });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(3);
    expect(body.graph.nodes.map((n: any) => n.key)).toContain('agency:samr');
    expect(body.graph.edges.every((e: any) => e.kind === 'ISSUED_BY' && e.target === 'agency:samr')).toBe(true);
  });

  it('draws a relationship returned without its ends, and every step of a path', async () => {
    const alone = await post('/api/cypher', { query: "MATCH (:Policy)-[r:ISSUED_BY]->(:Agency {abbreviation: 'SAMR'}) RETURN r LIMIT 2" });
    expect(alone.body.graph.edges).toHaveLength(2);
    const ends = new Set(alone.body.graph.nodes.map((n: any) => n.key));
    for (const e of alone.body.graph.edges) expect(ends.has(e.source) && ends.has(e.target)).toBe(true);
    const path = await post('/api/cypher', { query: 'MATCH path = (:Agency)<-[:ISSUED_BY]-(:Policy)-[:BUILDS_ON]->(:Policy) RETURN path LIMIT 1' });
    expect(path.body.graph.edges).toHaveLength(2);
    expect(path.body.graph.nodes).toHaveLength(3);
  });

  it('caps the rows it returns', async () => {
    const { body } = await post('/api/cypher', { query: 'UNWIND range(1, 500) AS n RETURN n' });
    expect(body.rows).toHaveLength(50);
    expect(body.truncated).toBe(true);
  });

  it.each([
    ["CREATE (:Policy {key: 'x'})"],
    ["MERGE (p:Policy {key: 'x'}) RETURN p"],
    ["MATCH (p:Policy) SET p.title = 'x'"],
    ['MATCH (p:Policy) DELETE p'],
    ['MATCH (p:Policy) DETACH DELETE p'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
    ['CALL dbms.components() YIELD name RETURN name'],
    ['CALL dbms.killQueries([])'],
  ])('refuses %s with 403 and a message', async (query) => {
    const { status, body } = await post('/api/cypher', { query });
    expect(status).toBe(403);
    expect(body.error.code).toBe('query_refused');
    expect(body.error.message.length).toBeGreaterThan(10);
  });

  it('stops a query that runs too long', async () => {
    const { status, body } = await post('/api/cypher', { query: 'UNWIND range(1, 1000000000) AS n WITH n WHERE n % 7 = 3 RETURN count(n)' });
    expect(status).toBe(408);
    expect(body.error.code).toBe('query_timeout');
  });

  it('refuses a request that is too big, and one that is not JSON', async () => {
    expect((await post('/api/cypher', { query: `RETURN '${'x'.repeat(20_000)}'` })).status).toBe(413);
    expect((await post('/api/cypher', '{"query": ')).status).toBe(400);
  });

  it('reports a syntax error as a client error at its line and column', async () => {
    expect(await post('/api/cypher', { query: 'MATCH (p:Policy)\nMATCH (n RETURN n' })).toMatchObject({
      status: 400,
      body: { error: { code: 'cypher_syntax', line: 2, column: 10 } },
    });
  });

  it('names a parameter the query uses but the request lacks', async () => {
    const { status, body } = await post('/api/cypher', { query: 'MATCH (a:Agency {abbreviation: $ab}) RETURN a' });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/Parameter \$ab is not defined.*line 1, column 32/);
  });

  it('passes on the planner’s warnings, such as an unknown label', async () => {
    const { status, body } = await post('/api/cypher', { query: 'MATCH (p:Polcy) RETURN p' });
    expect(status).toBe(200);
    expect(body.warnings.map((w: any) => w.code)).toContain('Neo.ClientNotification.Statement.UnknownLabelWarning');
  });
});

describe('saved queries and the OpenAPI document', () => {
  it('lists the saved queries with their typed parameters, and runs one', async () => {
    const list = (await get('/api/queries')).body;
    expect(list.find((q: any) => q.name === 'targets-due').params).toEqual([{ name: 'year', type: 'integer', default: 2025, description: 'the target year' }]);
    const run = await post('/api/queries/targets-due/run', { params: { year: 2026 } });
    expect(run.status).toBe(200);
    expect(run.body.rows).toHaveLength(7);
    expect((await post('/api/queries/targets-due/run', { params: { year: 'soon' } })).status).toBe(400);
    expect((await post('/api/queries/nothing-here/run', {})).status).toBe(404);
  });

  it('describes every route from the zod schemas', async () => {
    const doc = (await get('/api/openapi.json')).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/graph', '/api/nodes/{key}', '/api/search', '/api/cypher', '/api/queries/{name}/run']));
    expect(doc.paths['/api/search'].get.parameters.map((p: any) => p.name)).toEqual(['q', 'limit']);
  });
});

describe('access', () => {
  let guarded: Server;
  let url: string;
  beforeAll(async () => {
    guarded = createApp(store, { access: { token: 'a-secret-of-sixteen', allowedHosts: ['localhost', '127.0.0.1'] } }).listen(0, '127.0.0.1');
    await new Promise((r) => guarded.once('listening', r));
    url = `http://127.0.0.1:${(guarded.address() as { port: number }).port}`;
  });
  afterAll(async () => new Promise((r) => guarded?.close(r)));

  it('asks for the bearer token on every API path when one is set', async () => {
    const refused = await fetch(`${url}/api/search?q=MIIT`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer');
    expect((await fetch(`${url}/api/search?q=MIIT`, { headers: { authorization: 'Bearer a-secret-of-sixteeX' } })).status).toBe(401);
    expect((await fetch(`${url}/api/search?q=MIIT`, { headers: { authorization: 'Bearer a-secret-of-sixteen' } })).status).toBe(200);
  });

  it('answers no request addressed to a host not on its list (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${url}/api/search?q=MIIT`, { headers: { host: 'attacker.example', authorization: 'Bearer a-secret-of-sixteen' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject).end();
    });
    expect(status).toBe(421);
    // The open server of the other tests answers loopback names only, too.
    const open = await new Promise<number>((resolve, reject) => {
      request(`${base}/api/search?q=MIIT`, { headers: { host: 'attacker.example:3000' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(open).toBe(421);
  });
});
