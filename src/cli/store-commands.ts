/** The commands that work on the store: `kg db`, `kg schema apply`, `kg load`, `kg query`, `kg start`, `kg serve`. */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { NODE_KINDS, SerializedGraph } from '../../graph-schema/schema.ts';
import { contractBreaches } from '../graph/contract.ts';
import { fragmentsOf, type FactGraph } from '../graph/facts.ts';
import { accessFor } from '../server/access.ts';
import { createApp, WEB_DIST } from '../server/app.ts';
import { layOutStoredGraph } from '../server/graph-view.ts';
import type { Store } from '../store/connect.ts';
import { digestMarkdown, digestSummary, readConflicts, readDigest } from '../store/digest.ts';
import { loadFragments, resolvedFacts, type LoadSummary } from '../store/load.ts';
import { restoreLists, runImporter, writeImportFiles } from '../store/bulk-import.ts';
import { configFromEnv } from '../store/config.ts';
import { runningLocalNeo4j, startProjectNeo4j, stopProjectNeo4j, superviseProjectNeo4j } from '../store/local-neo4j.ts';
import { runQuery } from '../store/query.ts';
import { runWatches } from '../store/watches.ts';
import { connectToStore } from '../store/resolve-store.ts';
import { applySchema } from '../store/schema.ts';
import { extractPaths } from './extract-command.ts';
import type { Reporter } from './reporter.ts';
import { formatTable } from './table.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);

export async function dbStart(port: number): Promise<number> {
  const db = await startProjectNeo4j(say, port);
  say(db.reused ? `Neo4j is already running at ${db.uri}` : `Neo4j is running at ${db.uri} (data in ${db.dataDir})`);
  process.stdout.write(`${db.uri}\n`);
  return 0;
}

export async function dbStatus(): Promise<number> {
  const db = await runningLocalNeo4j();
  if (!db) {
    say('no local Neo4j is running (start one with "kg db start")');
    return 1;
  }
  process.stdout.write(`running at ${db.uri} (pid ${db.pid}, data in ${db.dataDir})\n`);
  return 0;
}

export async function dbStop(): Promise<number> {
  say((await stopProjectNeo4j()) ? 'Neo4j stopped' : 'no local Neo4j was running');
  return 0;
}

async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = await connectToStore(say);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export async function schemaApply(): Promise<number> {
  return withStore(async (store) => {
    const { version, applied } = await applySchema(store);
    say(applied.length ? `applied ${applied.join(', ')}; schema version ${version}` : `schema is up to date (version ${version})`);
    return 0;
  });
}

/** The largest `--graph` file read: the export of a decade of newsletters is a few hundred MB at most. */
const MAX_GRAPH_BYTES = 512 * 2 ** 20;

/**
 * What to load, newsletter by newsletter: the fragments of the newsletters extracted, or those of an
 * export named by --graph; null when the export is no such thing.
 */
