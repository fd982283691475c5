/**
 * Lineage from language: "builds on X", "follow X", "implement X", "as previously mentioned in X",
 * "the final version of X", "in line with X". The referenced document is a named title
 * ("the Metrology Development Plan (2021-2035)") or, for the stronger cues, a described one whose
 * head is a kind of document ("China's carbon peaking by 2030 plan").
 */
import { derived } from '../registries.ts';
import { escapeRegExp, wordAlternation } from '../text/regexp.ts';
import type { LINEAGE_RELATIONS } from '../../../graph-schema/schema.ts';
import { findAgencies } from './agencies.ts';
import { isGeneric, meantDocument, namesOnlyKind, nationalPlan, referenceTitle } from './generic-titles.ts';
import { isKnownPolicyName, knownPolicyAtStart, knownPolicyNames } from './known-policies.ts';
import { DANGLING_WORD, splitSentences } from './sentences.ts';
import { MONTH_NAME, PRINTED_DAY } from '../dates.ts';

export type LineageRelation = (typeof LINEAGE_RELATIONS)[number];

export interface LineageReference {
  /** The earlier document as the text names it. */
  title: string;
  relation: LineageRelation;
  cue: string;
  /** The sentence that states the link, and its position in the text. */
  evidence: { text: string; start: number; end: number };
  /** Position of the title in the text. */
  start: number;
  end: number;
  /** "the final version of the draft released in 2021": the earlier document is this one's own draft, named by no title. */
  ownDraft?: boolean;
  /**
   * "supersede the 2017 version", "expands the 2019 catalogue": an earlier edition of this very document,
   * named by its year and, maybe, its kind (which this document's title must then hold).
   */
  ownEdition?: { year: string; kind: string | null };
}

interface Cue {
  re: RegExp;
  relation: LineageRelation;
  /** Weak cues count only before a capitalised title, never before a described document. */
  titledOnly: boolean;
  /** The earlier document stands before the cue: "The Foreign Investment Law … is its legal basis". */
  earlierBefore: boolean;
}

const cues = derived((r): Cue[] =>
  r.lineageCues.map((c) => ({ re: new RegExp(c.pattern, 'gi'), relation: c.relation, titledOnly: c.titledOnly, earlierBefore: c.earlierBefore === true })),
);
/**
 * Any cue at all: one pass over a sentence that has none (most have none) instead of one per cue. The cues whose every
 * alternative opens on a word boundary share one: a position inside a word fails it once, not once per cue.
 */
const anyCue = derived((r) => {
  const sources = r.lineageCues.map((c) => c.pattern);
  const bounded = sources.filter(opensOnWordBoundary);
  const others = sources.filter((source) => !opensOnWordBoundary(source));
  const shared = bounded
    .flatMap(topLevelAlternatives)
    .map((alt) => `(?:${alt.slice(2)})`)
    .join('|');
  return new RegExp([`\\b(?:${shared})`, ...others.map((source) => `(?:${source})`)].join('|'), 'i');
});

/** Whether each top-level alternative of a pattern's source opens with "\b". */
function opensOnWordBoundary(source: string): boolean {
  return topLevelAlternatives(source).every((alt) => alt.startsWith('\\b'));
}

/** A pattern's source cut at its top-level "|": outside brackets, groups and escapes. */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i += 1;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}
/** A cue that "and" (or "but", "while") joins to the clause before it: "… and supersede the …". */
const coordinatedCue = derived(() => new RegExp(`\\s(?:and|but|while)\\s+(?=(?:${anyCue().source}))`, 'i'));

