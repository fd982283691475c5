/**
 * Whether a serialised graph keeps the contract beyond its zod shape: every key names its kind,
 * every edge joins nodes that exist and are of the kinds its kind allows, edge keys are what the
 * graph would give them, and no value is outsized. The extractor's output and a `kg load --graph`
 * file are checked alike, before anything is written.
 */
import { EDGE_ENDPOINTS, type SerializedGraph } from '../../graph-schema/schema.ts';
import { edgeKey } from './facts.ts';
import { kindOfKey } from './keys.ts';

export const LIMITS = {
  keyLength: 300,
  /** An entry's whole text is the longest value the extractor writes; newsletters are at most 5 MB. */
  stringLength: 1_000_000,
  listLength: 100_000,
};

function outsized(value: unknown): string | null {
  if (typeof value === 'string' && value.length > LIMITS.stringLength) return `a text of ${value.length} characters (at most ${LIMITS.stringLength})`;
  if (Array.isArray(value)) {
    if (value.length > LIMITS.listLength) return `a list of ${value.length} items (at most ${LIMITS.listLength})`;
    for (const v of value) {
      const problem = outsized(v);
      if (problem) return problem;
    }
  }
  return null;
}

function attributeProblems(where: string, attributes: Record<string, unknown>): string[] {
  return Object.entries(attributes).flatMap(([name, value]) => {
    const problem = name === 'sources' ? null : outsized(value);
    return problem ? [`${where}: ${name} is ${problem}`] : [];
  });
}

/** Every breach, each naming the node or edge; at most `max` of them. */
export function contractBreaches(graph: SerializedGraph, max = 20): string[] {
  const breaches: string[] = [];
  const kindOf = new Map<string, string>();
  for (const { key, attributes } of graph.nodes) {
    kindOf.set(key, attributes.kind);
    if (key.length > LIMITS.keyLength) breaches.push(`node ${key.slice(0, 60)}…: the key is longer than ${LIMITS.keyLength} characters`);
    if (kindOfKey(key) !== attributes.kind) breaches.push(`node ${key}: a key of this form is not a ${attributes.kind}'s`);
    breaches.push(...attributeProblems(`node ${key}`, attributes));
    if (breaches.length >= max) return breaches.slice(0, max);
  }
  for (const { key, source, target, attributes } of graph.edges) {
    const [from, to] = [kindOf.get(source), kindOf.get(target)];
    const missing = [source, target].filter((k) => !kindOf.has(k));
    if (missing.length > 0) breaches.push(`edge ${key}: ${missing.join(' and ')} ${missing.length > 1 ? 'are not nodes' : 'is not a node'} of the graph`);
    else if (!(EDGE_ENDPOINTS[attributes.kind].from as string[]).includes(from!) || !(EDGE_ENDPOINTS[attributes.kind].to as string[]).includes(to!)) {
      breaches.push(`edge ${key}: ${attributes.kind} does not join ${from} to ${to}`);
    }
    if (key !== edgeKey(attributes.kind, source, target)) breaches.push(`edge ${key}: the key should be ${edgeKey(attributes.kind, source, target)}`);
    breaches.push(...attributeProblems(`edge ${key}`, attributes));
    if (breaches.length >= max) return breaches.slice(0, max);
  }
  for (const item of [...graph.nodes, ...graph.edges]) {
    for (const s of item.attributes.sources) {
      if (s.end < s.start) breaches.push(`${item.key}: a source span ends (${s.end}) before it starts (${s.start})`);
    }
    if (breaches.length >= max) break;
  }
  return breaches.slice(0, max);
}
