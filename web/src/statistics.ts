/**
 * Network statistics as Gephi Lite offers them, with graphology's own packages: degree, PageRank and
 * betweenness of policies and agencies, and Louvain communities. They are measured on the network of
 * policies and agencies joined by issuing and lineage (entries, targets and newsletters would only
 * measure how much a newsletter wrote), and the picture can be sized and coloured by any of them.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph as Graph } from 'graphology-types';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';

export const SIZE_MEASURES = ['degree', 'pagerank', 'betweenness'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];
export type ColourMeasure = 'kind' | 'community';

const MEASURED_KINDS = new Set(['Policy', 'Agency']);
const MEASURED_RELATIONS = new Set(['ISSUED_BY', 'BUILDS_ON']);

export interface Statistics {
  values: Record<SizeMeasure, Map<string, number>>;
  community: Map<string, number>;
  communities: number;
  nodes: number;
  edges: number;
}

/** The network the measures are taken on: policies and agencies, joined by issuing and lineage. */
function measuredNetwork(graph: Graph): Graph {
  const network = new DirectedGraph();
  graph.forEachNode((key, a) => {
    if (MEASURED_KINDS.has(a.kind as string)) network.addNode(key);
  });
  graph.forEachEdge((_e, a, source, target) => {
    if (MEASURED_RELATIONS.has(a.kind as string) && network.hasNode(source) && network.hasNode(target)) network.mergeEdge(source, target);
  });
  return network;
}

export function computeStatistics(graph: Graph): Statistics {
  const network = measuredNetwork(graph);
  const undirected = new UndirectedGraph();
  network.forEachNode((key) => undirected.addNode(key));
  network.forEachEdge((_e, _a, source, target) => undirected.mergeEdge(source, target));
  const community = new Map(Object.entries(network.size > 0 ? louvain(undirected, { randomWalk: false }) : {}));
  const degree = new Map(network.mapNodes((key) => [key, network.degree(key)] as const));
  return {
    values: {
      degree,
      pagerank: new Map(Object.entries(network.size > 0 ? pagerank(network, { getEdgeWeight: null }) : {})),
      betweenness: new Map(Object.entries(betweenness(network, { normalized: true }))),
    },
    community,
    communities: new Set(community.values()).size,
    nodes: network.order,
    edges: network.size,
  };
}

/** A qualitative palette for communities; beyond it colours repeat, which the caption says. */
const COMMUNITY_COLOURS = ['#2457c5', '#d1495b', '#edae49', '#00798c', '#8d6cab', '#3c8d2f', '#c05621', '#5f6b7a', '#b83280', '#2c7a7b'];

const MEASURE_NAMES: Record<SizeMeasure, string> = { degree: 'degree', pagerank: 'PageRank', betweenness: 'betweenness' };

/**
 * Sizes (and optionally colours) the measured nodes by a statistic, between the sizes the layout gave
 * as the smallest and largest; other nodes keep theirs. Returns the caption that says what is shown.
 */
export function applyStatistics(graph: Graph, stats: Statistics, size: SizeMeasure, colour: ColourMeasure, kindColour: (kind: string) => string): string {
  const values = stats.values[size];
  const max = Math.max(0, ...values.values());
  graph.forEachNode((key, a) => {
    if (a.baseSize === undefined) graph.setNodeAttribute(key, 'baseSize', a.size ?? 4);
    const v = values.get(key);
    const base = graph.getNodeAttribute(key, 'baseSize') as number;
    graph.setNodeAttribute(key, 'size', v === undefined ? base : 3 + 17 * (max > 0 ? Math.sqrt(v / max) : 0));
    const c = stats.community.get(key);
    graph.setNodeAttribute(
      key,
      'color',
      colour === 'community' && c !== undefined ? COMMUNITY_COLOURS[c % COMMUNITY_COLOURS.length]! : kindColour(a.kind as string),
    );
  });
  const network = `${stats.nodes} policies and agencies, ${stats.edges} issuing and lineage links`;
  const colouring =
    colour === 'community'
      ? `; colour: ${stats.communities} Louvain communities${stats.communities > COMMUNITY_COLOURS.length ? ` (${COMMUNITY_COLOURS.length} colours, repeating)` : ''}`
      : '; colour: kind';
  return `Size: ${MEASURE_NAMES[size]} in the network of ${network}${colouring}`;
}

/** The highest-ranked nodes by a measure, for the caption's list. */
export function topNodes(stats: Statistics, measure: SizeMeasure, n: number): [string, number][] {
  return [...stats.values[measure]].sort((a, b) => b[1] - a[1]).slice(0, n);
}
