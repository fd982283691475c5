/**
 * The shapes the HTTP API answers with, shared by the server (src/server) and the explorer (web/):
 * one declaration, so the two cannot drift. Types only, no runtime code.
 */
import type { Conflict } from './kinds.ts';

export type { Conflict } from './kinds.ts';

export interface Neighbour {
  key: string;
  kind: string;
  label: string;
}

/** One node as the explorer's panel shows it. */
export interface NodeDetail {
  key: string;
  kind: string;
  label: string;
  properties: Record<string, unknown>;
  /** Attributes the newsletters disagree on: every value with its newsletters, and the one chosen. */
  conflicts: Conflict[];
  /** For a policy: others that may be the same document, for a person to judge with `kg resolve --same/--not-same`. */
  candidates: { key: string; similarity: number; reason: string }[];
  /** Neighbours grouped by relation ("ISSUED_BY:out"): a page of each, with the total. */
  neighbours: Record<string, { total: number; items: Neighbour[] }>;
  provenance: { newsletter: string; date: string | null; quotes: string[] }[];
}
