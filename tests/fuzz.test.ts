/**
 * Property-based fuzzing (fast-check) of what comes from outside: newsletters, random and mutated
 * from the seeds, never crash or hang the extractor, and every source span stays inside the file;
 * a `kg load --graph` file either fails validation or names only the schema's labels and types.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cypherLabel, cypherRelationshipType, SerializedGraph } from '../graph-schema/schema.ts';
import { extractNewsletter, InputError } from '../src/extract/index.ts';
import { contractBreaches } from '../src/graph/contract.ts';
import { serialize } from '../src/resolve/merge.ts';
import { splitByNewsletter } from '../src/store/facts.ts';
import { extractSeeds, readSeed, seedFiles } from './helpers/extract.ts';

/** A hang guard, not a speed measure: far more than any newsletter takes even on a busy machine. */
const BUDGET_MS = 10_000;

function extractWithinBudget(text: string): void {
  const bytes = new TextEncoder().encode(text);
  const started = performance.now();
  let extraction;
  try {
    extraction = extractNewsletter('fuzz.txt', bytes);
  } catch (err) {
    if (err instanceof InputError) return;
    throw err;
  }
  expect(performance.now() - started).toBeLessThan(BUDGET_MS);
  const length = text.replace(/^\ufeff/, '').length;
  const graph = extraction.fragment.graph;
  const spans = [...graph.nodes().map((n) => graph.getNodeAttributes(n).sources), ...graph.edges().map((e) => graph.getEdgeAttributes(e).sources)].flat();
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(length);
  }
}

/** One edit of a newsletter: cut, repeat, insert odd characters, swap lines, truncate. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'grapheme', maxLength: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('\n\n', '\u2022 ', '# ', '**', '1. ', 'Date: ', '\u0000', '\r\n', '\uf0a7', '（', '》', 'http://', '\u001c'),
  }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function apply(text: string, e: Edit): string {
  const at = 'at' in e ? e.at % (text.length + 1) : 0;
  switch (e.kind) {
    case 'cut':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'repeat':
      return text.slice(0, at + e.length) + text.slice(at, at + e.length) + text.slice(at + e.length);
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'swapLines': {
      const lines = text.split('\n');
      const [a, b] = [e.a % lines.length, e.b % lines.length];
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, at);
  }
}

describe('the extractor under fuzzing', () => {
  it('never crashes or hangs on a seed with random edits, and keeps every span inside the file', () => {
    const seeds = seedFiles.map(readSeed);
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (i, edits) => {
        extractWithinBudget(edits.reduce(apply, seeds[i]!));
      }),
      { numRuns: 150 },
    );
  });

  it('never crashes or hangs on random text shaped like a newsletter', () => {
    const line = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.constantFrom(
        'MERICS China Industries',
        'TOP 5',
        '1. ',
        'At a glance:',
        'Date: 2024-01-01',
        '\u2022 ',
        '## Policy news',
        '',
        'Article: x',
        '（国务院）',
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 80 }), (lines) => {
        extractWithinBudget(lines.join('\n'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('--graph input under fuzzing', () => {
  const valid = serialize(extractSeeds());

  it('either breaks the contract or names only the schema’s labels and relationship types', () => {
    const keyEdit = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('constructor:x', '__proto__:x', 'agency:miit', 'PART_OF]->(b) SET b.x = 1 //', '`', 'policy:a`b', 'x:y->z'),
    );
    fc.assert(
      fc.property(fc.nat(), fc.nat(), keyEdit, fc.constantFrom('key', 'source', 'target', 'nodeKey'), (n, m, value, field) => {
        const graph = structuredClone(valid) as { nodes: { key: string }[]; edges: { key: string; source: string; target: string }[] };
        if (field === 'nodeKey') graph.nodes[n % graph.nodes.length]!.key = value;
        else graph.edges[m % graph.edges.length]![field] = value;
        const parsed = SerializedGraph.safeParse(graph);
        if (!parsed.success || contractBreaches(parsed.data, 1).length > 0) return;
        for (const newsletter of splitByNewsletter(parsed.data)) {
          for (const node of newsletter.nodes) expect(cypherLabel(node.label)).toBe(node.label);
          for (const e of newsletter.edges) {
            expect(cypherRelationshipType(e.type)).toBe(e.type);
            expect(e.key).toBe(`${e.type}:${e.from.key}->${e.to.key}`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
