/**
 * The graph the explorer draws: nodes and relationships read from the store (provenance left out),
 * filtered, and laid out on the server (layout.ts), so every client sees the same finished picture.
 * Layouts are cached until the data changes.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { DirectedGraph } from 'graphology';
import { labelOf } from '../../graph-schema/kinds.ts';
import { NODE_KINDS } from '../../graph-schema/schema.ts';
import type { Store } from '../store/connect.ts';
import { fromNeo4j, RECORD_LISTS, STORE_INTERNAL } from '../store/values.ts';
import type { z } from 'zod';
import type { GraphQuery } from './schemas.ts';
import { layoutOffThread, placeNodes, type Positions } from './layout.ts';
import { storeLayout, type Place } from '../store/layout.ts';

type Filters = z.infer<typeof GraphQuery>;

/** The places nodes were read with (from the store's `layout`). */
function storedPositions(graph: DirectedGraph): Positions {
  const positions: Positions = {};
  graph.forEachNode((key, a) => {
    if (typeof a.x === 'number' && typeof a.y === 'number' && typeof a.size === 'number') positions[key] = [a.x, a.y, a.size];
  });
  return positions;
}

/**
 * Lays out the whole graph as it is now and stores the places, unless every node has one already: what
 * a load does once it has written, so that no server makes analysts wait for a layout. Returns whether
 * a layout ran.
 */
export async function layOutStoredGraph(store: Store): Promise<{ nodes: number; laidOut: boolean }> {
  const views = new GraphViews(store, async () => 'now');
  const nodes = await views.prepare();
  return { nodes, laidOut: views.laidOut > 0 };
}

/** A node's attributes in the drawn graph: no provenance, and no entry's full text (the bulk of the bytes); the panel reads both from /api/nodes. */
function drawn(kind: string, properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fromNeo4j(properties) as Record<string, unknown>).filter(
      ([k]) => !STORE_INTERNAL.has(k) && !RECORD_LISTS.has(k) && !(kind === 'Entry' && k === 'text'),
    ),
  );
}