/** A kind of document (graph-schema/document-vocabulary.json): the head noun of a described document. */
const kindPattern = (kinds: readonly string[]) => new RegExp(`^(?:${kinds.map((k) => escapeRegExp(k).replace(/\s+/g, '\\s+')).join('|')})$`, 'i');
/** A kind of document inside a title ("… Plan", "the EU AI Act"). */
const docNoun = derived((r) => kindPattern([...r.documentVocabulary.documentKinds, ...r.documentVocabulary.titleOnlyKinds]));
/** A kind of document in lower case, outside a title: "guidelines on …", but no "act of retaliation". */
const describedNoun = derived((r) => kindPattern(r.documentVocabulary.documentKinds));
/** Words that join a title's capitalised words; "+" or "×" in a slogan inside it, a quote closing after it: 'Deepening "Internet + Advanced Manufacturing"', '"Data Elements ×" Three-year Action Plan'. */
const FUNCTION_WORD = /^(?:of|for|the|on|in|and|or|to|by|with|a|an|at|from|under|[&+×]["”’]?)$/;
/** Words before a referred document's name that are not part of it, and verbs after it that end it (document-vocabulary.json). */
const boundaries = derived(({ documentVocabulary: v }) => {
  const verbs = wordAlternation(v.publicationVerbs);
  return {
    leadingNoise: new RegExp(`^(?:(?:${wordAlternation(v.referenceOpeners)})\\s+)+`, 'i'),
    // A bracket ends a name ("(工业…)", "(Link)"), except an abbreviation of what came before: "(FYP)"; so does
    // what the document was put out for ("… on robots for public comment").
    clauseEnd: new RegExp(
      `,|;|:|\\s[–—]\\s|\\sfor\\s+(?:(?:public|further)\\s+)?(?:comments?|consultation|feedback|review)\\b|\\s(?:which|that|adding|and\\s+(?:sets?|adds?|calls?|aims?|is|are|was|were|has|have|had|will|would|can|could|should|may|also|then|it|they|\\p{Ll}+[^s\\s]s\\s+(?:the|a|an|its|their|to|on|upon|with|alongside|by|up|out)))\\s|(?<!recently|newly|just|the)\\s(?:${verbs})\\s|\\s\\((?!\\p{Lu}{2,8}s?\\))`,
      'u',
    ),
  };
});
/** After a described document's head noun, only a complement ("guidelines for IPR development") continues it. */
const COMPLEMENT = /^(?:for|of|on|to|regarding|concerning|about|governing|covering|targeting|addressing|regulating)$/i;
const GENERIC =
  /^(?:(?:existing|relevant|other|related|current|national|local|these|such|and|laws|regulations|rules|policies|measures|plans|documents|,|two|three|four|five|six|seven|eight|nine|ten|several|many|various|numerous|multiple|\d+)\s*)+$/i;
const DATE_LIKE = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}$/i;

/** Days and months are capitalised but never words of a title: "passed the Foreign Trade Law on Friday". */
const DATE_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

function isCapitalised(word: string): boolean {
  // A bracket holding Chinese is the title's Chinese name, not more of the English one.
  if (/^[(（].*\p{Script=Han}/u.test(word)) return false;
  // A bracket goes on with a title when it holds more of it — "(2021-2035)", "(FYP)", "(Draft for Comments)" —
  // not a writer's aside: "(the so-called "Data 20 Measures")".
  if (/^[(（]/.test(word)) return /^[(（]\s*(?:[\p{Lu}\d]|draft\b)/u.test(word);
  // A quote opens a title only before a capital: 'the Plan to "plan ahead"' quotes the plan's words.
  return /^(?:[“"‘]?[\p{Lu}\d]|\()/u.test(word) && !/^(?:In|On|By|For|To|And|The)$/.test(word) && !DATE_WORD.test(word);
}

/** "the Anti-Monopoly Law in 2022": a bare year after a function word, nothing titled after it, dates the title and is not part of it. */
function endsWithYear(words: readonly RegExpMatchArray[], at: number): boolean {
  if (!/^\d{4}[.,;:]?$/.test(words[at]?.[0] ?? '')) return false;
  const after = words[at + 1]?.[0];
  return after === undefined || /[.,;:]$/.test(words[at]![0]) || !isCapitalised(after);
}

/** A word of a clause without the stop after it: "plan," → "plan"; "" past the clause's end. */
const bareWord = (word: RegExpMatchArray | undefined) => word?.[0].replace(/[.,;:]$/, '') ?? '';

/** "19 February", "February 19", "March 2022": a date opening at word k. */
function dateAt(words: readonly RegExpMatchArray[], k: number): boolean {
  const [a, b] = [bareWord(words[k]), bareWord(words[k + 1])];
  return (/^\d{1,2}(?:st|nd|rd|th)?$/.test(a) && MONTH_WORD.test(b)) || (MONTH_WORD.test(a) && /^(?:\d{1,2}(?:st|nd|rd|th)?|\d{4})$/.test(b));
}
const MONTH_WORD = new RegExp(`^${MONTH_NAME}$`, 'i');

/** A title printed in quotes as a whole ("“National Climate Change Strategy 2035”") is the title inside them. */
function unquoted(title: string): string {
  const m = /^["“”]([^"“”]+)["“”]$/.exec(title);
  return m ? m[1]!.trim() : title;
}

/** Whose a titled document is, before its title: "the State Council's Guiding Opinions on …", "Tianjin's … Plan". */
const TITLE_OWNER = /^(?!People['’]s\s)(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+(?=[\p{Lu}\d"“])/u;

/**
 * A title as kept: without quotes around it, nor an abbreviation the writer put in ("14th Five-Year Plan
 * (FYP) for …"), nor its owner's possessive.
 */
function keptTitle(printed: string): string {
  return unquoted(
    printed
      .replace(/[,.;:]$/, '')
      .replace(TITLE_OWNER, '')
      .replace(DAY_IN_BRACKETS, ''),
  ).replace(/\s+\(\p{Lu}{2,8}s?\)/gu, '');
}
/** "… for Robots (February 19)": the day in brackets after a title dates it. */
const DAY_IN_BRACKETS = new RegExp(String.raw`\s*\(\s*${PRINTED_DAY}\s*\)$`, 'i');

/** "Law" in "the Data Security Law and the Cybersecurity Law": a title that ends on its kind ends before "and". */
function isKindWord(word: string): boolean {
  return docNoun().test(word.replace(/[^\p{L}]/gu, ''));
}

/** How many words of a kind of document in lower case stand at `k`: "plan" (1), "action plan" (2), or none (0). */
function lowerCaseKindAt(words: readonly RegExpMatchArray[], k: number): number {
  if (describedNoun().test(bareWord(words[k]))) return 1;
  // (A kind does not run on past a comma: "Internet Plus action, plan …".)
  return !/[.,;:]$/.test(words[k]?.[0] ?? '.') && describedNoun().test(`${bareWord(words[k])} ${bareWord(words[k + 1])}`) ? 2 : 0;
}

/**
 * "… Work Conference and the Opinions on Robot Safety", "… Robot Safety and Measures for Drones": a kind of document,
 * capitalised after "and" or "and the" and going on with what it is about, opens a second title.
 */
function opensTitle(words: readonly RegExpMatchArray[], k: number): boolean {
  const at = words[k]?.[0] === 'the' ? k + 1 : k;
  const kind = words[at]?.[0] ?? '';
  return /^\p{Lu}/u.test(kind) && isKindWord(kind) && /^(?:on|for|of|to|concerning|regarding)$/.test(words[at + 1]?.[0] ?? '');
}

/** "Made in China 2025 and the Internet Plus action plan": a policy the registries know, whole before "and", is a title of its own. */
function namesKnownPolicy(words: readonly RegExpMatchArray[], from: number, to: number): boolean {
  return isKnownPolicyName(
    words
      .slice(from, to + 1)
      .map((w) => w[0])
      .join(' '),
  );
}

/** "State Council regulations": a body's name before a kind in lower case says whose documents, naming none. */
function namesBodyAlone(words: string): boolean {
  return findAgencies(words).some((a) => a.start === 0 && a.end === words.length);
}

/**
 * '… 5G Networks of the "Broadband China" strategy': a quoted name at a title's end that a lower-case noun
 * follows names that noun, not the document; the title ends before the "of" that leads to it.
 */
function withoutQuotedAttribute(words: readonly RegExpMatchArray[], first: number, last: number): number {
  if (!/["”]$/.test(words[last]![0]) || !/^\p{Ll}/u.test(words[last + 1]?.[0] ?? '')) return last;
  let open = last;
  while (open > first && !/^["“]/.test(words[open]![0])) open--;
  let end = open - 1;
  while (end > first && FUNCTION_WORD.test(words[end]![0])) end--;
  const joiners = words.slice(end + 1, open).map((w) => w[0]);
  return open > first && joiners.includes('of') ? end : last;
}

/**
 * Where a title starts in a run of capitals that names something else first: "Tesla and the Export Control Law" — a
 * head before "and the" with no kind of document is no part of the title ("Law on Science and Technology" keeps its).
 */
function afterNamelessHead(words: readonly RegExpMatchArray[], first: number, last: number): number {
  for (let k = first + 1; k < last - 1; k++) {
    if (words[k]![0] !== 'and' || words[k + 1]![0] !== 'the') continue;
    return words.slice(first, k).some((w) => isKindWord(w[0])) ? first : k + 2;
  }
  return first;
}

/** Prepositions and conjunctions that open sentences, capitalised there: no title's first word. */
const SENTENCE_WORD =
  /^(?:Like|Unlike|Following|After|Before|Under|With|Without|Since|As|In|On|At|For|By|From|Despite|While|When|If|Although|Though|Besides|Beyond|Through|Amid|Also|Yet|But|And|So|Then|Thus|Until|Because|Whereas)$/;

/** Capitalised document titles in a clause: "the Data Security Law and the accompanying Administrative Measures for …". */
export function titledDocuments(clause: string, offset: number, lowerCaseKind = false): { title: string; start: number; end: number }[] {
  const out: { title: string; start: number; end: number }[] = [];
  const words = [...clause.matchAll(/\([^()]*\)|[^\s()]+/g)];
  let i = 0;
  while (i < words.length) {
    // "… Services of 2023 and on the Provisions …": a year that ends one title opens none.
    const yearAlone = /^(?:19|20)\d{2}[.,;:]?$/.test(words[i]![0]) && !isCapitalised(words[i + 1]?.[0] ?? '');
    // "Like Tesla …", "Following the …": a word that opens a sentence with a capital opens no title.
    const opensSentence = SENTENCE_WORD.test(words[i]![0]) && (i === 0 || /[.!?:;]$/.test(words[i - 1]![0]));
    if (!isCapitalised(words[i]![0]) || yearAlone || opensSentence) {
      i += 1;
      continue;
    }
    let j = i;
    let last = i;
    while (j + 1 < words.length) {
      // "the Energy Law, China's first …": a comma after the kind of document ends the title; so does one
      // before "the" ("Released by the MIIT, the Action Plan …"), which no title's list of subjects has.
      if (/,$/.test(words[j]![0]) && (isKindWord(words[j]![0]) || words[j + 1]![0] === 'the')) break;
      const next = words[j + 1]![0];
      if (isCapitalised(next) || /^\(\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*\)$/.test(next)) {
        j += 1;
        last = j;
      } else if (
        // "… to Achieve Development out of Difficulties": "out" joins a title before "of".
        (FUNCTION_WORD.test(next) || (next === 'out' && words[j + 2]?.[0] === 'of')) &&
        !endsWithYear(words, j + 2) &&
        // "… for Robots on 19 February", "… in March 2022": a date after a preposition dates the document, naming nothing.
        !(/^(?:on|in|of|from|since)$/.test(next) && dateAt(words, j + 2)) &&
        !((next === 'and' || next === 'or') && (isKindWord(words[j]![0]) || opensTitle(words, j + 2) || namesKnownPolicy(words, i, j))) &&
        // "expands the Catalogue of … by 127 items": a number after "by" measures, it names nothing.
        !(next === 'by' && /^\d[\d,.%]*$/.test(words[j + 2]?.[0] ?? ''))
      )
        j += 1;
      else break;
    }
    last = withoutQuotedAttribute(words, i, last);
    // "the Third Plenum decision", "the AI Plus initiative": a name of two capitalised words or more, not
    // abbreviations alone ("MIIT and NDRC guidelines") nor an owner ("the State Council's 2020 opinions"),
    // with its kind in lower case, of one word or two ("the Internet Plus action plan").
    const after = bareWord(words[last + 1]);
    const kindWords = lowerCaseKindAt(words, last + 1);
    const run = words.slice(i, last + 1).map((w) => w[0]);
    const capitalised = run.filter((w) => /^[\p{Lu}\d]/u.test(w));
    if (
      lowerCaseKind &&
      /^\p{Ll}/u.test(after) &&
      kindWords > 0 &&
      capitalised.length >= 2 &&
      capitalised.some((w) => /\p{Ll}/u.test(w)) &&
      !run.some((w) => /['’]s$/.test(w)) &&
      !namesBodyAlone(run.join(' '))
    )
      last += kindWords;
    const slice = words.slice(i, last + 1).map((w) => w[0]);
    // (A title's possessive is no part of it: "the Government Work Report's call".)
    const bare = slice.map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}]/gu, ''));
    // A kind of one word ("Law") or two ("Work Report" of the "Government Work Report").
    const hasKind = bare.some((w, k) => docNoun().test(w) || (k > 0 && docNoun().test(`${bare[k - 1]} ${w}`)));
    // "during the 14th Five-Year Plan period": a plan's years are a time, not the document.
    const aTime = /^(?:period|era)$/i.test(bareWord(words[last + 1]));
    if ((hasKind || slice.join(' ').match(/Five-Year Plan|FYP/)) && !aTime) {
      const start = words[afterNamelessHead(words, i, last)]!.index!;
      const end = words[last]!.index! + words[last]![0].replace(/['’]s$|[.,;:]+$/, '').length;
      out.push({ title: keptTitle(clause.slice(start, end)), start: offset + start, end: offset + end });
    }
    i = last + 1;
  }
  return out;
}

/** The document a clause opening at `offset` describes ("guidelines on data markets, which …"), up to the clause's end. */
export function describedDocumentAt(rest: string, offset: number): { title: string; start: number; end: number } | null {
  const endAt = boundaries().clauseEnd.exec(rest);
  const clause = endAt ? rest.slice(0, endAt.index) : rest;
  const lead = clause.length - clause.trimStart().length;
  return describedDocument(clause.trimStart(), offset + lead);
}

/** A described document: a short phrase whose first words include a kind of document. */
/** "the State Council's earlier notice on …": whose the document is, and when, are no part of what it is called. */
const OWNER = /^(?:\p{Lu}[\p{L}-]*\s+){0,4}?\p{Lu}[\p{L}-]*['’]s\s+(?:(?:earlier|previous|latest|new|recent|first|own)\s+)*/u;

export function describedDocument(clause: string, offset: number): { title: string; start: number; end: number } | null {
  const opened = clause.replace(boundaries().leadingNoise, '');
  const stripped = opened.replace(OWNER, '');
  const lead = clause.length - stripped.length;
  const words = stripped.split(/\s+/);
  // The head noun, or the last word of a two-word kind ("white paper", "action plan").
  const bare = (w: string | undefined) => (w ?? '').replace(/[^\p{L}-]/gu, '');
  const isKind = (i: number) => describedNoun().test(bare(words[i])) || describedNoun().test(`${bare(words[i - 1])} ${bare(words[i])}`);
  const pair = words.slice(0, 7).findIndex((w, i) => describedNoun().test(`${bare(w)} ${bare(words[i + 1])}`));
  let head = pair >= 0 ? pair + 1 : words.slice(0, 7).findIndex((w) => describedNoun().test(bare(w)));
  if (head < 0) return null;
  // A compound names the document by its last noun: "a policy outline", "a policy framework for …".
  while (head + 1 < words.length && isKind(head + 1)) head += 1;
  // "a 14th Five-Year Plan (FYP) for the ICT industry": the abbreviation does not end the description.
  const next = ABBREVIATION.test(words[head + 1] ?? '') ? head + 2 : head + 1;
  // "the fuel consumption measures of 2013 and …": a year after the complement's word dates the document, it says what it is about nothing.
  const dated = /^(?:of|from|in)$/i.test(words[next] ?? '') && /^(?:19|20)\d{2}\b/.test(words[next + 1] ?? '');
  const kept = COMPLEMENT.test(words[next] ?? '') && !dated ? words.slice(0, next + 14) : words.slice(0, head + 1);
  // "rules on online games from 2019": the year dates the document and is no part of what it is called.
  if (kept.length > head + 2 && /^(?:from|of|in)$/i.test(kept.at(-2)!) && /^(?:19|20)\d{2}[.,;:]?$/.test(kept.at(-1)!)) kept.splice(-2);
  // Cut short, a description ends on its last content word, never on "over" or "the".
  while (kept.length > head + 1 && DANGLING_WORD.test(kept.at(-1)!)) kept.pop();
  const printed = kept
    .join(' ')
    .trim()
    .replace(/[.,;:]$/, '');
  const title = keptTitle(printed);
  if (GENERIC.test(title) || DATE_LIKE.test(title) || title.split(/\s+/).length > 16) return null;
  return { title, start: offset + lead, end: offset + lead + printed.length };
}

/** "the draft regulations published in 2021", "its draft": a draft named by its kind alone is the document's own. */
const OWN_DRAFT = /^\s*(?:the\s+|its\s+|a\s+)?(?:(?:first|earlier|previous|initial)\s+)?(draft(?:\s+(?:version|[\p{Ll}-]+))?)\b/u;

/** A bracketed abbreviation after a name: "(FYP)", "(ICT)", "(SMEs)". */
const ABBREVIATION = /^\(\p{Lu}{2,8}s?\)$/u;

/**
 * The document a caught reference is: its title cleaned (referenceTitle); a reference by kind
 * ("the FYP's targets") is the specific plan named nearby in the text, or nothing.
 */
function documentMeant(caught: { title: string; start: number; end: number }, text: string): { title: string; start: number; end: number } | null {
  const title = referenceTitle(caught.title);
  if (!title) return null;
  // A described document ("guidelines to strengthen …") is lower case: only titles can be mere kinds.
  if (!/^[\p{Lu}\d]/u.test(title) || !isGeneric(title)) return { ...caught, title };
  // Titles never run across sentences: "… with the US. Implementing the 14th FYP" names no "US. Implementing …".
  const named = splitSentences(text).flatMap((s) => titledDocuments(s.text, s.start));
  const meant = meantDocument(
    { title, start: caught.start },
    named.map((d) => ({ ...d, title: referenceTitle(d.title) ?? d.title })),
  );
  const national = nationalPlan(title);
  return meant ?? (national ? { ...caught, title: national } : null);
}

type Titled = { title: string; start: number; end: number };

/**
 * A bracket that belongs to a title: a year, a range of years or an edition ("Plan (2021-2035)", "Conditions
 * (2021 Edition)"), or words in the title's capitals ("(Negative List)", "(Trial)", "(Draft for Comments)") —
 * not a link.
 */
const TITLE_BRACKET =
  /^\s*\((?:\s*\d{4}(?:\s*[-–]\s*\d{4})?(?:\s+(?:Edition|Version|Revision))?|(?!Link\))\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|\d{4}|for|of|on|and))*)\s*\)/iu;

/** The clause after a cue, up to its end, and the brackets of a title at its end: "Measures … (Negative List) (2018 Edition)". */
function clauseAfterCue(rest: string): string {
  const endAt = boundaries().clauseEnd.exec(rest);
  let clause = endAt ? rest.slice(0, endAt.index) : rest;
  for (let bracket = TITLE_BRACKET.exec(rest.slice(clause.length)); bracket; bracket = TITLE_BRACKET.exec(rest.slice(clause.length))) {
    clause += bracket[0];
  }
  return clause;
}

/** What may open the next item of a list of documents after a comma: "…, the Cybersecurity Law and …". */
const LIST_ITEM_OPENER = /^\s*(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?(?=[\p{Lu}\d"“])/u;
/** A clause about the document before it, then "and" and the next document of the list: " which takes effect in May, and the". */
const ASIDE_THEN_ITEM = /^\s*(?:which|that)\s[^,;.:]{1,80},(?=\s*and\s+(?:the\s+)?[\p{Lu}"“])/u;
/**
 * A run of capitalised words joined by "and": the rest of a title that lists its subjects ("Project Review, Talent
 * Evaluation and …"), as group 1 — without the year that may date it ("… of the Non-Public Economy of 2005").
 */
const TITLE_LIST_TAIL =
  /^(\s*[\p{Lu}][\p{L}-]*(?:\s+(?:and|of|for|the|&|[\p{Lu}][\p{L}-]*))*\s+and\s+[\p{Lu}][\p{L}-]*(?:\s+(?:of|for|the|on|in|and|a|an|to|with|&|[\p{Lu}][\p{L}-]*))*)(?:\s+(?:of|in|from)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:19|20)\d{2})?[.]?\s*$/u;

/**
 * The documents a cue names: the first title after it, and every further one of a list after a comma
 * ("builds on the Data Security Law, the Cybersecurity Law and the PIPL"). A comma inside a title
 * that lists its subjects ("Opinions on … Project Review, Talent Evaluation and Institutional
 * Assessment") goes on with that title instead.
 */
function listedDocuments(rest: string, offset: number): Titled[] {
  const docs: Titled[] = [];
  const first = clauseAfterCue(rest);
  // "builds on two earlier documents: the Data Security Law and …": the documents are named after the colon.
  let from = rest[first.length] === ':' && titledDocuments(first, offset).length === 0 ? first.length + 1 : 0;
  const listStart = from;
  for (;;) {
    const part = rest.slice(from);
    const clause = clauseAfterCue(part);
    // "… the Data Security Law, which takes effect in September, and the Cybersecurity Law": a clause about one
    // document between two of a list.
    const aside = from > listStart ? ASIDE_THEN_ITEM.exec(part) : null;
    if (aside) {
      from += aside[0].length;
      continue;
    }
    if (from > listStart) {
      const opener = LIST_ITEM_OPENER.exec(clause);
      const last = docs.at(-1)!;
      if (!opener) break;
      const found = titledDocuments(clause, offset + from, true).filter((d) => d.start >= offset + from + opener[0].length - 1);
      if (found[0]?.start !== offset + from + opener[0].length) {
        const tail = endsWithKind(last.title) ? null : TITLE_LIST_TAIL.exec(clause);
        if (tail) {
          const end = offset + from + tail[1]!.length;
          docs[docs.length - 1] = { ...last, title: keptTitle(rest.slice(last.start - offset, end - offset)), end };
        }
        break;
      }
      docs.push(...found);
    } else docs.push(...titledDocuments(clause, offset + from, true));
    if (docs.length === 0 || rest[from + clause.length] !== ',') break;
    from += clause.length + 1;
  }
  return docs;
}

/**
 * "follows China's decarbonization blueprint, the Action Plan for …", "translate the 2017 AI plan — the New Generation …":
 * the title a described document is given right after it, after a comma or a dash.
 */
function appositiveTitle(rest: string, clauseEnd: number, offset: number): Titled | null {
  const mark = /^(?:,|\s[–—]\s)/.exec(rest.slice(clauseEnd));
  return mark ? titleOpening(rest.slice(clauseEnd + mark[0].length), offset + clauseEnd + mark[0].length) : null;
}

/** The titled document a text opens with, after "the" (null when it opens with anything else). */
function titleOpening(text: string, offset: number): Titled | null {
  const opener = /^\s*(?:the\s+)?/.exec(text)![0];
  const named = listedDocuments(text, offset)[0];
  return named && named.start === offset + opener.length ? named : null;
}

/** A title that ends on its kind of document ("… Law", "… Plan (2021-2025)") is complete. */
function endsWithKind(title: string): boolean {
  const words = title.replace(/\s*\([^()]*\)$/, '').split(/\s+/);
  return isKindWord(words.at(-1)!) || /Five-Year Plan$|FYP$/.test(title);
}

/** "the 2020 version of the Measures for …": an earlier edition of a document, named by its year. */
const EDITION_BEFORE = /\b((?:19|20)\d{2})\s+(?:version|edition|revision)\s+of\s+(?:the\s+)?$/i;

/** A document referred to as an edition of a year is that edition: "Measures for Cybersecurity Review (2020)". */
function withEditionYear(doc: Titled | null, text: string): Titled | null {
  if (!doc) return null;
  const edition = EDITION_BEFORE.exec(text.slice(Math.max(0, doc.start - 40), doc.start));
  if (!edition || /\(\s*\d{4}/.test(doc.title)) return doc;
  return { ...doc, title: `${doc.title} (${edition[1]})` };
}

/**
 * "the 2017 version", "the 2017 draft", "its 2019 catalogue", "the 2021-2023 action plan": an earlier edition of the document
 * at hand. A kind with its subject after it ("the 2016 opinions on fair competition review") describes
 * another document instead.
 */
const OWN_EDITION =
  /^\s*(?:the|its|their)\s+((?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)\s+(?:(?:version|edition|revision)\b(?!\s+of\b)|draft\b(?!\s+(?:of\b|\p{Ll}))|([\p{L}-]+(?:\s+(?!(?:on|for|about|regarding|concerning)\b)[\p{L}-]+)?)(?![\p{L}-])(?!\s+(?:on|for|about|regarding|concerning)\b))/u;
/** "(replaces) a 2018 version": an edition named as such with its year before it ("a 2021 plan" is another plan). */
const OWN_EDITION_INDEFINITE = /^\s*an?\s+((?:19|20)\d{2})\s+(?:version|edition|revision)\b(?!\s+of\b)/u;
/** "the pilot version of 2016", "the previous edition from 2019", "(replaces) one issued in 2019": an edition named by its year after it. */
const OWN_EDITION_YEAR_AFTER =
  /^\s*(?:(?:the|its|their|an?)\s+(?:(?:pilot|trial|previous|earlier|first|old|original|initial|last|current)\s+)?(?:version|edition)\s+(?:of|from|(?:issued|released|published|adopted|passed|promulgated)\s+in)|(?:one|that|those)\s+(?:issued|released|published|adopted|passed|promulgated)\s+in)\s+((?:19|20)\d{2})\b/u;
/** "the 2023 edition of the catalogue": an edition of a document named by its kind alone, as the whole clause. */
const OWN_EDITION_OF_KIND =
  /^\s*(?:the|its|their)\s+((?:19|20)\d{2})\s+(?:version|edition|revision)\s+of\s+(?:the|its|this|their)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)[.]?\s*$/u;

/** The longest kind of document some words make: "action plan" before "action"; null when they make none. */
function kindIn(words: string): string | null {
  const split = words.split(/\s+/);
  return [split.join(' '), split[0]!].find((k) => describedNoun().test(k)) ?? null;
}

/** "the catalogue of 2015", "its guidelines issued in 2019": a document named by its kind alone, and its year after. */
const OWN_KIND_YEAR_AFTER =
  /^\s*(?:the|its|their)\s+(?:(?:previous|earlier|old|original|current|last)\s+)?(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)\s+(?:of|from|(?:issued|released|published|adopted)\s+in)\s+((?:19|20)\d{2})\b/u;

/** The edition a clause opens with, if it names one of this document: a version, or a kind of document. */
function ownEditionAt(clause: string, offset: number): (Titled & { year: string; kind: string | null }) | null {
  const kindYear = OWN_KIND_YEAR_AFTER.exec(clause);
  const kindNamed = kindYear ? kindIn(kindYear[1]!) : null;
  if (kindYear && kindNamed) {
    const printed = kindYear[0].trim();
    const start = offset + kindYear[0].length - kindYear[0].trimStart().length;
    return { title: printed, start, end: start + printed.length, year: kindYear[2]!, kind: kindNamed };
  }
  const ofKind = OWN_EDITION_OF_KIND.exec(clause);
  const yearAfter = ofKind ? null : OWN_EDITION_YEAR_AFTER.exec(clause);
  const m = ofKind ?? yearAfter ?? OWN_EDITION.exec(clause) ?? OWN_EDITION_INDEFINITE.exec(clause);
  if (!m) return null;
  let kind: string | null = null;
  if (m[2] !== undefined) {
    kind = kindIn(m[2]);
    if (kind === null) return null;
  }
  const printed = m[0].trim().replace(/[.]$/, '');
  const start = offset + m[0].length - m[0].trimStart().length;
  const end = kind === null || ofKind ? start + printed.length : start + printed.indexOf(kind) + kind.length;
  return { title: printed, start, end, year: m[1]!, kind };
}

/**
 * "the first overhaul of the mineral resources law since 1996", "… of the central bank law since 2003": a document
 * described in lower case by its kind and by words of this document's title — or by a body its title names
 * ("central bank" for the Law on the People's Bank of China) — is this document. Returns the year after the
 * description, which names an earlier edition ("since 1996", "of 2003"), or null; undefined when it is another.
 */
export function ownDocumentDescribed(described: string, after: string, ownTitle: string): string | null | undefined {
  const words = described.replace(/^(?:the|its|their|this)\s+/i, '').split(/\s+/);
  if (!/^\p{Ll}/u.test(words[0] ?? '') || words.length < 2) return undefined;
  const kind = [words.slice(-2).join(' '), words.at(-1)!].find((k) => describedNoun().test(k));
  const own = ownTitle.toLowerCase();
  if (!kind || !own.includes(kind.toLowerCase())) return undefined;
  const modifier = words.slice(0, words.length - kind.split(' ').length).join(' ');
  const ownWords = new Set(own.split(/[^\p{L}]+/u));
  const inTitle = modifier.split(/\s+/).every((w) => ownWords.has(w.toLowerCase()));
  const body = findAgencies(modifier).find((a) => a.start === 0 && a.end === modifier.length);
  const bodyInTitle = body !== undefined && findAgencies(ownTitle).some((a) => a.agency.key === body.agency.key);
  if (!inTitle && !bodyInTitle) return undefined;
  return /^\s+(?:since|of|from|in)\s+((?:19|20)\d{2})\b/.exec(after)?.[1] ?? null;
}

/** A document cited by its number: "Document No. 4 of 2011", "Circular No. 12". */
const NUMBERED_DOCUMENT = /\b(?:Document|Circular|Decree|Order|Notice|Announcement)\s+No\.\s*\d+/i;
/** A relative clause whose subject opens right after the clause: "… the subsidies that the Notice on … granted". */
const RELATIVE_SUBJECT = /^\s+(?:that|which)\s+/;

/**
 * A programme after a cue and a clause on how it began: "the "East Data, West Computing" project, which the NDRC
 * launched in February 2022 with …" (the document it began with follows).
 */
const PROGRAMME_LAUNCHED =
  /^\s*(?:the\s+)?(?:["“][^"”]{1,60}["”]\s+|(?:[\p{L}\d-]+\s+){1,4})(?:project|programme|program|initiative|campaign|scheme|pilots?)s?,\s+which\s+[^.;]{0,100}?\b(?:was\s+|were\s+)?(?:launched|started|set\s+up|introduced|created|established|began|kicked\s+off|initiated|rolled\s+out)\b/u;

/** The document a programme began with, after the clause on its start: "… launched in February 2022 with the Implementation Plan …". */
function documentProgrammeBeganWith(rest: string, offset: number): Titled | null {
  const launched = PROGRAMME_LAUNCHED.exec(rest);
  if (!launched) return null;
  const after = rest.slice(launched[0].length);
  for (const preposition of after.matchAll(/\b(?:with|through|by|in|under)\s+/g)) {
    const from = launched[0].length + preposition.index + preposition[0].length;
    if (/[,.;]/.test(after.slice(0, preposition.index))) break;
    const doc = titleOpening(rest.slice(from), offset + from);
    if (doc) return doc;
  }
  return null;
}

/**
 * The titled documents a clause after a cue names around it when it names none itself: a document cited
 * by its number and titled in an apposition ("supersedes Document No. 4 of 2011, the Several Policies
 * for …"), the subject of a relative clause on what the cue is about ("replaces the purchase subsidies
 * that the Notice on … granted"), or the document a programme began with.
 */
function documentsNamedAround(rest: string, clause: string, offset: number): Titled[] {
  if (NUMBERED_DOCUMENT.test(clause)) {
    const named = appositiveTitle(rest, clause.length, offset);
    return named ? [named] : [];
  }
  const beganWith = documentProgrammeBeganWith(rest, offset);
  if (beganWith) return [beganWith];
  const relative = RELATIVE_SUBJECT.exec(rest.slice(clause.length));
  if (!relative) return [];
  const from = clause.length + relative[0].length;
  const subject = titleOpening(rest.slice(from), offset + from);
  return subject ? [subject] : [];
}

const CLAUSE_PREPOSITION = /^\s*(?:since|after|before|in|for|with|from|to|by|during|until|as|at)\b/i;

/** Where a cue joined by "and" (or "but", "while") to the clause before it starts, or the text's end. */
function nextCoordinatedCue(rest: string): number {
  const cue = coordinatedCue().exec(rest);
  return cue && /^\s*\p{Ll}/u.test(rest.slice(cue.index + cue[0].length)) ? cue.index : rest.length;
}

/** "the US BIOSECURE Act", "the EU's AI Act", "Washington's CHIPS Act": a document of another state or bloc (document-vocabulary.json). */
const foreignOwner = derived(({ documentVocabulary: v }) => {
  const owners = wordAlternation(v.foreignOwners);
  return {
    opening: new RegExp(`^(?:${owners})(?:['’]s?)?\\s`),
    before: new RegExp(`(?<![\\p{L}.])(?:${owners})(?:['’]s?)?\\s+$`, 'u'),
    anywhere: new RegExp(`(?<![\\p{L}.])(?:${owners})(?:['’]s?)?\\s`, 'u'),
  };
});

/**
 * Whether a document is another state's: its title or the words right before it name its owner. China's documents never
 * open so. Answering or citing such a law is a reaction to it, no lineage; being modelled on it still is.
 */
function isForeign(doc: Titled, text: string): boolean {
  const { opening, before, anywhere } = foreignOwner();
  // "the US decision to put Huawei on its Entity List": "its" stands for the owner the clause named before.
  const clause = text.slice(Math.max(0, doc.start - 120), doc.start);
  const possessed = /\b(?:its|their)\s+$/i.test(clause) && anywhere.test(clause.slice(clause.search(/[^.;!?]*$/)));
  return (
    opening.test(doc.title) || opening.test(text.slice(doc.start, doc.end)) || before.test(text.slice(Math.max(0, doc.start - 24), doc.start)) || possessed
  );
}

/** Words that open a sentence before the title they relate it to: "Together with the Cybersecurity Law, on which …". */
/** What joins the documents of a list: ", ", " and the ", ", as well as ". */
const LIST_JOINT = /^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|as\s+well\s+as\s+)(?:the\s+)?$/;

/**
 * The last document a text names, and those a list joins to it: "Made in China 2025 and the Internet Plus action plan
 * of July 2015, which they cite as their basis" names both — titles, and policies the registries know by name.
 */
function lastListedBefore(text: string, offset: number): Titled[] {
  const known = knownPolicyNames(text).map((k) => ({ ...k, start: offset + k.start, end: offset + k.end }));
  const titled = titledDocuments(text, offset, true).filter((d) => !known.some((k) => d.start < k.end && k.start < d.end));
  const named = [...titled, ...known].sort((a, b) => a.start - b.start);
  const last = named.at(-1);
  if (!last) return [];
  const listed = [last];
  for (let i = named.length - 2; i >= 0 && LIST_JOINT.test(text.slice(named[i]!.end - offset, listed[0]!.start - offset)); i--) listed.unshift(named[i]!);
  return listed;
}

const SENTENCE_OPENER = /^\s*(?:together|along|alongside|compared|next|thanks|apart|similar|in\s+addition|in\s+contrast)\s+(?:with|to|from)\s+/i;

export function findLineage(text: string): LineageReference[] {
  const refs: LineageReference[] = [];
  for (const sentence of splitSentences(text)) {
    if (!anyCue().test(sentence.text)) continue;
    for (const cue of cues()) {
      for (const m of sentence.text.matchAll(cue.re)) {
        // "the Decision on Implementing the Comprehensive Two-Child Policy": a cue in a title's capitals is a word of the title.
        if (/^\p{Lu}/u.test(m[0]) && m.index! > 0 && !/[.!?:;"“(]\s*$/.test(sentence.text.slice(0, m.index))) continue;
        if (cue.earlierBefore) {
          // The last title before the cue, its subject: "The Foreign Investment Law, in force since January, is its legal basis".
          const before = sentence.text.slice(0, m.index!);
          const opener = SENTENCE_OPENER.exec(before)?.[0].length ?? 0;
          for (const doc of lastListedBefore(before.slice(opener), sentence.start + opener)) {
            const meant = documentMeant(doc, text);
            if (meant && !refs.some((r) => r.start === meant.start || r.title === meant.title))
              refs.push({ ...meant, relation: cue.relation, cue: m[0], evidence: sentence });
          }
          continue;
        }
        let restStart = m.index! + m[0].length;
        let rest = sentence.text.slice(restStart);
        // "implement existing laws and regulations, in particular the Trial Measures …": the named one counts.
        // "consolidates rules scattered across regulations, among them the Regulations on …" likewise.
        const particular = /^[^,;]*,\s*(?:in particular|especially|notably|namely|particularly|including|among them|among others|such as)\s+/i.exec(rest);
        if (particular) {
          restStart += particular[0].length;
          rest = rest.slice(particular[0].length);
        }
        // "implement the Foreign Investment Law and supersede the Implementing Rules …": a second verb's cue
        // names its own documents, with its own relation.
        rest = rest.slice(0, nextCoordinatedCue(rest));
        const clause = clauseAfterCue(rest);
        const offset = sentence.start + restStart;
        let docs = listedDocuments(rest, offset);
        // A policy the registries know by a name without a kind of document: "follows the Made in China 2025 strategy".
        const knownName = knownPolicyAtStart(clause);
        if (knownName) {
          const at = { ...knownName, start: offset + knownName.start, end: offset + knownName.end };
          docs = [at, ...docs.filter((d) => d.end <= at.start || d.start >= at.end)];
        }
        if (docs.length === 0) docs = documentsNamedAround(rest, clause, offset);
        // A document described after the cue ("the 2017 AI plan", not a kind alone; but "the first update since the 2020
        // revision of …" opens with a preposition and names none), and the title given right after it: "translate the 2017
        // AI plan — the New Generation … Plan — into …". A cue that wants a title takes only that.
        const described =
          docs.length === 0 && !CLAUSE_PREPOSITION.test(clause)
            ? describedDocument(clause.trimStart(), offset + (clause.length - clause.trimStart().length))
            : null;
        // ("the draft regulations", "an action plan": a kind alone describes no earlier document in particular.)
        const specific = described && !namesOnlyKind(described.title) ? described : null;
        const named = specific ? appositiveTitle(rest, clause.length, offset) : null;
        if (named) docs = [named];
        // "supersede the 2017 version": this document's earlier edition, named by its year.
        // ("replaces one issued in 2019": the verb that ends the clause is part of how the edition is named.)
        const edition = docs.length === 0 ? (ownEditionAt(clause, offset) ?? ownEditionAt(rest, offset)) : null;
        if (edition) {
          const { year, kind, ...at } = edition;
          if (!refs.some((r) => r.start === at.start)) refs.push({ ...at, relation: cue.relation, cue: m[0], evidence: sentence, ownEdition: { year, kind } });
          continue;
        }
        // Any other cue takes the described document itself.
        if (docs.length === 0 && !cue.titledOnly && specific) docs = [specific];
        const ownDraft = OWN_DRAFT.exec(clause);
        // A second draft "revises the first draft": an earlier draft of this document, when the clause says which.
        const earlierDraft = cue.relation === 'amends' && /^\s*(?:the\s+|its\s+)?(?:first|earlier|previous|initial)\s/.test(clause);
        if (docs.length === 0 && (cue.relation === 'final-version-of' || earlierDraft) && ownDraft) {
          // "the draft regulations", but "the draft (published by …)".
          const title = namesOnlyKind(ownDraft[1]!) ? ownDraft[1]! : 'draft';
          const start = offset + ownDraft.index + ownDraft[0].length - ownDraft[1]!.length;
          refs.push({ title, start, end: start + title.length, relation: cue.relation, cue: m[0], evidence: sentence, ownDraft: true });
        }
        for (const caught of docs) {
          const doc = withEditionYear(documentMeant(caught, text), text);
          if (!doc || (cue.relation === 'cites' && isForeign(doc, text)) || refs.some((r) => r.start === doc.start || r.title === doc.title)) continue;
          refs.push({ ...doc, relation: cue.relation, cue: m[0], evidence: sentence });
        }
      }
    }
  }
  return refs;
}
