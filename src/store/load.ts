/**
 * Writes newsletters' facts into Neo4j, each newsletter replaced as a whole in one transaction.
 *
 * Provenance (see graph-schema/README.md): a node's sources are kept on the relationship
 * (:Newsletter)-[:SUPPORTS {starts, ends, quotes}]->(node), one per newsletter that states it; a
 * relationship's sources are kept on itself as the lists sourceFiles, sourceStarts, sourceEnds,
 * sourceQuotes. Replacing a newsletter deletes its SUPPORTS and takes its sources off its
 * relationships, writes its new facts, then deletes what no newsletter supports any more —
 * facts other newsletters still support stay. A newsletter whose facts have not changed since
 * its last load is skipped, so loading twice changes nothing.
 *
 * Writes are batched: one UNWIND statement per label or relationship type, in managed
 * transactions that the driver retries on transient errors.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { datesOf } from '../../graph-schema/kinds.ts';
import { cypherLabel, cypherRelationshipType, type Source } from '../../graph-schema/schema.ts';
import type { SerializedGraph } from '../../graph-schema/schema.ts';
import { factGraphOf, type FactGraph } from '../graph/facts.ts';
import { keys } from '../graph/keys.ts';
import { resolveFragments, serialize, type Resolved } from '../resolve/merge.ts';
import type { PolicyResolution } from '../resolve/policies.ts';
import type { Store } from './connect.ts';
import { labelOfKey, splitByNewsletter, type EdgeFact, type NewsletterFacts, type NodeFact } from './facts.ts';
import { withLoadLock, type LockOptions } from './load-lock.ts';
import { encodeRecords, RECORD_LISTS, toNeo4j } from './values.ts';

export interface LoadSummary {
  newsletters: { loaded: number; unchanged: number };
  nodes: { created: number; updated: number; removed: number };
  relationships: { created: number; updated: number; removed: number };
}

export interface LoadOptions {
  /** Called once it is known how many newsletters will be written or checked. */
  onStart?: (total: number) => void;
  /** Called after each transaction commits, with the newsletters it held. */
  onCommit?: (files: string[], done: number, total: number) => void;
  /** Facts per transaction: several small newsletters share one, a large one has its own. */
  batchSize?: number;
  /** Waiting for another load that holds the store. */
  lock?: LockOptions;
}

/** Two different files whose names give one newsletter key: loading the second would overwrite the first. */
export class NewsletterKeyCollisionError extends Error {
  override name = 'NewsletterKeyCollisionError';
}

/** A load transaction may run far longer than the database's default limit for queries. */
const LOAD_TRANSACTION_TIMEOUT_MS = 30 * 60_000;

/**
 * Properties as Neo4j stores them: integers as integers, the kind's dates (graph-schema/kinds.ts) as
 * dates, lists of records as one JSON string each (Neo4j has no nested maps), nulls left out.
 */
export function storedProps(kind: string, props: Record<string, unknown>): Record<string, unknown> {
  const dates = datesOf(kind);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined) continue;
    if (RECORD_LISTS.has(k)) out[k] = encodeRecords(v as object[]);
    else out[k] = dates.includes(k) && typeof v === 'string' ? neo4j.types.Date.fromStandardDate(new Date(`${v}T00:00:00Z`)) : toNeo4j(v);
  }
  return out;
}

