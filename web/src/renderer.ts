/**
 * Draws the graph with sigma. The graph holds the data; what is drawn comes from reducers that read
 * the view: hidden nodes vanish, hovering or selecting a node dims all but its neighbourhood, and a
 * picked set (a query's result, a lineage) dims everything else.
 */
import type Graph from 'graphology';
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import Sigma from 'sigma';
import { DEFAULT_EDGE, DIMMED, EDGE_STYLES, KIND_COLOURS } from './styles.ts';

/**
 * Above this many nodes, edges are not drawn while the camera moves, and hovering highlights a node's
 * neighbourhood without dimming the rest, so a hover redraws that neighbourhood only.
 */
const LARGE_GRAPH = 5000;

/** The closest a fit zooms in (sigma's camera ratio: 1 shows the whole graph). */
const MIN_FIT_RATIO = 0.2;

/** Labels longer than this are cut on the canvas (the panel shows them whole): long titles collide. */
const LABEL_CHARS = 42;

export function shortLabel(label: unknown): string {
  const text = typeof label === 'string' ? label : '';
  return text.length <= LABEL_CHARS ? text : `${text.slice(0, LABEL_CHARS - 1).replace(/\s+\S*$/, '')}…`;
}

/** Kinds always labelled when picked out; the others get a label only where the label grid has room. */
const NAMED_KINDS = new Set(['Policy', 'Agency', 'Sector', 'Firm', 'Newsletter']);

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const k of a) if (!b.has(k)) return false;
  return true;
}

export class GraphRenderer {
  readonly sigma: Sigma;
  private hovered: string | null = null;
  private selected: string | null = null;
  private hidden: ReadonlySet<string>;
  /** The first show() fits the camera to what the view shows, as a change of filters does. */
  private shown = false;
  /** Nodes a query or a lineage picked out: all others are dimmed while it is set. */
  private picked = new Set<string>();
  /** Relationships a query returned: drawn thicker than the rest while its nodes are picked. */
  private pickedEdges = new Set<string>();
  private readonly large: boolean;

