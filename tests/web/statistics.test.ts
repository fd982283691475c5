/** Network statistics of the explorer, measured with graphology's packages on policies and agencies. */
import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { applyStatistics, computeStatistics, topNodes } from '../../web/src/statistics.ts';

/** Two clusters: MIIT with its three policies, the NDRC with its two; one policy builds on another. */
function network(): DirectedGraph {
  const g = new DirectedGraph();
  for (const [key, kind] of [
    ['agency:miit', 'Agency'],
    ['agency:ndrc', 'Agency'],
    ['policy:a', 'Policy'],
    ['policy:b', 'Policy'],
    ['policy:c', 'Policy'],
    ['policy:d', 'Policy'],
    ['policy:e', 'Policy'],
    ['entry:x', 'Entry'],
  ] as const)
    g.addNode(key, { kind, size: 5, label: key });
  for (const p of ['a', 'b', 'c']) g.addEdge(`policy:${p}`, 'agency:miit', { kind: 'ISSUED_BY' });
  for (const p of ['d', 'e']) g.addEdge(`policy:${p}`, 'agency:ndrc', { kind: 'ISSUED_BY' });
  g.addEdge('policy:b', 'policy:a', { kind: 'BUILDS_ON' });
  g.addEdge('entry:x', 'policy:a', { kind: 'COVERS' });
  return g;
}

describe('network statistics', () => {
  it('measure policies and agencies only, over issuing and lineage', () => {
    const stats = computeStatistics(network());
    expect(stats.nodes).toBe(7);
    expect(stats.edges).toBe(6);
    expect(stats.values.degree.get('agency:miit')).toBe(3);
    expect(stats.values.degree.has('entry:x')).toBe(false);
    expect(topNodes(stats, 'pagerank', 1)[0]![0]).toBe('agency:miit');
    expect(topNodes(stats, 'betweenness', 1)[0]![0]).toBe('agency:miit');
  });

  it('find the two clusters as communities, and colour and size by them with a caption', () => {
    const g = network();
    const stats = computeStatistics(g);
    expect(stats.communities).toBe(2);
    expect(stats.community.get('policy:d')).toBe(stats.community.get('agency:ndrc'));
    expect(stats.community.get('policy:d')).not.toBe(stats.community.get('agency:miit'));
    const caption = applyStatistics(g, stats, 'pagerank', 'community', () => '#999');
    expect(caption).toBe('Size: PageRank in the network of 7 policies and agencies, 6 issuing and lineage links; colour: 2 Louvain communities');
    expect(g.getNodeAttribute('agency:miit', 'size')).toBeGreaterThan(g.getNodeAttribute('policy:e', 'size'));
    expect(g.getNodeAttribute('entry:x', 'size')).toBe(5);
    expect(g.getNodeAttribute('policy:d', 'color')).toBe(g.getNodeAttribute('agency:ndrc', 'color'));
    expect(g.getNodeAttribute('policy:d', 'color')).not.toBe(g.getNodeAttribute('agency:miit', 'color'));
  });
});
