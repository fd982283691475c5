/**
 * The sector rules: a policy is in a sector when a keyword of graph-schema/sectors.json stands in its
 * title or headline, or at least twice in its summary; capitalised keywords ("AI", "API") match only in
 * capitals; a keyword matches as a whole word, over any spacing — in every shape.
 */
import { describe, expect, it } from 'vitest';
import { findSectors } from '../../src/extract/language/sectors.ts';
import { extractText, nodesOf, outgoing } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';

const keys = (title: string, summary: string) => findSectors(title, summary).map((s) => s.sector.key);

describe('sector rules', () => {
  it('places a policy by a keyword in its title', () => {
    expect(keys('Action Plan for the Semiconductor Industry', 'The plan sets goals.')).toEqual(['semiconductors']);
  });

  it('needs a keyword twice in the summary, not once', () => {
    expect(keys('Action Plan', 'The plan mentions batteries once.')).toEqual([]);
    expect(keys('Action Plan', 'The plan supports batteries. Battery recycling gets funds.')).toEqual(['batteries']);
  });

  it('matches a capitalised keyword only in capitals, and any keyword only as a whole word', () => {
    expect(keys('Guidelines on AI', '')).toEqual(['ai']);
    expect(keys('Plan said to be final', 'The ai of the plan; it said so, and said it again.')).toEqual([]);
    expect(keys('Plan on chipboard furniture', '')).toEqual([]);
  });

  it('matches a keyword of several words however it is spaced or wrapped', () => {
    expect(keys('Plan on integrated\ncircuit design', '')).toEqual(['semiconductors']);
  });

  it('gives each sector once, with the word that placed it there', () => {
    const found = findSectors('Plan for chips and semiconductor equipment', '');
    expect(found.map((s) => [s.sector.key, s.keyword, s.inTitle])).toEqual([['semiconductors', 'chips', true]]);
  });

  it('links the entry’s policy to its sectors in every shape', () => {
    const entry = { ...oneEntry, article: 'Action Plan for the Battery Industry (电池行业行动计划) (Link)' };
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [entry] }));
      const policy = nodesOf(graph, 'Policy').find((p) => p.title === 'Action Plan for the Battery Industry')!;
      expect(outgoing(graph, policy.key, 'IN_SECTOR').map((e) => e.key)).toContain('sector:batteries');
    }
  });
});
