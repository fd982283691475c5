/**
 * Search: a name the registries know — an agency's abbreviation, alias, Chinese name or short Chinese
 * name ("发改委"), a policy's known alias ("MIC2025") — comes first, as the node it names; then the
 * full-text index over titles, names, headlines, entries' text and sectors, best score first.
 */
import { defaultRegistries, type Registries } from '../../graph-schema/registry.ts';
import neo4j from 'neo4j-driver';
import { kindOfKey, labelOf } from '../../graph-schema/kinds.ts';
import { cypherLabel } from '../../graph-schema/schema.ts';
import type { SearchHit } from '../../graph-schema/api.ts';
import { keys } from '../graph/keys.ts';
import type { Store } from '../store/connect.ts';
import { fromNeo4j } from '../store/values.ts';

const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Every name a registries value holds, to the key of the node it names; built once per value. */
const knownNamesOf = new WeakMap<Registries, Map<string, string>>();
function knownNames(registries: Registries): Map<string, string> {
  let known = knownNamesOf.get(registries);
  if (known) return known;
  known = new Map();
  for (const a of registries.agencies) {
    for (const name of [a.name, a.key, ...a.abbreviations, ...a.aliases, ...(a.nameZh ? [a.nameZh] : []), ...(a.namesZh ?? [])]) {
      known.set(normalise(name), keys.agency(a.key));
    }
  }
  for (const group of registries.policyAliases) for (const name of group) known.set(normalise(name), keys.policy(group[0]!));
  knownNamesOf.set(registries, known);
  return known;
}

/** Lucene syntax escaped: an analyst's words are words. */
function escapeLucene(q: string): string {
  return q.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&').replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase());
}

export async function search(store: Store, q: string, limit: number, registries: Registries = defaultRegistries): Promise<SearchHit[]> {
  const read = async (cypher: string, params: Record<string, unknown>) =>
    (await store.driver.executeQuery(cypher, params, { database: store.database, routing: 'READ' })).records.map((r) => ({
      key: r.get('key') as string,
      kind: r.get('kind') as string,
      label: labelOf(r.get('kind'), fromNeo4j(r.get('p')) as Record<string, unknown>),
      score: Number(r.get('score')),
    }));
  const known = knownNames(registries).get(normalise(q));
  const kind = known ? kindOfKey(known) : null;
  // The key's kind names the label, so the lookup uses the key index.
  const exact =
    known && kind
      ? await read(`MATCH (n:${cypherLabel(kind)} {key: $key}) RETURN n.key AS key, '${kind}' AS kind, properties(n) AS p, 0 AS score`, { key: known })
      : [];
  const scored = await read(
    `CALL db.index.fulltext.queryNodes('search', $q) YIELD node, score
     RETURN node.key AS key, labels(node)[0] AS kind, properties(node) AS p, score LIMIT $limit`,
    { q: escapeLucene(q), limit: neo4j.int(limit) },
  );
  const first = exact.map((hit) => ({ ...hit, score: Math.max(0, ...scored.map((s) => s.score)) + 1 }));
  return [...first, ...scored.filter((s) => !first.some((f) => f.key === s.key))].slice(0, limit);
}
