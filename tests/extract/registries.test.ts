/**
 * Extraction reads the language with the registries it is given, not with module-wide ones: a test
 * (or another deployment) can supply its own, and the next extraction is back on graph-schema's.
 */
import { describe, expect, it } from 'vitest';
import { registriesWith } from '../../graph-schema/registry.ts';
import { extractNewsletter } from '../../src/extract/index.ts';
import { nodesOf } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet } from '../helpers/snippets.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('registries passed in', () => {
  const entry = {
    ...oneEntry,
    headline: 'China plans a quantum sensor industry',
    issuers: 'MIIT, the Imaginary Office',
    glance: 'The Imaginary Office and the MIIT released a plan for quantum sensors. It also backs quantum computing.',
    comment: 'Analysts at Octagon Dynamics welcomed the plan.',
  };
  const imaginary = registriesWith({
    agencies: [
      ...registriesWith({}).agencies,
      { key: 'BIA', name: 'Bureau of Imaginary Affairs', abbreviations: ['BIA'], aliases: ['Imaginary Office'], nameZh: null, level: 'central' },
    ],
    sectors: [{ key: 'quantum', name: 'Quantum technology', keywords: ['quantum'] }],
  });

  it('finds a body and a sector only the supplied registries know, in either shape', () => {
    for (const text of [pdfSnippet({ top: [entry] }), markdownSnippet({ top: [entry] })]) {
      const graph = extractNewsletter('snippet.txt', bytes(text), imaginary).fragment.graph;
      expect(nodesOf(graph, 'Agency').map((a) => a.key)).toContain('agency:bia');
      expect(nodesOf(graph, 'Sector').map((s) => s.key)).toEqual(['sector:quantum']);
    }
  });

  it('leaves the shipped registries in place for the next extraction', () => {
    extractNewsletter('snippet.txt', bytes(pdfSnippet({ top: [entry] })), imaginary);
    const graph = extractNewsletter('snippet.txt', bytes(pdfSnippet({ top: [entry] }))).fragment.graph;
    expect(nodesOf(graph, 'Agency').map((a) => a.key)).not.toContain('agency:bia');
    expect(nodesOf(graph, 'Sector').map((s) => s.key)).not.toContain('sector:quantum');
  });
});