async function graphToLoad(paths: string[], options: { graph?: string }, report: Reporter): Promise<{ fragments: FactGraph[]; failed: number } | null> {
  if (!options.graph) {
    const extracted = await extractPaths(paths, report, { keepFragments: true });
    return { fragments: extracted.fragments, failed: extracted.failed };
  }
  let text: string;
  try {
    const { size } = await stat(options.graph);
    if (size > MAX_GRAPH_BYTES) {
      say(`error: ${options.graph}: the file is ${(size / 2 ** 20).toFixed(0)} MB; a graph to load may be at most ${MAX_GRAPH_BYTES / 2 ** 20} MB`);
      return null;
    }
    text = await readFile(options.graph, 'utf8');
  } catch (err) {
    say(`error: ${options.graph}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    return null;
  }
  const graphs = exportedGraphs(text);
  if (typeof graphs === 'string') {
    say(`error: ${options.graph}: not a policy-graph export (${graphs})`);
    return null;
  }
  const fragments: FactGraph[] = [];
  for (const [i, json] of graphs.entries()) {
    const where = graphs.length > 1 ? `line ${i + 1}: ` : '';
    const parsed = SerializedGraph.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      say(`error: ${options.graph}: not a policy-graph export (${where}${issue.path.join('.')}: ${issue.message})`);
      return null;
    }
    const breaches = contractBreaches(parsed.data, 5);
    if (breaches.length > 0) {
      say(`error: ${options.graph}: ${where}breaks the graph contract, so nothing was loaded:\n  ${breaches.join('\n  ')}`);
      return null;
    }
    fragments.push(...fragmentsOf(parsed.data));
  }
  return { fragments, failed: 0 };
}

/**
 * The graphs in an export: one JSON graph (`kg extract --out`), or one per line (`--format ndjson`,
 * each newsletter's own facts); a string says why the text is neither.
 */
function exportedGraphs(text: string): unknown[] | string {
  try {
    return [JSON.parse(text)];
  } catch (whole) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    if (lines.length < 2) return `not JSON: ${(whole as Error).message.split('\n')[0]}`;
    const graphs: unknown[] = [];
    for (const [i, line] of lines.entries()) {
      try {
        graphs.push(JSON.parse(line));
      } catch (err) {
        return `not JSON, nor JSON lines: line ${i + 1}: ${(err as Error).message.split('\n')[0]}`;
      }
    }
    return graphs;
  }
}

/** The explorer's picture of the data as loaded, laid out now and stored, so no server makes an analyst wait for it. */
async function layOut(store: Store): Promise<void> {
  const started = performance.now();
  const { nodes, laidOut } = await layOutStoredGraph(store);
  if (laidOut) say(`laid out the graph's ${nodes} nodes for the explorer in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function loadInto(store: Store, fragments: FactGraph[]): Promise<void> {
  await applySchema(store);
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: 'loading [{bar}] {value}/{total} newsletters', stream: process.stderr }, Presets.shades_classic)
    : null;
  // Every stored newsletter is resolved again with the new ones, and those whose facts changed are rewritten.
  bar?.start(fragments.length, 0);
  const summary = await loadFragments(store, fragments, {
    onStart: (total) => bar?.setTotal(total),
    onCommit: (files, done, total) => (bar ? bar.update(done) : say(`loaded ${done}/${total}: ${files.join(', ')}`)),
  });
  bar?.stop();
  say(describeLoad(summary, store.uri));
  await layOut(store);
  if (summary.conflicts > 0) say(`${summary.conflicts} attributes on which newsletters disagree: "kg conflicts" lists them`);
  for (const file of summary.files) {
    const digest = await readDigest(store, file);
    if (digest) say(`new: ${digestSummary(digest)} ("kg digest ${file}" for the whole list)`);
  }
  for (const watch of await runWatches(store)) {
    if (watch.newRows.length === 0) continue;
    say(`watch "${watch.title}": ${watch.newRows.length} new of ${watch.total}`);
    process.stderr.write(`${formatTable(watch.columns, watch.newRows)}\n`);
  }
}

/** `kg conflicts`: where newsletters disagree, each value with the newsletters that state it. */
export async function conflicts(options: { json?: boolean }): Promise<number> {
  return withStore(async (store) => {
    const disputed = await readConflicts(store);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(disputed, null, 2)}\n`);
      return 0;
    }
    const rows = disputed.flatMap((d) =>
      d.conflicts.map((c) => ({
        node: `${d.label} (${d.key})`,
        attribute: c.attribute,
        shown: c.chosen,
        values: c.values.map((v) => `${v.value} ← ${v.newsletters.join(', ')}`).join('; '),
        rule: c.rule,
      })),
    );
    process.stdout.write(
      rows.length === 0
        ? 'The newsletters in the store agree on every attribute.\n'
        : `${formatTable(['node', 'attribute', 'shown', 'values', 'rule'], rows)}\n`,
    );
    return 0;
  });
}

/** `kg digest <newsletter>`: what one issue added to the graph, for a mailing. */
export async function digest(newsletter: string, options: { format: 'md' | 'json' }): Promise<number> {
  return withStore(async (store) => {
    const d = await readDigest(store, newsletter);
    if (!d) {
      say(`error: the store holds no newsletter ${newsletter} (give its file name or key, as "kg query 'MATCH (n:Newsletter) RETURN n.source'" lists them)`);
      return 1;
    }
    process.stdout.write(options.format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : digestMarkdown(d));
    return 0;
  });
}

export async function load(paths: string[], options: { graph?: string; refresh?: boolean }, report: Reporter): Promise<number> {
  const input = options.refresh && paths.length === 0 && !options.graph ? { fragments: [], failed: 0 } : await graphToLoad(paths, options, report);
  if (!input) return 1;
  await withStore((store) => loadInto(store, input.fragments));
  return input.failed > 0 ? 1 : 0;
}

/**
 * `kg load --bulk`: the newsletters resolved together and written by Neo4j's own importer into the
 * local database, which must be empty; it is stopped for the import and started again, and the
 * schema's migrations are applied. A server at NEO4J_URI is not ours to stop: refused.
 */
export async function bulkLoad(paths: string[], options: { graph?: string }, report: Reporter): Promise<number> {
  if (configFromEnv()) {
    say(`error: --bulk writes the local database's files, and NEO4J_URI names another server; load into it with "kg load"`);
    return 1;
  }
  const input = await graphToLoad(paths, options, report);
  if (!input) return 1;
  const started = performance.now();
  const before = await startProjectNeo4j(say);
  const held = await withStore(async (store) =>
    Number((await store.driver.executeQuery('MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:LoadLock RETURN count(n) AS n')).records[0]?.get('n') ?? 0),
  );
  if (held > 0) {
    say(`error: the local database holds ${held} nodes, and --bulk loads only into an empty one: use "kg load", or "kg db stop" and remove ${before.dataDir}`);
    return 1;
  }
  const { facts } = resolvedFacts(input.fragments);
  const csv = await mkdtemp(path.join(tmpdir(), 'kg-bulk-'));
  try {
    const files = await writeImportFiles(csv, facts);
    const rows = (xs: { rows: number }[]) => xs.reduce((sum, x) => sum + x.rows, 0);
    say(`wrote ${rows(files.nodes)} nodes and ${rows(files.relationships)} relationships as CSV; stopping Neo4j for the import…`);
    await stopProjectNeo4j();
    await runImporter(before.dataDir, files, say).catch((err: Error) => {
      throw new Error(`${err.message}\nNothing stored was lost (the database was empty); "kg db stop" and remove ${before.dataDir} to start afresh`);
    });
    // Started again where it was, so a client that knew its address finds it there.
    await startProjectNeo4j(say, Number(new URL(before.uri).port));
    await withStore(async (store) => {
      await applySchema(store);
      await restoreLists(store, files);
      await layOut(store);
    });
    say(`bulk-loaded ${facts.length} newsletters in ${((performance.now() - started) / 1000).toFixed(1)} s (schema applied)`);
  } finally {
    await rm(csv, { recursive: true, force: true });
  }
  return input.failed > 0 ? 1 : 0;
}

