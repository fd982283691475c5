/** The explorer's view of the HTTP API: typed fetches, errors as exceptions with the server's message. */
import type { SerializedGraph } from 'graphology-types';

import type { AgencyView, Digest, Edition, LineageStep, NewsletterSummary, NodeDetail, SearchHit } from '../../graph-schema/api.ts';
import type { ResultGraph } from './result-overlay.ts';

export type {
  AgencyView,
  Conflict,
  Digest,
  Edition,
  LineageStep,
  LinkedNeighbour,
  Neighbour,
  NewsletterSummary,
  NodeDetail,
  SearchHit,
} from '../../graph-schema/api.ts';

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  /** Neo4j's notifications while planning: an unknown label, a cartesian product… */
  warnings?: { code: string; title: string; description: string; line?: number; column?: number }[];
  graph: ResultGraph;
}

export interface SavedQuery {
  name: string;
  title: string;
  description: string;
  params: { name: string; type: string; default: unknown; description: string }[];
  /** The query's text, shown in the editor to read and change. */
  cypher: string;
}

/**
 * The API token of a server that listens beyond loopback, given once as /#token=… and kept for the
 * tab's life; it is taken off the address so that it is not shared with a link.
 */
function apiToken(): string | null {
  const given = new URLSearchParams(location.hash.slice(1)).get('token');
  if (given) {
    sessionStorage.setItem('kg-api-token', given);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }
  return sessionStorage.getItem('kg-api-token');
}
const token = apiToken();

async function getJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(path, { ...init, headers });
  const body = await res.json();
  if (!res.ok) throw new Error(body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

const httpApi = {
  graph: () => getJson<SerializedGraph>('/api/graph'),
  newsletters: () => getJson<NewsletterSummary[]>('/api/newsletters'),
  changes: (newsletter: string) => getJson<Digest>(`/api/changes?newsletter=${encodeURIComponent(newsletter)}`),
  node: (key: string, limit = 50) => getJson<NodeDetail>(`/api/nodes/${encodeURIComponent(key)}?limit=${limit}`),
  search: (q: string) => getJson<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}&limit=10`).then((r) => r.results),
  savedQueries: () => getJson<SavedQuery[]>('/api/queries'),
  cypher: (query: string, params: Record<string, unknown> = {}) => post<QueryResult>('/api/cypher', { query, params }),
  runSaved: (name: string, params: Record<string, unknown>) => post<QueryResult>(`/api/queries/${encodeURIComponent(name)}/run`, { params }),
  lineage: (key: string) => getJson<{ lineage: LineageStep[] }>(`/api/policies/${encodeURIComponent(key)}/lineage`).then((r) => r.lineage),
  agency: (key: string) => getJson<AgencyView>(`/api/agencies/${encodeURIComponent(key)}`),
};

export type Api = typeof httpApi;

/** A published edition (`kg publish`) sets this before the explorer starts: then nothing is fetched. */
export const edition: Edition | null = (globalThis as { __KG_EDITION__?: Edition }).__KG_EDITION__ ?? null;

/** Why the console is absent from a published edition. */
export const NO_CONSOLE =
  'This is a published edition: it carries the graph but no database, so Cypher cannot run here. Use the explorer served by "kg start" for the console.';

/** The edition's answers to what the API would be asked; the console's calls are refused. */
function editionApi(e: Edition): Api {
  const missing = (what: string) => Promise.reject(new Error(`${what} is not in this edition`));
  const refuse = () => Promise.reject(new Error(NO_CONSOLE));
  return {
    graph: async () => e.graph as unknown as SerializedGraph,
    newsletters: async () => e.newsletters,
    changes: (newsletter) => (e.changes[newsletter] ? Promise.resolve(e.changes[newsletter]) : missing(`newsletter ${newsletter}`)),
    node: (key) => (e.nodes[key] ? Promise.resolve(e.nodes[key]) : missing(`node ${key}`)),
    search: async (q) => searchEdition(e, q),
    savedQueries: async () => [],
    cypher: refuse,
    runSaved: refuse,
    lineage: async (key) => e.lineage[key] ?? [],
    agency: (key) => (e.agencies[key] ? Promise.resolve(e.agencies[key]) : missing(`agency ${key}`)),
  };
}

/** Search without the full-text index: exact name or abbreviation first, then names that start with the words, then that hold them. */
export function searchEdition(e: Edition, q: string): SearchHit[] {
  const words = q.toLowerCase().trim();
  if (!words) return [];
  const hits: SearchHit[] = [];
  for (const [key, n] of Object.entries(e.nodes)) {
    const names = [n.label, n.properties.title, n.properties.titleZh, n.properties.name, n.properties.nameZh, n.properties.abbreviation]
      .filter((v): v is string => typeof v === 'string')
      .map((v) => v.toLowerCase());
    const score = names.some((v) => v === words) ? 3 : names.some((v) => v.startsWith(words)) ? 2 : names.some((v) => v.includes(words)) ? 1 : 0;
    if (score > 0) hits.push({ key, kind: n.kind, label: n.label, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label)).slice(0, 10);
}

export const api: Api = edition ? editionApi(edition) : httpApi;

function post<T>(path: string, body: unknown): Promise<T> {
  return getJson<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
