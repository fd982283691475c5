/**
 * A graph of facts that keep their sources. Adding a node or edge that is already there
 * merges it: the attributes it had stay, its sources gain the new ones. So a fact read in
 * several places (one agency issuing three policies, one firm in two newsletters) is one
 * node or edge carrying every place it was read, in the manner of FollowTheMoney's statements.
 */
import { DirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes, Source } from '../../graph-schema/schema.ts';

export type FactGraph = DirectedGraph<NodeAttributes, EdgeAttributes>;

export function createFactGraph(): FactGraph {
  return new DirectedGraph<NodeAttributes, EdgeAttributes>({ multi: false, allowSelfLoops: false });
}

function sourceId(s: Source): string {
  return `${s.file}\u0000${s.start}\u0000${s.end}`;
}

/**
 * The source ids each node or edge already holds, per graph, so that merging the thousandth
 * source into a hub like MIIT costs no more than merging the first.
 */
const seenSources = new WeakMap<FactGraph, Map<string, Set<string>>>();

function sourceIndex(graph: FactGraph, key: string, sources: readonly Source[]): Set<string> {
  let perGraph = seenSources.get(graph);
  if (!perGraph) seenSources.set(graph, (perGraph = new Map()));
  let ids = perGraph.get(key);
  if (!ids) perGraph.set(key, (ids = new Set(sources.map(sourceId))));
  return ids;
}

/** Merges attributes in place: a covering entry makes a stub policy real; a known value fills a null. */
function mergeInto<T extends { sources: Source[] }>(existing: T, incoming: T, seen: Set<string>): void {
  const target = existing as Record<string, unknown>;
  for (const [k, v] of Object.entries(incoming)) {
    if (k === 'sources') continue;
    if (k === 'stub') target[k] = Boolean(target[k]) && Boolean(v);
    else if (k === 'lead') target[k] = Boolean(target[k]) || Boolean(v);
    else if (Array.isArray(v) && Array.isArray(target[k])) target[k] = [...new Set([...(target[k] as unknown[]), ...v])];
    else if (target[k] === null || target[k] === undefined) target[k] = v;
  }
  for (const s of incoming.sources) {
    const id = sourceId(s);
    if (!seen.has(id)) {
      seen.add(id);
      existing.sources.push(s);
    }
  }
}

export function addNode(graph: FactGraph, key: string, attributes: NodeAttributes): string {
  if (graph.hasNode(key)) {
    const existing = graph.getNodeAttributes(key);
    mergeInto(existing, attributes, sourceIndex(graph, `node ${key}`, existing.sources));
  } else {
    graph.addNode(key, { ...attributes, sources: [...attributes.sources] });
  }
  return key;
}

export function edgeKey(kind: EdgeAttributes['kind'], source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}

export function addEdge(graph: FactGraph, source: string, target: string, attributes: EdgeAttributes): string {
  if (source === target) return edgeKey(attributes.kind, source, target);
  const key = edgeKey(attributes.kind, source, target);
  if (graph.hasEdge(key)) {
    const existing = graph.getEdgeAttributes(key);
    mergeInto(existing, attributes, sourceIndex(graph, `edge ${key}`, existing.sources));
  } else {
    graph.addDirectedEdgeWithKey(key, source, target, { ...attributes, sources: [...attributes.sources] });
  }
  return key;
}

/** Merges every node and edge of `from` into `into`. */
export function mergeGraph(into: FactGraph, from: FactGraph): void {
  from.forEachNode((key, attributes) => addNode(into, key, attributes));
  from.forEachEdge((_key, attributes, source, target) => addEdge(into, source, target, attributes));
}
