/**
 * The read model: an in-memory snapshot of the store (a graphology graph of every node and fact
 * relationship, with each node's provenance), from which the API answers node details without a
 * round trip to Neo4j. The data changes only when a load commits, and every load stamps the
 * newsletters it writes (`loadedAt`): the stamp is checked at most once per `maxAgeMs`, and a new stamp
 * means a new snapshot. Analysts' Cypher still runs on Neo4j.
 */
import { DirectedGraph } from 'graphology';
import type { Evidence, LinkedNeighbour, NodeDetail, Provenance } from '../../graph-schema/api.ts';
import { labelOf } from '../../graph-schema/kinds.ts';
import { NODE_KINDS } from '../../graph-schema/schema.ts';
import type { Store } from '../store/connect.ts';
import { decodeConflicts, decodeRecords, fromNeo4j, STORE_INTERNAL } from '../store/values.ts';

/** What the store holds right now: newsletters and the last time a load wrote one. */
export async function dataVersion(store: Store): Promise<string> {
  const r = await store.driver.executeQuery(
    'MATCH (n:Newsletter) RETURN count(n) AS n, toString(max(n.loadedAt)) AS at',
    {},
    { database: store.database, routing: 'READ' },
  );
  return `${r.records[0]?.get('n')}:${r.records[0]?.get('at')}`;
}

interface NodeAttributes {
  kind: string;
  /** The properties analysts see, as plain JSON (no provenance, no statements). */
  properties: Record<string, unknown>;
  provenance: Provenance[];
}

interface EdgeAttributes {
  type: string;
  lead: boolean;
  relation: string | null;
  cue: string | null;
  sources: { newsletter: string; quote: string; page: number }[];
}

/** One data version in memory: the graph, each issue's title and date, and each issue's entries. */
export interface Snapshot {
  graph: DirectedGraph<NodeAttributes, EdgeAttributes>;
  issues: Map<string, { title: string; date: string | null }>;
  /** The entries of each newsletter, to find the one whose text holds a quote. */
  entriesOf: Map<string, { key: string; text: string }[]>;
  /** Answers already given from this snapshot, as JSON text (null: no such node). */
  answers: Map<string, string | null>;
}

/** Most answers kept per snapshot; past it the memo starts again, so memory stays bounded. */
const MAX_KEPT_ANSWERS = 20_000;

/** A page of neighbours per relation, as the panel pages a hub. */
export interface Page {
  offset: number;
  limit: number;
}

export class ReadModel {
  private snapshot: { version: string; graph: Promise<Snapshot> } | null = null;
  private checked: { at: number; version: Promise<string> } | null = null;

  constructor(
    private readonly store: Store,
    private readonly maxAgeMs = 1000,
  ) {}

  /** The data version, asked of the store at most once per maxAgeMs. */
  version(): Promise<string> {
    const now = Date.now();
    if (!this.checked || now - this.checked.at >= this.maxAgeMs) {
      const version = dataVersion(this.store);
      this.checked = { at: now, version };
      version.catch(() => this.checked?.version === version && (this.checked = null));
    }
    return this.checked.version;
  }

  private async current(): Promise<Snapshot> {
    const version = await this.version();
    if (this.snapshot?.version !== version) {
      const graph = this.read();
      this.snapshot = { version, graph };
      graph.catch(() => this.snapshot?.graph === graph && (this.snapshot = null));
    }
    return this.snapshot.graph;
  }

  /** A node's details as JSON text, kept per data version: the panel's most frequent question. */
  nodeDetailJson(key: string, page: Page): Promise<string | null> {
    return this.answer(`node:${page.offset}:${page.limit}:${key}`, async (snapshot) => {
      const detail = detailOf(snapshot, key, page);
      return detail && JSON.stringify(detail);
    });
  }

  /** The kind of the node a key names in the current snapshot, or null when there is none. */
  async kindOf(key: string): Promise<string | null> {
    const { graph } = await this.current();
    return graph.hasNode(key) ? graph.getNodeAttribute(key, 'kind') : null;
  }

  /**
   * An answer as JSON text, computed once per data version (a saved query's view, a search): the
   * data cannot change before the version does. Null is an answer too (nothing found).
   */
  async answer(id: string, compute: (snapshot: Snapshot) => Promise<string | null>): Promise<string | null> {
    const snapshot = await this.current();
    const hit = snapshot.answers.get(id);
    if (hit !== undefined) return hit;
    const json = await compute(snapshot);
    if (snapshot.answers.size >= MAX_KEPT_ANSWERS) snapshot.answers.clear();
    snapshot.answers.set(id, json);
    return json;
  }

  async nodeDetail(key: string, page: Page): Promise<NodeDetail | null> {
    return detailOf(await this.current(), key, page);
  }

