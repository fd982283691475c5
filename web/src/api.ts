/** The explorer's view of the HTTP API: typed fetches, errors as exceptions with the server's message. */
import type { SerializedGraph } from 'graphology-types';

export interface Neighbour {
  key: string;
  kind: string;
  label: string;
}

export interface NodeDetail {
  key: string;
  kind: string;
  label: string;
  properties: Record<string, unknown>;
  neighbours: Record<string, { total: number; items: Neighbour[] }>;
  provenance: { newsletter: string; date: string | null; quotes: string[] }[];
}

export interface SearchHit extends Neighbour {
  score: number;
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path);
  const body = await res.json();
  if (!res.ok) throw new Error(body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export const api = {
  graph: () => getJson<SerializedGraph>('/api/graph'),
  node: (key: string) => getJson<NodeDetail>(`/api/nodes/${encodeURIComponent(key)}?limit=50`),
  search: (q: string) => getJson<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}&limit=10`).then((r) => r.results),
};
