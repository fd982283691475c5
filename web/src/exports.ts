/**
 * Exporting the view as a picture (PNG at twice the screen's size, with legend, caption and
 * attribution), for Gephi (GEXF 1.3), or as graphology JSON: what the view hides stays out, every
 * attribute the explorer holds goes in.
 */
import { drawOnCanvas } from '@sigma/export-image';
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import { KIND_COLOURS } from './styles.ts';

/** Attributes that only say how sigma draws an element, not what it is. */
const DRAWING = new Set(['color', 'size', 'type', 'hidden', 'forceLabel', 'highlighted', 'baseSize', 'zIndex']);

const ATTRIBUTION = 'Data: MERICS China Industries newsletters, read by policy-graph';

function download(name: string, type: string, content: string | Blob): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** An element's attributes as Gephi can read them: lists become text, drawing settings stay behind (positions stay). */
function readable(attributes: Record<string, unknown>, keepDrawing: boolean): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attributes)
      .filter(([k, v]) => v !== null && v !== undefined && (keepDrawing || !DRAWING.has(k)))
      .map(([k, v]) => [
        k,
        Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('; ') : typeof v === 'object' ? JSON.stringify(v) : v,
      ]),
  );
}

/** The visible part of the graph, with every attribute: relation, lead, evidence, the newsletters behind each edge. */
function visibleGraph(graph: Graph, hidden: ReadonlySet<string>, caption: string): Graph {
  const view = new Graph({ type: 'directed' });
  view.mergeAttributes({ creator: 'policy-graph', description: caption, lastModifiedDate: new Date().toISOString().slice(0, 10) });
  graph.forEachNode((key, a) => {
    // Gephi reads x, y, size and colour as the node's place and look.
    if (!hidden.has(key)) view.addNode(key, readable(a, true));
  });
  graph.forEachEdge((key, a, source, target) => {
    if (view.hasNode(source) && view.hasNode(target)) view.addDirectedEdgeWithKey(key, source, target, readable(a, false));
  });
  return view;
}

/** The picture at twice the screen's size, with the caption above and the legend and attribution below. */
async function picture(sigma: Sigma, graph: Graph, hidden: ReadonlySet<string>, caption: string): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const scale = 2;
  const drawn = await drawOnCanvas(sigma, {
    width: width * scale,
    height: height * scale,
    backgroundColor: '#ffffff',
    sigmaSettings: { labelSize: 14 * scale, labelRenderedSizeThreshold: 8 * scale },
  });
  const band = 28 * scale;
  const out = Object.assign(document.createElement('canvas'), { width: drawn.width, height: drawn.height + 2 * band });
  const ctx = out.getContext('2d')!;
  const unit = drawn.width / (width * scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(drawn, 0, band);
  ctx.fillStyle = '#30343f';
  ctx.font = `${13 * scale * unit}px sans-serif`;
  ctx.fillText(caption, 10 * scale * unit, band * 0.65, out.width - 20 * scale * unit);
  const counts = new Map<string, number>();
  graph.forEachNode((key, a) => {
    if (!hidden.has(key)) counts.set(String(a.kind), (counts.get(String(a.kind)) ?? 0) + 1);
  });
  let x = 10 * scale * unit;
  const y = band + drawn.height + band * 0.55;
  ctx.font = `${11 * scale * unit}px sans-serif`;
  for (const [kind, n] of [...counts].sort()) {
    ctx.fillStyle = KIND_COLOURS[kind] ?? '#999';
    ctx.beginPath();
    ctx.arc(x + 5 * scale * unit, y - 4 * scale * unit, 5 * scale * unit, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#30343f';
    const label = `${kind} (${n})`;
    ctx.fillText(label, x + 14 * scale * unit, y);
    x += ctx.measureText(label).width + 30 * scale * unit;
  }
  ctx.fillStyle = '#5b6478';
  ctx.textAlign = 'right';
  ctx.fillText(ATTRIBUTION, out.width - 10 * scale * unit, y);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be made'))), 'image/png'));
}

/** `caption` says what the view shows (filters, hidden kinds) and when: it goes on the picture and into the files. */
export function attachExports(
  buttons: NodeListOf<HTMLButtonElement>,
  sigma: Sigma,
  graph: Graph,
  hidden: () => ReadonlySet<string>,
  caption: () => string,
): void {
  for (const button of buttons) {
    button.addEventListener('click', async () => {
      const shown = hidden();
      const text = caption();
      if (button.dataset.export === 'png') download('policy-graph.png', 'image/png', await picture(sigma, graph, shown, text));
      if (button.dataset.export === 'gexf') download('policy-graph.gexf', 'application/xml', writeGexf(visibleGraph(graph, shown, text), { version: '1.3' }));
      if (button.dataset.export === 'json') download('policy-graph.json', 'application/json', JSON.stringify(visibleGraph(graph, shown, text).export()));
    });
  }
}
