/** Exporting the view as a picture (PNG), for Gephi (GEXF), or as graphology JSON: what the view hides stays out. */
import { downloadAsPNG } from '@sigma/export-image';
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import type Sigma from 'sigma';

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The visible part of the graph, with attributes Gephi can read (lists become text). */
function visibleGraph(graph: Graph, hidden: ReadonlySet<string>): Graph {
  const view = new Graph({ type: 'directed' });
  graph.forEachNode((key, a) => {
    if (hidden.has(key)) return;
    view.addNode(key, Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Array.isArray(v) ? v.join('; ') : v])));
  });
  graph.forEachEdge((key, a, source, target) => {
    if (view.hasNode(source) && view.hasNode(target)) view.addDirectedEdgeWithKey(key, source, target, { kind: a.kind });
  });
  return view;
}

export function attachExports(buttons: NodeListOf<HTMLButtonElement>, sigma: Sigma, graph: Graph, hidden: () => ReadonlySet<string>): void {
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const view = visibleGraph(graph, hidden());
      if (button.dataset.export === 'png') void downloadAsPNG(sigma, { fileName: 'policy-graph', backgroundColor: '#ffffff' });
      if (button.dataset.export === 'gexf') download('policy-graph.gexf', 'application/xml', writeGexf(view));
      if (button.dataset.export === 'json') download('policy-graph.json', 'application/json', JSON.stringify(view.export()));
    });
  }
}
