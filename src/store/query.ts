/**
 * Running an analyst's Cypher: read-only unless asked otherwise, checked in layers — the Cypher
 * grammar (cypher-guard.ts), then EXPLAIN's query type, then a read transaction with a time limit
 * whose rows are streamed and cut at a row cap and a byte cap, the transaction closed at the cap.
 * Nothing here is retried: a console query that fails, fails once, within its time limit. The
 * database's own limits (transaction timeout and memory, no file URLs) are the last layer.
 * Rows come back as plain JSON objects keyed by column.
 */
import neo4j, {
  isInt,
  isNode,
  isPath,
  isRelationship,
  type Neo4jError,
  type Node as Neo4jNode,
  type Notification,
  type Session,
  type Transaction,
} from 'neo4j-driver';
import type { Store } from './connect.ts';
import { checkConsoleQuery, QueryRefusedError, QuerySyntaxError } from './cypher-guard.ts';
import { fromNeo4j, toNeo4j } from './values.ts';

export { QueryRefusedError, QuerySyntaxError };

export interface QueryOptions {
  params?: Record<string, unknown>;
  write?: boolean;
  timeoutMs?: number;
  maxRows?: number;
  /** Most bytes of rows (as JSON) a result returns; the rest is cut like rows past maxRows. */
  maxBytes?: number;
}

/** A warning Neo4j gave while planning the query (an unknown label, a cartesian product…). */
export interface QueryWarning {
  code: string;
  title: string;
  description: string;
  line?: number;
  column?: number;
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  /** Why the rows stop where they do, when they were cut. */
  truncatedBy?: 'rows' | 'bytes';
  warnings: QueryWarning[];
  /** The nodes and relationships the rows hold, by key, so that a result can be drawn. */
  graph: {
    nodes: { key: string; kind: string; properties: Record<string, unknown> }[];
    edges: { key: string; kind: string; source: string; target: string }[];
  };
}

type ResultNode = QueryResult['graph']['nodes'][number];
interface Rel {
  type: string;
  start: string;
  end: string;
  key: string | null;
}

/** The nodes and relationships the rows hold (inside lists, maps and paths too), nodes by element id. */
function collectValues(values: unknown[]): { nodes: Map<string, ResultNode>; rels: Rel[] } {
  const nodes = new Map<string, ResultNode>();
  const rels: Rel[] = [];
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (isNode(v)) nodes.set(v.elementId, resultNode(v));
    else if (isRelationship(v)) rels.push({ type: v.type, start: v.startNodeElementId, end: v.endNodeElementId, key: (v.properties.key as string) ?? null });
    else if (isPath(v)) for (const s of v.segments) [s.start, s.relationship, s.end].forEach(visit);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (!isInt(v)) Object.values(v).forEach(visit);
  };
  values.forEach(visit);
  return { nodes, rels };
}

function resultNode(n: Neo4jNode): ResultNode {
  return { key: String(n.properties.key ?? n.elementId), kind: n.labels[0] ?? '', properties: fromNeo4j(n.properties) as Record<string, unknown> };
}

/**
 * The result as a graph to draw. A relationship returned without its ends (`RETURN r`) still has
 * them drawn: the ends are read by element id in the same transaction.
 */
async function resultGraph(tx: Transaction, values: unknown[]): Promise<QueryResult['graph']> {
  const { nodes, rels } = collectValues(values);
  const missing = [...new Set(rels.flatMap((r) => [r.start, r.end]).filter((id) => !nodes.has(id)))];
  if (missing.length > 0) {
    const ends = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing });
    for (const record of ends.records) {
      const n = record.get('n') as Neo4jNode;
      nodes.set(n.elementId, resultNode(n));
    }
  }
  const edges = rels
    .filter((r) => nodes.has(r.start) && nodes.has(r.end))
    .map((r) => {
      const [source, target] = [nodes.get(r.start)!.key, nodes.get(r.end)!.key];
      return { key: r.key ?? `${r.type}:${source}->${target}`, kind: r.type, source, target };
    });
  const byKey = new Map([...nodes.values()].map((n) => [n.key, n]));
  return { nodes: [...byKey.values()], edges: [...new Map(edges.map((e) => [e.key, e])).values()] };
}

const QUERY_TYPES: Record<string, string> = { r: 'read-only', rw: 'read-write', w: 'write-only', s: 'schema' };
const EXPLAIN = 'EXPLAIN ';
/** Rows the server sends per round trip: a capped result asks for little more than it keeps. */
const FETCH_SIZE = 200;

function warningOf(n: Notification): QueryWarning {
  const position = n.position && 'line' in n.position ? { line: n.position.line, column: n.position.column } : {};
  return { code: n.code, title: n.title, description: n.description, ...position };
}

