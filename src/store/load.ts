/**
 * Writes newsletters' facts into Neo4j. Each newsletter is replaced as a whole: in one
 * transaction its earlier sources are retracted from every fact it supported, its new facts are
 * merged on their keys with its sources appended, and facts left with no source at all are
 * deleted. Facts that other newsletters still support stay. A newsletter whose facts have not
 * changed since the last load is skipped, so loading twice changes nothing.
 *
 * Writes are batched: one UNWIND statement per label or relationship type, in managed
 * transactions that the driver retries on transient errors.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Source } from '../../graph-schema/schema.ts';
import { keys } from '../graph/keys.ts';
import type { Store } from './connect.ts';
import { labelOfKey, type EdgeFact, type NewsletterFacts, type NodeFact } from './facts.ts';
import { toNeo4j } from './values.ts';

export interface LoadSummary {
  newsletters: { loaded: number; unchanged: number };
  nodes: { created: number; updated: number; removed: number };
  relationships: { created: number; updated: number; removed: number };
}

export interface LoadOptions {
  /** Called after each transaction commits, with the newsletters it held. */
  onCommit?: (files: string[], done: number, total: number) => void;
  /** Facts per transaction; several small newsletters share one, a large one has its own. */
  batchSize?: number;
}

const DATE_FIELDS = new Set(['date', 'periodFrom', 'periodTo']);

/** Properties as Neo4j stores them: integers as integers, ISO dates as dates, nulls left out. */
function storedProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined || k === 'stub' || k === 'lead') continue;
    out[k] = DATE_FIELDS.has(k) && typeof v === 'string' ? neo4j.types.Date.fromStandardDate(new Date(`${v}T00:00:00Z`)) : toNeo4j(v);
  }
  return out;
}

function sourceColumns(sources: readonly Source[]) {
  return {
    files: sources.map((s) => s.file),
    starts: sources.map((s) => neo4j.int(s.start)),
    ends: sources.map((s) => neo4j.int(s.end)),
    quotes: sources.map((s) => s.quote),
  };
}

