/**
 * One node as the explorer's panel shows it: its properties, its neighbours grouped by relation
 * (a page of each, with the total, so a hub can be paged) and its provenance — in one query.
 */
import neo4j from 'neo4j-driver';
import { kindOfKey } from '../graph/keys.ts';
import type { Store } from '../store/connect.ts';
import { decodeConflicts, decodeRecords, fromNeo4j, STORE_INTERNAL } from '../store/values.ts';
import type { NodeDetail } from '../../graph-schema/api.ts';
import { labelOf } from '../../graph-schema/kinds.ts';

/** The node a key names, or null when there is none. */
export async function readNodeDetail(store: Store, key: string, page: { offset: number; limit: number }): Promise<NodeDetail | null> {
  // The key's prefix names the label, so the match uses the label's key index, not a scan.
  const label = kindOfKey(key);
  if (!label) return null;
  // Properties are read for the page only: a hub has thousands of neighbours.
  const { records } = await store.driver.executeQuery(
    `MATCH (n:${label} {key: $key})
     CALL (n) {
       MATCH (n)-[r]-(m) WHERE NOT r:SUPPORTS
       WITH type(r) + CASE WHEN startNode(r) = n THEN ':out' ELSE ':in' END AS relation, m, r ORDER BY m.key
       WITH relation, collect({m: m, r: r}) AS neighbours
       RETURN collect({relation: relation, total: size(neighbours),
                       items: [x IN neighbours[$offset..$offset + $limit] | {key: x.m.key, kind: labels(x.m)[0], p: properties(x.m),
                         lead: x.r.lead, lineage: x.r.relation, cue: x.r.cue,
                         evidence: [i IN range(0, size(coalesce(x.r.sourceFiles, [])) - 1) |
                           {quote: x.r.sourceQuotes[i], newsletter: x.r.sourceFiles[i], page: coalesce(x.r.sourcePages[i], 0),
                            issue: head(COLLECT { MATCH (nl:Newsletter {source: x.r.sourceFiles[i]}) RETURN {title: nl.title, date: toString(nl.date)} }),
                            entry: head(COLLECT { MATCH (e:Entry)-[:PUBLISHED_IN]->(:Newsletter {source: x.r.sourceFiles[i]})
                                                  WHERE x.r.sourceQuotes[i] <> '' AND e.text CONTAINS x.r.sourceQuotes[i] RETURN e.key })}]}]}) AS groups
     }
     CALL (n) {
       OPTIONAL MATCH (nl:Newsletter)-[s:SUPPORTS]->(n)
       WITH nl, s ORDER BY nl.date
       RETURN [x IN collect({newsletter: nl.source, date: toString(nl.date), quotes: s.quotes, pages: coalesce(s.pages, [])}) WHERE x.newsletter IS NOT NULL] AS provenance
     }
     RETURN labels(n)[0] AS kind, properties(n) AS p, groups, provenance`,
    { key, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit) },
    { database: store.database, routing: 'READ' },
  );
  const [node] = records;
  if (!node) return null;
  const kind = node.get('kind') as string;
  const { conflicts, candidates, ...properties } = Object.fromEntries(
    Object.entries(fromNeo4j(node.get('p')) as Record<string, unknown>).filter(([k]) => !STORE_INTERNAL.has(k)),
  );
  const groups = node.get('groups') as {
    relation: string;
    total: unknown;
    items: {
      key: string;
      kind: string;
      p: Record<string, unknown>;
      lead: boolean | null;
      lineage: string | null;
      cue: string | null;
      evidence: { quote: string; newsletter: string; page: unknown; issue: { title: string | null; date: string | null } | null; entry: string | null }[];
    }[];
  }[];
  return {
    key,
    kind,
    label: labelOf(kind, properties),
    properties,
    conflicts: decodeConflicts(conflicts),
    candidates: decodeRecords(candidates),
    neighbours: Object.fromEntries(
      groups.map((g) => [
        g.relation,
        {
          total: Number(g.total),
          items: g.items.map((m) => ({
            key: m.key,
            kind: m.kind,
            label: labelOf(m.kind, fromNeo4j(m.p) as Record<string, unknown>),
            ...(m.lead ? { lead: true } : {}),
            ...(m.lineage ? { lineage: { relation: m.lineage, cue: m.cue ?? '' } } : {}),
            evidence: m.evidence.map((e) => ({
              quote: e.quote,
              newsletter: e.newsletter,
              title: e.issue?.title ?? e.newsletter,
              date: e.issue?.date ?? null,
              ...(Number(e.page) > 0 ? { page: Number(e.page) } : {}),
              ...(e.entry ? { entry: e.entry } : {}),
            })),
          })),
        },
      ]),
    ),
    provenance: (node.get('provenance') as { newsletter: string; date: string | null; quotes: string[]; pages: unknown[] }[]).map(({ pages, ...p }) => {
      const printed = pages.map(Number);
      return printed.some((n) => n > 0) ? { ...p, pages: printed } : p;
    }),
  };
}
