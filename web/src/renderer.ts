/**
 * Draws the graph with sigma. The graph holds the data; what is drawn comes from reducers that read
 * the view state: hidden kinds vanish, hovering or selecting a node dims all but its neighbourhood.
 */
import type Graph from 'graphology';
import Sigma from 'sigma';
import { DEFAULT_EDGE, DIMMED, EDGE_COLOURS, KIND_COLOURS } from './styles.ts';
import type { ViewState } from './state.ts';

export class GraphRenderer {
  readonly sigma: Sigma;
  private hovered: string | null = null;
  private state: ViewState = { selected: null, hiddenKinds: new Set(), query: null };
  /** Nodes a query or a lineage picked out: all others are dimmed while it is set. */
  private picked = new Set<string>();

  constructor(
    private readonly graph: Graph,
    container: HTMLElement,
    onClickNode: (key: string) => void,
  ) {
    graph.forEachNode((key, a) => {
      graph.mergeNodeAttributes(key, { color: KIND_COLOURS[a.kind as string] ?? '#999', size: a.size ?? 4 });
    });
    graph.forEachEdge((key, a) => graph.mergeEdgeAttributes(key, { color: EDGE_COLOURS[a.kind as string] ?? DEFAULT_EDGE, size: 1 }));
    this.sigma = new Sigma(graph, container, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 8,
      nodeReducer: (key, data) => {
        const kind = data.kind as string;
        if (this.state.hiddenKinds.has(kind)) return { ...data, hidden: true };
        if (this.picked.size > 0 && !this.hovered) {
          return this.picked.has(key) ? { ...data, highlighted: true, forceLabel: true } : { ...data, color: DIMMED, label: '' };
        }
        const focus = this.hovered ?? this.state.selected;
        if (!focus || !graph.hasNode(focus)) return data;
        if (key === focus) return { ...data, highlighted: true, forceLabel: true };
        if (graph.areNeighbors(key, focus)) return { ...data, forceLabel: true };
        return { ...data, color: DIMMED, label: '' };
      },
      edgeReducer: (key, data) => {
        const [source, target] = graph.extremities(key);
        const hide = [source, target].some((n) => this.state.hiddenKinds.has(graph.getNodeAttribute(n, 'kind')));
        if (hide) return { ...data, hidden: true };
        if (this.picked.size > 0 && !this.hovered) return this.picked.has(source) && this.picked.has(target) ? data : { ...data, color: DIMMED };
        const focus = this.hovered ?? this.state.selected;
        if (focus && source !== focus && target !== focus) return { ...data, color: DIMMED };
        return data;
      },
    });
    this.sigma.on('enterNode', ({ node }) => {
      this.hovered = node;
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on('leaveNode', () => {
      this.hovered = null;
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on('clickNode', ({ node }) => onClickNode(node));
  }

  /** Highlights these nodes (a query's result, a lineage); an empty list clears it. */
  pick(keys: readonly string[]): void {
    this.picked = new Set(keys.filter((k) => this.graph.hasNode(k)));
    this.sigma.refresh({ skipIndexation: true });
  }

  show(state: ViewState): void {
    this.state = state;
    if (state.selected && this.graph.hasNode(state.selected)) {
      const { x, y } = this.sigma.getNodeDisplayData(state.selected) ?? { x: 0.5, y: 0.5 };
      this.sigma.getCamera().animate({ x, y, ratio: 0.6 }, { duration: 300 });
    }
    this.sigma.refresh({ skipIndexation: true });
  }
}
