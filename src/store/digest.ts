/**
 * What one newsletter added to the graph: the facts it is the first to state. "First" is by issue
 * date (then newsletter key), not by load time, so an issue's digest is the same whatever order the
 * issues were loaded in — and a late-loaded back issue does not claim what later issues already said.
 */
import type { Store } from './connect.ts';
import { decodeConflicts, fromNeo4j } from './values.ts';
import type { Digest } from '../../graph-schema/api.ts';
import { labelOf, type Conflict } from '../../graph-schema/kinds.ts';

export type { Digest } from '../../graph-schema/api.ts';

/** `other` came out before `nl`: an earlier issue date, or the same date and a smaller key. Undated issues sort last. */
const EARLIER = `(coalesce(other.date, date('9999-12-31')) < coalesce(nl.date, date('9999-12-31'))
   OR (coalesce(other.date, date('9999-12-31')) = coalesce(nl.date, date('9999-12-31')) AND other.key < nl.key))`;

/** The newsletter named by key or by file name, or null when the store has none. */
export async function readDigest(store: Store, newsletter: string): Promise<Digest | null> {
  const read = async (cypher: string, params: Record<string, unknown> = { newsletter }) =>
    (await store.driver.executeQuery(cypher, params, { database: store.database, routing: 'READ' })).records.map(
      (r) => fromNeo4j(r.toObject()) as Record<string, unknown>,
    );
  const [found] = await read(
    `MATCH (nl:Newsletter) WHERE nl.key = $newsletter OR nl.source = $newsletter RETURN nl.key AS key, nl.source AS source, nl.date AS date LIMIT 1`,
  );
  if (!found) return null;
  const nl = 'MATCH (nl:Newsletter {key: $key})';
  const key = { key: found.key };
  const newPolicies = await read(
    `${nl}-[:SUPPORTS]->(p:Policy)
     WHERE NOT EXISTS { MATCH (other:Newsletter)-[:SUPPORTS]->(p) WHERE other <> nl AND ${EARLIER} }
     RETURN p.key AS key, p.title AS title, p.date AS date, coalesce(p.draft, false) AS draft ORDER BY p.date, p.title, p.key`,
    key,
  );
  const newLineage = await read(
    `${nl} MATCH (a:Policy)-[r:BUILDS_ON]->(b:Policy) WHERE nl.source IN r.sourceFiles
     AND NOT EXISTS { MATCH (other:Newsletter) WHERE other <> nl AND other.source IN r.sourceFiles AND ${EARLIER} }
     RETURN {key: a.key, title: a.title} AS from, {key: b.key, title: b.title} AS to, r.relation AS relation, r.evidence AS evidence ORDER BY from.title, to.title, relation`,
    key,
  );
  const firstActiveAgencies = await read(
    `${nl} MATCH (:Policy)-[r:ISSUED_BY]->(a:Agency) WHERE nl.source IN r.sourceFiles
     WITH DISTINCT nl, a
     WHERE NOT EXISTS { MATCH (:Policy)-[e:ISSUED_BY]->(a) MATCH (other:Newsletter) WHERE other.source IN e.sourceFiles AND other <> nl AND ${EARLIER} }
     RETURN a.key AS key, a.name AS name ORDER BY name, key`,
    key,
  );
  const targets = await read(
    `${nl}-[:SUPPORTS]->(t:Target)<-[:SETS_TARGET]-(p:Policy)
     RETURN t.key AS key, t.text AS text, t.year AS year, p.title AS policy,
            NOT EXISTS { MATCH (other:Newsletter)-[:SUPPORTS]->(t) WHERE other <> nl AND ${EARLIER} } AS new,
            t.year = nl.date.year AS dueThisYear
     ORDER BY policy, text, key`,
    key,
  );
  const disputed = await read(`${nl}-[:SUPPORTS]->(x) WHERE x.conflicts IS NOT NULL RETURN x.key AS key, labels(x)[0] AS kind, properties(x) AS p`, key);
  const source = String(found.source);
  return {
    newsletter: { key: String(found.key), source, date: (found.date as string | null) ?? null },
    newPolicies: newPolicies as Digest['newPolicies'],
    newLineage: newLineage as Digest['newLineage'],
    firstActiveAgencies: firstActiveAgencies as Digest['firstActiveAgencies'],
    newTargets: targets.filter((t) => t.new).map(({ key, text, year, policy }) => ({ key, text, year, policy })) as Digest['newTargets'],
    targetsDueThisYear: targets
      .filter((t) => t.dueThisYear)
      .map(({ key, text, year, policy }) => ({ key, text, year, policy })) as Digest['targetsDueThisYear'],
    conflicts: disputed.flatMap((x) => {
      const p = x.p as Record<string, unknown>;
      return decodeConflicts(p.conflicts)
        .filter((c) => c.values.some((v) => v.newsletters.includes(source)))
        .map((conflict) => ({ key: String(x.key), label: labelOf(String(x.kind), p), conflict }));
    }),
  };
}

