/**
 * A console result drawn on the canvas. The nodes and relationships it returned that the view does
 * not hold (a relationship kind the picture leaves out, a node beyond the loaded view) are added for
 * as long as the result is shown — a node placed among the result's nodes it is joined to — and taken
 * away when the next result replaces it, unless something else has joined them since.
 */
import type { AbstractGraph } from 'graphology-types';
import { labelOf } from '../../graph-schema/kinds.ts';

export interface ResultGraph {
  nodes: { key: string; kind: string; properties: Record<string, unknown> }[];
  edges: { key: string; kind: string; source: string; target: string }[];
}

/** How far from its neighbours a node brought in is placed, as a share of the view's extent. */
const OFFSET = 0.03;

export class ResultOverlay {
  private addedNodes: string[] = [];
  private addedEdges: string[] = [];

  constructor(private readonly graph: AbstractGraph) {}

  /** Draws a result, replacing the one before; returns the node and edge keys it holds, to highlight. */
  show(result: ResultGraph): { nodes: string[]; edges: string[] } {
    this.clear();
    const { graph } = this;
    const extent = this.extent() * OFFSET;
    const placeOf = (key: string): { x: number; y: number } | null => {
      const joined = result.edges.flatMap((e) => (e.source === key ? [e.target] : e.target === key ? [e.source] : [])).filter((k) => graph.hasNode(k));
      const anchors = joined.length > 0 ? joined : result.nodes.map((n) => n.key).filter((k) => graph.hasNode(k));
      if (anchors.length === 0) return null;
      const x = anchors.reduce((sum, k) => sum + (graph.getNodeAttribute(k, 'x') as number), 0) / anchors.length;
      const y = anchors.reduce((sum, k) => sum + (graph.getNodeAttribute(k, 'y') as number), 0) / anchors.length;
      // Spread by the key, so nodes joined to the same anchors do not land on one spot.
      const angle = [...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 0) * (Math.PI / 180);
      return { x: x + extent * Math.cos(angle), y: y + extent * Math.sin(angle) };
    };
    for (const n of result.nodes) {
      if (graph.hasNode(n.key)) continue;
      const at = placeOf(n.key) ?? { x: 0, y: 0 };
      graph.addNode(n.key, { kind: n.kind, label: labelOf(n.kind, n.properties), ...at, size: 3 });
      this.addedNodes.push(n.key);
    }
    const edges: string[] = [];
    for (const e of result.edges) {
      if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
      const existing = graph.hasEdge(e.key) ? e.key : graph.directedEdges(e.source, e.target).find((k) => graph.getEdgeAttribute(k, 'kind') === e.kind);
      if (existing !== undefined) {
        edges.push(existing);
        continue;
      }
      graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { kind: e.kind });
      this.addedEdges.push(e.key);
      edges.push(e.key);
    }
    return { nodes: result.nodes.map((n) => n.key), edges };
  }

  /** Takes the last result's additions away; a node something else has joined since stays. */
  clear(): void {
    for (const key of this.addedEdges) if (this.graph.hasEdge(key)) this.graph.dropEdge(key);
    for (const key of this.addedNodes) if (this.graph.hasNode(key) && this.graph.degree(key) === 0) this.graph.dropNode(key);
    this.addedNodes = [];
    this.addedEdges = [];
  }

  private extent(): number {
    let [minX, maxX] = [Infinity, -Infinity];
    this.graph.forEachNode((_k, a) => {
      minX = Math.min(minX, a.x as number);
      maxX = Math.max(maxX, a.x as number);
    });
    return Number.isFinite(maxX - minX) && maxX > minX ? maxX - minX : 1;
  }
}
