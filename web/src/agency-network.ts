/**
 * The agency network: agencies joined by the policies they issue together, weighted by how many,
 * sized by how many policies each issued — and small multiples comparing chosen agencies' policies
 * per year. Built from the graph the explorer holds, drawn in a dialog with a sigma of its own.
 */
import type Graph from 'graphology';
import type { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { agencyNetwork } from './co-issuing.ts';
import { KIND_COLOURS } from './styles.ts';

/** Places agencies on a circle by name, then lets ForceAtlas2 pull co-issuers together: the same data, the same picture. */
function layOut(network: UndirectedGraph): void {
  const keys = network.nodes().sort();
  keys.forEach((key, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, keys.length);
    network.mergeNodeAttributes(key, { x: Math.cos(angle) * 100, y: Math.sin(angle) * 100 });
  });
  if (network.size > 0) forceAtlas2.assign(network, { iterations: 200, settings: { ...forceAtlas2.inferSettings(network), edgeWeightInfluence: 1 } });
  const most = Math.max(1, ...network.mapNodes((_k, a) => a.policies as number));
  network.forEachNode((key, a) => network.mergeNodeAttributes(key, { size: 4 + 16 * Math.sqrt((a.policies as number) / most), color: KIND_COLOURS.Agency }));
  const heaviest = Math.max(1, ...network.mapEdges((_e, a) => a.weight as number));
  network.forEachEdge((edge, a) => network.mergeEdgeAttributes(edge, { size: 1 + 5 * ((a.weight as number) / heaviest), color: '#e3a1aa' }));
}

const SVG = 'http://www.w3.org/2000/svg';

/** One small bar chart per agency, on one scale of years and counts, so they compare at a glance. */
export function smallMultiples(perYear: Map<string, Map<number, number>>, agencies: { key: string; label: string }[]): HTMLElement {
  const root = document.createElement('div');
  root.className = 'multiples';
  const years = [...new Set(agencies.flatMap((a) => [...(perYear.get(a.key)?.keys() ?? [])]))].sort();
  const most = Math.max(1, ...agencies.flatMap((a) => [...(perYear.get(a.key)?.values() ?? [])]));
  const [width, height, bar] = [160, 60, 160 / Math.max(1, years.length)];
  for (const a of agencies) {
    const figure = document.createElement('figure');
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${width} ${height + 12}`);
    svg.setAttribute('role', 'img');
    years.forEach((y, i) => {
      const n = perYear.get(a.key)?.get(y) ?? 0;
      const rect = document.createElementNS(SVG, 'rect');
      const h = (height * n) / most;
      Object.entries({ x: i * bar + 1, y: height - h, width: bar - 2, height: h, fill: KIND_COLOURS.Agency! }).forEach(([k, v]) =>
        rect.setAttribute(k, String(v)),
      );
      const title = document.createElementNS(SVG, 'title');
      title.textContent = `${a.label}, ${y}: ${n} polic${n === 1 ? 'y' : 'ies'}`;
      rect.append(title);
      const label = document.createElementNS(SVG, 'text');
      Object.entries({ x: i * bar + bar / 2, y: height + 10, 'text-anchor': 'middle', 'font-size': 7 }).forEach(([k, v]) => label.setAttribute(k, String(v)));
      label.textContent = String(y).slice(2);
      svg.append(rect, label);
    });
    const caption = document.createElement('figcaption');
    caption.textContent = a.label;
    figure.append(svg, caption);
    root.append(figure);
  }
  return root;
}

/** Opens the dialog with the network drawn, the strongest pairs listed, and the busiest agencies compared. */
export function attachAgencyNetwork(button: HTMLButtonElement, dialog: HTMLDialogElement, graph: Graph, choose: (key: string) => void): void {
  let sigma: Sigma | null = null;
  button.addEventListener('click', () => {
    const { graph: network, perYear } = agencyNetwork(graph);
    layOut(network);
    const canvas = document.createElement('div');
    canvas.className = 'agency-canvas';
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Close' });
    close.addEventListener('click', () => dialog.close());
    const pairs = network
      .mapEdges((_e, a, s, t) => ({ pair: `${network.getNodeAttribute(s, 'label')} + ${network.getNodeAttribute(t, 'label')}`, weight: a.weight as number }))
      .sort((x, y) => y.weight - x.weight || x.pair.localeCompare(y.pair))
      .slice(0, 8);
    const list = document.createElement('ol');
    list.className = 'pairs';
    for (const p of pairs)
      list.append(Object.assign(document.createElement('li'), { textContent: `${p.pair}: ${p.weight} polic${p.weight === 1 ? 'y' : 'ies'}` }));
    const busiest = network
      .mapNodes((key, a) => ({ key, label: a.label as string, policies: a.policies as number }))
      .sort((x, y) => y.policies - x.policies || x.label.localeCompare(y.label))
      .slice(0, 6);
    const heading = Object.assign(document.createElement('h2'), {
      textContent: `Agency network: ${network.order} agencies, ${network.size} co-issuing pairs (line width: policies issued together; node size: policies issued)`,
    });
    const head = Object.assign(document.createElement('header'), { className: 'dialog-head' });
    head.append(heading, close);
    dialog.replaceChildren(
      head,
      canvas,
      Object.assign(document.createElement('h3'), { textContent: 'Most frequent co-issuers' }),
      list,
      Object.assign(document.createElement('h3'), { textContent: 'Policies per year of the busiest agencies' }),
      smallMultiples(perYear, busiest),
    );
    dialog.showModal();
    sigma?.kill();
    sigma = new Sigma(network, canvas, { labelRenderedSizeThreshold: 0 });
    sigma.on('clickNode', ({ node }) => {
      dialog.close();
      choose(node);
    });
  });
  dialog.addEventListener('close', () => {
    sigma?.kill();
    sigma = null;
  });
}
