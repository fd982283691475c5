/**
 * The HTTP API over the store, for the explorer and for analysts' scripts. Every input is
 * validated with the zod schemas in schemas.ts; errors come back as JSON with a clear message.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import compression from 'compression';
import express, { type Request } from 'express';
import helmet from 'helmet';
import type { z } from 'zod';
import type { Store } from '../store/connect.ts';
import { readSavedQueries } from '../store/query-library.ts';
import { runQuery } from '../store/query.ts';
import { accessControl, accessFor, type AccessOptions } from './access.ts';
import { ConsoleLimit } from './console-limit.ts';
import { errorHandler, HttpError, notFound } from './errors.ts';
import type { NewsletterSummary } from '../../graph-schema/api.ts';
import { labelOf } from '../../graph-schema/kinds.ts';
import { readDigest } from '../store/digest.ts';
import { GraphViews } from './graph-view.ts';
import { search } from './search.ts';
import { SavedViews } from './views.ts';
import { ReadModel } from './read-model.ts';
import { openApiDocument } from './openapi.ts';
import { ChangesQuery, CypherBody, GraphQuery, NodeKeyParams, PageQuery, QueryNameParams, SavedQueryBody, SearchQuery } from './schemas.ts';
import type { Registries } from '../../graph-schema/registry.ts';

/** The explorer, as `vite build` writes it. */
export const WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

export interface ApiOptions {
  /** Longest a Cypher query from a client may run. */
  cypherTimeoutMs?: number;
  /** Most rows a Cypher query from a client returns. */
  cypherMaxRows?: number;
  /** Most bytes of rows (as JSON) a Cypher query from a client returns. */
  cypherMaxBytes?: number;
  /** How many console queries (typed or saved) run at once; more get 429. */
  cypherConcurrency?: number;
  bodyLimit?: string;
  /** Lay out the whole graph at once, rather than on the first request. */
  prepareGraph?: boolean;
  /** Allowed hosts and the bearer token; loopback names and no token unless given. */
  access?: AccessOptions;
  /**
   * How stale the answers from memory (node details, the graph view) may be: the store's data version
   * is checked at most this often. A load in another process shows within this time.
   */
  snapshotMaxAgeMs?: number;
  /** True while the database is known to be down (a supervisor restarting it): /api answers 503 at once. */
  databaseDown?: () => boolean;
  /** The names search knows beside its index (an agency's abbreviations, a policy's aliases); graph-schema's by default. */
  registries?: Registries;
}

const parse = <T extends z.ZodType>(schema: T, value: unknown): z.infer<T> => schema.parse(value);

