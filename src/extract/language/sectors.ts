/** Sectors from the controlled vocabulary in graph-schema/sectors.json, with the word that placed a policy there. */
import type { SectorEntry } from '../../../graph-schema/registry.ts';
import { derived, registries } from '../registries.ts';
import { escapeRegExp, LETTER_OR_DIGIT, matchesNotAfter } from '../text/regexp.ts';

export interface SectorEvidence {
  sector: SectorEntry;
  keyword: string;
  /** Found in the title or headline (else twice in the summary). */
  inTitle: boolean;
  index: number;
}

const wordPattern = (k: string) => escapeRegExp(k).replace(/\s+/g, '\\s+');
const normKeyword = (k: string) => k.replace(/\s+/g, ' ');

/**
 * All keywords in two passes over the text: all-caps ones (AI, ICT, SME) match only in capitals,
 * the others in any case. Each match is looked up to find its sector.
 */
const keywords = derived((r) => {
  const caps = new Map<string, SectorEntry>();
  const other = new Map<string, SectorEntry>();
  for (const sector of r.sectors) {
    for (const k of sector.keywords) {
      if (k === k.toUpperCase()) caps.set(normKeyword(k), sector);
      else other.set(normKeyword(k).toLowerCase(), sector);
    }
  }
  // No keywords of a kind: a pattern that never matches (an empty alternation would match everywhere).
  const byLength = (m: Map<string, SectorEntry>) =>
    m.size === 0
      ? '(?!)'
      : [...m.keys()]
          .sort((a, b) => b.length - a.length)
          .map(wordPattern)
          .join('|');
  return {
    caps,
    other,
    // Both are run with matchesNotAfter: no letter or digit before.
    capsPattern: new RegExp(`(?:${byLength(caps)})(?![\\p{L}\\p{N}])`, 'gu'),
    otherPattern: new RegExp(`(?:${byLength(other)})(?![\\p{L}\\p{N}])`, 'giu'),
  };
});

function matchesBySector(text: string): Map<SectorEntry, RegExpMatchArray[]> {
  const found = new Map<SectorEntry, RegExpMatchArray[]>();
  const add = (sector: SectorEntry | undefined, m: RegExpMatchArray) => {
    if (sector) found.set(sector, [...(found.get(sector) ?? []), m]);
  };
  const { caps, other, capsPattern, otherPattern } = keywords();
  for (const m of matchesNotAfter(text, capsPattern, LETTER_OR_DIGIT)) add(caps.get(normKeyword(m[0])), m);
  for (const m of matchesNotAfter(text, otherPattern, LETTER_OR_DIGIT)) add(other.get(normKeyword(m[0]).toLowerCase()), m);
  for (const ms of found.values()) ms.sort((a, b) => a.index! - b.index!);
  return found;
}

/** A policy's sectors: a keyword in its title or headline, or one used at least twice in its summary. */
export function findSectors(title: string, summary: string): SectorEvidence[] {
  const out: SectorEvidence[] = [];
  const inTitle = matchesBySector(title);
  const inSummary = matchesBySector(summary);
  for (const sector of registries().sectors) {
    const t = inTitle.get(sector)?.[0];
    const s = inSummary.get(sector) ?? [];
    if (t) out.push({ sector, keyword: t[0], inTitle: true, index: t.index! });
    else if (s.length >= 2) out.push({ sector, keyword: s[0]![0], inTitle: false, index: s[0]!.index! });
  }
  return out;
}
