/** Joins the fragments of many newsletters into one graph: same key, same node, every source kept. */
import { EDGE_ENDPOINTS, SerializedGraph } from '../../graph-schema/schema.ts';
import { createFactGraph, mergeGraph, type FactGraph } from '../graph/facts.ts';

export function mergeFragments(fragments: Iterable<FactGraph>): FactGraph {
  const graph = createFactGraph();
  for (const fragment of fragments) mergeGraph(graph, fragment);
  return graph;
}

/** graphology's serialisation, checked against the schema so that nothing off-contract leaves the extractor. */
export function serialize(graph: FactGraph): SerializedGraph {
  const exported = graph.export();
  const parsed = SerializedGraph.safeParse(exported);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`the extracted graph breaks the schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  // Each kind of edge joins only the kinds of node the contract names.
  const kindOf = new Map(parsed.data.nodes.map((n) => [n.key, n.attributes.kind]));
  for (const e of parsed.data.edges) {
    const ends = EDGE_ENDPOINTS[e.attributes.kind];
    if (!ends.from.includes(kindOf.get(e.source)!) || !ends.to.includes(kindOf.get(e.target)!)) {
      throw new Error(`the extracted graph breaks the schema: ${e.key} joins ${kindOf.get(e.source)} to ${kindOf.get(e.target)}`);
    }
  }
  return parsed.data;
}
