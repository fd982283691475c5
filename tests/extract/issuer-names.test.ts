/**
 * Issuing bodies named in the prose as other authors name them — full names with or without their
 * abbreviation, "&" for "and", a journalist's "industry ministry", a name without its "of China" —
 * resolved to the registry's bodies, in either shape, when no "Issuing bodies:" line is printed.
 */
import { describe, expect, it } from 'vitest';
import { extractText, nodesOf, outgoing } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';

const GLANCES: [string, string[]][] = [
  ['The Central Committee of the Chinese Communist Party (CCP) and the State Council released guidelines on data markets.', ['ccp_cc', 'state_council']],
  ['The Ministry of Industry & Information Technology published measures for robots.', ['miit']],
  ["China's top economic planner, the National Development and Reform Commission, released a plan on hydrogen.", ['ndrc']],
  ['The NDRC and the National Energy Administration (NEA) jointly issued a plan on new energy storage.', ['nea', 'ndrc']],
  ['The Cyberspace Administration released draft rules on generative AI.', ['cac']],
  ["The People's Bank of China and the CSRC issued opinions on fintech.", ['csrc', 'pboc']],
  ['Beijing’s industry ministry released a plan on humanoid robots.', ['miit']],
  ['The Science Ministry and the Finance Ministry issued a plan on basic research funding.', ['mof', 'most']],
  ['The Ministry of Ecology and Environment (MEE) published rules on carbon markets.', ['mee']],
];

describe('issuing bodies in other authors’ words', () => {
  it.each(GLANCES)('reads "%s" as issued by %j', (glance, issuers) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [{ ...oneEntry, glance, issuers: undefined, article: undefined, comment: undefined }] }));
      const [policy] = nodesOf(graph, 'Policy');
      expect(
        outgoing(graph, policy!.key, 'ISSUED_BY')
          .map((e) => e.key.replace(/^agency:/, ''))
          .sort(),
      ).toEqual([...issuers].sort());
    }
  });
});