function groupBy<T>(items: readonly T[], by: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = by(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Keeps only the sources that are not from `row.file`, in all four parallel lists. */
const RETRACT = `
  WITH x, row, [i IN range(0, size(coalesce(x.sourceFiles, [])) - 1) WHERE x.sourceFiles[i] <> row.file] AS keep
  SET x.sourceFiles = [i IN keep | x.sourceFiles[i]], x.sourceStarts = [i IN keep | x.sourceStarts[i]],
      x.sourceEnds = [i IN keep | x.sourceEnds[i]], x.sourceQuotes = [i IN keep | x.sourceQuotes[i]]`;

const APPEND = `
  SET x.sourceFiles = coalesce(x.sourceFiles, []) + row.sources.files,
      x.sourceStarts = coalesce(x.sourceStarts, []) + row.sources.starts,
      x.sourceEnds = coalesce(x.sourceEnds, []) + row.sources.ends,
      x.sourceQuotes = coalesce(x.sourceQuotes, []) + row.sources.quotes`;

interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

async function run(tx: ManagedTransaction, query: string, params: Record<string, unknown>, c: Counters): Promise<void> {
  const result = await tx.run(query, params);
  const u = result.summary.counters.updates();
  c.nodesCreated += u.nodesCreated;
  c.nodesDeleted += u.nodesDeleted;
  c.relationshipsCreated += u.relationshipsCreated;
  c.relationshipsDeleted += u.relationshipsDeleted;
}

/** The keys a newsletter supported at its last load, and the digest of what it then held. */
async function previousLoads(tx: ManagedTransaction, files: string[]): Promise<Map<string, { digest: string; factKeys: string[] }>> {
  const result = await tx.run(
    'UNWIND $rows AS row MATCH (n:Newsletter {key: row.key}) WHERE n.factDigest IS NOT NULL RETURN row.file AS file, n.factDigest AS digest, n.factKeys AS factKeys',
    { rows: files.map((file) => ({ file, key: keys.newsletter(file) })) },
  );
  return new Map(result.records.map((r) => [r.get('file') as string, { digest: r.get('digest') as string, factKeys: r.get('factKeys') as string[] }]));
}

function parseEdgeKey(key: string): { type: string; from: string; to: string } {
  const colon = key.indexOf(':');
  const [from, to] = key.slice(colon + 1).split('->') as [string, string];
  return { type: key.slice(0, colon), from, to };
}

function oldFacts(factKeys: string[]) {
  return {
    nodes: groupBy(factKeys.filter((k) => !k.includes('->')), labelOfKey),
    edges: groupBy(factKeys.filter((k) => k.includes('->')).map(parseEdgeKey), (e) => `${e.type}|${labelOfKey(e.from)}|${labelOfKey(e.to)}`),
  };
}

/** Takes a newsletter's sources off every fact it supported at its last load. */
async function retract(tx: ManagedTransaction, file: string, factKeys: string[], c: Counters): Promise<void> {
  const { nodes, edges } = oldFacts(factKeys);
  for (const [group, rows] of edges) {
    const [type, a, b] = group.split('|');
    const query = `UNWIND $rows AS row MATCH (:${a} {key: row.from})-[x:${type}]->(:${b} {key: row.to}) ${RETRACT}`;
    await run(tx, query, { rows: rows.map((e) => ({ from: e.from, to: e.to, file })) }, c);
  }
  for (const [label, rows] of nodes) {
    await run(tx, `UNWIND $rows AS row MATCH (x:${label} {key: row.key}) ${RETRACT}`, { rows: rows.map((key) => ({ key, file })) }, c);
  }
}

/** Deletes, among the facts a newsletter used to support, those that no source supports any more. */
async function deleteOrphans(tx: ManagedTransaction, factKeys: string[], c: Counters): Promise<void> {
  const { nodes, edges } = oldFacts(factKeys);
  for (const [group, rows] of edges) {
    const [type, a, b] = group.split('|');
    const query = `UNWIND $rows AS row MATCH (:${a} {key: row.from})-[x:${type}]->(:${b} {key: row.to}) WHERE size(x.sourceFiles) = 0 DELETE x`;
    await run(tx, query, { rows }, c);
  }
  for (const [label, rows] of nodes) {
    await run(tx, `UNWIND $keys AS key MATCH (x:${label} {key: key}) WHERE size(x.sourceFiles) = 0 DETACH DELETE x`, { keys: rows }, c);
  }
}

async function writeNodes(tx: ManagedTransaction, nodes: NodeFact[], c: Counters): Promise<void> {
  for (const [label, group] of groupBy(nodes, (n) => n.label)) {
    await run(
      tx,
      `UNWIND $rows AS row MERGE (x:${label} {key: row.key})
       SET x += row.props ${label === 'Policy' ? ', x.stub = CASE WHEN x.stub = false THEN false ELSE row.stub END' : ''}
       ${APPEND}`,
      { rows: group.map((n) => ({ key: n.key, props: storedProps(n.props), stub: n.props.stub ?? null, sources: sourceColumns(n.sources) })) },
      c,
    );
  }
}

async function writeEdges(tx: ManagedTransaction, edges: EdgeFact[], c: Counters): Promise<void> {
  for (const [group, rows] of groupBy(edges, (e) => `${e.type}|${e.from.label}|${e.to.label}`)) {
    const [type, a, b] = group.split('|');
    await run(
      tx,
      `UNWIND $rows AS row MATCH (a:${a} {key: row.from}) MATCH (b:${b} {key: row.to})
       MERGE (a)-[x:${type}]->(b)
       SET x += row.props, x.key = row.key ${type === 'ISSUED_BY' ? ', x.lead = coalesce(x.lead, false) OR row.lead' : ''}
       ${APPEND}`,
      {
        rows: rows.map((e) => ({
          key: e.key,
          from: e.from.key,
          to: e.to.key,
          props: storedProps(e.props),
          lead: e.props.lead ?? false,
          sources: sourceColumns(e.sources),
        })),
      },
      c,
    );
  }
}

function chunk(newsletters: NewsletterFacts[], batchSize: number): NewsletterFacts[][] {
  const batches: NewsletterFacts[][] = [];
  let current: NewsletterFacts[] = [];
  let size = 0;
  for (const n of newsletters) {
    const items = n.nodes.length + n.edges.length;
    if (current.length > 0 && size + items > batchSize) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(n);
    size += items;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export async function loadNewsletters(store: Store, newsletters: NewsletterFacts[], options: LoadOptions = {}): Promise<LoadSummary> {
  const summary: LoadSummary = {
    newsletters: { loaded: 0, unchanged: 0 },
    nodes: { created: 0, updated: 0, removed: 0 },
    relationships: { created: 0, updated: 0, removed: 0 },
  };
  const session = store.driver.session({ database: store.database });
  let done = 0;
  try {
    for (const batch of chunk(newsletters, options.batchSize ?? 20_000)) {
      const result = await session.executeWrite(async (tx) => {
        const c: Counters = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
        const previous = await previousLoads(tx, batch.map((n) => n.file));
        const changed = batch.filter((n) => previous.get(n.file)?.digest !== n.digest);
        for (const n of changed) {
          const before = previous.get(n.file);
          if (before) await retract(tx, n.file, before.factKeys, c);
        }
        const nodes = changed.flatMap((n) => n.nodes);
        const edges = changed.flatMap((n) => n.edges);
        await writeNodes(tx, nodes, c);
        await writeEdges(tx, edges, c);
        for (const n of changed) {
          const before = previous.get(n.file);
          if (before) await deleteOrphans(tx, before.factKeys, c);
        }
        await tx.run(
          `UNWIND $rows AS row MERGE (n:Newsletter {key: row.key})
           SET n.factDigest = row.digest, n.factKeys = row.factKeys, n.loadedAt = datetime()`,
          {
            rows: changed.map((n) => ({
              key: keys.newsletter(n.file),
              digest: n.digest,
              factKeys: [...n.nodes.map((x) => x.key), ...n.edges.map((x) => x.key)],
            })),
          },
        );
        return { c, changed: changed.length, nodes: nodes.length, edges: edges.length };
      });
      const { c } = result;
      summary.newsletters.loaded += result.changed;
      summary.newsletters.unchanged += batch.length - result.changed;
      summary.nodes.created += c.nodesCreated;
      summary.nodes.removed += c.nodesDeleted;
      summary.relationships.created += c.relationshipsCreated;
      summary.relationships.removed += c.relationshipsDeleted;
      summary.nodes.updated += Math.max(0, uniqueCount(batch, 'nodes', result.changed) - c.nodesCreated);
      summary.relationships.updated += Math.max(0, uniqueCount(batch, 'edges', result.changed) - c.relationshipsCreated);
      done += batch.length;
      options.onCommit?.(batch.map((n) => n.file), done, newsletters.length);
    }
  } finally {
    await session.close();
  }
  return summary;
}

function uniqueCount(batch: NewsletterFacts[], what: 'nodes' | 'edges', changed: number): number {
  if (changed === 0) return 0;
  return new Set(batch.flatMap((n) => n[what].map((x) => x.key))).size;
}