/** Sources as parallel lists; a source read from text has page 0 and an empty box (Neo4j lists hold no nulls). */
export function spans(sources: readonly Source[]) {
  return {
    files: sources.map((s) => s.file),
    starts: sources.map((s) => neo4j.int(s.start)),
    ends: sources.map((s) => neo4j.int(s.end)),
    quotes: sources.map((s) => s.quote),
    pages: sources.map((s) => neo4j.int(s.page ?? 0)),
    boxes: sources.map((s) => (s.box ? s.box.join(',') : '')),
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

interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

async function run(tx: ManagedTransaction, query: string, params: Record<string, unknown>, c?: Counters) {
  const result = await tx.run(query, params);
  if (c) {
    const u = result.summary.counters.updates();
    c.nodesCreated += u.nodesCreated;
    c.nodesDeleted += u.nodesDeleted;
    c.relationshipsCreated += u.relationshipsCreated;
    c.relationshipsDeleted += u.relationshipsDeleted;
  }
  return result;
}

/** The key of the newsletter's own node: the one in its facts, else the one extraction would give it. */
export function newsletterKey(n: NewsletterFacts): string {
  return n.nodes.find((x) => x.label === 'Newsletter')?.key ?? keys.newsletter(n.file);
}

interface PreviousLoad {
  digest: string;
  edgeKeys: string[];
  /** False when the newsletter's statements differ from those stored, or none were stored. */
  sameStatements: boolean;
}

async function previousLoads(tx: ManagedTransaction, batch: NewsletterFacts[]): Promise<Map<string, PreviousLoad>> {
  const result = await tx.run(
    `UNWIND $rows AS row MATCH (n:Newsletter {key: row.key}) WHERE n.factDigest IS NOT NULL
     RETURN row.file AS file, n.factDigest AS digest, n.edgeKeys AS edgeKeys,
            row.statements IS NULL OR n.statements = row.statements AS sameStatements`,
    { rows: batch.map((n) => ({ file: n.file, key: newsletterKey(n), statements: n.statements ?? null })) },
  );
  return new Map(
    result.records.map((r) => [
      r.get('file') as string,
      { digest: r.get('digest'), edgeKeys: r.get('edgeKeys') ?? [], sameStatements: r.get('sameStatements') === true },
    ]),
  );
}

/** An edge key as stored on a newsletter ("ISSUED_BY:policy:…->agency:…"), its type checked against the schema. */
function parseEdgeKey(key: string): { type: string; from: string; to: string } {
  const colon = key.indexOf(':');
  const [from, to] = key.slice(colon + 1).split('->') as [string, string];
  return { type: cypherRelationshipType(key.slice(0, colon)), from, to };
}

/** Edge keys grouped by relationship type and end labels, each named by the schema, never by the key's text. */
function edgesByType(edgeKeys: string[]) {
  const parsed = edgeKeys.map((key) => {
    const e = parseEdgeKey(key);
    return { ...e, a: labelOfKey(e.from), b: labelOfKey(e.to) };
  });
  return [...groupBy(parsed, (e) => `${e.type}|${e.a}|${e.b}`).values()].map((rows) => ({ type: rows[0]!.type, a: rows[0]!.a, b: rows[0]!.b, rows }));
}

/** Takes a newsletter's support off everything it stated: returns the nodes it supported. */
async function retract(tx: ManagedTransaction, newsletter: NewsletterFacts, previous: PreviousLoad, c: Counters): Promise<string[]> {
  const file = newsletter.file;
  // SUPPORTS relationships are provenance, not facts: they stay out of the counts.
  const supported = await run(tx, `MATCH (:Newsletter {key: $key})-[s:SUPPORTS]->(x) DELETE s RETURN collect(elementId(x)) AS ids`, {
    key: newsletterKey(newsletter),
  });
  for (const { type, a, b, rows } of edgesByType(previous.edgeKeys)) {
    await run(
      tx,
      `UNWIND $rows AS row MATCH (:${a} {key: row.from})-[x:${type}]->(:${b} {key: row.to})
       WITH x, [i IN range(0, size(x.sourceFiles) - 1) WHERE x.sourceFiles[i] <> $file] AS keep
       SET x.sourceFiles = [i IN keep | x.sourceFiles[i]], x.sourceStarts = [i IN keep | x.sourceStarts[i]],
           x.sourceEnds = [i IN keep | x.sourceEnds[i]], x.sourceQuotes = [i IN keep | x.sourceQuotes[i]],
           x.sourcePages = [i IN keep | coalesce(x.sourcePages[i], 0)], x.sourceBoxes = [i IN keep | coalesce(x.sourceBoxes[i], '')]`,
      { rows, file },
      c,
    );
  }
  return supported.records[0]?.get('ids') ?? [];
}

/** Deletes what a newsletter used to state and nothing supports any more. */
async function deleteOrphans(tx: ManagedTransaction, previous: PreviousLoad, nodeIds: string[], c: Counters): Promise<void> {
  for (const { type, a, b, rows } of edgesByType(previous.edgeKeys)) {
    await run(tx, `UNWIND $rows AS row MATCH (:${a} {key: row.from})-[x:${type}]->(:${b} {key: row.to}) WHERE size(x.sourceFiles) = 0 DELETE x`, { rows }, c);
  }
  await run(tx, `UNWIND $ids AS id MATCH (x) WHERE elementId(x) = id AND NOT x:Newsletter AND NOT ()-[:SUPPORTS]->(x) DETACH DELETE x`, { ids: nodeIds }, c);
}

async function writeNodes(tx: ManagedTransaction, nodes: { fact: NodeFact; newsletter: string }[], c: Counters): Promise<void> {
  // Newsletters first: every other node hangs its SUPPORTS from one.
  const groups = [...groupBy(nodes, (n) => n.fact.label)].sort(([a], [b]) => Number(b === 'Newsletter') - Number(a === 'Newsletter'));
  for (const [kind, group] of groups) {
    const label = cypherLabel(kind);
    const rows = group.map(({ fact, newsletter }) => ({
      key: fact.key,
      newsletter,
      props: storedProps(kind, fact.props),
      sources: spans(fact.sources),
    }));
    if (label === 'Newsletter') {
      await run(tx, `UNWIND $rows AS row MERGE (x:Newsletter {key: row.key}) SET x += row.props`, { rows }, c);
      continue;
    }
    const factRelationships = c.relationshipsCreated;
    // Every newsletter that states a node carries the same resolved properties, so replacing them
    // whole is safe and drops what no longer holds (a conflict settled by a corrected issue).
    await run(
      tx,
      `UNWIND $rows AS row MERGE (x:${label} {key: row.key})
       SET x = row.props, x.key = row.key
       WITH x, row MATCH (n:Newsletter {key: row.newsletter})
       MERGE (n)-[s:SUPPORTS]->(x)
       SET s.starts = row.sources.starts, s.ends = row.sources.ends, s.quotes = row.sources.quotes,
           s.pages = row.sources.pages, s.boxes = row.sources.boxes`,
      { rows },
      c,
    );
    c.relationshipsCreated = factRelationships; // the SUPPORTS just merged are provenance
  }
}

async function writeEdges(tx: ManagedTransaction, edges: EdgeFact[], c: Counters): Promise<void> {
  for (const rows of groupBy(edges, (e) => `${e.type}|${e.from.label}|${e.to.label}`).values()) {
    const [type, a, b] = [cypherRelationshipType(rows[0]!.type), cypherLabel(rows[0]!.from.label), cypherLabel(rows[0]!.to.label)];
    await run(
      tx,
      `UNWIND $rows AS row MATCH (a:${a} {key: row.from}) MATCH (b:${b} {key: row.to})
       MERGE (a)-[x:${type}]->(b)
       SET x += row.props, x.key = row.key,
           x.sourceFiles = coalesce(x.sourceFiles, []) + row.sources.files,
           x.sourceStarts = coalesce(x.sourceStarts, []) + row.sources.starts,
           x.sourceEnds = coalesce(x.sourceEnds, []) + row.sources.ends,
           x.sourceQuotes = coalesce(x.sourceQuotes, []) + row.sources.quotes,
           x.sourcePages = coalesce(x.sourcePages, []) + row.sources.pages,
           x.sourceBoxes = coalesce(x.sourceBoxes, []) + row.sources.boxes`,
      {
        rows: rows.map((e) => ({
          key: e.key,
          from: e.from.key,
          to: e.to.key,
          props: storedProps(e.type, e.props),
          sources: spans(e.sources),
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

/** Refuses a newsletter whose key the store already gives to another file. */
async function refuseKeyCollisions(tx: ManagedTransaction, batch: NewsletterFacts[]): Promise<void> {
  const result = await tx.run(
    `UNWIND $rows AS row MATCH (n:Newsletter {key: row.key}) WHERE n.source <> row.file RETURN row.file AS file, n.source AS stored, n.key AS key`,
    { rows: batch.map((n) => ({ file: n.file, key: newsletterKey(n) })) },
  );
  const [clash] = result.records;
  if (clash) {
    throw new NewsletterKeyCollisionError(
      `${clash.get('file')} and ${clash.get('stored')} (already in the store) are both newsletter ${clash.get('key')}: rename one, since newsletters are keyed by file name`,
    );
  }
}

/** One transaction: the batch's changed newsletters replaced, all or nothing. */
async function loadBatch(tx: ManagedTransaction, batch: NewsletterFacts[]) {
  const c: Counters = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  await refuseKeyCollisions(tx, batch);
  const previous = await previousLoads(tx, batch);
  const changed = batch.filter((n) => previous.get(n.file)?.digest !== n.digest);
  // Same facts, other statements (an export loaded over an extraction, or a store from before
  // statements were kept): only the statements are brought up to date.
  const restated = batch.filter((n) => n.statements && previous.get(n.file)?.digest === n.digest && !previous.get(n.file)!.sameStatements);
  await run(tx, 'UNWIND $rows AS row MATCH (n:Newsletter {key: row.key}) SET n.statements = row.statements', {
    rows: restated.map((n) => ({ key: newsletterKey(n), statements: n.statements })),
  });
  const formerlySupported = new Map<string, string[]>();
  for (const n of changed) {
    const before = previous.get(n.file);
    if (before) formerlySupported.set(n.file, await retract(tx, n, before, c));
  }
  const nodes = changed.flatMap((n) => n.nodes.map((fact) => ({ fact, newsletter: newsletterKey(n) })));
  const edges = changed.flatMap((n) => n.edges);
  await writeNodes(tx, nodes, c);
  await writeEdges(tx, edges, c);
  for (const n of changed) {
    const before = previous.get(n.file);
    if (before) await deleteOrphans(tx, before, formerlySupported.get(n.file) ?? [], c);
  }
  await run(
    tx,
    `UNWIND $rows AS row MERGE (n:Newsletter {key: row.key})
     SET n.factDigest = row.digest, n.edgeKeys = row.edgeKeys, n.loadedAt = datetime(), n.statements = coalesce(row.statements, n.statements)`,
    { rows: changed.map((n) => ({ key: newsletterKey(n), digest: n.digest, edgeKeys: n.edges.map((e) => e.key), statements: n.statements ?? null })) },
  );
  const distinct = (what: 'nodes' | 'edges') => new Set(changed.flatMap((n) => n[what].map((x) => x.key))).size;
  return { c, changed: changed.length, nodes: distinct('nodes'), edges: distinct('edges') };
}

const emptySummary = (): LoadSummary => ({
  newsletters: { loaded: 0, unchanged: 0 },
  nodes: { created: 0, updated: 0, removed: 0 },
  relationships: { created: 0, updated: 0, removed: 0 },
});

/** Writes newsletters' facts as they are, already resolved (tests, and the facts of an export). */
export async function loadNewsletters(store: Store, newsletters: NewsletterFacts[], options: LoadOptions = {}): Promise<LoadSummary> {
  const summary = emptySummary();
  refuseKeyCollisionsWithin(newsletters.map((n) => ({ file: n.file, key: newsletterKey(n) })));
  await withLoadLock(store, () => loadBatches(store, newsletters, options, summary), options.lock);
  return summary;
}

export interface ResolvedLoad extends LoadSummary {
  /** The newsletters this load brought (their file names), for the digest. */
  files: string[];
  resolution: PolicyResolution;
  /** Disputed attributes in the whole store after the load. */
  conflicts: number;
}

/**
 * The monthly workflow's load: new newsletters' fragments are resolved together with the statements
 * of every newsletter already stored — through the same resolveFragments as extraction — and each
 * newsletter whose resolved facts changed is rewritten (a new issue can join two stored mentions, or
 * name a stored policy more recently). So loading issues one at a time, in any order, gives the graph
 * that extracting them together gives. Runs under the load lock, so no other load's statements are missed.
 */
export async function loadFragments(store: Store, fragments: FactGraph[], options: LoadOptions = {}): Promise<ResolvedLoad> {
  const summary = emptySummary();
  const incoming = fragments.map((graph) => ({ graph, file: newsletterFile(graph) }));
  refuseKeyCollisionsWithin(incoming.map(({ file }) => ({ file, key: keys.newsletter(file) })));
  return withLoadLock(
    store,
    async () => {
      const stored = await storedStatements(store, new Set(incoming.map((f) => f.file)));
      const { facts, resolution, conflicts } = resolvedFacts(fragments, stored);
      await loadBatches(store, facts, options, summary);
      return { ...summary, files: incoming.map((f) => f.file), resolution, conflicts };
    },
    options.lock,
  );
}

/**
 * Fragments resolved together with the stored newsletters' statements, as facts per newsletter; the
 * new newsletters carry their own statements, for later loads to re-resolve them.
 */
export function resolvedFacts(fragments: FactGraph[], stored: FactGraph[] = []): { facts: NewsletterFacts[]; resolution: PolicyResolution; conflicts: number } {
  const { graph, resolution, conflicts } = resolveFragments([...stored, ...fragments]);
  const statementsOf = new Map(fragments.map((g) => [newsletterFile(g), JSON.stringify(g.export())]));
  const facts = splitByNewsletter(serialize(graph)).map((n) => ({ ...n, statements: statementsOf.get(n.file) }));
  return { facts, resolution, conflicts };
}

/** The store's newsletters resolved from their statements, as the next load would resolve them: for `kg resolve`. */
export async function resolveStored(store: Store): Promise<Resolved> {
  return resolveFragments(await storedStatements(store, new Set()));
}

function newsletterFile(fragment: FactGraph): string {
  const key = fragment.findNode((_k, a) => a.kind === 'Newsletter');
  const attributes = key ? fragment.getNodeAttributes(key) : null;
  if (attributes?.kind !== 'Newsletter') throw new Error('a fragment without its Newsletter node cannot be loaded');
  return attributes.source;
}

/** The fragments of the stored newsletters other than those being loaded, as they were extracted. */
async function storedStatements(store: Store, except: Set<string>): Promise<FactGraph[]> {
  const { records } = await store.driver.executeQuery(
    'MATCH (n:Newsletter) WHERE n.statements IS NOT NULL AND NOT n.source IN $except RETURN n.source AS file, n.statements AS statements ORDER BY file',
    { except: [...except] },
    { database: store.database, routing: 'READ' },
  );
  return records.map((r) => {
    try {
      return factGraphOf(JSON.parse(r.get('statements') as string) as SerializedGraph);
    } catch (err) {
      throw new Error(`the stored statements of newsletter ${r.get('file')} cannot be read (${(err as Error).message}); load that file again`);
    }
  });
}

/** Two files of one load that share a newsletter key. */
function refuseKeyCollisionsWithin(newsletters: { file: string; key: string }[]): void {
  const fileOf = new Map<string, string>();
  for (const { file, key } of newsletters) {
    const other = fileOf.get(key);
    if (other !== undefined && other !== file) {
      throw new NewsletterKeyCollisionError(`${other} and ${file} are both newsletter ${key}: rename one, since newsletters are keyed by file name`);
    }
    fileOf.set(key, file);
  }
}

async function loadBatches(store: Store, newsletters: NewsletterFacts[], options: LoadOptions, summary: LoadSummary): Promise<void> {
  const session = store.driver.session({ database: store.database });
  options.onStart?.(newsletters.length);
  let done = 0;
  try {
    for (const batch of chunk(newsletters, options.batchSize ?? 20_000)) {
      const { c, changed, nodes, edges } = await session.executeWrite((tx) => loadBatch(tx, batch), { timeout: LOAD_TRANSACTION_TIMEOUT_MS });
      summary.newsletters.loaded += changed;
      summary.newsletters.unchanged += batch.length - changed;
      summary.nodes.created += c.nodesCreated;
      summary.nodes.removed += c.nodesDeleted;
      summary.nodes.updated += Math.max(0, nodes - c.nodesCreated);
      summary.relationships.created += c.relationshipsCreated;
      summary.relationships.removed += c.relationshipsDeleted;
      summary.relationships.updated += Math.max(0, edges - c.relationshipsCreated);
      done += batch.length;
      options.onCommit?.(
        batch.map((n) => n.file),
        done,
        newsletters.length,
      );
    }
  } finally {
    await session.close();
  }
}