export function describeLoad(s: LoadSummary, uri: string): string {
  return (
    `Loaded into ${uri}: ${s.newsletters.loaded} newsletters written, ${s.newsletters.unchanged} unchanged; ` +
    `nodes ${s.nodes.created} created, ${s.nodes.updated} updated, ${s.nodes.removed} removed; ` +
    `relationships ${s.relationships.created} created, ${s.relationships.updated} updated, ${s.relationships.removed} removed`
  );
}

/** "--param year=2025" → { year: 2025 }: JSON where the value parses as JSON, else a string. */
export function parseParams(pairs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--param takes name=value, got "${pair}"`);
    const raw = pair.slice(eq + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // a bare string
    }
    params[pair.slice(0, eq)] = value;
  }
  return params;
}

export async function query(cypher: string, options: { param: string[]; json?: boolean; write?: boolean }): Promise<number> {
  return withStore(async (store) => {
    const result = await runQuery(store, cypher, { params: parseParams(options.param), write: options.write ?? false });
    process.stdout.write(options.json ? `${JSON.stringify(result.rows, null, 1)}\n` : `${formatTable(result.columns, result.rows)}\n`);
    return 0;
  });
}

/**
 * `npm start`: the graph from the newsletters, loaded, then served over HTTP until stopped. A second
 * start reuses the running database and skips unchanged newsletters.
 */
export async function start(paths: string[], report: Reporter, port: number): Promise<number> {
  await buildExplorerIfMissing();
  const input = await graphToLoad(paths, {}, report);
  const store = await connectToStore(say, SERVING);
  if (input) await loadInto(store, input.fragments);
  const counts = await runQuery(store, 'MATCH (n) WHERE labels(n)[0] IN $kinds RETURN labels(n)[0] AS kind, count(*) AS nodes ORDER BY kind', {
    params: { kinds: NODE_KINDS },
  });
  process.stdout.write(`${formatTable(counts.columns, counts.rows)}\n`);
  await serveApi(store, port);
  return input && input.failed === 0 ? 0 : 1;
}

export async function serve(port: number): Promise<number> {
  await serveApi(await connectToStore(say, SERVING), port);
  return 0;
}

/**
 * A server retries a request's read for a few seconds, not the driver's 30: when the database is
 * down, analysts get a 503 saying so rather than a page that hangs.
 */
const SERVING = { maxTransactionRetryTime: 3000 };

/** `vite build` of web/, once: a later start finds web/dist. */
async function buildExplorerIfMissing(): Promise<void> {
  if (existsSync(path.join(WEB_DIST, 'index.html'))) return;
  say('building the explorer (web/ → web/dist)…');
  const { build } = await import('vite');
  await build({ configFile: path.resolve(WEB_DIST, '../../vite.config.ts'), logLevel: 'warn' });
}

async function serveApi(store: Store, port: number): Promise<void> {
  // HOST=0.0.0.0 in a container; on a workstation the API stays on loopback.
  const host = process.env.HOST ?? '127.0.0.1';
  const access = accessFor(host);
  const supervision = configFromEnv() ? null : superviseProjectNeo4j(say);
  const server = createApp(store, { prepareGraph: true, access, databaseDown: () => supervision?.restarting() ?? false }).listen(port, host);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  say(`Explorer at http://${host}:${port}/${access.token ? '#token=<KG_API_TOKEN>' : ''} (API under /api, OpenAPI at /api/openapi.json). Ctrl-C stops.`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop).once('SIGTERM', stop);
  });
  supervision?.stop();
  await store.close();
}
