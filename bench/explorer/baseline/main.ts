/**
 * The explorer benchmark's baseline: the graph JSON the API serves (positions included), fetched as a
 * static file and drawn by sigma with default settings, marking the first frame as the explorer does.
 */
import Graph from 'graphology';
import Sigma from 'sigma';

const response = await fetch('./graph.json');
const graph = Graph.from(await response.json());
graph.forEachNode((key, a) => graph.mergeNodeAttributes(key, { size: a.size ?? 4, color: '#2457c5' }));
const sigma = new Sigma(graph, document.getElementById('canvas')!);
// Sigma may draw within its constructor, before a listener could hear it: the frame is then shown on
// the next animation frame. Whichever comes first marks it, once.
const mark = () => performance.getEntriesByName('policy-graph:first-frame').length === 0 && performance.mark('policy-graph:first-frame');
sigma.once('afterRender', mark);
requestAnimationFrame(mark);
