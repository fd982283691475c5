/**
 * Running an analyst's Cypher: read-only unless asked otherwise, checked in layers — EXPLAIN
 * first, refusing any query whose type is not read-only, then a read transaction with a time
 * limit. Rows come back as plain JSON objects keyed by column.
 */
import neo4j, { isInt, isNode, isPath, isRelationship, type ManagedTransaction } from 'neo4j-driver';
import type { Store } from './connect.ts';
import { fromNeo4j, toNeo4j } from './values.ts';

export class QueryRefusedError extends Error {
  override name = 'QueryRefusedError';
}

export interface QueryOptions {
  params?: Record<string, unknown>;
  write?: boolean;
  timeoutMs?: number;
  maxRows?: number;
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  /** The nodes and relationships the rows hold, by key, so that a result can be drawn. */
  graph: { nodes: { key: string; kind: string; properties: Record<string, unknown> }[]; edges: { key: string; kind: string; source: string; target: string }[] };
}

/** Walks the values of the rows for nodes and relationships (inside lists, maps and paths too). */
function collectGraph(values: unknown[]): QueryResult['graph'] {
  const nodes = new Map<string, { key: string; kind: string; properties: Record<string, unknown> }>();
  const byElementId = new Map<string, string>();
  const rels: { type: string; start: string; end: string; key: string | null }[] = [];
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (isNode(v)) {
      const key = String(v.properties.key ?? v.elementId);
      byElementId.set(v.elementId, key);
      nodes.set(key, { key, kind: v.labels[0] ?? '', properties: fromNeo4j(v.properties) as Record<string, unknown> });
    } else if (isRelationship(v)) {
      rels.push({ type: v.type, start: v.startNodeElementId, end: v.endNodeElementId, key: (v.properties.key as string) ?? null });
    } else if (isPath(v)) {
      for (const s of v.segments) [s.start, s.relationship, s.end].forEach(visit);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (!isInt(v)) Object.values(v).forEach(visit);
  };
  values.forEach(visit);
  const edges = rels
    .filter((r) => byElementId.has(r.start) && byElementId.has(r.end))
    .map((r) => {
      const [source, target] = [byElementId.get(r.start)!, byElementId.get(r.end)!];
      return { key: r.key ?? `${r.type}:${source}->${target}`, kind: r.type, source, target };
    });
  return { nodes: [...nodes.values()], edges: [...new Map(edges.map((e) => [e.key, e])).values()] };
}

/** Procedures and clauses a read-only query may still not use: they reach files, the network or the DBMS. */
const NEVER_READ_ONLY = /\bLOAD\s+CSV\b|\bCALL\s+(?:dbms|apoc|gds|db\.create|db\.index\.fulltext\.(?:create|drop))[\w.]*|\bIN\s+TRANSACTIONS\b|\bUSE\s+system\b/i;

const QUERY_TYPES: Record<string, string> = { r: 'read-only', rw: 'read-write', w: 'write-only', s: 'schema' };

export async function runQuery(store: Store, cypher: string, options: QueryOptions = {}): Promise<QueryResult> {
  const params = Object.fromEntries(Object.entries(options.params ?? {}).map(([k, v]) => [k, toNeo4j(v)]));
  const session = store.driver.session({
    database: store.database,
    defaultAccessMode: options.write ? neo4j.session.WRITE : neo4j.session.READ,
  });
  try {
    if (!options.write && NEVER_READ_ONLY.test(cypher.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' '))) {
      throw new QueryRefusedError('the query loads files, commits transactions of its own or calls DBMS procedures: it is not read-only');
    }
    if (!options.write) {
      const plan = await session.run(`EXPLAIN ${cypher}`, params);
      const type = plan.summary.queryType;
      if (type !== 'r') {
        throw new QueryRefusedError(`the query is ${QUERY_TYPES[type] ?? type}, and only read-only queries run without --write`);
      }
    }
    const config = { timeout: options.timeoutMs ?? 30_000 };
    const work = (tx: ManagedTransaction) => tx.run(cypher, params);
    const result = options.write ? await session.executeWrite(work, config) : await session.executeRead(work, config);
    const maxRows = options.maxRows ?? Infinity;
    const kept = result.records.slice(0, maxRows);
    return {
      graph: collectGraph(kept.flatMap((r) => r.keys.map((k) => r.get(k)))),
      columns: result.records[0]?.keys.map(String) ?? [],
      rows: kept.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), fromNeo4j(r.get(k))]))),
      truncated: result.records.length > maxRows,
    };
  } finally {
    await session.close();
  }
}
