/**
 * The one rule for "draft": a document is a draft when its title says so ("(Draft for Comments)",
 * "征求意见稿"), or when the prose that introduces it does — "released a draft of …", "the draft
 * guidelines", "published draft Regulations on …", "proposed rules", "for public comment", "soliciting opinions". Only the
 * sentences that introduce the covered document count: a draft mentioned as an earlier step ("after last
 * year's draft") does not.
 */
import { derived } from '../registries.ts';
import { wordAlternation } from '../text/regexp.ts';

const IN_TITLE = /\bdraft\b|for (?:public )?comments?\b|征求意见稿|意见征求稿/i;

/** "released a draft of …", "reviewed the draft Outline …": any verb that brings in a document (document-vocabulary.json), then "draft". */
const putsOutDraft = derived(
  ({ documentVocabulary: v }) =>
    new RegExp(`\\b(?:${wordAlternation(v.introducingVerbs)}|proposed)\\s+(?:(?:a|an|the|its)\\s+(?:\\w+\\s+){0,3}?|new\\s+)?draft\\b`, 'i'),
);

const IN_PROSE = [
  /\b(?:a|the)\s+draft\s+(?:version\s+of\s+(?:the\s+)?)?(?:\w+\s+){0,3}?(?:law|rules|regulations?|measures|guidelines?|plan|opinions|notice|standards?|provisions|catalog(?:ue)?|list|policy)\b/i,
  /\b(?:for|seek(?:s|ing)?|sought|solicit(?:s|ed|ing)?|invit(?:es?|ed|ing)|ask(?:s|ed|ing)?\s+for)\s+(?:(?:the\s+)?public(?:['’]s)?\s+)?(?:comments?|opinions|feedback|views|input|consultation)\b/i,
  /\b(?:consultation|exposure)\s+(?:draft|paper|version)\b/i,
  /\bdraft\s+for\s+(?:public\s+)?comments?\b/i,
  // "released proposed rules on …": what is proposed is not yet in force.
  /\bproposed\s+(?:\w+\s+){0,2}?(?:law|rules|regulations?|measures|guidelines?|amendments?|standards?|provisions|revisions?)\b/i,
];

/** "(draft for comments)", "(Draft)" after a title: the document's state, not part of its name. */
const DRAFT_NOTE = /\s*[(（][^()（）]*(?:\bdraft\b|for (?:public )?comments?\b|征求意见稿)[^()（）]*[)）]$/i;

/** A title without a closing note that marks it a draft: the draft and the final version share the name. */
export function withoutDraftNote(title: string): string {
  return title.replace(DRAFT_NOTE, '');
}

/** Every mark of a draft in a title, wherever it stands: "Draft Measures …", "… (Draft for Comments)", "…征求意见稿". */
const DRAFT_MARKS = /\s*[(（][^()（）]*(?:\bdraft\b|for (?:public )?comments?\b|征求意见稿)[^()（）]*[)）]|\s*\bdraft\b\s*|征求意见稿/gi;

/** What a draft and its final version have in common: the title with every draft mark taken out. */
export function withoutDraftMarks(title: string): string {
  return title
    .replace(DRAFT_MARKS, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Whether a document title marks a draft. */
export function titleSaysDraft(title: string): boolean {
  return IN_TITLE.test(title);
}

/** A draft or a consultation the final document followed: "after last year's draft", "after seeking views from firms". */
const EARLIER_STEP =
  /\b(?:earlier|previous|last year['’]s|former)\s+draft\b|\bafter\s+(?:(?:a|an|the|its|\w+ly)\s+)?(?:seeking|soliciting|consulting|(?:public\s+)?consultation)\b/i;

/** Whether the sentence that introduces a document calls it a draft. */
export function proseSaysDraft(introduction: string): boolean {
  return (putsOutDraft().test(introduction) || IN_PROSE.some((re) => re.test(introduction))) && !EARLIER_STEP.test(introduction);
}
