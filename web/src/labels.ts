/**
 * Labels that say which document a node is: a policy titled only by its kind ("Guidelines", "Notice",
 * "Implementation Plan") is named with the headline of the entry that covers it, so two such nodes on
 * the canvas are told apart.
 */
import type { AbstractGraph as Graph } from 'graphology-types';
import vocabulary from '../../graph-schema/document-vocabulary.json';

/** Words that only name a kind of document, as the extractor knows them (graph-schema/document-vocabulary.json). */
const KIND_WORDS = new Set(
  [...vocabulary.documentKinds, ...vocabulary.kindModifiers, 'for', 'on', 'of', 'and', '(draft)', '(trial)'].flatMap((k) => k.toLowerCase().split(/\s+/)),
);

export function isGenericTitle(title: string): boolean {
  const words = title.trim().split(/\s+/);
  return words.length <= 4 && words.every((w) => KIND_WORDS.has(w.toLowerCase()));
}

/** Gives generic policy titles the covering headline as context; returns how many were given one. */
export function addContextToLabels(graph: Graph): number {
  let changed = 0;
  graph.forEachNode((key, a) => {
    if (a.kind !== 'Policy' || typeof a.title !== 'string' || !isGenericTitle(a.title)) return;
    const entry = graph.inNeighbors(key).find((n) => graph.getNodeAttribute(n, 'kind') === 'Entry');
    const headline = entry ? graph.getNodeAttribute(entry, 'headline') : null;
    if (typeof headline !== 'string' || headline.length === 0) return;
    graph.setNodeAttribute(key, 'label', `${a.title} · ${headline}`);
    changed += 1;
  });
  return changed;
}
