import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { iterationsFor, layoutOffThread } from '../../src/server/layout.ts';

function star(order: number, reversed = false): DirectedGraph {
  const g = new DirectedGraph();
  const keys = Array.from({ length: order }, (_, i) => `policy:p${i}`);
  for (const k of reversed ? [...keys].reverse() : keys) g.addNode(k);
  for (const k of keys.slice(1)) g.addDirectedEdge(k, keys[0]!);
  return g;
}

describe('the server layout', () => {
  it('gives the same positions for the same graph, whatever order it was built in', async () => {
    const [a, b] = [star(60), star(60, true)];
    await Promise.all([layoutOffThread(a), layoutOffThread(b)]);
    a.forEachNode((key, attrs) => {
      expect(b.getNodeAttribute(key, 'x')).toBe(attrs.x);
      expect(b.getNodeAttribute(key, 'y')).toBe(attrs.y);
    });
  });

  it('spreads nodes apart and sizes them by degree', async () => {
    const g = star(40);
    await layoutOffThread(g);
    const xs = g.mapNodes((_k, a) => a.x as number);
    expect(new Set(xs).size).toBe(40);
    expect(g.getNodeAttribute('policy:p0', 'size')).toBeGreaterThan(g.getNodeAttribute('policy:p1', 'size'));
  });

  it('spends fewer iterations on bigger graphs, within bounds', () => {
    expect(iterationsFor(500)).toBe(150);
    expect(iterationsFor(10_000)).toBe(45);
    expect(iterationsFor(50_000)).toBe(30);
  });
});

describe('a layout warm-started from the previous one', () => {
  it('moves the nodes that were drawn little when a node joins', async () => {
    const before = star(80);
    const previous = await layoutOffThread(before);
    const grow = () => {
      const g = star(80);
      g.addNode('policy:new');
      g.addDirectedEdge('policy:new', 'policy:p1');
      return g;
    };
    const warm = grow();
    await layoutOffThread(warm, previous);
    const moved = (g: DirectedGraph) =>
      before
        .mapNodes((key) => Math.hypot(g.getNodeAttribute(key, 'x') - previous[key]![0], g.getNodeAttribute(key, 'y') - previous[key]![1]))
        .reduce((a, b) => a + b, 0);
    const spread = Math.max(...Object.values(previous).map(([x, y]) => Math.hypot(x, y)));
    expect(moved(warm) / before.order).toBeLessThan(spread * 0.05);
    expect(warm.hasNode('policy:new') && Number.isFinite(warm.getNodeAttribute('policy:new', 'x'))).toBe(true);
  });
});
