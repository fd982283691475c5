/**
 * Policies the registries know by name (graph-schema/policy-aliases.json): "its Made in China 2025
 * strategy", "MIC 2025", each under the name the registry keeps. Their names need not hold a kind of
 * document, so the title rules alone would not see them.
 */
import { derived } from '../registries.ts';
import { escapeRegExp, LETTER_OR_DIGIT, matchesNotAfter } from '../text/regexp.ts';

const escape = (s: string) => escapeRegExp(s).replace(/\s+/g, '\\s+');

/** Every known name of a policy (lower case) → the name kept, and a pattern finding them. */
const known = derived((r) => {
  const canonical = new Map<string, string>();
  for (const group of r.policyAliases) for (const name of group) canonical.set(name.toLowerCase().replace(/\s+/g, ' '), group[0]!);
  const names = [...canonical.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const parts = r.documentVocabulary.partsOfDocument.map(escape).join('|');
  return {
    canonical,
    // Run with matchesNotAfter: no letter or digit before.
    anywhere: new RegExp(`(?:${names})(?![\\p{L}\\p{N}])`, 'giu'),
    /**
     * At the start of a clause, after the words that introduce a reference ("the", "its", "China's") and a year ("the 2022 No. 1
     * Central Document"), or after a part of it: "the robotics chapter of Made in China 2025" is Made in China 2025.
     */
    atStart: new RegExp(
      `^\\s*(?:the\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:${parts})\\s+(?:of|in|under)\\s+)?(?:(?:the|its|their|China['’]s|Beijing['’]s)\\s+)?(?:(?:19|20)\\d{2}\\s+)?(${names})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  };
});

export function canonicalPolicyTitle(title: string): string {
  return known().canonical.get(title.toLowerCase().replace(/\s+/g, ' ')) ?? title;
}

/** Whether a name is one the registries know a policy by: "Made in China 2025", "MIC 2025". */
export function isKnownPolicyName(name: string): boolean {
  return known().canonical.has(name.toLowerCase().replace(/\s+/g, ' '));
}

/** Every known policy name in a text, with its place. */
export function knownPolicyNames(text: string): { title: string; start: number; end: number }[] {
  return [...matchesNotAfter(text, known().anywhere, LETTER_OR_DIGIT)].map((m) => ({
    title: canonicalPolicyTitle(m[0]),
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}

/** A known policy that opens a clause: "the Made in China 2025 strategy and …" → Made in China 2025. */
export function knownPolicyAtStart(clause: string): { title: string; start: number; end: number } | null {
  const m = known().atStart.exec(clause);
  if (!m) return null;
  const start = m.index + m[0].length - m[1]!.length;
  return { title: canonicalPolicyTitle(m[1]!), start, end: start + m[1]!.length };
}
