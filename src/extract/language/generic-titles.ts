/**
 * Titles that name a kind of document rather than one ("the 14th Five-Year Plan", "the FYP's
 * targets"), and the words around a reference that are not part of its title.
 */
import { derived } from '../registries.ts';
import { withoutDraftNote } from './draft.ts';

/** Words of a title that say only what kind of document it is (graph-schema/document-vocabulary.json). */
const kindWords = derived(
  (r) =>
    new Set(
      [...r.documentVocabulary.documentKinds, ...r.documentVocabulary.titleOnlyKinds, ...r.documentVocabulary.kindModifiers].flatMap((k) => k.split(/\s+/)),
    ),
);

/** "Policy outline", "a new action plan": a description made of nothing but kinds of document and their modifiers. */
export function namesOnlyKind(description: string): boolean {
  const words = description
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !['a', 'an', 'new'].includes(w));
  return words.length > 0 && words.every((w) => kindWords().has(w.replace(/[^\p{L}\d-]/gu, '')));
}

/** "14th Five-Year Plan (FYP)" names a kind of document, not one: nothing but an ordinal, the kind and an abbreviation. */
export function isGeneric(title: string): boolean {
  const distinctive = title
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !kindWords().has(w.toLowerCase()));
  return distinctive.length === 0;
}

/** Words before a reference that introduce it: "Implementing the 14th FYP" refers to the 14th FYP. */
// ("Implementing Rules of …", "Implementing Measures for …" are a document's own name.)
const INTRODUCING_WORDS =
  /^(?:(?:implementing(?!\s+(?:rules|measures|regulations|provisions|opinions)\b)|following|under|per|according\s+to|in\s+line\s+with|the|its|their)\s+)+/i;

/** A numbered part of a document before the document's name: "Article 38 of the", "Articles 21 and 22 of". */
const PART_OF_DOCUMENT =
  /^(?:articles?|sections?|chapters?|clauses?|paragraphs?|annex(?:es)?)\s+[\dIVX]+(?:\s*(?:,|and|to|-|–)\s*[\dIVX]+)*\s+of\s+(?:the\s+)?/i;

/**
 * A reference's title without what surrounds it — an introducing gerund, "the", a possessive
 * ("the FYP's targets") — or null when what was caught is a clause, not a title ("2022, and the FYP").
 */
export function referenceTitle(caught: string): string | null {
  const title = withoutDraftNote(caught)
    .replace(INTRODUCING_WORDS, '')
    .replace(/['’]s$/u, '')
    // "Article 38 of the PIPL", "Articles 21 and 22 of …", "Chapter 3 of …": a part of a document refers to the document.
    .replace(PART_OF_DOCUMENT, '')
    // "the 2021 Data Security Law", "a 2016 notice on steel": a year before the name dates the document and is no part of its title.
    .replace(/^(?:19|20)\d{2}\s+(?=\p{Lu}\p{Ll}|\p{Ll}{2})/u, '')
    // "the 2021-2023 robot action plan": a period before the name is the document's, printed after it as titles do.
    .replace(/^((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s+((?:\p{Lu}\p{Ll}|\p{Ll}{2}).*)$/u, '$3 ($1-$2)')
    .trim();
  if (title.length === 0 || /^\d{4}\s*,|,\s*(?:and|or)\s/.test(title)) return null;
  return title;
}

/** Plans of the five-year cycle: a reference by kind ("the 14th FYP") means the one named nearby. */
const FIVE_YEAR_PLAN = /Five-Year Plan|\bFYP\b/;

/** A plan's place in the cycle: "14th" of "the 14th FYP". */
const CYCLE_NUMBER = /\b(\d{1,2})(?:st|nd|rd|th)\b/i;

/**
 * The document a reference by kind means: of the specific documents of the same kind named in the
 * text, the nearest one — of the same cycle, where the reference numbers it ("the 14th FYP" is no "13th
 * Five-Year Plan for the Digital Economy"); null when none is named, and the reference is then no
 * document of its own.
 */
export function meantDocument<T extends { title: string; start: number }>(reference: { title: string; start: number }, named: readonly T[]): T | null {
  if (!FIVE_YEAR_PLAN.test(reference.title)) return null;
  const cycle = CYCLE_NUMBER.exec(reference.title)?.[1];
  const sameKind = named.filter(
    (d) => FIVE_YEAR_PLAN.test(d.title) && !isGeneric(d.title) && (cycle === undefined || CYCLE_NUMBER.exec(d.title)?.[1] === cycle),
  );
  sameKind.sort((a, b) => Math.abs(a.start - reference.start) - Math.abs(b.start - reference.start));
  return sameKind[0] ?? null;
}

/** "the 14th FYP", "14th Five-Year Plan (FYP)", "the Outline of the 14th Five-Year Plan": a plan of the cycle by its number alone. */
const NUMBERED_PLAN = /^(?:Outline\s+of\s+the\s+)?(\d{1,2}(?:st|nd|rd|th))\s+(?:Five-Year\s+Plan|FYP)(?:\s*\(FYP\))?(?:\s+Outline)?$/i;

/**
 * The national plan a numbered reference means when the text names no plan of that kind: "Implementing
 * the 14th Five-Year Plan" is the 14th Five-Year Plan itself, one title for every spelling ("14th FYP").
 */
export function nationalPlan(title: string): string | null {
  const m = NUMBERED_PLAN.exec(title.trim());
  return m ? `${m[1]!.toLowerCase()} Five-Year Plan` : null;
}
