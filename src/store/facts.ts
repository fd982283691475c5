/**
 * The graph cut into per-newsletter facts, in the shape the store writes: a node or edge
 * supported by several newsletters appears once for each, carrying only that newsletter's sources.
 * This is what makes a newsletter's facts replaceable on their own.
 */
import { createHash } from 'node:crypto';
import type { EdgeKind, NodeKind, SerializedGraph, Source } from '../../graph-schema/schema.ts';
import { sourcesByFile } from '../graph/facts.ts';
import { kindOfKey } from '../graph/keys.ts';

export interface NodeFact {
  key: string;
  label: NodeKind;
  props: Record<string, unknown>;
  sources: Source[];
}

export interface EdgeFact {
  key: string;
  type: EdgeKind;
  from: { key: string; label: NodeKind };
  to: { key: string; label: NodeKind };
  props: Record<string, unknown>;
  sources: Source[];
}

export interface NewsletterFacts {
  /** The newsletter's file name, as in every source it supports. */
  file: string;
  nodes: NodeFact[];
  edges: EdgeFact[];
  /** A digest of everything above: equal digests mean nothing to write. */
  digest: string;
  /** The newsletter's own fragment before resolution (graphology JSON), kept on its node for later loads to re-resolve. */
  statements?: string;
}

/** The label of a node, read off its key's prefix ("policy:…" → Policy). */
export function labelOfKey(key: string): NodeKind {
  const label = kindOfKey(key);
  if (!label) throw new Error(`no node kind has keys like "${key}"`);
  return label;
}

function withoutKindAndSources(attributes: Record<string, unknown>): Record<string, unknown> {
  const { kind: _kind, sources: _sources, ...props } = attributes;
  return props;
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function splitByNewsletter(graph: SerializedGraph): NewsletterFacts[] {
  const byFile = new Map<string, { nodes: NodeFact[]; edges: EdgeFact[] }>();
  const bucket = (file: string) => {
    let b = byFile.get(file);
    if (!b) byFile.set(file, (b = { nodes: [], edges: [] }));
    return b;
  };
  const kindOf = new Map<string, NodeKind>();
  for (const node of graph.nodes) {
    kindOf.set(node.key, node.attributes.kind);
    for (const [file, sources] of sourcesByFile(node.attributes.sources)) {
      bucket(file).nodes.push({ key: node.key, label: node.attributes.kind, props: withoutKindAndSources(node.attributes), sources });
    }
  }
  for (const edge of graph.edges) {
    for (const [file, sources] of sourcesByFile(edge.attributes.sources)) {
      bucket(file).edges.push({
        key: edge.key,
        type: edge.attributes.kind,
        from: { key: edge.source, label: kindOf.get(edge.source)! },
        to: { key: edge.target, label: kindOf.get(edge.target)! },
        props: withoutKindAndSources(edge.attributes),
        sources,
      });
    }
  }
  return [...byFile.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, { nodes, edges }]) => ({
      file,
      nodes,
      edges,
      // In key order: the same facts reached by another path (an export, another load order) give the same digest.
      digest: createHash('sha256')
        .update(JSON.stringify({ nodes: [...nodes].sort(byKey), edges: [...edges].sort(byKey) }))
        .digest('hex'),
    }));
}