const bullet = (items: string[], none: string) => (items.length > 0 ? items.map((i) => `- ${i}`) : [`- ${none}`]);

/** The digest as Markdown, for a mailing. */
export function digestMarkdown(d: Digest): string {
  const when = d.newsletter.date ?? 'undated';
  return [
    `# New in China Industries, ${when} (${d.newsletter.source})`,
    '',
    `## New policies (${d.newPolicies.length})`,
    ...bullet(
      d.newPolicies.map((p) => `${p.title}${p.draft ? ' (draft)' : ''}${p.date ? ` — ${p.date}` : ''}`),
      'none',
    ),
    '',
    `## New lineage links (${d.newLineage.length})`,
    ...bullet(
      d.newLineage.map((l) => `${l.from.title} → ${l.relation} → ${l.to.title}: “${l.evidence}”`),
      'none',
    ),
    '',
    `## Bodies issuing for the first time (${d.firstActiveAgencies.length})`,
    ...bullet(
      d.firstActiveAgencies.map((a) => a.name),
      'none',
    ),
    '',
    `## New targets (${d.newTargets.length})`,
    ...bullet(
      d.newTargets.map((t) => `${t.text}${t.year ? ` (by ${t.year})` : ''} — ${t.policy}`),
      'none',
    ),
    '',
    `## Targets due this year (${d.targetsDueThisYear.length})`,
    ...bullet(
      d.targetsDueThisYear.map((t) => `${t.text} — ${t.policy}`),
      'none',
    ),
    '',
    `## Disagreements with other issues (${d.conflicts.length})`,
    ...bullet(
      d.conflicts.map(
        ({ label, conflict }) =>
          `${label}: ${conflict.attribute} ${conflict.values.map((v) => `${v.value} (${v.newsletters.join(', ')})`).join(' vs ')}; shown: ${conflict.chosen}`,
      ),
      'none',
    ),
    '',
  ].join('\n');
}

/** One line per kind of change, for the end of `kg load`. */
export function digestSummary(d: Digest): string {
  return (
    `${d.newsletter.source} (${d.newsletter.date ?? 'undated'}): ${d.newPolicies.length} new policies, ${d.newLineage.length} new lineage links, ` +
    `${d.firstActiveAgencies.length} bodies issuing for the first time, ${d.newTargets.length} new targets (${d.targetsDueThisYear.length} due this year), ` +
    `${d.conflicts.length} disagreements`
  );
}

export interface DisputedNode {
  key: string;
  kind: string;
  label: string;
  conflicts: Conflict[];
}

/** Every node whose newsletters disagree on an attribute, for `kg conflicts`. */
export async function readConflicts(store: Store): Promise<DisputedNode[]> {
  const { records } = await store.driver.executeQuery(
    'MATCH (x) WHERE x.conflicts IS NOT NULL RETURN x.key AS key, labels(x)[0] AS kind, properties(x) AS p ORDER BY kind, key',
    {},
    { database: store.database, routing: 'READ' },
  );
  return records.map((r) => {
    const p = fromNeo4j(r.get('p')) as Record<string, unknown>;
    return { key: r.get('key'), kind: r.get('kind'), label: labelOf(r.get('kind'), p), conflicts: decodeConflicts(p.conflicts) };
  });
}
