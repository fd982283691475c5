/**
 * The monthly workflow against a real Neo4j: an issue loaded alone joins what the store holds, in any
 * order; newsletters that disagree keep both values; a corrected issue replaces only what changed.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractNewsletter } from '../../src/extract/index.ts';
import type { FactGraph } from '../../src/graph/facts.ts';
import type { Store } from '../../src/store/connect.ts';
import { recordJudgement } from '../../src/resolve/judgements.ts';
import { digestMarkdown, readDigest } from '../../src/store/digest.ts';
import { loadFragments, resolveStored } from '../../src/store/load.ts';
import type { SavedQuery } from '../../src/store/query-library.ts';
import { runWatches } from '../../src/store/watches.ts';
import { STORE_INTERNAL, decodeConflicts, decodeRecords } from '../../src/store/values.ts';
import { SEEDS_DIR, readSeed, seedFiles } from '../helpers/extract.ts';
import { emptyTestStore, rows } from '../helpers/store.ts';

let store: Store;
beforeAll(async () => {
  store = await emptyTestStore();
});
afterAll(async () => store?.close());

const fragmentOf = (file: string, text?: string): FactGraph =>
  extractNewsletter(file, text === undefined ? readFileSync(path.join(SEEDS_DIR, file)) : new TextEncoder().encode(text)).fragment.graph;

async function emptyStore(): Promise<void> {
  await store.driver.executeQuery('MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:LoadLock DETACH DELETE n');
}

/** The stored graph as comparable data: nodes with their facts, relationships with theirs, who supports what. */
async function snapshot() {
  const nodes = await rows(
    store,
    'MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:LoadLock RETURN n.key AS key, labels(n) AS labels, properties(n) AS p ORDER BY key',
  );
  const relationships = await rows(
    store,
    'MATCH (a)-[r]->(b) WHERE NOT r:SUPPORTS RETURN a.key + "-" + type(r) + "->" + b.key AS id, properties(r) AS p, r.sourceFiles AS files ORDER BY id',
  );
  const supports = await rows(store, 'MATCH (n:Newsletter)-[:SUPPORTS]->(x) RETURN n.source + " " + x.key AS pair ORDER BY pair');
  // In key order: Neo4j lists a node's properties in the order they were set, which differs between loads.
  const facts = (p: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(p)
        .filter(([k]) => !STORE_INTERNAL.has(k))
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  return {
    nodes: nodes.map((n) => ({ key: n.key, labels: n.labels, p: JSON.stringify(facts(n.p)) })),
    // Provenance lists may come in another order; the set of newsletters behind each relationship may not.
    relationships: relationships.map((r) => ({ id: r.id, p: JSON.stringify(facts(r.p)), files: [...new Set(r.files as string[])].sort() })),
    supports: supports.map((s) => s.pair),
  };
}

describe('loading issues one at a time', () => {
  let together: Awaited<ReturnType<typeof snapshot>>;

  it('gives, in any order, the graph that loading them together gives', async () => {
    await emptyStore();
    await loadFragments(
      store,
      seedFiles.map((f) => fragmentOf(f)),
    );
    together = await snapshot();
    expect(together.nodes.length).toBeGreaterThan(100);

    const orders = [[...seedFiles].reverse(), [seedFiles[2]!, seedFiles[0]!, seedFiles[4]!, seedFiles[1]!, seedFiles[3]!], seedFiles];
    for (const order of orders) {
      await emptyStore();
      for (const file of order) await loadFragments(store, [fragmentOf(file)]);
      const oneByOne = await snapshot();
      expect(oneByOne.nodes.map((n) => n.key)).toEqual(together.nodes.map((n) => n.key));
      expect(oneByOne).toEqual(together);
    }
  });

  it('joins a policy of a new issue to the one stored, by the evidence resolution uses', async () => {
    // The MIIT data-security measures: named differently in 2023 and 2024, one document by its address.
    const merged = await rows(store, 'MATCH (p:Policy) WHERE size(p.mergedBy) > 0 RETURN p.key AS key, p.mergedBy AS by');
    expect(merged.length).toBeGreaterThan(0);
    expect(merged.some((m) => (m.by as string[]).some((b) => b.startsWith('document-address')))).toBe(true);
  });
});

/** A one-entry issue on a sodium-ion plan, dated as given: two of them disagree when the dates differ. */
const disputedIssue = (date: string, policyDate: string) => `MERICS China Industries ${date}

TOP 5

1. MIIT plans for sodium-ion batteries

At a glance: On ${policyDate}, the Ministry of Industry and Information Technology (MIIT) released the Action Plan for Sodium-ion Battery Industry Development (钠离子电池产业发展行动计划).

Article: Action Plan for Sodium-ion Battery Industry Development (钠离子电池产业发展行动计划)
Issuer: MIIT
Date: ${policyDate}
`;

describe('disagreements between newsletters', () => {
  const earlier = 'conflict-a.txt';
  const later = 'conflict-b.txt';

  it('keeps every value with the newsletters that state it, and chooses one by the documented rule', async () => {
    await emptyStore();
    await loadFragments(store, [fragmentOf(earlier, disputedIssue('March 2025', 'March 3, 2025'))]);
    await loadFragments(store, [fragmentOf(later, disputedIssue('April 2025', 'March 4, 2025'))]);
    const [policy] = await rows(
      store,
      "MATCH (p:Policy) WHERE p.title STARTS WITH 'Action Plan for Sodium-ion' RETURN p.date AS date, p.conflicts AS conflicts",
    );
    const [conflict] = decodeConflicts(policy!.conflicts);
    expect(conflict).toMatchObject({ attribute: 'date', rule: 'covering-then-latest', chosen: '2025-03-04' });
    expect(conflict!.values).toEqual([
      { value: '2025-03-04', newsletters: [later] },
      { value: '2025-03-03', newsletters: [earlier] },
    ]);
    expect(String(policy!.date)).toBe('2025-03-04');
  });

  it('drops the conflict once a corrected issue agrees', async () => {
    await loadFragments(store, [fragmentOf(later, disputedIssue('April 2025', 'March 3, 2025'))]);
    const [policy] = await rows(
      store,
      "MATCH (p:Policy) WHERE p.title STARTS WITH 'Action Plan for Sodium-ion' RETURN p.date AS date, p.conflicts AS conflicts",
    );
    expect(policy!.conflicts).toBeNull();
    expect(String(policy!.date)).toBe('2025-03-03');
  });
});

describe('a corrected issue', () => {
  it('that drops an item keeps the keys of the other entries', async () => {
    await emptyStore();
    const file = seedFiles[1]!;
    await loadFragments(store, [fragmentOf(file)]);
    const entryKeys = async () => (await rows(store, 'MATCH (e:Entry) RETURN e.key AS key, e.headline AS headline ORDER BY key')).map((r) => r.key as string);
    const before = await entryKeys();
    const text = readSeed(file);
    // Drop the first policy-news item: every later one moves up a rank.
    const firstNews = text.match(/\n- \*[A-Z][a-z]+ \d+:\*[^\n]*\n/);
    expect(firstNews).not.toBeNull();
    await loadFragments(store, [fragmentOf(file, text.replace(firstNews![0], '\n'))]);
    const after = await entryKeys();
    expect(after.length).toBe(before.length - 1);
    expect(before.filter((k) => !after.includes(k))).toHaveLength(1);
  });
});

describe('a person’s judgement', () => {
  const before = process.env.KG_JUDGEMENTS;
  afterAll(() => {
    if (before === undefined) delete process.env.KG_JUDGEMENTS;
    else process.env.KG_JUDGEMENTS = before;
  });

  it('applies to the store on refresh and survives a reload of the issues', async () => {
    process.env.KG_JUDGEMENTS = path.join(mkdtempSync(path.join(tmpdir(), 'kg-judged-')), 'judgements.json');
    await emptyStore();
    await loadFragments(
      store,
      seedFiles.map((f) => fragmentOf(f)),
    );
    const [candidate] = (await resolveStored(store)).resolution.candidates;
    expect(candidate).toBeDefined();
    const [listed] = await rows(store, 'MATCH (p:Policy {key: $key}) RETURN p.candidates AS candidates', { key: candidate!.a });
    expect(decodeRecords<{ key: string }>(listed!.candidates).map((c) => c.key)).toContain(candidate!.b);

    recordJudgement(candidate!.a, candidate!.b, 'same');
    await loadFragments(store, []);
    const present = async () => (await rows(store, 'MATCH (p:Policy) WHERE p.key IN $keys RETURN p.key AS key', { keys: [candidate!.a, candidate!.b] })).length;
    expect(await present()).toBe(1);

    await loadFragments(store, [fragmentOf(seedFiles[0]!, `${readSeed(seedFiles[0]!)}\n`)]);
    expect(await present()).toBe(1);
    expect((await resolveStored(store)).resolution.candidates.map((c) => `${c.a} ${c.b}`)).not.toContain(`${candidate!.a} ${candidate!.b}`);
  });
});

describe('what is new in an issue', () => {
  const nov2023 = '000_5c9ad854df6ca4fd.txt';
  const feb2024 = '002_8fbbe9e79d06b95a.txt';
  const measures = 'policy:trial-measures-for-the-management-of-data-security-in-the-industrial-sector';

  it('credits a fact to the earliest issue that states it, whatever order the issues were loaded in', async () => {
    const digests = async () => ({ earlier: (await readDigest(store, nov2023))!, later: (await readDigest(store, feb2024))! });
    await emptyStore();
    for (const f of [...seedFiles].reverse()) await loadFragments(store, [fragmentOf(f)]);
    const reversed = await digests();
    expect(reversed.earlier.newPolicies.map((p) => p.key)).toContain(measures);
    expect(reversed.later.newPolicies.map((p) => p.key)).not.toContain(measures);
    expect(reversed.later.newPolicies.length).toBeGreaterThan(0);

    await emptyStore();
    await loadFragments(
      store,
      seedFiles.map((f) => fragmentOf(f)),
    );
    expect(await digests()).toEqual(reversed);
  });

  it('lists lineage, first-time issuers and targets, and prints as Markdown for a mailing', async () => {
    const earliest = (await readDigest(store, '001_99a66f531def86f7.txt'))!;
    expect(earliest.newsletter.date).toBe('2021-12-07');
    expect(earliest.firstActiveAgencies.map((a) => a.key)).toContain('agency:miit');
    expect(earliest.newTargets.length).toBeGreaterThan(0);
    const later = (await readDigest(store, nov2023))!;
    expect(later.firstActiveAgencies.map((a) => a.key)).not.toContain('agency:miit');
    expect(later.newLineage.every((l) => l.evidence.length > 0)).toBe(true);
    for (const t of later.targetsDueThisYear) expect(t.year).toBe(2023);
    const md = digestMarkdown(later);
    expect(md).toMatch(/^# New in China Industries, 2023-11-01/);
    expect(md).toContain(`## New policies (${later.newPolicies.length})`);
    expect(await readDigest(store, 'no-such-issue.txt')).toBeNull();
  });

  it('names the disagreements an issue takes part in', async () => {
    await emptyStore();
    await loadFragments(store, [fragmentOf('conflict-a.txt', disputedIssue('March 2025', 'March 3, 2025'))]);
    await loadFragments(store, [fragmentOf('conflict-b.txt', disputedIssue('April 2025', 'March 4, 2025'))]);
    const digest = (await readDigest(store, 'conflict-b.txt'))!;
    expect(digest.conflicts).toEqual([
      expect.objectContaining({ label: expect.stringContaining('Sodium-ion'), conflict: expect.objectContaining({ attribute: 'date' }) }),
    ]);
  });
});

describe('a watch', () => {
  const watch: SavedQuery = {
    name: 'sodium-plans',
    title: 'Sodium-ion plans',
    description: '',
    params: [],
    watch: true,
    cypher: "MATCH (p:Policy) WHERE p.title CONTAINS 'Sodium-ion' RETURN p.title AS policy ORDER BY policy",
  };

  it('reports a new row once, and again only for a row it has not seen', async () => {
    await emptyStore();
    await loadFragments(store, [fragmentOf('conflict-a.txt', disputedIssue('March 2025', 'March 3, 2025'))]);
    expect((await runWatches(store, [watch]))[0]).toMatchObject({ newRows: [{ policy: expect.stringContaining('Sodium-ion') }], total: 1 });
    expect((await runWatches(store, [watch]))[0]).toMatchObject({ newRows: [], total: 1 });
    const another = disputedIssue('May 2025', 'May 5, 2025')
      .replaceAll('Sodium-ion Battery Industry Development', 'Sodium-ion Battery Recycling')
      .replaceAll('钠离子电池产业发展行动计划', '钠离子电池回收行动计划');
    await loadFragments(store, [fragmentOf('watch-c.txt', another)]);
    const [report] = await runWatches(store, [watch]);
    expect(report!.newRows).toEqual([{ policy: 'Action Plan for Sodium-ion Battery Recycling' }]);
    expect(report!.total).toBe(2);
  });
});
