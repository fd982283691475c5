/** Joins the fragments of many newsletters into one graph: same key, same node, every source kept. */
import { SerializedGraph } from '../../graph-schema/schema.ts';
import { contractBreaches } from '../graph/contract.ts';
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
  const [breach] = contractBreaches(parsed.data, 1);
  if (breach) throw new Error(`the extracted graph breaks the schema: ${breach}`);
  return parsed.data;
}
