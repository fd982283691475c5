/**
 * The covered document's title from the prose, for an entry without an `Article:` / `Policy name:`
 * line (a web page, a brief copied from elsewhere): the first capitalised document title that an
 * introducing verb brings in — "MIIT released the Action Plan for … (钠离子…)" — never the headline,
 * which describes the news and not the document.
 */
import { derived } from '../registries.ts';
import { escapeRegExp, wordAlternation } from '../text/regexp.ts';
import { findAgencies } from './agencies.ts';
import { titleSaysDraft, withoutDraftNote } from './draft.ts';
import { describedDocument, describedDocumentAt, titledDocuments } from './lineage.ts';
import { isGeneric, namesOnlyKind } from './generic-titles.ts';
import { chineseTitleAfter } from './title.ts';
import { sentenceAt, splitSentences } from './sentences.ts';
import { parseMonthDay, PRINTED_DAY, WEEKDAY, type MonthDay } from '../dates.ts';

export interface ProseTitle {
  title: string;
  titleZh: string | null;
  draft: boolean;
  /** Local offsets of the title in the text, for its source. */
  start: number;
  end: number;
}

/** "The Interim Measures … took effect", "New rules on … came into force": verbs whose subject is the document. */
const TAKES_EFFECT = /\b(?:took|takes?|taking|came|comes?|coming|went|goes|going|entered|enters?|entering)\s+(?:into\s+)?(?:effect|force)\b/i;

/** Verbs that bring in the document an entry is about (document-vocabulary.json). */
const introduces = derived(
  ({ documentVocabulary: v }) =>
    new RegExp(
      String.raw`${TAKES_EFFECT.source}|\b(?:${wordAlternation(v.introducingVerbs)}|(?:solicit|seek)(?:s|ed|ing)?\s+(?:public\s+)?(?:opinions|comments|feedback|views)\s+on)\b`,
      'i',
    ),
);

/** How many sentences of the summary may introduce the document: it is named early or not at all. */
const INTRODUCING_SENTENCES = 3;

export function titleFromProse(text: string): ProseTitle | null {
  return titledFromProse(text) ?? describedFromProse(text) ?? measureFromProse(text);
}

/**
 * What the introducing verb brings in when the summary names no document at all — "MOFCOM announced export
 * controls on seven rare earth elements, including …" → "Export controls on seven rare earth elements": the
 * measure is what was issued, and says more of the document than the headline, which tells the news.
 */
const measureAfterVerb = derived(({ documentVocabulary: v }) => {
  const nouns = v.measureNouns.map(escapeRegExp).join('|');
  return new RegExp(
    String.raw`^\s+(?:(?:the|a|an|new|its|their|further)\s+)*((?:[a-z][\w-]*\s+){0,2}(?:${nouns})\s+(?:on|for|against|of|to|into)\s+[^,.;:()]{3,100}?)(?=\s*(?:[,.;:()]|\s+(?:which|that|as\s+well\s+as)\b|$))`,
  );
});

/**
 * "MOST added iFlytek, Xiaomi and … to its list of national AI open innovation platforms": a body that adds names to
 * a list it keeps acts through the list.
 */