/** The graph in view under these filters, read from the store with each node's stored place, if any. */
export async function readGraph(store: Store, f: Filters): Promise<DirectedGraph> {
  const filtered = Boolean(f.agency || f.sector || f.from || f.to);
  const params = { graphKinds: NODE_KINDS, kinds: f.kinds ?? [], agency: f.agency ?? null, sector: f.sector ?? null, from: f.from ?? null, to: f.to ?? null };
  const seed = filtered
    ? `MATCH (p:Policy)
       WHERE ($agency IS NULL OR EXISTS { (p)-[:ISSUED_BY]->(a:Agency) WHERE a.abbreviation = $agency OR a.key = $agency OR a.key = 'agency:' + toLower($agency) })
         AND ($sector IS NULL OR EXISTS { (p)-[:IN_SECTOR]->(s:Sector) WHERE s.key = $sector OR s.key = 'sector:' + $sector OR toLower(s.name) = toLower($sector) })
         AND ($from IS NULL OR p.date >= date($from)) AND ($to IS NULL OR p.date <= date($to))
       OPTIONAL MATCH (p)-[r]-(m) WHERE NOT r:SUPPORTS
       WITH collect(DISTINCT p) + collect(DISTINCT m) AS ns UNWIND ns AS n WITH DISTINCT n`
    : 'MATCH (n) WHERE labels(n)[0] IN $graphKinds';
  const nodes = await store.driver.executeQuery(
    `${seed} WITH n WHERE size($kinds) = 0 OR labels(n)[0] IN $kinds RETURN n.key AS key, labels(n)[0] AS kind, properties(n) AS p, n.layout AS place`,
    params,
    { database: store.database, routing: 'READ' },
  );
  const graph = new DirectedGraph();
  for (const r of nodes.records) {
    const kind = r.get('kind') as string;
    const p = drawn(kind, r.get('p'));
    // The place the last layout stored for the node, if any (store/layout.ts).
    const place = r.get('place') as Place | null;
    graph.addNode(r.get('key'), { ...p, kind, label: labelOf(kind, p), ...(place ? { x: place[0], y: place[1], size: place[2] } : {}) });
  }
  const edges = await store.driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE NOT r:SUPPORTS
     RETURN a.key AS source, b.key AS target, type(r) AS kind, coalesce(r.key, type(r) + ':' + a.key + '->' + b.key) AS key, r.relation AS relation, r.lead AS lead,
            r.evidence AS evidence, r.sourceFiles AS newsletters`,
    {},
    { database: store.database, routing: 'READ' },
  );
  // One pass over all relationships, kept when both ends are in view: cheaper than a lookup per node.
  for (const r of edges.records) {
    if (graph.hasNode(r.get('source')) && graph.hasNode(r.get('target')) && !graph.hasEdge(r.get('key'))) {
      graph.addDirectedEdgeWithKey(r.get('key'), r.get('source'), r.get('target'), {
        kind: r.get('kind'),
        ...(r.get('relation') ? { relation: r.get('relation') } : {}),
        ...(r.get('lead') !== null ? { lead: r.get('lead') } : {}),
        // The sentence behind a lineage link and the newsletters behind every link travel with the
        // picture, so an export keeps them; the other quotes are the panel's to fetch.
        ...(r.get('evidence') ? { evidence: r.get('evidence') } : {}),
        ...(r.get('newsletters') ? { newsletters: [...new Set(r.get('newsletters') as string[])] } : {}),
      });
    }
  }
  return graph;
}

/**
 * Laid-out views, as JSON text, by filters; a request that arrives while the same view is being built
 * waits for it. The whole graph is laid out once per data version — warm-started from the previous
 * version's positions, so a load moves what was drawn little — and every filtered view takes its
 * nodes' places from it: filtering costs a read, never another layout.
 */
export class GraphViews {
  private cache = new Map<string, { version: string; json: Promise<string>; gzip?: Promise<Buffer> }>();
  private global: { version: string; whole: Promise<{ graph: DirectedGraph; positions: Positions }> } | null = null;
  private previous: Positions = {};

  constructor(
    private readonly store: Store,
    /** The data version, as the read model checks it (read-model.ts). */
    private readonly version: () => Promise<string>,
  ) {}

  async get(filters: Filters): Promise<string> {
    return (await this.entry(filters)).json;
  }

  /**
   * The view gzip-compressed, once per data version: a 50k-node view is some 30 MB of JSON, which
   * compressing anew for every request would cost a second each time.
   */
  async gzipped(filters: Filters): Promise<Buffer> {
    const entry = await this.entry(filters);
    entry.gzip ??= entry.json.then((json) => promisify(gzip)(json));
    return entry.gzip;
  }

  private async entry(filters: Filters): Promise<{ version: string; json: Promise<string>; gzip?: Promise<Buffer> }> {
    const version = await this.version();
    const id = JSON.stringify(filters);
    const hit = this.cache.get(id);
    if (hit && hit.version === version) return hit;
    const json = this.build(filters, version);
    if (this.cache.size > 100) this.cache.clear();
    const entry = { version, json };
    this.cache.set(id, entry);
    json.catch(() => this.cache.get(id)?.json === json && this.cache.delete(id));
    return entry;
  }

  /** How many times this process laid the whole graph out (not counting places read from the store). */
  laidOut = 0;

  /**
   * The whole graph of this data version, read once: placed where the store says when every node has a
   * stored place (a load laid it out, or a server before this one), else laid out — warm-started from
   * the places known — and the places stored for the next reader.
   */
  private whole(version: string): Promise<{ graph: DirectedGraph; positions: Positions }> {
    if (this.global?.version === version) return this.global.whole;
    const whole = (async () => {
      const graph = await readGraph(this.store, {});
      const stored = storedPositions(graph);
      if (Object.keys(stored).length === graph.order) {
        this.previous = stored;
        return { graph, positions: stored };
      }
      const positions = await layoutOffThread(graph, { ...this.previous, ...stored });
      this.laidOut += 1;
      this.previous = positions;
      const places = graph.mapNodes((key, a) => ({ key, kind: a.kind as string, place: positions[key]! }));
      // A read-only account cannot store them: the picture is drawn all the same, and laid out again next time.
      await storeLayout(this.store, places).catch((err: Error) => console.warn(`the layout was not stored: ${err.message}`));
      return { graph, positions };
    })();
    this.global = { version, whole };
    whole.catch(() => this.global?.whole === whole && (this.global = null));
    return whole;
  }

  /** Reads and places the whole graph now, laying it out if the store has no places for it; its node count. */
  async prepare(): Promise<number> {
    return (await this.whole(await this.version())).graph.order;
  }

  private async build(filters: Filters, version: string): Promise<string> {
    // The unfiltered view is the whole graph itself: read once, not again.
    const unfiltered = Object.values(filters).every((v) => v === undefined);
    if (unfiltered) return JSON.stringify((await this.whole(version)).graph.export());
    const [graph, { positions }] = await Promise.all([readGraph(this.store, filters), this.whole(version)]);
    // A node the whole graph lacked (the data changed between the two reads) gets a layout of its own.
    if (!placeNodes(graph, positions)) await layoutOffThread(graph, positions);
    return JSON.stringify(graph.export());
  }
}
