/**
 * Running an analyst's Cypher: read-only unless asked otherwise, checked in layers — EXPLAIN
 * first, refusing any query whose type is not read-only, then a read transaction with a time
 * limit. Rows come back as plain JSON objects keyed by column.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
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
}

const QUERY_TYPES: Record<string, string> = { r: 'read-only', rw: 'read-write', w: 'write-only', s: 'schema' };

export async function runQuery(store: Store, cypher: string, options: QueryOptions = {}): Promise<QueryResult> {
  const params = Object.fromEntries(Object.entries(options.params ?? {}).map(([k, v]) => [k, toNeo4j(v)]));
  const session = store.driver.session({
    database: store.database,
    defaultAccessMode: options.write ? neo4j.session.WRITE : neo4j.session.READ,
  });
  try {
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
    return {
      columns: result.records[0]?.keys.map(String) ?? [],
      rows: result.records.slice(0, maxRows).map((r) => Object.fromEntries(r.keys.map((k) => [String(k), fromNeo4j(r.get(k))]))),
      truncated: result.records.length > maxRows,
    };
  } finally {
    await session.close();
  }
}
