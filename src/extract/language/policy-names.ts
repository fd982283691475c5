/**
 * Policies a text names without stating lineage: capitalised document titles ("the Cybersecurity
 * Law", "the Belt and Road Initiative") and the known names of graph-schema/policy-aliases.json
 * ("its Made in China 2025 strategy"), each under the name the registry keeps.
 */
import { findAgencies } from './agencies.ts';
import { isGeneric, referenceTitle } from './generic-titles.ts';
import { titledDocuments } from './lineage.ts';
import { splitSentences } from './sentences.ts';
import { canonicalPolicyTitle, knownPolicyNames } from './known-policies.ts';

export interface PolicyName {
  title: string;
  start: number;
  end: number;
  sentence: { start: number; end: number };
}

export function findPolicyNames(text: string): PolicyName[] {
  // A body's name inside a title is no document's ("the State Council Information Office"); its owner before
  // the title is ("the State Council's Opinions on …").
  const agencies = findAgencies(text).filter((a) => !/^['’]s\s/.test(text.slice(a.end)));
  const found: PolicyName[] = [];
  for (const sentence of splitSentences(text)) {
    const span = { start: sentence.start, end: sentence.end };
    for (const name of knownPolicyNames(sentence.text)) {
      found.push({ title: name.title, start: sentence.start + name.start, end: sentence.start + name.end, sentence: span });
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
