/** Test helpers: extract text or seed files into a graph and read it back by kind and relation. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EdgeAttributes, NodeAttributes } from '../../graph-schema/schema.ts';
import { extractNewsletter, parseNewsletter } from '../../src/extract/index.ts';
import type { FactGraph } from '../../src/graph/facts.ts';
import { mergeFragments } from '../../src/resolve/merge.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from './snippets.ts';

export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../seeds');
export const seedFiles = readdirSync(SEEDS_DIR)
  .filter((f) => !f.startsWith('.'))
  .sort();

export function readSeed(name: string): string {
  return readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}

export function extractSeeds(): FactGraph {
  return mergeFragments(seedFiles.map((name) => extractNewsletter(name, readFileSync(path.join(SEEDS_DIR, name))).fragment.graph));
}

export function extractText(text: string, name = 'snippet.txt'): FactGraph {
  return extractNewsletter(name, new TextEncoder().encode(text)).fragment.graph;
}

export function parseText(text: string, name = 'snippet.txt') {
  return parseNewsletter(name, text);
}

export type Node<K extends NodeAttributes['kind']> = Extract<NodeAttributes, { kind: K }> & { key: string };

export function nodesOf<K extends NodeAttributes['kind']>(graph: FactGraph, kind: K): Node<K>[] {
  return graph.filterNodes((_k, a) => a.kind === kind).map((key) => ({ key, ...(graph.getNodeAttributes(key) as Extract<NodeAttributes, { kind: K }>) }));
}

/** Targets of `kind` edges leaving `from`, with the edge attributes. */
export function outgoing(graph: FactGraph, from: string, kind: EdgeAttributes['kind']) {
  return graph
    .outEdges(from)
    .filter((e) => graph.getEdgeAttributes(e).kind === kind)
    .map((e) => ({ key: graph.target(e), node: graph.getNodeAttributes(graph.target(e)), edge: graph.getEdgeAttributes(e) }));
}

export function entriesOf(graph: FactGraph, source: string, section: string): Node<'Entry'>[] {
  const newsletterKey = graph.findNode((_k, a) => a.kind === 'Newsletter' && a.source === source);
  return nodesOf(graph, 'Entry')
    .filter((e) => e.section === section && graph.hasEdge(`PUBLISHED_IN:${e.key}->${newsletterKey}`))
    .sort((a, b) => a.rank - b.rank);
}

/** Registry key of an agency node (the upper-case key in graph-schema/agencies.json). */
export function agencyKey(key: string): string {
  return key.replace(/^agency:/, '').toUpperCase();
}

/**
 * The policies a one-entry newsletter gives, as [title, draft], in the PDF, markdown and copied web text shapes:
 * the entry has only this summary (no policy-name, issuers or comment line), so the prose must name it.
 */
export function policiesFromSummary(glance: string): [string, boolean][][] {
  return [pdfSnippet, markdownSnippet, webTextSnippet].map((shape) =>
    nodesOf(extractText(shape({ top: [{ ...oneEntry, glance, article: undefined, issuers: undefined, comment: undefined }] })), 'Policy').map(
      (p): [string, boolean] => [p.title, p.draft],
    ),
  );
}
