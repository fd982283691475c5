/** Sectors from the controlled vocabulary in graph-schema/sectors.json, with the word that placed a policy there. */
import { sectorVocabulary, type SectorEntry } from '../../../graph-schema/registry.ts';

export interface SectorEvidence {
  sector: SectorEntry;
  keyword: string;
  /** Found in the title or headline (else twice in the summary). */
  inTitle: boolean;
  index: number;
}

const wordPattern = (k: string) =>
  `(?<![\\p{L}\\p{N}])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`;

/** All-caps keywords (AI, ICT, SME) match only in capitals; the others in any case. */
const patterns = sectorVocabulary.map((sector) => {
  const caps = sector.keywords.filter((k) => k === k.toUpperCase());
  const words = sector.keywords.filter((k) => k !== k.toUpperCase());
  return {
    sector,
    res: [
      caps.length ? new RegExp(caps.map(wordPattern).join('|'), 'gu') : null,
      words.length ? new RegExp(words.map(wordPattern).join('|'), 'giu') : null,
    ].filter((r): r is RegExp => r !== null),
  };
});

function matches(res: RegExp[], text: string): RegExpMatchArray[] {
  return res.flatMap((re) => [...text.matchAll(re)]).sort((a, b) => a.index! - b.index!);
}

/** A policy's sectors: a keyword in its title or headline, or one used at least twice in its summary. */
export function findSectors(title: string, summary: string): SectorEvidence[] {
  const out: SectorEvidence[] = [];
  for (const { sector, res } of patterns) {
    const inTitle = matches(res, title);
    const inSummary = matches(res, summary);
    if (inTitle[0]) out.push({ sector, keyword: inTitle[0][0], inTitle: true, index: inTitle[0].index! });
    else if (inSummary.length >= 2) out.push({ sector, keyword: inSummary[0]![0], inTitle: false, index: inSummary[0]!.index! });
  }
  return out;
}
