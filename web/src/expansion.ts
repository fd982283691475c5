/**
 * Expanding a node brings its neighbours from the store into the view — shown whatever the filters
 * say, added to the graph when the view did not hold them, placed in a ring around the node —
 * and collapsing it takes them away again, keeping those another expansion or the loaded view holds.
 */
import type Graph from 'graphology';
import { api } from './api.ts';

/** Most neighbours brought in per relation: the API's page size. */
const PER_RELATION = 200;

export class Expansions {
  /** Per expanded node, the neighbours it revealed. */
  private readonly revealedBy = new Map<string, Set<string>>();
  /** Nodes expansions added to the graph, which collapsing may drop. */
  private readonly added = new Set<string>();

  constructor(private readonly graph: Graph) {}

  isExpanded(key: string): boolean {
    return this.revealedBy.has(key);
  }

  /** Every node shown because of an expansion: the expanded nodes and their neighbours. */
  revealed(): Set<string> {
    const all = new Set<string>();
    for (const [key, ns] of this.revealedBy) {
      all.add(key);
      for (const n of ns) all.add(n);
    }
    return all;
  }

  /** Brings a node's neighbours in. */
  async expand(key: string): Promise<void> {
    if (this.revealedBy.has(key)) return;
    const detail = await api.node(key, PER_RELATION);
    if (!this.graph.hasNode(key)) {
      this.graph.addNode(key, { kind: detail.kind, label: detail.label, x: 0, y: 0, size: 3 });
      this.added.add(key);
    }
    const neighbours = new Set<string>();
    const items = Object.entries(detail.neighbours).flatMap(([relation, group]) => group.items.map((n) => ({ relation, n })));
    const origin = this.graph.getNodeAttributes(key);
    const radius = this.ringRadius();
    items.forEach(({ relation, n }, i) => {
      neighbours.add(n.key);
      if (!this.graph.hasNode(n.key)) {
        const angle = (2 * Math.PI * i) / items.length;
        this.graph.addNode(n.key, { kind: n.kind, label: n.label, x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle), size: 3 });
        this.added.add(n.key);
      }
      const [type, direction] = relation.split(':') as [string, string];
      const [source, target] = direction === 'out' ? [key, n.key] : [n.key, key];
      const edgeKey = `${type}:${source}->${target}`;
      const exists = this.graph.hasEdge(edgeKey) || this.graph.directedEdges(source, target).some((e) => this.graph.getEdgeAttribute(e, 'kind') === type);
      if (!exists) this.graph.addDirectedEdgeWithKey(edgeKey, source, target, { kind: type });
    });
    this.revealedBy.set(key, neighbours);
  }

  collapse(key: string): void {
    const neighbours = this.revealedBy.get(key);
    if (!neighbours) return;
    this.revealedBy.delete(key);
    const stillHeld = this.revealed();
    for (const n of [...neighbours, key]) {
      if (this.added.has(n) && !stillHeld.has(n)) {
        this.graph.dropNode(n);
        this.added.delete(n);
      }
    }
  }

  /** Expands and collapses until exactly these nodes are expanded (a link, back/forward). */
  async syncTo(keys: readonly string[]): Promise<void> {
    for (const key of [...this.revealedBy.keys()]) if (!keys.includes(key)) this.collapse(key);
    for (const key of keys) if (!this.revealedBy.has(key)) await this.expand(key).catch(() => undefined); // a node gone from the store: its panel says so
  }

  /** A ring a little wider than the typical gap between nodes. */
  private ringRadius(): number {
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    this.graph.forEachNode((_k, a) => {
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y);
      maxY = Math.max(maxY, a.y);
    });
    const extent = Math.max(maxX - minX, maxY - minY, 1);
    return extent / Math.max(8, Math.sqrt(this.graph.order));
  }
}