const ADDED_TO_LIST =
  /\b(?:add(?:s|ed|ing)?|put(?:s|ting)?|plac(?:es|ed|ing)|includ(?:es|ed|ing))\s+[^.;]{1,160}?\s+(?:to|on|in)\s+(?:its|their|the|a)\s+((?:[\w'’-]+\s+){0,4}?(?:list|catalogue|catalog|register|registry|directory|whitelist|blacklist)(?:\s+of\s+[^,.;:()]{3,80}?)?)(?=\s*(?:[,.;:()]|\s+(?:on|in|for|after|since|which|that)\b|$))/i;

function measureFromProse(text: string): ProseTitle | null {
  const [sentence] = splitSentences(text);
  const list = sentence && ADDED_TO_LIST.exec(sentence.text);
  if (list) {
    const printed = list[1]!;
    const start = sentence.start + list.index + list[0].length - printed.length;
    return { title: printed.charAt(0).toUpperCase() + printed.slice(1), titleZh: null, draft: false, start, end: start + printed.length };
  }
  const verb = sentence && introduces().exec(sentence.text);
  if (!sentence || !verb || TAKES_EFFECT.test(verb[0])) return null;
  const rest = sentence.text.slice(verb.index + verb[0].length);
  const measure = measureAfterVerb().exec(rest);
  if (!measure) return null;
  const printed = measure[1]!;
  const start = sentence.start + verb.index + verb[0].length + measure[0].length - printed.length;
  return { title: printed.charAt(0).toUpperCase() + printed.slice(1), titleZh: null, draft: false, start, end: start + printed.length };
}

/**
 * Without a title, the document the introducing verb names by its kind and subject — "MIIT released
 * guidelines on data markets" → "Guidelines on data markets" — still names the document, as the
 * headline (which tells the news) does not.
 */
function describedFromProse(text: string): ProseTitle | null {
  for (const sentence of splitSentences(text).slice(0, INTRODUCING_SENTENCES)) {
    const described = describedIn(sentence);
    if (described) return described;
  }
  return null;
}

/** The document a sentence introduces by its kind and subject, if it introduces one. */
function describedIn(sentence: { text: string; start: number }): ProseTitle | null {
  const verb = introduces().exec(sentence.text);
  if (!verb) return null;
  const afterVerb = verb.index + verb[0].length;
  const rest = sentence.text.slice(afterVerb);
  const beforeChinese = describedBeforeChinese(rest, sentence.start + afterVerb);
  const found = beforeChinese ?? describedDocumentAt(rest, sentence.start + afterVerb) ?? describedBeforeVerb(sentence, verb);
  const doc = found && withoutIssuer(found, sentence);
  if (!doc) return null;
  const after = sentence.text.slice(doc.end - sentence.start);
  const told = namesOnlyKind(doc.title) ? whatItDoes(after) : '';
  const described = told ? { title: `${doc.title} ${told}`, start: doc.start, end: doc.end + after.indexOf(told) + told.length } : doc;
  const capitalised = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  // "draft rules on generative AI", "proposed rules on …": the draft is the document's state, its name is "Rules on generative AI";
  // "an action plan on 31 December to improve …": the day it came out is no part of its name either.
  const title = capitalised(described.title.replace(/^(?:draft|proposed)\s+(?=\S+\s+\S)/i, '').replace(DAY_PUT_OUT_INSIDE, ''));
  const titleZh = beforeChinese ? chineseTitleAfter(sentence.text.slice(doc.end - sentence.start)) : null;
  const draft = titleSaysDraft(described.title) || (titleZh !== null && titleSaysDraft(titleZh));
  return { title, titleZh, draft, start: described.start, end: described.end };
}

/**
 * A description that runs up to a Chinese title in brackets is the document's whole name, commas and all: "published
 * a notice on a special action for innovation of large, medium-sized and small enterprises (关于…的通知)".
 */
function describedBeforeChinese(rest: string, offset: number): { title: string; start: number; end: number } | null {
  const at = rest.search(/\s*[(（][^()（）]*\p{Script=Han}/u);
  const named = at > 0 ? rest.slice(0, at) : '';
  // Within one clause: no stop, colon or dash between the kind and the bracket, nor a comma that opens another
  // clause ("guidelines on SMEs, and the NDRC a plan on drones (…)").
  if (!named.trim() || /[;:]|\s[–—]\s|,\s+(?:and|but|while|which|who|whose|as|after|before|when|with)\b/i.test(named)) return null;
  const lead = named.length - named.trimStart().length;
  const doc = describedDocument(named.trim(), offset + lead);
  return doc && doc.end === offset + named.trimEnd().length ? doc : null;
}

/** "on 31 December", "on March 3, 2025" inside a described document's words. */
const DAY_PUT_OUT_INSIDE = new RegExp(String.raw`\s+on\s+(?:${PRINTED_DAY})\b`, 'i');

/** "rules on generative AI from the Cyberspace Administration of China": who issued it is no part of what the document is called. */
function withoutIssuer(doc: { title: string; start: number; end: number }, sentence: { text: string; start: number }) {
  const local = doc.start - sentence.start;
  const body = findAgencies(sentence.text).find((a) => a.start > local && a.start < local + doc.title.length);
  const by = body && /\s+(?:from|by)\s+(?:the\s+)?$/i.exec(sentence.text.slice(local, body.start));
  if (!by) return doc;
  const title = doc.title.slice(0, by.index);
  return { title, start: doc.start, end: doc.start + title.length };
}

/**
 * "a policy outline that maps out how to build a unified national market": a document named by its
 * kind alone is told apart by what the clause after it says it does.
 */
const WHAT_IT_DOES =
  /^\s+(?:that|which)\s+(?:(?:maps?|sets?|lays?|spells?|rolls?)\s+out|outlines?|details?|aims?\s+to|seeks?\s+to|covers?|targets?|governs?|regulates?|promotes?|supports?)\s+[^,;.()]{3,120}/i;
/** Words the clause is cut after: at most this many, never ending on a function word. */
const TOLD_WORDS = 14;

/** "a notice that a key program supporting SMEs should …": what the document says, as a clause. */
const WHAT_IT_SAYS = /^\s+that\s+[^,;.()]{3,160}/i;

function whatItDoes(after: string): string {
  const m = WHAT_IT_DOES.exec(after) ?? WHAT_IT_SAYS.exec(after);
  if (!m) return '';
  const words = m[0].trim().split(/\s+/).slice(0, TOLD_WORDS);
  // A year the clause ends on dates the goal, not the document: "… market by 2035"; nor does it end on "should".
  while (words.length > 2 && /^(?:of|for|on|in|and|or|to|by|with|the|a|an|\d{4}|should|would|will|must|shall|can|could|may|is|are|be)$/i.test(words.at(-1)!))
    words.pop();
  return words.join(' ');
}

/**
 * "A new set of measures … was announced by", "According to a work plan published by", "New rules on
 * generative AI … took effect": the document before its verb.
 */
const BEFORE_PASSIVE = /(?:\b(?:was|were|has\s+been|have\s+been)\s+(?:jointly\s+|recently\s+|officially\s+)?)$/i;
/** Words that open the clause naming the document without being part of it: "According to a work plan …". */
const CLAUSE_OPENER = /^(?:according\s+to|under|in|with|through|via|as\s+part\s+of)\s+/i;

function describedBeforeVerb(sentence: { text: string; start: number }, verb: RegExpExecArray): { title: string; start: number; end: number } | null {
  const before = sentence.text.slice(0, verb.index);
  const passive = BEFORE_PASSIVE.exec(before);
  const participle = /^\s+by\b/i.test(sentence.text.slice(verb.index + verb[0].length));
  if (!passive && !participle && !TAKES_EFFECT.test(verb[0])) return null;
  const clause = before.slice(0, passive ? passive.index : before.length);
  const comma = clause.lastIndexOf(', ');
  const clauseStart = comma < 0 ? 0 : comma + 2;
  const opener = CLAUSE_OPENER.exec(clause.slice(clauseStart))?.[0].length ?? 0;
  const doc = describedDocumentAt(clause.slice(clauseStart + opener), sentence.start + clauseStart + opener);
  // The description must reach the verb: "A plan … was", not "Beijing's plan, which …".
  return doc && doc.end >= sentence.start + clause.trimEnd().length ? doc : null;
}

/**
 * A body a title names as what it is about, after its kind and a preposition: "the Law … on the People's Bank of
 * China" is a law's title, though a body's name ends it (a body that opens or holds the title makes no title of it).
 */
function namedAsSubject(text: string, doc: { start: number; end: number }, body: { start: number; end: number }): boolean {
  return body.start > doc.start && body.end <= doc.end && /\b(?:on|of|for|concerning|regarding)\s+(?:the\s+)?$/i.test(text.slice(doc.start, body.start));
}

function titledFromProse(text: string): ProseTitle | null {
  const agencies = findAgencies(text);
  for (const sentence of splitSentences(text).slice(0, INTRODUCING_SENTENCES)) {
    const verb = introduces().exec(sentence.text);
    if (!verb) continue;
    // "MIIT released the X": the title follows the verb; "the X was released": it may come first; "the X, released on
    // 3 March, sets …", "the X, which the MIIT released …": with no title after it, the title the verb's aside follows.
    const before = sentence.text.slice(0, verb.index);
    const passive = TAKES_EFFECT.test(verb[0]) || /\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+\s+)?$/i.test(before);
    const aside = /,\s+(?:\w+ly\s+|(?:which|that)\s+[^,]{0,80}?\s+)?$/.exec(before);
    const after = passive ? sentence.start : sentence.start + verb.index + verb[0].length;
    const candidates = titledDocuments(sentence.text, sentence.start).filter(
      (d) => !isGeneric(d.title) && !agencies.some((a) => d.start < a.end && a.start < d.end && !namedAsSubject(text, d, a)),
    );
    const doc = candidates.find((d) => d.start >= after) ?? (aside ? candidates.find((d) => d.end === sentence.start + aside.index) : undefined);
    if (!doc) continue;
    const printed = doc.title.replace(/^The\s+/, '');
    const title = withoutDraftNote(printed);
    const titleZh = chineseTitleAfter(text.slice(doc.end));
    const draft = titleSaysDraft(printed) || (titleZh !== null && titleSaysDraft(titleZh));
    return { title, titleZh, draft, start: doc.start, end: doc.start + (doc.end - doc.start) - (printed.length - title.length) };
  }
  return null;
}

/**
 * The day the sentence that introduces a document says it came out: "… released the Measures … on October
 * 20", "On 3 March, MIIT issued …", "… dated February 19", "On Monday (February 21), …" — not the day it takes effect
 * ("… take effect on June 1") or any other.
 */
const PUT_OUT_ON = new RegExp(
  String.raw`(?<!\b(?:effect|force|effective|starting|from|until|before|by|due|held|meet|met|meeting)\s+)\b(?:on|dated)\s+(${PRINTED_DAY})\b` +
    // "On Monday (February 21), …", "… the Action Plan for Robots (February 19).": the day in brackets.
    String.raw`|\bon\s+${WEEKDAY}\(\s*(${PRINTED_DAY})\s*\)|\(\s*(${PRINTED_DAY})\s*\)`,
  'i',
);

export function dayPutOut(text: string, at: number): MonthDay | null {
  const sentence = sentenceAt(text, at).text;
  // (A list's day is the day names were added to it.)
  const verb = introduces().exec(sentence) ?? ADDED_TO_LIST.exec(sentence);
  if (!verb || TAKES_EFFECT.test(verb[0])) return null;
  const on = PUT_OUT_ON.exec(sentence);
  return on ? parseMonthDay((on[1] ?? on[2] ?? on[3])!) : null;
}
