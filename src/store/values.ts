/** Between JavaScript and Neo4j values: integers as Neo4j integers going in, plain JSON coming out. */
import neo4j, { isDate, isDateTime, isInt, isNode, isRelationship, isPath } from 'neo4j-driver';
import type { Conflict } from '../../graph-schema/kinds.ts';

/**
 * Properties the store keeps for itself, never shown as a node's facts: relationship provenance, and
 * on a Newsletter the digest and edge keys of its last load and its statements (its facts before
 * resolution, JSON), from which every later load re-resolves it; and on every node its place in the
 * explorer's picture (layout.ts).
 */
export const STORE_INTERNAL = new Set([
  'sourceFiles',
  'sourceStarts',
  'sourceEnds',
  'sourceQuotes',
  'sourcePages',
  'sourceBoxes',
  'factDigest',
  'edgeKeys',
  'loadedAt',
  'statements',
  'layout',
]);

/**
 * Node properties that are lists of records (a policy's conflicts and merge candidates): Neo4j has no
 * nested maps, so each record is kept as one JSON string.
 */
export const RECORD_LISTS = new Set(['conflicts', 'candidates']);

export function encodeRecords(records: readonly object[]): string[] {
  return records.map((c) => JSON.stringify(c));
}

export function decodeRecords<T>(stored: unknown): T[] {
  return Array.isArray(stored) ? stored.map((c) => JSON.parse(String(c)) as T) : [];
}

export const decodeConflicts = (stored: unknown): Conflict[] => decodeRecords<Conflict>(stored);

/** A JS integer goes as a Neo4j integer (the driver would send a float); lists are converted item by item. */
export function toNeo4j(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  return value;
}

/** A value read from Neo4j as plain JSON: integers as numbers, dates as ISO strings, nodes as their properties. */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDate(value as object) || isDateTime(value as object)) return String(value);
  if (isNode(value as object)) {
    const n = value as { labels: string[]; properties: Record<string, unknown> };
    return fromNeo4j(n.properties);
  }
  if (isRelationship(value as object)) {
    const r = value as { type: string; properties: Record<string, unknown> };
    return { type: r.type, ...(fromNeo4j(r.properties) as object) };
  }
  if (isPath(value as object)) {
    const p = value as { segments: { start: unknown; relationship: unknown; end: unknown }[] };
    return p.segments.map((s) => ({ start: fromNeo4j(s.start), relationship: fromNeo4j(s.relationship), end: fromNeo4j(s.end) }));
  }
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, fromNeo4j(v)]));
  return value;
}
