/** Loading the graph into a real Neo4j: what goes in comes back, twice changes nothing, a correction replaces. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/connect.ts';
import type { NewsletterFacts } from '../../src/store/facts.ts';
import { extractFile } from '../../src/extract/index.ts';
import { ReadModel } from '../../src/server/read-model.ts';
import { loadFragments, loadNewsletters } from '../../src/store/load.ts';
import { seedPdf, seedPdfDir } from '../helpers/pdf-fixtures.ts';
import { serialize } from '../../src/resolve/merge.ts';
import { splitByNewsletter } from '../../src/store/facts.ts';
import { extractText, readSeed } from '../helpers/extract.ts';
import { emptyTestStore, rows, seedFacts } from '../helpers/store.ts';

let store: Store;
let facts: NewsletterFacts[];
beforeAll(async () => {
  store = await emptyTestStore();
  facts = seedFacts();
});
afterAll(async () => store?.close());

const countsByLabel = async () =>
  Object.fromEntries(
    (await rows(store, 'MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:LoadLock RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label')).map((r) => [
      r.label,
      Number(r.n),
    ]),
  );
const countsByType = async () =>
  Object.fromEntries(
    (await rows(store, 'MATCH ()-[r]->() WHERE NOT r:SUPPORTS RETURN type(r) AS type, count(*) AS n ORDER BY type')).map((r) => [r.type, Number(r.n)]),
  );

function expectedCounts(newsletters: NewsletterFacts[]) {
  const nodes: Record<string, Set<string>> = {};
  const edges: Record<string, Set<string>> = {};
  for (const n of newsletters) {
    for (const x of n.nodes) (nodes[x.label] ??= new Set()).add(x.key);
    for (const x of n.edges) (edges[x.type] ??= new Set()).add(x.key);
  }
  const size = (m: Record<string, Set<string>>) =>
    Object.fromEntries(
      Object.entries(m)
        .map(([k, v]) => [k, v.size])
        .sort(),
    );
  return { nodes: size(nodes), edges: size(edges) };
}

describe('loading the seeds', () => {
  it('stores every node and relationship of the graph, by kind', async () => {
    const summary = await loadNewsletters(store, facts);
    const expected = expectedCounts(facts);
    expect(summary.newsletters).toEqual({ loaded: 5, unchanged: 0 });
    expect(await countsByLabel()).toEqual(expected.nodes);
    expect(await countsByType()).toEqual(expected.edges);
  });

  it('reads back property values with their types: integers, dates, booleans, lists', async () => {
    const [policy] = await rows(
      store,
      `MATCH (n:Newsletter)-[s:SUPPORTS]->(p:Policy {title: 'Action Plan for Patent Commercialization and Application (2023-2025)'})-[:SETS_TARGET]->(t:Target)
       RETURN p, t.year AS year, n.source AS file, s LIMIT 1`,
    );
    const p = policy!.p.properties;
    expect(p.titleZh).toBe('专利转化运用专项行动方案（2023—2025 年）');
    expect(p.date.toString()).toBe('2023-10-19');
    expect(p.draft).toBe(false);
    expect(p.stub).toBe(false);
    expect(policy!.year.toNumber()).toBe(2025);
    const s = policy!.s.properties;
    expect(policy!.file).toBe('000_5c9ad854df6ca4fd.txt');
    expect(s.starts[0].toNumber()).toBeLessThan(s.ends[0].toNumber());
    expect(s.quotes[0]).toContain('Action Plan for Patent Commercialization');
  });

  it('keeps a source from every newsletter on a fact several newsletters state', async () => {
    const [miit] = await rows(store, `MATCH (n:Newsletter)-[:SUPPORTS]->(a:Agency {key: 'agency:miit'}) RETURN collect(n.source) AS files, a.level AS level`);
    expect(new Set(miit!.files)).toEqual(new Set(facts.map((f) => f.file)));
    expect(miit!.level).toBe('central');
    const [lead] = await rows(
      store,
      `MATCH (:Policy {title: 'Action Plan for the High-quality Development of Computing Power Infrastructure'})-[r:ISSUED_BY]->(:Agency {key: 'agency:miit'}) RETURN r.lead AS lead`,
    );
    expect(lead!.lead).toBe(true);
  });

  it('changes nothing when the same newsletters are loaded again', async () => {
    const census = 'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r, sum(size(coalesce(r.sourceFiles, []))) AS s';
    const before = await rows(store, census);
    const summary = await loadNewsletters(store, facts);
    expect(summary.newsletters).toEqual({ loaded: 0, unchanged: 5 });
    expect(summary.nodes).toEqual({ created: 0, updated: 0, removed: 0 });
    expect(await rows(store, census)).toEqual(before);
  });

  it('replaces a corrected newsletter’s facts, leaving no orphans and keeping what others support', async () => {
    const file = '000_5c9ad854df6ca4fd.txt';
    const text = readSeed(file);
    // The correction drops the fifth TOP entry (the patents plan) and the Kyndryl item, and names Pfizer for BioNTech.
    const corrected = text
      .slice(0, text.indexOf(' 5. State Council strives'))
      .concat(text.slice(text.indexOf('MERICS China Industries November 1')))
      .replaceAll('BioNTech', 'Pfizer')
      .replace(/\uf0a7 September 28: Reports suggest that Kyndryl[\s\S]*?\(Financial Times article\) \n/, '');
    const [correctedFacts] = splitByNewsletter(serialize(extractText(corrected, file)));
    const summary = await loadNewsletters(store, [correctedFacts!]);
    expect(summary.newsletters.loaded).toBe(1);
    expect(summary.nodes.removed).toBeGreaterThan(0);
    expect(await rows(store, `MATCH (f:Firm {key: 'firm:kyndryl'}) RETURN f`)).toEqual([]);
    expect(await rows(store, `MATCH (p:Policy {title: 'Action Plan for Patent Commercialization and Application (2023-2025)'}) RETURN p`)).toEqual([]);
    expect(await rows(store, 'MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:LoadLock AND NOT n:Newsletter AND NOT ()-[:SUPPORTS]->(n) RETURN n')).toEqual([]);
    expect(await rows(store, 'MATCH ()-[r]->() WHERE NOT r:SUPPORTS AND size(coalesce(r.sourceFiles, [])) = 0 RETURN r')).toEqual([]);
    // BioNTech is no longer named here, but the December 2024 newsletter still supports it.
    const supportersOf = (key: string) => `MATCH (n:Newsletter)-[:SUPPORTS]->(f {key: '${key}'}) RETURN collect(n.source) AS files`;
    const [biontech] = await rows(store, supportersOf('firm:biontech'));
    expect(biontech!.files).not.toContain(file);
    expect(biontech!.files).toContain('004_6115f178d9ec1a4d.txt');
    expect(await rows(store, supportersOf('firm:pfizer'))).toEqual([{ files: [file] }]);

    await loadNewsletters(store, facts);
    expect(await countsByLabel()).toEqual(expectedCounts(facts).nodes);
    expect(await countsByType()).toEqual(expectedCounts(facts).edges);
  });
});

describe('a newsletter read from a PDF', () => {
  it('keeps each source’s page and box beside its span, for nodes and relationships', async () => {
    await seedPdfDir();
    const seed = '000_5c9ad854df6ca4fd.txt';
    const { fragment } = await extractFile(seed, await seedPdf(seed));
    await loadFragments(store, [fragment.graph]);
    const [support] = await rows(
      store,
      `MATCH (:Newsletter {source: $seed})-[s:SUPPORTS]->(:Agency {key: 'agency:miit'}) RETURN s.pages AS pages, s.boxes AS boxes`,
      { seed },
    );
    expect(support!.pages.length).toBeGreaterThan(0);
    expect(support!.pages.every((p: { toNumber(): number }) => p.toNumber() >= 1)).toBe(true);
    expect(support!.boxes[0]).toMatch(/^[\d.]+,[\d.]+,[\d.]+,[\d.]+$/);
    const [issued] = await rows(
      store,
      `MATCH (:Policy)-[r:ISSUED_BY]->(:Agency {key: 'agency:miit'}) WHERE $seed IN r.sourceFiles RETURN r.sourceFiles AS files, r.sourcePages AS pages LIMIT 1`,
      { seed },
    );
    expect(issued!.pages).toHaveLength(issued!.files.length);
    const [detail] = [await new ReadModel(store).nodeDetail('agency:miit', { offset: 0, limit: 200 })];
    expect(detail!.provenance.find((p) => p.newsletter === seed)?.pages?.[0]).toBeGreaterThanOrEqual(1);
    const evidence = Object.values(detail!.neighbours)
      .flatMap((g) => g.items.flatMap((i) => i.evidence))
      .filter((e) => e.newsletter === seed);
    expect(evidence.some((e) => (e.page ?? 0) >= 1)).toBe(true);
  });
});