export function createApp(store: Store, options: ApiOptions = {}): express.Express {
  const app = express();
  const model = new ReadModel(store, options.snapshotMaxAgeMs);
  const views = new GraphViews(store, () => model.version());
  const consoleTimeoutMs = options.cypherTimeoutMs ?? 10_000;
  const consoleLimit = new ConsoleLimit(options.cypherConcurrency ?? defaultConsoleConcurrency(), Math.ceil(consoleTimeoutMs / 1000));
  const saved = readSavedQueries();
  const savedViews = new SavedViews(store, saved, consoleTimeoutMs);
  const read = async (cypher: string, params: Record<string, unknown>) =>
    (await store.driver.executeQuery(cypher, params, { database: store.database, routing: 'READ' })).records;

  app.disable('x-powered-by');
  app.use(accessControl(options.access ?? accessFor('127.0.0.1', {})));
  // The explorer re-runs its layout in a web worker that graphology starts from a blob: URL.
  app.use(helmet({ contentSecurityPolicy: { directives: { workerSrc: ["'self'", 'blob:'] } } }));
  // The graph view is megabytes of JSON that compresses tenfold; small answers are sent as they are.
  app.use(compression({ threshold: 1024 }));
  app.use(express.json({ limit: options.bodyLimit ?? '64kb' }));
  app.use('/api', (_req, _res, next) => {
    if (!options.databaseDown?.()) return next();
    next(new HttpError(503, 'database_unavailable', 'the database is being restarted; try again shortly', { 'Retry-After': '5' }));
  });

  app.get('/api/graph', async (req, res) => {
    const filters = parse(GraphQuery, req.query);
    res.vary('Accept-Encoding').type('json');
    // Compressed once per data version and sent as it is (compression() leaves an encoded body alone).
    if (req.acceptsEncodings('gzip') === 'gzip') res.set('Content-Encoding', 'gzip').send(await views.gzipped(filters));
    else res.send(await views.get(filters));
  });
  // The whole graph is what the explorer asks for first: lay it out before anyone waits for it.
  if (options.prepareGraph) views.gzipped({}).catch(() => {});

  app.get('/api/nodes/:key', async (req: Request, res) => {
    const { key } = parse(NodeKeyParams, req.params);
    const detail = await model.nodeDetailJson(key, parse(PageQuery, req.query));
    if (!detail) throw notFound(`node "${key}"`);
    res.type('json').send(detail);
  });

  app.get('/api/search', async (req, res) => {
    const { q, limit } = parse(SearchQuery, req.query);
    res
      .type('json')
      .send(await model.answer(`search:${limit}:${q}`, async () => JSON.stringify({ query: q, results: await search(store, q, limit, options.registries) })));
  });

  app.get('/api/policies/:key/lineage', async (req, res) => {
    const { key } = parse(NodeKeyParams, req.params);
    if ((await model.kindOf(key)) !== 'Policy') throw notFound(`policy "${key}"`);
    res.type('json').send(await model.answer(`lineage:${key}`, async () => JSON.stringify({ key, lineage: await savedViews.lineage(key) })));
  });

  app.get('/api/agencies/:key', async (req, res) => {
    const { key } = parse(NodeKeyParams, req.params);
    const view = await model.answer(`agency:${key}`, async (snapshot) => {
      if (!snapshot.graph.hasNode(key) || snapshot.graph.getNodeAttribute(key, 'kind') !== 'Agency') return null;
      return JSON.stringify({ key, agency: snapshot.graph.getNodeAttribute(key, 'properties'), ...(await savedViews.agency(key)) });
    });
    if (!view) throw notFound(`agency "${key}"`);
    res.type('json').send(view);
  });

  app.get('/api/newsletters', async (_req, res) => {
    const found = await read(
      'MATCH (n:Newsletter) RETURN n.key AS key, n.source AS source, n.title AS title, toString(n.date) AS date ORDER BY n.date DESC, n.key',
      {},
    );
    const newsletters: NewsletterSummary[] = found.map((r) => ({
      key: r.get('key'),
      source: r.get('source'),
      date: r.get('date'),
      label: labelOf('Newsletter', r.toObject()),
    }));
    res.json(newsletters);
  });

  app.get('/api/changes', async (req, res) => {
    const { newsletter } = parse(ChangesQuery, req.query);
    const latest = async () =>
      (await read('MATCH (n:Newsletter) RETURN n.key AS key ORDER BY n.date DESC, n.key LIMIT 1', {}))[0]?.get('key') as string | undefined;
    const which = newsletter ?? (await latest());
    const digest = which ? await readDigest(store, which) : null;
    if (!digest) throw notFound(`newsletter "${newsletter ?? '(none loaded)'}"`);
    res.json(digest);
  });

  app.post('/api/cypher', async (req, res) => {
    const { query, params } = parse(CypherBody, req.body);
    const result = await consoleLimit.run(() =>
      runQuery(store, query, {
        params,
        timeoutMs: consoleTimeoutMs,
        maxRows: options.cypherMaxRows ?? 1000,
        maxBytes: options.cypherMaxBytes ?? 5 * 2 ** 20,
      }),
    );
    res.json(result);
  });

  app.get('/api/queries', (_req, res) => {
    // The text too: the console shows a saved query to read and adapt.
    res.json(saved);
  });

  app.post('/api/queries/:name/run', async (req, res) => {
    const { name } = parse(QueryNameParams, req.params);
    const { params } = parse(SavedQueryBody, req.body ?? {});
    const result = await consoleLimit.run(() => savedViews.run(name, params));
    if (!result) throw notFound(`saved query "${name}"`);
    res.json(result);
  });

  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });

  app.use('/api', (_req, _res, next) => next(notFound('this API path')));
  if (existsSync(WEB_DIST)) {
    app.use(express.static(WEB_DIST));
    // The explorer's views are links (?node=…): every other page is the explorer.
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(WEB_DIST, 'index.html')));
  }
  app.use(errorHandler);
  return app;
}

/**
 * Console queries at once, by default half the cores (KG_CONSOLE_CONCURRENCY to change): a heavy
 * query keeps a core of the database busy until its time limit, and searches need the rest.
 */
function defaultConsoleConcurrency(): number {
  const given = Number(process.env.KG_CONSOLE_CONCURRENCY);
  return Number.isInteger(given) && given > 0 ? given : Math.max(1, Math.floor(availableParallelism() / 2));
}
