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

export function mergeSources(a: readonly Source[], b: readonly Source[]): Source[] {
  const seen = new Set(a.map(sourceId));
  const merged = [...a];
  for (const s of b) {
    if (!seen.has(sourceId(s))) {
      merged.push(s);
      seen.add(sourceId(s));
    }
  }
  return merged;
}

/** Attributes a later reading may settle: a covering entry makes a stub policy real; a known value fills a null. */
function mergeAttributes<T extends { sources: Source[] }>(existing: T, incoming: T): T {
  const merged: Record<string, unknown> = { ...existing };
  for (const [k, v] of Object.entries(incoming)) {
    if (k === 'sources') continue;
    if (k === 'stub') merged[k] = Boolean(existing[k as keyof T]) && Boolean(v);
    else if (k === 'lead') merged[k] = Boolean(existing[k as keyof T]) || Boolean(v);
    else if (k === 'aliases' && Array.isArray(v)) merged[k] = [...new Set([...(existing[k as keyof T] as string[]), ...v])];
    else if (merged[k] === null || merged[k] === undefined) merged[k] = v;
  }
  merged.sources = mergeSources(existing.sources, incoming.sources);
  return merged as T;
}

export function addNode(graph: FactGraph, key: string, attributes: NodeAttributes): string {
  if (graph.hasNode(key)) graph.updateNodeAttributes(key, (old) => mergeAttributes(old, attributes));
  else graph.addNode(key, attributes);
  return key;
}

export function edgeKey(kind: EdgeAttributes['kind'], source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}

export function addEdge(graph: FactGraph, source: string, target: string, attributes: EdgeAttributes): string {
  if (source === target) return edgeKey(attributes.kind, source, target);
  const key = edgeKey(attributes.kind, source, target);
  if (graph.hasEdge(key)) graph.updateEdgeAttributes(key, (old) => mergeAttributes(old, attributes));
  else graph.addDirectedEdgeWithKey(key, source, target, attributes);
  return key;
}

/** Merges every node and edge of `from` into `into`. */
export function mergeGraph(into: FactGraph, from: FactGraph): void {
  from.forEachNode((key, attributes) => addNode(into, key, attributes));
  from.forEachEdge((_key, attributes, source, target) => addEdge(into, source, target, attributes));
}
