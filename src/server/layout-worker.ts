/** The worker thread of `layoutOffThread`: builds the bare graph, lays it out, sends the positions back. */
import { parentPort, workerData } from 'node:worker_threads';
import { MultiDirectedGraph } from 'graphology';
import { layout } from './layout.ts';

const { nodes, edges } = workerData as { nodes: string[]; edges: [string, string][] };
const graph = new MultiDirectedGraph();
for (const key of nodes) graph.addNode(key);
for (const [source, target] of edges) graph.addDirectedEdge(source, target);
parentPort!.postMessage(layout(graph));
