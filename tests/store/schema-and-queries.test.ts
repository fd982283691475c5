/** The schema in graph-schema/, and the analysts' saved queries run against the seeds in a real Neo4j. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/connect.ts';
import { loadNewsletters } from '../../src/store/load.ts';
import { bindParams, parseSavedQuery, readSavedQueries } from '../../src/store/query-library.ts';
import { QueryRefusedError, runQuery } from '../../src/store/query.ts';
import { applySchema } from '../../src/store/schema.ts';
import { emptyTestStore, rows, seedFacts } from '../helpers/store.ts';

let store: Store;
beforeAll(async () => {
  store = await emptyTestStore();
  await loadNewsletters(store, seedFacts());
});
afterAll(async () => store?.close());

describe('the schema', () => {
  it('makes the key of every label unique', async () => {
    const constraints = await rows(
      store,
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
    );
    const labels = constraints
      .filter((c) => c.properties[0] === 'key')
      .map((c) => c.label)
      .sort();
    expect(labels).toEqual(['Agency', 'Entry', 'Firm', 'Newsletter', 'Policy', 'Sector', 'Target']);
  });

  it('indexes the fields analysts filter on, and titles and names for full-text search', async () => {
    const indexes = await rows(store, 'SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties');
    const names = indexes.map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['policy_date', 'agency_abbreviation', 'entry_date', 'search']));
    expect(indexes.find((i) => i.name === 'search')).toMatchObject({ type: 'FULLTEXT', labelsOrTypes: ['Policy', 'Agency', 'Firm', 'Sector', 'Entry'] });
  });

  it('records its version and applies nothing the second time', async () => {
    expect(await applySchema(store)).toEqual({ version: 4, applied: [] });
    const [m] = await rows(store, 'MATCH (m:SchemaMigration) RETURN max(m.version) AS version');
    expect(Number(m!.version)).toBe(4);
  });

  it('finds policies by Chinese and English words, and agencies by abbreviation', async () => {
    const search = async (q: string) =>
      (
        await rows(
          store,
          'CALL db.index.fulltext.queryNodes("search", $q) YIELD node WHERE NOT node:Entry RETURN coalesce(node.title, node.name) AS hit LIMIT 3',
          { q },
        )
      ).map((r) => r.hit);
    expect(await search('算力基础设施')).toContain('Action Plan for the High-quality Development of Computing Power Infrastructure');
    expect(await search('metrology')).toContain('Guiding Opinions on Promoting the High-Quality Development of the Metrology Industry');
    expect(await search('MIIT')).toContain('Ministry of Industry and Information Technology');
    // Entries' headlines and text are indexed too.
    const [entry] = await rows(
      store,
      'CALL db.index.fulltext.queryNodes("search", "computing power") YIELD node WHERE node:Entry RETURN node.headline AS headline LIMIT 1',
    );
    expect(entry!.headline).toMatch(/computing power/i);
  });

  it('reports a broken constraint clearly', async () => {
    await expect(runQuery(store, "CREATE (:Policy {key: 'agency:miit'}), (:Policy {key: 'agency:miit'})", { write: true })).rejects.toThrow(
      /already exists with label `Policy` and property `key` = 'agency:miit'/,
    );
  });
});

describe('running Cypher', () => {
  it.each([
    ["CREATE (:Policy {key: 'x'})", 'CREATE'],
    ["MATCH (p:Policy) SET p.title = 'x'", 'SET'],
    ['MATCH (p:Policy) DETACH DELETE p', 'DETACH'],
    ["MERGE (p:Policy {key: 'x'}) RETURN p", 'MERGE'],
    ['CREATE INDEX x IF NOT EXISTS FOR (n:Policy) ON (n.title)', 'administration commands'],
  ])('refuses "%s" without --write, naming %s', async (cypher, named) => {
    const refusal = runQuery(store, cypher);
    await expect(refusal).rejects.toThrow(QueryRefusedError);
    await expect(refusal).rejects.toThrow(named);
  });

  it('runs a write with --write', async () => {
    await runQuery(store, "CREATE (:Scratch {key: 'scratch:1'})", { write: true });
    const [written] = await rows(store, 'MATCH (s:Scratch) RETURN count(s) AS n');
    expect(Number(written!.n)).toBe(1);
    await rows(store, 'MATCH (s:Scratch) DELETE s');
  });

  it('returns rows as plain JSON keyed by column, integers as numbers and nodes as their properties', async () => {
    const result = await runQuery(store, 'MATCH (a:Agency {abbreviation: $ab}) RETURN a, EXISTS { (a)<-[:SUPPORTS]-(:Newsletter) } AS cited, 1 + 1 AS two', {
      params: { ab: 'MIIT' },
    });
    expect(result.columns).toEqual(['a', 'cited', 'two']);
    expect(result.rows[0]).toMatchObject({ a: { name: 'Ministry of Industry and Information Technology', level: 'central' }, cited: true, two: 2 });
  });
});

describe('the saved queries', () => {
  const saved = Object.fromEntries(readSavedQueries().map((q) => [q.name, q]));
  const run = async (name: string, params: Record<string, unknown> = {}) =>
    (await runQuery(store, saved[name]!.cypher, { params: bindParams(saved[name]!, params) })).rows;

  it('each has a title, a description and typed parameters', () => {
    expect(Object.keys(saved).sort()).toEqual([
      'agency-policies-by-year',
      'co-issuers',
      'data-security-measures',
      'firms-near-sector',
      'policies-per-sector-per-year',
      'policy-lineage',
      'policy-newsletters',
      'targets-due',
    ]);
    for (const q of Object.values(saved)) expect(q.title.length * q.description.length).toBeGreaterThan(0);
    expect(saved['targets-due']!.params).toEqual([{ name: 'year', type: 'integer', default: 2025, description: 'the target year' }]);
    expect(
      Object.values(saved)
        .filter((q) => q.watch)
        .map((q) => q.name),
    ).toEqual(['data-security-measures']);
  });

  it('refuses a watch with a parameter that has no default, since it runs unattended', () => {
    expect(() => parseSavedQuery('w', '// title: W\n// watch: true\n// param: x string — a thing\nMATCH (n) RETURN n')).toThrow(
      /every parameter needs a default/,
    );
  });

  it('finds the data-security measures its watch reports', async () => {
    const rows = await run('data-security-measures', {});
    expect(rows.map((r) => r.policy)).toContain('Trial Measures for the Management of Data Security in the Industrial Sector');
  });

  it('lists an agency’s policies by year, newest year first', async () => {
    const years = await run('agency-policies-by-year', { agency: 'SAMR' });
    expect(years.map((y) => y.year)).toEqual([2024, 2023, 2022]);
    const titles2023 = (years[1]!.policies as { title: string; coIssuers: string[] }[]).map((p) => p.title).sort();
    expect(titles2023).toEqual([
      'Action Plan for the High-quality Development of Computing Power Infrastructure',
      'Guiding Opinions on Promoting the High-Quality Development of the Metrology Industry',
    ]);
  });

  it('counts the policies an agency shares with each co-issuer', async () => {
    const co = await run('co-issuers', { agency: 'MOHRSS' });
    expect(co).toEqual(
      expect.arrayContaining([
        { agency: 'Ministry of Finance', abbreviation: 'MOF', key: 'agency:mof', policies: 2 },
        { agency: 'All-China Federation of Trade Unions', abbreviation: 'ACFTU', key: 'agency:acftu', policies: 1 },
      ]),
    );
  });

  it('traces a policy’s lineage both ways, ordered by date', async () => {
    expect(await run('policy-lineage', { policy: 'Data Security Law' })).toEqual([
      {
        direction: 'descendant',
        key: 'policy:implementation-rules-for-data-security-assessment-in-the-field-of-industry-and-i-bef43c1e5d',
        title: 'Implementation Rules for Data Security Assessment in the Field of Industry and Information Technology (Draft for Comments)',
        date: '2023-10-09',
        stub: false,
        depth: 1,
        relations: ['based-on'],
      },
    ]);
    const ancestors = await run('policy-lineage', {
      policy: 'Notice on Interim Measures for Promoting the Development of Specialized Industrial Clusters of Small and Medium-sized Enterprises',
    });
    expect(ancestors).toEqual([expect.objectContaining({ direction: 'ancestor', title: '14th Five-Year Plan for SME Development', stub: true, date: null })]);
  });

  it('counts policies per sector per year', async () => {
    const perYear = await run('policies-per-sector-per-year');
    expect(perYear).toContainEqual({ sector: 'Batteries and energy storage', year: 2021, policies: 1 });
    expect(perYear.every((r) => typeof r.policies === 'number' && (r.policies as number) > 0)).toBe(true);
  });

  it('names the firms next to a sector’s policies', async () => {
    const firms = (await run('firms-near-sector', { sector: 'batteries' })).map((r) => r.firm);
    expect(firms).toEqual(expect.arrayContaining(['CATL', 'BYD', 'Quantumscape', 'A123']));
  });

  it('lists the newsletters a policy appears in', async () => {
    expect(await run('policy-newsletters', { policy: 'Metrology Development Plan (2021-2035)' })).toEqual([
      { newsletter: '000_5c9ad854df6ca4fd.txt', issued: '2023-11-01', section: null, headline: null },
    ]);
    expect(await run('policy-newsletters', { policy: '14th Five-Year Plan for the Development of the ICT Industry' })).toEqual([
      {
        newsletter: '001_99a66f531def86f7.txt',
        issued: '2021-12-07',
        section: 'top',
        headline: 'Rapid rollout of ICT infrastructure to support industrial upgrading',
      },
    ]);
  });

  it('lists the targets due in a year with the policy and its issuers', async () => {
    const due = await run('targets-due', { year: 2026 });
    expect(due).toHaveLength(7);
    expect(due).toContainEqual({
      policy: 'Action Plan for the “Penetration” of the Industrial Internet Identification Analysis System (2024-2026)',
      target: 'Serve more than 500,000 enterprises in 60 industries',
      issuers: expect.arrayContaining(['MIIT', 'CSRC']),
    });
  });
});
