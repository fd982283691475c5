/** The graph contract beyond zod: keys, endpoints, edge keys and sizes, checked before a load writes anything. */
import { describe, expect, it } from 'vitest';
import { KINDS, kindOfKey, labelOf } from '../graph-schema/kinds.ts';
import { NODE_KINDS, type SerializedGraph } from '../graph-schema/schema.ts';
import { keys } from '../src/graph/keys.ts';
import { contractBreaches } from '../src/graph/contract.ts';

const source = { file: 'a.txt', start: 0, end: 4, quote: 'MIIT' };
const graph = (edges: SerializedGraph['edges'], nodes: SerializedGraph['nodes'] = []): SerializedGraph => ({
  attributes: {},
  options: { type: 'directed', multi: false, allowSelfLoops: false },
  nodes: [
    {
      key: 'agency:miit',
      attributes: { kind: 'Agency', name: 'MIIT', abbreviation: 'MIIT', nameZh: null, level: 'central', registered: true, sources: [source] },
    },
    { key: 'sector:ai', attributes: { kind: 'Sector', name: 'AI', sources: [source] } },
    ...nodes,
  ],
  edges,
});

describe('the graph contract', () => {
  it('accepts a graph that keeps it', () => {
    expect(contractBreaches(graph([]))).toEqual([]);
  });

  it('refuses an edge key that is not the one its kind and ends give (the injection the red team used)', () => {
    const key = 'PART_OF]->(b) SET b.pwned = true WITH * MATCH (a)-[x:PART_OF:agency:miit->agency:miit';
    const breaches = contractBreaches(graph([{ key, source: 'agency:miit', target: 'agency:miit', attributes: { kind: 'PART_OF', sources: [source] } }]));
    expect(breaches).toEqual([`edge ${key}: the key should be PART_OF:agency:miit->agency:miit`]);
  });

  it('refuses an edge to a node the graph lacks, and one joining kinds its kind does not join', () => {
    const breaches = contractBreaches(
      graph([
        { key: 'PART_OF:agency:miit->agency:ghost', source: 'agency:miit', target: 'agency:ghost', attributes: { kind: 'PART_OF', sources: [source] } },
        { key: 'PART_OF:agency:miit->sector:ai', source: 'agency:miit', target: 'sector:ai', attributes: { kind: 'PART_OF', sources: [source] } },
      ]),
    );
    expect(breaches).toEqual([
      'edge PART_OF:agency:miit->agency:ghost: agency:ghost is not a node of the graph',
      'edge PART_OF:agency:miit->sector:ai: PART_OF does not join Agency to Sector',
    ]);
  });

  it('refuses a key whose prefix names another kind, or no kind at all', () => {
    const breaches = contractBreaches(
      graph(
        [],
        [
          { key: 'policy:not-a-firm', attributes: { kind: 'Firm', name: 'X', aliases: [], sources: [source] } },
          { key: 'constructor:x', attributes: { kind: 'Firm', name: 'Y', aliases: [], sources: [source] } },
        ],
      ),
    );
    expect(breaches).toEqual(["node policy:not-a-firm: a key of this form is not a Firm's", "node constructor:x: a key of this form is not a Firm's"]);
  });

  it('refuses outsized values and backward source spans', () => {
    const breaches = contractBreaches(
      graph([], [{ key: 'firm:big', attributes: { kind: 'Firm', name: 'x'.repeat(1_000_001), aliases: [], sources: [{ ...source, start: 9, end: 2 }] } }]),
    );
    expect(breaches).toEqual([
      'node firm:big: name is a text of 1000001 characters (at most 1000000)',
      'firm:big: a source span ends (2) before it starts (9)',
    ]);
  });
});

describe('the kinds declared once', () => {
  it('declare every node kind of the schema, and only those', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...NODE_KINDS].sort());
  });

  it('name the kind of every key the extractor builds', () => {
    const built: [string, string][] = [
      [keys.newsletter('001.txt'), 'Newsletter'],
      [keys.entry(keys.newsletter('001.txt'), 'top', 'A headline', '2024-01-02'), 'Entry'],
      [keys.policy('Action Plan'), 'Policy'],
      [keys.agency('MIIT'), 'Agency'],
      [keys.unregisteredAgency('Shenzhen Bureau'), 'Agency'],
      [keys.firm('BYD'), 'Firm'],
      [keys.sector('batteries'), 'Sector'],
      [keys.target(keys.policy('Action Plan'), '50 GW by 2025'), 'Target'],
    ];
    for (const [key, kind] of built) expect(kindOfKey(key)).toBe(kind);
    expect(kindOfKey('constructor:x')).toBeNull();
  });

  it('label a node by the first of its kind’s label attributes it has', () => {
    expect(labelOf('Agency', { abbreviation: 'MIIT', name: 'Ministry of Industry and Information Technology' })).toBe('MIIT');
    expect(labelOf('Agency', { abbreviation: null, name: 'Leading Small Group on Finance' })).toBe('Leading Small Group on Finance');
    expect(labelOf('Newsletter', { title: 'China Industries · 7 Dec 2021', source: '001.txt' })).toBe('China Industries · 7 Dec 2021');
  });

  it('keep an entry’s key when an item before it is dropped, and tell two items apart by date', () => {
    const nl = keys.newsletter('001.txt');
    expect(keys.entry(nl, 'policy-news', 'MIIT issues   guidelines', '2024-01-02')).toBe(keys.entry(nl, 'policy-news', 'MIIT issues guidelines', '2024-01-02'));
    expect(keys.entry(nl, 'policy-news', 'MIIT issues guidelines', '2024-01-02')).not.toBe(
      keys.entry(nl, 'policy-news', 'MIIT issues guidelines', '2024-02-02'),
    );
  });
});
