/** Joins the fragments of many newsletters into one graph: same key, same node, every source kept. */
import { defaultRegistries, type Registries } from '../../graph-schema/registry.ts';
import { SerializedGraph } from '../../graph-schema/schema.ts';
import { contractBreaches } from '../graph/contract.ts';
import { chooseStatedValues, createFactGraph, mergeGraph, type FactGraph } from '../graph/facts.ts';
import { readJudgements, type Judgement } from './judgements.ts';
import { resolvePolicies, type Candidate, type PolicyResolution } from './policies.ts';

/** The newsletter a fragment was read from: its Newsletter node's file name. */
function newsletterOf(fragment: FactGraph): string {
  return fragment.findNode((_k, a) => a.kind === 'Newsletter') ?? '';
}

/**
 * Merges fragments in one fixed order (by newsletter), whatever order they came in: the graph of a
 * set of newsletters is the same whether they were extracted together or loaded one by one.
 */
export function mergeFragments(fragments: Iterable<FactGraph>): FactGraph {
  const graph = createFactGraph();
  const ordered = [...fragments].map((f) => ({ f, by: newsletterOf(f) })).sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
  for (const { f } of ordered) mergeGraph(graph, f);
  return graph;
}

export interface Resolved {
  graph: FactGraph;
  resolution: PolicyResolution;
  /** Attributes on which newsletters disagree (each kept with its statements). */
  conflicts: number;
}

/**
 * Newsletters' fragments → one graph: merged, one node per policy, and each disputed attribute given
 * its value by the kind's rule. Extraction and the store's loader both come through here, so a
 * newsletter loaded alone is resolved exactly as if it had been extracted with those already stored.
 */
export function resolveFragments(
  fragments: Iterable<FactGraph>,
  judgements: readonly Judgement[] = readJudgements(),
  registries: Registries = defaultRegistries,
): Resolved {
  return resolveMerged(mergeFragments(fragments), judgements, registries);
}

/** `resolveFragments` for fragments already merged in newsletter order (as `kg extract` merges them, one by one). */
export function resolveMerged(graph: FactGraph, judgements: readonly Judgement[] = readJudgements(), registries: Registries = defaultRegistries): Resolved {
  const resolution = resolvePolicies(graph, judgements, registries);
  const conflicts = chooseStatedValues(graph);
  markCandidates(graph, resolution.candidates);
  return { graph, resolution, conflicts };
}

/** Each policy lists its likely duplicates, for the explorer's panel; a person decides with `kg resolve`. */
function markCandidates(graph: FactGraph, candidates: readonly Candidate[]): void {
  graph.forEachNode((_key, p) => {
    if (p.kind === 'Policy') delete p.candidates;
  });
  for (const c of candidates) {
    for (const [self, other] of [
      [c.a, c.b],
      [c.b, c.a],
    ] as const) {
      const [p, o] = [graph.getNodeAttributes(self), graph.getNodeAttributes(other)];
      if (p.kind !== 'Policy' || o.kind !== 'Policy') continue;
      p.candidates = [...(p.candidates ?? []), { key: other, title: o.title, similarity: c.similarity, reason: c.reason }];
    }
  }
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
