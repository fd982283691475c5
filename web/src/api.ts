/** The explorer's view of the HTTP API: typed fetches, errors as exceptions with the server's message. */
import type { SerializedGraph } from 'graphology-types';

import type { Digest, Neighbour, NewsletterSummary, NodeDetail } from '../../graph-schema/api.ts';

export type { Conflict, Digest, LinkedNeighbour, Neighbour, NewsletterSummary, NodeDetail } from '../../graph-schema/api.ts';

export interface SearchHit extends Neighbour {
  score: number;
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  /** Neo4j's notifications while planning: an unknown label, a cartesian product… */
  warnings?: { code: string; title: string; description: string; line?: number; column?: number }[];
  graph: { nodes: { key: string }[]; edges: { key: string }[] };
}

export interface SavedQuery {
  name: string;
  title: string;
  description: string;
  params: { name: string; type: string; default: unknown; description: string }[];
  /** The query's text, shown in the editor to read and change. */
  cypher: string;
}

export interface LineageStep {
  direction: 'ancestor' | 'descendant';
  title: string;
  date: string | null;
  depth: number;
  relations: string[];
  key?: string;
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

export const api = {
  graph: () => getJson<SerializedGraph>('/api/graph'),
  newsletters: () => getJson<NewsletterSummary[]>('/api/newsletters'),
  changes: (newsletter: string) => getJson<Digest>(`/api/changes?newsletter=${encodeURIComponent(newsletter)}`),
  node: (key: string, limit = 50) => getJson<NodeDetail>(`/api/nodes/${encodeURIComponent(key)}?limit=${limit}`),
  search: (q: string) => getJson<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}&limit=10`).then((r) => r.results),
  savedQueries: () => getJson<SavedQuery[]>('/api/queries'),
  cypher: (query: string, params: Record<string, unknown> = {}) => post<QueryResult>('/api/cypher', { query, params }),
  runSaved: (name: string, params: Record<string, unknown>) => post<QueryResult>(`/api/queries/${encodeURIComponent(name)}/run`, { params }),
  lineage: (key: string) => getJson<{ lineage: LineageStep[] }>(`/api/policies/${encodeURIComponent(key)}/lineage`).then((r) => r.lineage),
  agency: (key: string) =>
    getJson<{
      policiesByYear: { year: number; count: number; policies: { title: string; date: string }[] }[];
      coIssuers: { agency: string; abbreviation: string | null; policies: number }[];
    }>(`/api/agencies/${encodeURIComponent(key)}`),
};

function post<T>(path: string, body: unknown): Promise<T> {
  return getJson<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