  /** The whole store in three reads: nodes, fact relationships, provenance. */
  private async read(): Promise<Snapshot> {
    const issues: Snapshot['issues'] = new Map();
    const entriesOf: Snapshot['entriesOf'] = new Map();
    const run = (cypher: string, params: Record<string, unknown> = {}) =>
      this.store.driver.executeQuery(cypher, params, { database: this.store.database, routing: 'READ' }).then((r) => r.records);
    const graph: Snapshot['graph'] = new DirectedGraph();
    const nodes = await run(
      `MATCH (n) WHERE labels(n)[0] IN $kinds
       RETURN n.key AS key, labels(n)[0] AS kind, [k IN keys(n) WHERE NOT k IN $internal | [k, n[k]]] AS p`,
      { kinds: NODE_KINDS, internal: [...STORE_INTERNAL] },
    );
    for (const r of nodes) {
      const properties = fromNeo4j(Object.fromEntries(r.get('p') as [string, unknown][])) as Record<string, unknown>;
      graph.addNode(r.get('key') as string, { kind: r.get('kind') as string, properties, provenance: [] });
    }
    graph.forEachNode((_k, { kind, properties: p }) => {
      if (kind === 'Newsletter') issues.set(String(p.source), { title: labelOf(kind, p), date: (p.date as string | undefined) ?? null });
    });
    const edges = await run(
      `MATCH (a)-[r]->(b) WHERE NOT r:SUPPORTS
       RETURN a.key AS source, b.key AS target, type(r) AS type, coalesce(r.key, type(r) + ':' + a.key + '->' + b.key) AS key,
              r.lead AS lead, r.relation AS relation, r.cue AS cue, r.sourceFiles AS files, r.sourceQuotes AS quotes, r.sourcePages AS pages`,
    );
    for (const r of edges) {
      const [source, target, type] = [r.get('source') as string, r.get('target') as string, r.get('type') as string];
      if (!graph.hasNode(source) || !graph.hasNode(target) || graph.hasEdge(r.get('key'))) continue;
      const files = (r.get('files') as string[] | null) ?? [];
      const quotes = (r.get('quotes') as string[] | null) ?? [];
      const pages = ((r.get('pages') as unknown[] | null) ?? []).map((p) => Number(fromNeo4j(p) ?? 0));
      graph.addDirectedEdgeWithKey(r.get('key') as string, source, target, {
        type,
        lead: r.get('lead') === true,
        relation: (r.get('relation') as string | null) ?? null,
        cue: (r.get('cue') as string | null) ?? null,
        sources: files.map((newsletter, i) => ({ newsletter, quote: quotes[i] ?? '', page: pages[i] ?? 0 })),
      });
      if (type === 'PUBLISHED_IN') {
        const { properties: entry } = graph.getNodeAttributes(source);
        const { properties: issue } = graph.getNodeAttributes(target);
        const list = entriesOf.get(String(issue.source)) ?? [];
        list.push({ key: source, text: String(entry.text ?? '') });
        entriesOf.set(String(issue.source), list);
      }
    }
    for (const list of entriesOf.values()) list.sort((a, b) => (a.key < b.key ? -1 : 1));
    const supports = await run(
      `MATCH (nl:Newsletter)-[s:SUPPORTS]->(n) WHERE labels(n)[0] IN $kinds
       RETURN n.key AS key, nl.source AS newsletter, toString(nl.date) AS date, s.quotes AS quotes, coalesce(s.pages, []) AS pages
       ORDER BY nl.date, nl.source`,
      { kinds: NODE_KINDS },
    );
    for (const r of supports) {
      const key = r.get('key') as string;
      if (!graph.hasNode(key)) continue;
      const printed = (r.get('pages') as unknown[]).map((p) => Number(fromNeo4j(p) ?? 0));
      graph.getNodeAttribute(key, 'provenance').push({
        newsletter: r.get('newsletter') as string,
        date: r.get('date') as string | null,
        quotes: (r.get('quotes') as string[] | null) ?? [],
        ...(printed.some((n) => n > 0) ? { pages: printed } : {}),
      });
    }
    return { graph, issues, entriesOf, answers: new Map() };
  }
}

function neighbour(snapshot: Snapshot, key: string, edge: EdgeAttributes): LinkedNeighbour {
  const { kind, properties } = snapshot.graph.getNodeAttributes(key);
  return {
    key,
    kind,
    label: labelOf(kind, properties),
    ...(edge.lead ? { lead: true as const } : {}),
    ...(edge.relation ? { lineage: { relation: edge.relation, cue: edge.cue ?? '' } } : {}),
    evidence: edge.sources.map((s) => evidenceOf(snapshot, s)),
  };
}

/** A relation's sentence with its issue, and the entry whose text holds it. */
function evidenceOf(snapshot: Snapshot, { newsletter, quote, page }: EdgeAttributes['sources'][number]): Evidence {
  const issue = snapshot.issues.get(newsletter);
  const entry = quote === '' ? undefined : snapshot.entriesOf.get(newsletter)?.find((e) => e.text.includes(quote));
  return {
    quote,
    newsletter,
    title: issue?.title ?? newsletter,
    date: issue?.date ?? null,
    ...(page > 0 ? { page } : {}),
    ...(entry ? { entry: entry.key } : {}),
  };
}

/** A node with a page of its neighbours per relation, each with its evidence, and its provenance. */
function detailOf(snapshot: Snapshot, key: string, page: Page): NodeDetail | null {
  const { graph } = snapshot;
  if (!graph.hasNode(key)) return null;
  const { kind, properties: all, provenance } = graph.getNodeAttributes(key);
  const { conflicts, candidates, ...properties } = all;
  const groups = new Map<string, LinkedNeighbour[]>();
  const add = (relation: string, other: string, edge: EdgeAttributes) => {
    const list = groups.get(relation) ?? [];
    list.push(neighbour(snapshot, other, edge));
    groups.set(relation, list);
  };
  graph.forEachOutEdge(key, (_e, edge, _s, target) => add(`${edge.type}:out`, target, edge));
  graph.forEachInEdge(key, (_e, edge, source) => add(`${edge.type}:in`, source, edge));
  const neighbours = [...groups.keys()].sort().map((relation) => {
    const items = groups.get(relation)!.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return [relation, { total: items.length, items: items.slice(page.offset, page.offset + page.limit) }] as const;
  });
  return {
    key,
    kind,
    label: labelOf(kind, properties),
    properties,
    conflicts: decodeConflicts(conflicts),
    candidates: decodeRecords(candidates),
    neighbours: Object.fromEntries(neighbours),
    provenance,
  };
}
