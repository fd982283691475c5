/** Joins the fragments of many newsletters into one graph: same key, same node, every source kept. */
import { defaultRegistries, type Registries } from '../../graph-schema/registry.ts';
import type { z } from 'zod';
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

const schemaBreach = (where: string, error: z.ZodError) => {
  const issue = error.issues[0]!;
  return new Error(`the extracted graph breaks the schema at ${[where, ...issue.path].join('.')}: ${issue.message}`);
};

/** graphology's serialisation, checked against the schema so that nothing off-contract leaves the extractor. */
export function serialize(graph: FactGraph): SerializedGraph {
  const parsed = SerializedGraph.safeParse(graph.export());
  if (!parsed.success) throw schemaBreach('', parsed.error);
  const [breach] = contractBreaches(parsed.data, 1);
  if (breach) throw new Error(`the extracted graph breaks the schema: ${breach}`);
  return parsed.data;
}

const SerializedNode = SerializedGraph.shape.nodes.element;
const PIECE_LENGTH = 64 * 1024;
const SerializedEdge = SerializedGraph.shape.edges.element;

/**
 * `JSON.stringify(serialize(graph), null, indent)`, the same text, in pieces of about 64 KB: each node
 * and edge is checked and written in turn, so an archive's graph needs neither a second copy of itself
 * nor one string of it all (which V8 cannot hold past about 512 MB).
 */
export function* serializedJson(graph: FactGraph, indent = 0): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  // The graph's own objects, not copies: the contract is checked before a piece is written.
  const [breach] = contractBreaches(
    {
      attributes: graph.getAttributes(),
      options,
      nodes: graph.mapNodes((key, attributes) => ({ key, attributes })),
      edges: graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes })),
    },
    1,
  );
  if (breach) throw new Error(`the extracted graph breaks the schema: ${breach}`);
  const newline = (depth: number) => (indent > 0 ? `\n${' '.repeat(indent * depth)}` : '');
  const nested = (value: unknown, depth: number) => JSON.stringify(value, null, indent).replaceAll('\n', newline(depth));
  const field = (name: string) => `${newline(1)}${JSON.stringify(name)}:${indent > 0 ? ' ' : ''}`;
  /** The items of one array, each checked against its schema, in pieces. */
  function* items<T>(name: string, entries: Iterable<T>, check: (entry: T) => z.ZodSafeParseResult<unknown>): Generator<string> {
    let piece = '';
    let i = 0;
    for (const entry of entries) {
      const parsed = check(entry);
      if (!parsed.success) throw schemaBreach(`${name}.${i}`, parsed.error);
      piece += `${i > 0 ? ',' : ''}${newline(2)}${nested(parsed.data, 2)}`;
      i += 1;
      if (piece.length >= PIECE_LENGTH) {
        yield piece;
        piece = '';
      }
    }
    yield `${piece}${i > 0 ? newline(1) : ''}`;
  }
  yield `{${field('attributes')}${nested(graph.getAttributes(), 1)},${field('options')}${nested(options, 1)},${field('nodes')}[`;
  yield* items('nodes', graph.nodeEntries(), (n) => SerializedNode.safeParse({ key: n.node, attributes: n.attributes }));
  yield `],${field('edges')}[`;
  yield* items('edges', graph.edgeEntries(), (e) => SerializedEdge.safeParse({ key: e.edge, source: e.source, target: e.target, attributes: e.attributes }));
  yield `]${newline(0)}}`;
}
