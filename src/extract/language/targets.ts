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
