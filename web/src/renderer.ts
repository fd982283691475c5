/**
 * Draws the graph with sigma. The graph holds the data; what is drawn comes from reducers that read
 * the view: hidden nodes vanish, hovering or selecting a node dims all but its neighbourhood, and a
 * picked set (a query's result, a lineage) dims everything else.
 */
import type Graph from 'graphology';
import Sigma from 'sigma';
import { DEFAULT_EDGE, DIMMED, EDGE_STYLES, KIND_COLOURS } from './styles.ts';

/** Above this many nodes, edges are not drawn while the camera moves, so panning stays smooth. */
const LARGE_GRAPH = 5000;

export class GraphRenderer {
  readonly sigma: Sigma;
  private hovered: string | null = null;
  private selected: string | null = null;
  private hidden: ReadonlySet<string> = new Set();
  /** Nodes a query or a lineage picked out: all others are dimmed while it is set. */
  private picked = new Set<string>();

  constructor(
    private readonly graph: Graph,
    container: HTMLElement,
    onClickNode: (key: string) => void,
  ) {
    const styleNode = (key: string) => {
      const a = graph.getNodeAttributes(key);
      graph.mergeNodeAttributes(key, { color: KIND_COLOURS[a.kind as string] ?? '#999', size: a.size ?? 4 });
    };
    const styleEdge = (key: string) => graph.mergeEdgeAttributes(key, { ...(EDGE_STYLES[graph.getEdgeAttribute(key, 'kind') as string] ?? DEFAULT_EDGE) });
    graph.forEachNode(styleNode);
    graph.forEachEdge(styleEdge);
    // Nodes an expansion brings in are styled like the rest.
    graph.on('nodeAdded', ({ key }) => styleNode(key));
    graph.on('edgeAdded', ({ key }) => styleEdge(key));
    this.sigma = new Sigma(graph, container, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 8,
      hideEdgesOnMove: graph.order > LARGE_GRAPH,
      nodeReducer: (key, data) => {
        if (this.hidden.has(key)) return { ...data, hidden: true };
        if (this.picked.size > 0 && !this.hovered) {
          return this.picked.has(key) ? { ...data, highlighted: true, forceLabel: true } : { ...data, color: DIMMED, label: '' };
        }
        const focus = this.focus();
        if (!focus) return data;
        if (key === focus) return { ...data, highlighted: true, forceLabel: true };
        if (graph.areNeighbors(key, focus)) return { ...data, forceLabel: true };
        return { ...data, color: DIMMED, label: '' };
      },
      edgeReducer: (key, data) => {
        const source = graph.source(key);
        const target = graph.target(key);
        if (this.hidden.has(source) || this.hidden.has(target)) return { ...data, hidden: true };
        if (this.picked.size > 0 && !this.hovered) return this.picked.has(source) && this.picked.has(target) ? data : { ...data, color: DIMMED };
        const focus = this.focus();
        if (focus && source !== focus && target !== focus) return { ...data, color: DIMMED };
        return data;
      },
    });
    // A mark a benchmark or a person's profiler can read: navigation to the first drawn frame.
    this.sigma.once('afterRender', () => performance.mark('policy-graph:first-frame'));
    // Hovering redraws at most once a frame, however fast the pointer crosses nodes.
    this.sigma.on('enterNode', ({ node }) => {
      this.hovered = node;
      this.sigma.scheduleRefresh();
    });
    this.sigma.on('leaveNode', () => {
      this.hovered = null;
      this.sigma.scheduleRefresh();
    });
    this.sigma.on('clickNode', ({ node }) => onClickNode(node));
  }

  private focus(): string | null {
    const focus = this.hovered ?? this.selected;
    return focus && this.graph.hasNode(focus) ? focus : null;
  }

  /** Highlights these nodes (a query's result, a lineage); an empty list clears it. */
  pick(keys: readonly string[]): void {
    this.picked = new Set(keys.filter((k) => this.graph.hasNode(k)));
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Draws the view: the selected node centred, the hidden nodes left out. */
  show(selected: string | null, hidden: ReadonlySet<string>): void {
    const moved = selected !== this.selected;
    this.selected = selected;
    this.hidden = hidden;
    if (moved && selected && this.graph.hasNode(selected)) {
      const { x, y } = this.sigma.getNodeDisplayData(selected) ?? { x: 0.5, y: 0.5 };
      this.sigma.getCamera().animate({ x, y, ratio: 0.6 }, { duration: 300 });
    }
    // Measured, so a benchmark or a profiler can tell what a redraw of the whole view costs in script.
    const started = performance.now();
    this.sigma.refresh({ skipIndexation: true });
    performance.measure('policy-graph:redraw', { start: started });
  }
}