  constructor(
    private readonly graph: Graph,
    container: HTMLElement,
    onClickNode: (key: string) => void,
    /** What the first view hides: sigma draws within its constructor, and that frame should be the view. */
    initiallyHidden: ReadonlySet<string> = new Set(),
  ) {
    this.hidden = initiallyHidden;
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
    this.large = graph.order > LARGE_GRAPH;
    this.sigma = new Sigma(graph, container, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 8,
      // One label per grid cell of this size at most, so labels do not pile on each other.
      labelGridCellSize: 140,
      labelDensity: 0.6,
      hideEdgesOnMove: graph.order > LARGE_GRAPH,
      nodeReducer: (key, full) => {
        const data = { ...full, label: shortLabel(full.label) };
        // What a query or a lineage picked is drawn even where the filters would leave it out.
        if (this.hidden.has(key) && !this.picked.has(key)) return { ...data, hidden: true };
        if (this.large && this.hovered && (key === this.hovered || graph.areNeighbors(key, this.hovered))) {
          return { ...data, highlighted: key === this.hovered, forceLabel: true };
        }
        if (this.picked.size > 0 && !this.dimmingHover()) {
          if (!this.picked.has(key)) return { ...data, color: DIMMED, label: '' };
          return { ...data, forceLabel: NAMED_KINDS.has(String(full.kind)) };
        }
        const focus = this.focus();
        // Agencies are few and the first thing analysts look for: always named.
        if (!focus) return full.kind === 'Agency' ? { ...data, forceLabel: true } : data;
        if (key === focus) return { ...data, highlighted: true, forceLabel: true };
        if (graph.areNeighbors(key, focus)) return { ...data, forceLabel: true };
        return { ...data, color: DIMMED, label: '' };
      },
      edgeReducer: (key, data) => {
        const source = graph.source(key);
        const target = graph.target(key);
        const shown = (n: string) => !this.hidden.has(n) || this.picked.has(n);
        if (!shown(source) || !shown(target)) return { ...data, hidden: true };
        if (this.large && this.hovered && (source === this.hovered || target === this.hovered)) return data;
        if (this.picked.size > 0 && !this.dimmingHover()) {
          if (this.pickedEdges.has(key)) return { ...data, size: Math.max(3, (data.size ?? 1) * 2.5), zIndex: 1 };
          return this.picked.has(source) && this.picked.has(target) && this.pickedEdges.size === 0 ? data : { ...data, color: DIMMED };
        }
        const focus = this.focus();
        if (focus && source !== focus && target !== focus) return { ...data, color: DIMMED };
        return data;
      },
    });
    // A mark a benchmark or a person's profiler can read: navigation to the first drawn frame.
    // Sigma draws within its constructor, before a listener could hear it; that frame is on screen at
    // the next animation frame. Whichever comes first marks it, once.
    const firstFrame = () => performance.getEntriesByName('policy-graph:first-frame').length === 0 && performance.mark('policy-graph:first-frame');
    this.sigma.once('afterRender', firstFrame);
    requestAnimationFrame(firstFrame);
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
    this.sigma.on('clickNode', ({ node }) => onClickNode(node));
  }

  /** The hovered node, when hovering dims all but its neighbourhood (not in a large graph). */
  private dimmingHover(): string | null {
    return this.large ? null : this.hovered;
  }

  /** The node whose neighbourhood stands out with the rest dimmed. */
  private focus(): string | null {
    const focus = this.dimmingHover() ?? this.selected;
    return focus && this.graph.hasNode(focus) ? focus : null;
  }

  private hover(node: string | null): void {
    const previous = this.hovered;
    this.hovered = node;
    const started = performance.now();
    if (this.large) {
      const around = (n: string | null) => (n && this.graph.hasNode(n) ? [n, ...this.graph.neighbors(n)] : []);
      const edgesOf = (n: string | null) => (n && this.graph.hasNode(n) ? this.graph.edges(n) : []);
      this.sigma.refresh({
        partialGraph: { nodes: [...around(previous), ...around(node)], edges: [...edgesOf(previous), ...edgesOf(node)] },
        skipIndexation: true,
      });
    } else {
      this.sigma.refresh({ skipIndexation: true });
    }
    performance.measure('policy-graph:hover', { start: started });
  }

  /**
   * Highlights these nodes (a query's result, a lineage) — and these relationships, the rest dimmed,
   * when a query returned some — and zooms to them; an empty list clears it.
   */
  pick(keys: readonly string[], edges: readonly string[] = []): void {
    this.picked = new Set(keys.filter((k) => this.graph.hasNode(k)));
    this.pickedEdges = new Set(edges.filter((k) => this.graph.hasEdge(k)));
    this.sigma.refresh({ skipIndexation: true });
    if (this.picked.size > 0) this.fit([...this.picked]);
  }

  /** Zooms so that these nodes — by default every node the view shows — fill the canvas. */
  fit(nodes: string[] = this.graph.filterNodes((key) => !this.hidden.has(key))): void {
    if (nodes.length === 0) return;
    // One node alone would be zoomed into infinitely: centre it instead.
    if (nodes.length === 1) {
      const { x, y } = this.sigma.getNodeDisplayData(nodes[0]!) ?? { x: 0.5, y: 0.5 };
      void this.sigma.getCamera().animate({ x, y, ratio: 0.6 }, { duration: 300 });
      return;
    }
    // A margin around them, and never closer than a few nodes need: two nodes should not fill the screen.
    const fitted = getCameraStateToFitViewportToNodes(this.sigma, nodes);
    void this.sigma.getCamera().animate({ ...fitted, ratio: Math.max(fitted.ratio * 1.4, MIN_FIT_RATIO) }, { duration: 300 });
  }

  zoom(direction: 'in' | 'out'): void {
    const camera = this.sigma.getCamera();
    void (direction === 'in' ? camera.animatedZoom({ duration: 200 }) : camera.animatedUnzoom({ duration: 200 }));
  }

  /** Draws the view: the selected node centred, the hidden nodes left out. */
  show(selected: string | null, hidden: ReadonlySet<string>): void {
    const moved = selected !== this.selected;
    const refiltered = !sameSet(hidden, this.hidden) || !this.shown;
    this.shown = true;
    this.selected = selected;
    this.hidden = hidden;
    // A filter or an expansion changed what is shown: bring all of it into view.
    if (refiltered && !selected) this.fit();
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
