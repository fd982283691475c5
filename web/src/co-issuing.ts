/** Who issues with whom: the data of the agency network, apart from its drawing (agency-network.ts). */
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph as Graph } from 'graphology-types';

export interface AgencyNetwork {
  graph: UndirectedGraph;
  /** Policies per agency and year, for the small multiples. */
  perYear: Map<string, Map<number, number>>;
}

const issuersOf = (graph: Graph, policy: string) =>
  graph.outEdges(policy).flatMap((e) => (graph.getEdgeAttribute(e, 'kind') === 'ISSUED_BY' ? [graph.target(e)] : []));

/** Co-issuing agencies, one edge per pair with the number of policies they share as its weight. */
export function agencyNetwork(graph: Graph): AgencyNetwork {
  const network = new UndirectedGraph();
  const perYear = new Map<string, Map<number, number>>();
  graph.forEachNode((policy, p) => {
    if (p.kind !== 'Policy') return;
    const issuers = [...new Set(issuersOf(graph, policy))];
    const year = typeof p.date === 'string' ? Number(p.date.slice(0, 4)) : null;
    for (const a of issuers) {
      if (!network.hasNode(a)) network.addNode(a, { label: String(graph.getNodeAttribute(a, 'label') ?? a), policies: 0 });
      network.updateNodeAttribute(a, 'policies', (n: number) => n + 1);
      if (year !== null) {
        const years = perYear.get(a) ?? new Map<number, number>();
        years.set(year, (years.get(year) ?? 0) + 1);
        perYear.set(a, years);
      }
    }
    for (let i = 0; i < issuers.length; i++) {
      for (let j = i + 1; j < issuers.length; j++) {
        network.updateEdge(issuers[i]!, issuers[j]!, (attr) => ({ ...attr, weight: ((attr.weight as number | undefined) ?? 0) + 1 }));
      }
    }
  });
  return { graph: network, perYear };
}
