/**
 * The server's layout: ForceAtlas2 from positions derived from each node's key, so the same data
 * always gives the same picture. Large graphs get fewer iterations — a first picture, which the
 * explorer can refine in the browser — and the work runs in a worker thread, so the API keeps
 * answering while a big graph is laid out.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { AbstractGraph as Graph } from 'graphology-types';
import forceAtlas2Module from 'graphology-layout-forceatlas2';

// The package is CommonJS: at run time the default import is the layout itself, which TypeScript's view misses.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/** Node → [x, y, size]. */
export type Positions = Record<string, [number, number, number]>;

/** 150 iterations up to 3,000 nodes, then fewer as the graph grows (each costs ~10 ms per 1,000 nodes), never under 30. */
export function iterationsFor(order: number): number {
  return Math.round(Math.min(150, Math.max(30, (150 * 3000) / Math.max(1, order))));
}

/** A point in a disc of radius 100 picked by the key's hash: spread like a random start, yet the same every time. */
function startOf(key: string): [number, number] {
  const h = createHash('sha1').update(key).digest();
  const r = 100 * Math.sqrt(h.readUInt32BE(0) / 2 ** 32);
  const angle = (2 * Math.PI * h.readUInt32BE(4)) / 2 ** 32;
  return [r * Math.cos(angle), r * Math.sin(angle)];
}

/**
 * ForceAtlas2 from `start` where a node has a place there (the previous layout, so a load moves what
 * was already drawn little), else from the key's place; warm starts need a fifth of the iterations.
 */
export function layout(graph: Graph, iterations = iterationsFor(graph.order), start: Positions = {}): Positions {
  let warm = 0;
  graph.forEachNode((key) => {
    const known = start[key];
    if (known) warm += 1;
    const [x, y] = known ? [known[0], known[1]] : startOf(key);
    graph.mergeNodeAttributes(key, { x, y, size: 3 + Math.sqrt(graph.degree(key)) * 2 });
  });
  if (warm > graph.order / 2) iterations = Math.max(10, Math.round(iterations / 5));
  if (graph.order > 1) forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 } });
  const positions: Positions = {};
  graph.forEachNode((key, a) => (positions[key] = [a.x, a.y, a.size]));
  return positions;
}

/** `layout` in a worker thread, warm-started from `start`; the positions are written onto the graph and returned. */
export async function layoutOffThread(graph: Graph, start: Positions = {}): Promise<Positions> {
  const worker = new Worker(new URL('./layout-worker-entry.js', import.meta.url), {
    // Sorted, so the picture does not depend on the order the store returned things in.
    workerData: { nodes: graph.nodes().sort(), edges: graph.mapEdges((_e, _a, source, target) => [source, target]).sort(), start },
  });
  const positions = await new Promise<Positions>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the layout worker stopped (exit code ${code})`)));
  });
  await worker.terminate();
  placeNodes(graph, positions);
  return positions;
}

/** Writes positions onto the graph's nodes; false when some node has none. */
export function placeNodes(graph: Graph, positions: Positions): boolean {
  let all = true;
  graph.forEachNode((key) => {
    const place = positions[key];
    if (place) graph.mergeNodeAttributes(key, { x: place[0], y: place[1], size: place[2] });
    else all = false;
  });
  return all;
}
