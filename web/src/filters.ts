/**
 * Filters pivot on policies: a policy passes when it is issued by the chosen agency, is in the chosen
 * sector and is dated within the chosen months; the view then holds the passing policies and their
 * neighbours. Pure functions of the graph, so the timeline and the canvas agree.
 */
import type { AbstractGraph as Graph } from 'graphology-types';

export interface Filters {
  /** Agencies' keys, comma-separated ("agency:miit,agency:ndrc"): a policy any of them issued passes. */
  agency: string | null;
  /** Sectors' keys, comma-separated: a policy in any of them passes. */
  sector: string | null;
  /** First and last month, "YYYY-MM", both included. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: Filters = { agency: null, sector: null, from: null, to: null };

export const isFiltering = (f: Filters): boolean => Boolean(f.agency || f.sector || f.from || f.to);

const monthOf = (graph: Graph, policy: string): string | null => {
  const date = graph.getNodeAttribute(policy, 'date');
  return typeof date === 'string' && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
};

const linkedTo = (graph: Graph, policy: string, key: string): boolean => graph.hasNode(key) && graph.hasDirectedEdge(policy, key);

/** The keys a filter holds. */
export const chosenKeys = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

/** A filter with `key` added, or taken away when it was there. */
export function toggledKey(value: string | null, key: string): string | null {
  const keys = chosenKeys(value);
  const next = keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key];
  return next.length > 0 ? next.join(',') : null;
}

const linkedToAny = (graph: Graph, policy: string, value: string | null) => !value || chosenKeys(value).some((key) => linkedTo(graph, policy, key));

/** Whether a policy passes the agency and sector filters (the months are checked apart, for the timeline). */
function passesTopics(graph: Graph, policy: string, f: Filters): boolean {
  return linkedToAny(graph, policy, f.agency) && linkedToAny(graph, policy, f.sector);
}

function passesMonths(month: string | null, f: Filters): boolean {
  if (!f.from && !f.to) return true;
  return month !== null && (!f.from || month >= f.from) && (!f.to || month <= f.to);
}

const policies = (graph: Graph) => graph.filterNodes((_k, a) => a.kind === 'Policy');

/** The policies that pass every filter. */
export function matchingPolicies(graph: Graph, f: Filters): string[] {
  return policies(graph).filter((p) => passesTopics(graph, p, f) && passesMonths(monthOf(graph, p), f));
}

/** The nodes the filters keep — passing policies and their neighbours — or null when nothing is filtered. */
export function nodesInFilter(graph: Graph, f: Filters): Set<string> | null {
  if (!isFiltering(f)) return null;
  const kept = new Set<string>();
  for (const p of matchingPolicies(graph, f)) {
    kept.add(p);
    graph.forEachNeighbor(p, (n) => kept.add(n));
  }
  return kept;
}

export interface MonthCount {
  month: string;
  count: number;
}

/** Policies per month, every month from the first dated policy to the last, after the agency and sector filters. */
export function policiesPerMonth(graph: Graph, f: Filters): MonthCount[] {
  const counts = new Map<string, number>();
  for (const p of policies(graph)) {
    const month = monthOf(graph, p);
    if (month && passesTopics(graph, p, f)) counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const all = [...policies(graph)]
    .map((p) => monthOf(graph, p))
    .filter((m): m is string => m !== null)
    .sort();
  if (all.length === 0) return [];
  const months: MonthCount[] = [];
  for (let m = all[0]!; m <= all[all.length - 1]!; m = nextMonth(m)) months.push({ month: m, count: counts.get(m) ?? 0 });
  return months;
}

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export interface Choice {
  key: string;
  label: string;
  policies: number;
}

/** The agencies or sectors policies link to, most policies first. */
export function choices(graph: Graph, kind: 'Agency' | 'Sector'): Choice[] {
  const out: Choice[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind !== kind) return;
    const n = graph.inNeighbors(key).filter((p) => graph.getNodeAttribute(p, 'kind') === 'Policy').length;
    if (n > 0) out.push({ key, label: String(a.label ?? key), policies: n });
  });
  return out.sort((a, b) => b.policies - a.policies || a.label.localeCompare(b.label));
}
