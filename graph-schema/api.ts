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

/** A search result (`GET /api/search`): registry-known names first, then by full-text score. */
export interface SearchHit extends Neighbour {
  score: number;
}

/** A newsletter that states a node, with its sentences (and pages, for a PDF issue). */
export interface Provenance {
  newsletter: string;
  date: string | null;
  quotes: string[];
  pages?: number[];
}

/** A sentence that states a relation, with the issue it is in. */
export interface Evidence {
  quote: string;
  /** The newsletter's file name. */
  newsletter: string;
  /** The issue as analysts name it ("China Industries · 7 Dec 2021"). */
  title: string;
  date: string | null;
  /** The page of a PDF issue the sentence stands on. */
  page?: number;
  /** The entry whose text holds the sentence, to open it there. */
  entry?: string;
}

/** A neighbour in a node's panel, with what joins them: the evidence, and a lead issuer or a lineage relation. */
export interface LinkedNeighbour extends Neighbour {
  evidence: Evidence[];
  lead?: true;
  lineage?: { relation: string; cue: string };
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
  candidates: { key: string; title: string; similarity: number; reason: string }[];
  /** Neighbours grouped by relation ("ISSUED_BY:out"): a page of each, with the total. */
  neighbours: Record<string, { total: number; items: LinkedNeighbour[] }>;
  /** Where the node is stated: per newsletter, the quotes, and for a PDF the page of each. */
  provenance: Provenance[];
}

/** What one newsletter added to the graph (`kg digest`, `GET /api/changes`): the facts it is the first to state, by issue date. */
export interface Digest {
  newsletter: { key: string; source: string; date: string | null };
  newPolicies: { key: string; title: string; date: string | null; draft: boolean }[];
  newLineage: { from: { key: string; title: string }; to: { key: string; title: string }; relation: string; evidence: string }[];
  /** Bodies this issue is the first to report issuing anything. */
  firstActiveAgencies: { key: string; name: string }[];
  newTargets: { key: string; text: string; year: number | null; policy: string }[];
  /** Targets this issue states that fall due in its own year. */
  targetsDueThisYear: { key: string; text: string; year: number; policy: string }[];
  /** Disagreements this issue takes part in. */
  conflicts: { key: string; label: string; conflict: Conflict }[];
}

/** A newsletter in the store (`GET /api/newsletters`), newest first. */
export interface NewsletterSummary {
  key: string;
  source: string;
  date: string | null;
  label: string;
}

/** One step of a policy's lineage (`GET /api/policies/:key/lineage`), earlier or later, with its distance. */
export interface LineageStep {
  direction: 'ancestor' | 'descendant';
  title: string;
  date: string | null;
  depth: number;
  relations: string[];
  key?: string;
}

/** An agency's policies over time and its co-issuers (`GET /api/agencies/:key`). */
export interface AgencyView {
  policiesByYear: { year: number; count: number; policies: { key: string; title: string; date: string; coIssuers: string[] }[] }[];
  coIssuers: { agency: string; abbreviation: string | null; key: string; policies: number }[];
}

/**
 * A published edition (`kg publish`): everything the explorer asks the API for, answered ahead, so it
 * works from a static host or from file:// without Neo4j. The console is absent there.
 */
export interface Edition {
  /** When it was published (ISO date-time). */
  publishedAt: string;
  /** The laid-out graph, as `GET /api/graph` gives it (graphology's serialisation). */
  graph: {
    nodes: { key: string; attributes?: Record<string, unknown> }[];
    edges: { key?: string; source: string; target: string; attributes?: Record<string, unknown> }[];
  } & Record<string, unknown>;
  nodes: Record<string, NodeDetail>;
  lineage: Record<string, LineageStep[]>;
  agencies: Record<string, AgencyView>;
  newsletters: NewsletterSummary[];
  changes: Record<string, Digest>;
}
