/**
 * The year a target bullet aims at: stated in the bullet ("by 2025", "By 2027, …"), or given by
 * the sentence that introduces the list ("Key targets for 2025 include:", "Intermediate goals, to
 * be realized by 2025, include:"), or by a paragraph that sets "targets for 2025" before the list.
 */
import { splitSentences } from './sentences.ts';

const YEAR = '((?:19|20)\\d{2})';
const BY_YEAR = new RegExp(`\\b(?:by|until|before|through|in time for)\\s+(?:the end of\\s+)?${YEAR}\\b`, 'i');
const TARGETS_FOR = new RegExp(`\\b(?:targets?|goals?|objectives?|aims?)\\s+(?:\\w+\\s+)?(?:for|by|until)\\s+${YEAR}\\b`, 'i');

export function bulletYear(bullet: string): number | null {
  const m = BY_YEAR.exec(bullet);
  return m ? Number(m[1]) : null;
}

export function leadInYear(leadIn: string | null): number | null {
  if (!leadIn) return null;
  const sentences = splitSentences(leadIn);
  const last = sentences.at(-1)?.text ?? '';
  const inLast = TARGETS_FOR.exec(last) ?? BY_YEAR.exec(last);
  if (inLast) return Number(inLast[1]);
  const inParagraph = TARGETS_FOR.exec(leadIn);
  return inParagraph ? Number(inParagraph[1]) : null;
}

export function targetYear(bullet: string, leadIn: string | null): number | null {
  return bulletYear(bullet) ?? leadInYear(leadIn);
}

/**
 * A bullet that forbids or lists an attachment is no goal: "Ban the export of …", "Prohibit …",
 * "Annex 2: Catalogue of …", "Article 5 …". (A rule the text reports as a duty — "transfers must be
 * reported" — still counts, as the analysts' gold has it.)
 */
const NOT_A_GOAL = /^(?:(?:ban|prohibit|forbid|bar)s?\b|(?:annex|attachment|appendix)\s*\d*\s*[:.-]|article\s+\d+\b)/i;

export function isGoal(bullet: string): boolean {
  return !NOT_A_GOAL.test(bullet.trim());
}

/**
 * Goals stated in the prose: a clause that moves a measure to a number, tied to a year ("raise the
 * non-fossil share to over 80 percent by 2060", "reach 300 EFLOPS by 2025"). Returns each clause with
 * its year, which only the clause itself gives.
 */
const PROSE_GOAL = new RegExp(
  String.raw`\b(?:raise|increase|reach|cut|reduce|lower|grow|expand|boost|double|triple|achieve|exceed|bring|lift|add|build|train|cultivate|install|deploy)\w*\b[^.;:]{0,120}?\b(?:to|of|by|at least|more than|over|above|below)\s+(?:about\s+|around\s+|roughly\s+)?(?:CNY|USD|EUR|RMB)?\s*[\d.,]+\s*(?:%|percent|per\s*cent|million|billion|trillion|GW|TWh|EFLOPS|units?|tons?|tonnes|[a-z]+)?[^.;:]{0,60}?\bby\s+${YEAR}\b`,
  'gi',
);

export function proseGoals(text: string): { text: string; start: number; end: number; year: number }[] {
  const out: { text: string; start: number; end: number; year: number }[] = [];
  for (const m of text.matchAll(PROSE_GOAL)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, year: Number(m[1]) });
  return out;
}
