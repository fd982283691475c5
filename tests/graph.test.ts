import { describe, expect, it } from 'vitest';
import { SerializedGraph } from '../graph-schema/schema.ts';
import { createFactGraph } from '../src/graph/facts.ts';
import { mergeFragments, resolveFragments, serialize, serializedJson } from '../src/resolve/merge.ts';
import { extractSeeds, extractText, nodesOf, outgoing, readSeed, seedFiles } from './helpers/extract.ts';
import { oneEntry, pdfSnippet } from './helpers/snippets.ts';

/** Letters and digits only, markup stripped: what a quote and its span in the file must share. */
const letters = (s: string) => s.replace(/<\/?[a-z]+>/g, '').replace(/[^\p{L}\p{N}]/gu, '');

/** Do the characters of `quote` appear in `raw` in order? (A URL block may stand between them.) */
function appearsInOrder(quote: string, raw: string): boolean {
  let i = 0;
  for (const ch of raw) if (ch === quote[i]) i += 1;
  return i === quote.length;
}

describe('the extracted graph', () => {
  const graph = extractSeeds();

  it('fits the schema in graph-schema/', () => {
    expect(SerializedGraph.safeParse(graph.export()).success).toBe(true);
  });

  it('gives the same keys to the same input', () => {
    const again = extractSeeds();
    expect(again.export()).toEqual(graph.export());
  });

  it('keeps for every fact a span of its file that holds the quoted text', () => {
    const files = new Map(seedFiles.map((f) => [f, readSeed(f)]));
    const sources = [...graph.mapNodes((_k, a) => a.sources), ...graph.mapEdges((_k, a) => a.sources)].flat();
    expect(sources.length).toBeGreaterThan(500);
    for (const s of sources) {
      const raw = letters(files.get(s.file)!.slice(s.start, s.end));
      const quote = letters(s.quote);
      const where = `${s.file}:${s.start}-${s.end} "${s.quote}"`;
      expect(raw.startsWith(quote.slice(0, 4)), where).toBe(true);
      expect(raw.endsWith(quote.slice(-4)), where).toBe(true);
      expect(appearsInOrder(quote, raw), where).toBe(true);
    }
  });

  it('makes one agency node for a body named in every newsletter, keeping each source', () => {
    const miit = graph.getNodeAttributes('agency:miit');
    expect(miit).toMatchObject({ kind: 'Agency', name: 'Ministry of Industry and Information Technology', abbreviation: 'MIIT', level: 'central' });
    expect(new Set(miit.sources.map((s) => s.file))).toEqual(new Set(seedFiles));
  });

  it('makes one firm node however the firm is written', () => {
    const firms = nodesOf(graph, 'Firm').filter((f) => f.name.startsWith('MediLink'));
    expect(firms.map((f) => f.name)).toEqual(['MediLink Therapeutics']);
    expect(firms[0]!.aliases).toContain('MediLink');
  });

  it('links lineage to a stub policy carrying the evidence sentence', () => {
    const guidelines = nodesOf(graph, 'Policy').find(
      (p) => p.title === 'Guiding Opinions on Promoting the High-Quality Development of the Metrology Industry',
    )!;
    const [edge] = outgoing(graph, guidelines.key, 'BUILDS_ON');
    expect(edge!.node).toMatchObject({ kind: 'Policy', title: 'Metrology Development Plan (2021-2035)', stub: true });
    expect(edge!.edge).toMatchObject({ relation: 'based-on', evidence: expect.stringContaining('These guidelines build on') });
  });
});

describe('merging newsletters', () => {
  it('turns a stub into a covered policy when a later newsletter covers it, keeping both sources', () => {
    const earlier = extractText(pdfSnippet({ top: [{ ...oneEntry, comment: 'It builds on the Data Export Measures, released in 2021.' }] }), 'a.txt');
    const later = extractText(pdfSnippet({ top: [{ ...oneEntry, headline: 'Data export', article: 'Data Export Measures (Link)' }] }), 'b.txt');
    const merged = mergeFragments([earlier, later]);
    const policy = merged.getNodeAttributes('policy:data-export-measures');
    expect(policy).toMatchObject({ stub: false });
    expect(policy.sources.map((s) => s.file).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('keeps both dates when two newsletters disagree, showing the covering one, in whichever order they merge', () => {
    // The earlier issue only refers to the measures ("released on …"); the later one covers them.
    const mention = () =>
      extractText(
        pdfSnippet({
          header: 'MERICS China Industries April 2, 2023',
          top: [{ ...oneEntry, comment: 'It builds on the Data Export Measures, released in 2021.' }],
        }),
        'a.txt',
      );
    const cover = (date: string) => () =>
      extractText(
        pdfSnippet({
          header: 'MERICS China Industries May 2, 2023',
          top: [{ ...oneEntry, headline: 'Data export', article: 'Data Export Measures (Link)', date }],
        }),
        'b.txt',
      );
    const [first, second] = [resolveFragments([mention(), cover('March 3, 2023')()]).graph, resolveFragments([cover('March 3, 2023')(), mention()]).graph];
    expect(first.getNodeAttributes('policy:data-export-measures')).toEqual(second.getNodeAttributes('policy:data-export-measures'));

    const a = extractText(
      pdfSnippet({
        header: 'MERICS China Industries April 2, 2023',
        top: [{ ...oneEntry, headline: 'Data export', article: 'Data Export Measures (Link)', date: 'March 3, 2023' }],
      }),
      'a.txt',
    );
    const b = cover('March 4, 2023')();
    for (const order of [
      [a, b],
      [b, a],
    ]) {
      const policy = resolveFragments(order.map((g) => g.copy())).graph.getNodeAttributes('policy:data-export-measures');
      expect(policy).toMatchObject({ date: '2023-03-04' });
      expect(policy.conflicts).toEqual([
        {
          attribute: 'date',
          chosen: '2023-03-04',
          rule: 'covering-then-latest',
          values: [
            { value: '2023-03-04', newsletters: ['b.txt'] },
            { value: '2023-03-03', newsletters: ['a.txt'] },
          ],
        },
      ]);
    }
  });

  it('serializes in graphology’s format with a kind on every node and edge', () => {
    const out = serialize(extractText(pdfSnippet({ top: [oneEntry] })));
    expect(out.options).toMatchObject({ type: 'directed' });
    expect(out.nodes.every((n) => typeof n.attributes.kind === 'string')).toBe(true);
    expect(out.edges.every((e) => e.key === `${e.attributes.kind}:${e.source}->${e.target}`)).toBe(true);
  });

  it('writes the same JSON piece by piece as in one string, compact or indented', () => {
    const seeds = extractSeeds();
    for (const graph of [seeds, createFactGraph()]) {
      for (const indent of [0, 1]) {
        const pieces = [...serializedJson(graph, indent)];
        expect(pieces.join('')).toBe(JSON.stringify(serialize(graph), null, indent));
        if (graph === seeds) expect(pieces.length).toBeGreaterThan(3);
      }
    }
  });

  it('refuses, before writing a piece, a graph that breaks the contract', () => {
    const graph = extractText(pdfSnippet({ top: [oneEntry] }));
    const policy = graph.findNode((_k, a) => a.kind === 'Policy')!;
    graph.mergeNodeAttributes(policy, { kind: 'Firm' });
    const pieces = serializedJson(graph);
    expect(() => pieces.next()).toThrow(/breaks the schema: node policy:.*a key of this form is not a Firm's/);
  });
});
