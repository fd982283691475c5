/** The agency network: co-issuers joined by the policies they share, and policies per agency and year. */
import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { agencyNetwork } from '../../web/src/co-issuing.ts';

describe('the agency network', () => {
  it('joins agencies that issue a policy together, weighted by how many they share', () => {
    const g = new DirectedGraph();
    for (const a of ['miit', 'ndrc', 'mof']) g.addNode(`agency:${a}`, { kind: 'Agency', label: a.toUpperCase() });
    const policy = (key: string, date: string | null, issuers: string[]) => {
      g.addNode(key, { kind: 'Policy', date });
      for (const a of issuers) g.addEdge(key, `agency:${a}`, { kind: 'ISSUED_BY' });
    };
    policy('policy:a', '2023-01-02', ['miit', 'ndrc']);
    policy('policy:b', '2024-05-06', ['miit', 'ndrc', 'mof']);
    policy('policy:c', '2024-07-08', ['miit']);
    policy('policy:d', null, ['mof']);
    const { graph, perYear } = agencyNetwork(g);
    expect(graph.getEdgeAttribute('agency:miit', 'agency:ndrc', 'weight')).toBe(2);
    expect(graph.getEdgeAttribute('agency:ndrc', 'agency:mof', 'weight')).toBe(1);
    expect(graph.getNodeAttribute('agency:miit', 'policies')).toBe(3);
    expect([...perYear.get('agency:miit')!]).toEqual([
      [2023, 1],
      [2024, 2],
    ]);
    expect(perYear.get('agency:mof')?.get(2024)).toBe(1);
  });
});
