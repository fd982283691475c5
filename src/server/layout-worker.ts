/** The worker thread of `layoutOffThread`: builds the bare graph, lays it out, sends the positions back. */
import { parentPort, workerData } from 'node:worker_threads';
import { MultiDirectedGraph } from 'graphology';
import { layout, type Positions } from './layout.ts';

const { nodes, edges, start } = workerData as { nodes: string[]; edges: [string, string][]; start?: Positions };
const graph = new MultiDirectedGraph();
for (const key of nodes) graph.addNode(key);
for (const [source, target] of edges) graph.addDirectedEdge(source, target);
parentPort!.postMessage(layout(graph, undefined, start ?? {}));
