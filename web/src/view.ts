/** Which nodes the view hides: those of a hidden kind and those the filters leave out — never the selected node nor what an expansion brought in. */
import type Graph from 'graphology';
import { nodesInFilter } from './filters.ts';
import type { ViewState } from './state.ts';

export function hiddenNodes(graph: Graph, state: ViewState, revealed: ReadonlySet<string>): Set<string> {
  const kept = nodesInFilter(graph, state.filters);
  const hidden = new Set<string>();
  graph.forEachNode((key, a) => {
    // What the analyst asked for stays in view: the selected node, and what an expansion brought in.
    if (key === state.selected || revealed.has(key)) return;
    if (state.hiddenKinds.has(a.kind as string) || (kept && !kept.has(key))) hidden.add(key);
  });
  return hidden;
}