/** Neo4j's positions in an EXPLAINed query, moved back to the query the analyst typed. */
function withoutExplainOffset(err: unknown): unknown {
  const e = err as Neo4jError;
  if (typeof e?.message !== 'string') return err;
  e.message = e.message.replace(/line 1, column (\d+) \(offset: (\d+)\)/g, (_m, col: string, off: string) => {
    const shift = EXPLAIN.length;
    return `line 1, column ${Math.max(1, Number(col) - shift)} (offset: ${Math.max(0, Number(off) - shift)})`;
  });
  return e;
}

/** EXPLAIN under the same time limit: the query must plan as read-only. */
async function explainReadOnly(session: Session, cypher: string, params: Record<string, unknown>, timeout: number): Promise<QueryWarning[]> {
  let plan;
  try {
    plan = await session.run(`${EXPLAIN}${cypher}`, params, { timeout });
  } catch (err) {
    throw withoutExplainOffset(err);
  }
  const type = plan.summary.queryType;
  if (type !== 'r') throw new QueryRefusedError(`the query is ${QUERY_TYPES[type] ?? type}, and only read-only queries run without --write`);
  return plan.summary.notifications.map(warningOf);
}

interface Streamed {
  columns: string[];
  raw: unknown[];
  rows: Record<string, unknown>[];
  truncatedBy?: 'rows' | 'bytes';
}

/** Reads rows as they arrive and stops at the caps; leaving the loop discards the rest on the server. */
async function streamRows(tx: Transaction, cypher: string, params: Record<string, unknown>, maxRows: number, maxBytes: number): Promise<Streamed> {
  const out: Streamed = { columns: [], raw: [], rows: [] };
  const result = tx.run(cypher, params);
  out.columns = (await result.keys()).map(String);
  let bytes = 0;
  for await (const record of result) {
    if (out.rows.length >= maxRows) {
      out.truncatedBy = 'rows';
      break;
    }
    const row = Object.fromEntries(record.keys.map((k) => [String(k), fromNeo4j(record.get(k))]));
    bytes += JSON.stringify(row).length;
    if (bytes > maxBytes) {
      out.truncatedBy = 'bytes';
      break;
    }
    out.rows.push(row);
    out.raw.push(...record.keys.map((k) => record.get(k)));
  }
  return out;
}

/** The answer at the time limit, whether or not the database has stopped working on the query yet. */
export class QueryTimedOutError extends Error {
  override name = 'QueryTimedOutError';
  readonly code = 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration';
}

/**
 * Neo4j ends a timed-out query only when its runtime next checks (seconds later in a deep expand),
 * so the caller gets its answer at the limit, plus this grace, however long the database takes.
 */
const DEADLINE_GRACE_MS = 250;

function beforeDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueryTimedOutError('the query ran longer than its time limit')), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export async function runQuery(store: Store, cypher: string, options: QueryOptions = {}): Promise<QueryResult> {
  const write = options.write ?? false;
  if (!write) checkConsoleQuery(cypher, options.params ?? {});
  const params = Object.fromEntries(Object.entries(options.params ?? {}).map(([k, v]) => [k, toNeo4j(v)]));
  const timeout = options.timeoutMs ?? 30_000;
  const deadline = Date.now() + timeout + DEADLINE_GRACE_MS;
  const session = store.driver.session({
    database: store.database,
    defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ,
    fetchSize: FETCH_SIZE,
  });
  let tx: Transaction | null = null;
  let timedOut = false;
  const close = async () => {
    if (tx?.isOpen()) await tx.rollback().catch(() => {});
    await session.close();
  };
  try {
    const warnings = write ? [] : await beforeDeadline(explainReadOnly(session, cypher, params, timeout), deadline);
    tx = session.beginTransaction({ timeout });
    const open = tx;
    const streamed = await beforeDeadline(streamRows(open, cypher, params, options.maxRows ?? Infinity, options.maxBytes ?? Infinity), deadline);
    const graph = await beforeDeadline(resultGraph(open, streamed.raw), deadline);
    if (write) await tx.commit();
    return {
      columns: streamed.columns,
      rows: streamed.rows,
      truncated: streamed.truncatedBy !== undefined,
      ...(streamed.truncatedBy ? { truncatedBy: streamed.truncatedBy } : {}),
      warnings,
      graph,
    };
  } catch (err) {
    timedOut = err instanceof QueryTimedOutError;
    throw err;
  } finally {
    // A rollback queues behind the statement still running: after a timeout, it is left to finish
    // when the database ends that statement, and the caller is not kept waiting for it.
    if (timedOut) void close().catch(() => {});
    else await close();
  }
}
