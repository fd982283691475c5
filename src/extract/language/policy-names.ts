/**
 * Policies a text names without stating lineage: capitalised document titles ("the Cybersecurity
 * Law", "the Belt and Road Initiative") and the known names of graph-schema/policy-aliases.json
 * ("its Made in China 2025 strategy"), each under the name the registry keeps.
 */
import { derived } from '../registries.ts';
import { findAgencies } from './agencies.ts';
import { isGeneric, referenceTitle } from './generic-titles.ts';
import { titledDocuments } from './lineage.ts';
import { splitSentences } from './sentences.ts';
import { escapeRegExp } from '../text/regexp.ts';

export interface PolicyName {
  title: string;
  start: number;
  end: number;
  sentence: { start: number; end: number };
}

const escape = (s: string) => escapeRegExp(s).replace(/\s+/g, '\\s+');
/** Every known name of a policy (policy-aliases.json, lower case) → the name kept, and a pattern finding them. */
const known = derived((r) => {
  const canonical = new Map<string, string>();
  for (const group of r.policyAliases) for (const name of group) canonical.set(name.toLowerCase().replace(/\s+/g, ' '), group[0]!);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...canonical.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return { canonical, pattern };
});

export function canonicalPolicyTitle(title: string): string {
  return known().canonical.get(title.toLowerCase().replace(/\s+/g, ' ')) ?? title;
}

export function findPolicyNames(text: string): PolicyName[] {
  const agencies = findAgencies(text);
  const found: PolicyName[] = [];
  for (const sentence of splitSentences(text)) {
    const span = { start: sentence.start, end: sentence.end };
    for (const m of sentence.text.matchAll(known().pattern)) {
      const start = sentence.start + m.index!;
      found.push({ title: canonicalPolicyTitle(m[0]), start, end: start + m[0].length, sentence: span });
    }
    for (const doc of titledDocuments(sentence.text, sentence.start)) {
      if (found.some((f) => doc.start < f.end && f.start < doc.end)) continue;
      const title = referenceTitle(doc.title);
      if (!title || isGeneric(title) || agencies.some((a) => doc.start < a.end && a.start < doc.end)) continue;
      found.push({ title: canonicalPolicyTitle(title), start: doc.start, end: doc.end, sentence: span });
    }
  }
  return found;
}
