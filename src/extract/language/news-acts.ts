/**
 * What a policy news item reports: who acted (the bodies before the main verb, with those the
 * text says led), which document they put out (named, or described by the verb's object), or
 * that the item is about a meeting or an appointment rather than a document.
 */
import { findAgencies, leadBodies, localGovernmentName, localLevel, namesBody, ownedBodiesSpelledOut, type AgencyMention } from './agencies.ts';
import { DANGLING_WORD, splitSentences } from './sentences.ts';
import { derived } from '../registries.ts';
import { escapeRegExp, wordAlternation } from '../text/regexp.ts';

export interface NewsAct {
  /** Bodies that issued the document, with lead flags. */
  actors: { mention: AgencyMention; lead: boolean }[];
  /**
   * Bodies the registry does not know, named by how the subject names a body ("The Supreme People's
   * Court"): the document's issuers, or, with no document, bodies the item mentions.
   */
  unknownActors: { name: string; start: number; end: number }[];
  /** Every other body named in the item. */
  mentioned: AgencyMention[];
  /** The document reported, or null for a meeting, an appointment or an item with no clear document. */
  document: { title: string; start: number; end: number } | null;
  kind: 'document' | 'meeting' | 'appointment';
}

/**
 * A verb that puts out a document — those that bring in a summary's document (document-vocabulary.json)
 * and the stems a news item also acts with ("set up", "calls for"); after an article it is a noun
 * ("suspended the release of records").
 */
const mainVerb = derived(
  ({ documentVocabulary: v }) =>
    new RegExp(
      `(?<!(?<![\\p{L}'’])(?:the|a|an|its|their|this|that)\\s+)\\b(?:jointly\\s+)?(?:${wordAlternation(v.introducingVerbs)}|${[
        'release[sd]?',
        'issue[sd]?',
        'publish(?:es|ed)?',
        'launch(?:es|ed)?',
        'announce[sd]?',
        'approve[sd]?',
        'set(?:s)?(?:\\s+(?:out|up))?',
        'dr[ae]w(?:s)?\\s+up',
        'propose[sd]?',
        'request(?:s|ed)?',
        'unveil(?:s|ed)?',
        'introduce[sd]?',
        'adopt(?:s|ed)?',
        'revise[sd]?',
        'open(?:s|ed)?',
        'pass(?:es|ed)?',
        'promulgate[sd]?',
        'update[sd]?',
        'roll(?:s|ed)?\\s+out',
        'put(?:s)?\\s+forward',
        'circulate[sd]?',
        'call(?:s|ed)?\\s+for',
        'began',
        'begins?',
        'start(?:s|ed)?',
        'amend(?:s|ed)?',
        'draft(?:s|ed)',
        'finali[sz]e[sd]?',
        'establish(?:es|ed)?',
        'launch',
      ].join('|')})\\b`,
      'iu',
    ),
);
const MEETING = /\b(?:meeting|plenary|plenum|session|conference|symposium|forum|congress of|work conference|study session)\b/i;
const APPOINTMENT = /\b(?:was|were|has been|have been)\s+(?:appointed|named|elected|removed|dismissed)\b|\bappointment\b/i;

/** The item's closing source citation, e.g. "(MIIT notice (CN); Caixin article (EN))". */
export function withoutCitation(body: string): string {
  const m = /\s*\((?:[^()]|\([^()]*\))*\)\.?\s*$/.exec(body);
  return m && m.index > 0 ? body.slice(0, m.index) : body;
}

export function readNewsAct(body: string): NewsAct {
  const text = withoutCitation(body);
  const mentions = findAgencies(text);
  const first = splitSentences(text)[0]?.text ?? text;
  const kind: NewsAct['kind'] = APPOINTMENT.test(first) ? 'appointment' : MEETING.test(first.slice(0, 120)) ? 'meeting' : 'document';
  const verb = mainVerb().exec(first);
  if (kind !== 'document' || !verb) {
    // "The banking regulator told lenders … (NFRA notice)": no body named, but the citation says whose notice it is.
    const cited = mentions.length === 0 && BODY_BY_ROLE.test(first.slice(0, 60)) ? citedPublishers(body, text.length) : [];
    // "The National Press and Publication Administration resumed approvals …": a body the registry does not know still acted.
    const subject = first.slice(0, subjectEndWithoutVerb(first));
    const unknownActors = bodiesActing(subject).filter((b) => !mentions.some((m) => b.start < m.end && m.start < b.end));
    return { actors: [], unknownActors, mentioned: [...mentions, ...cited], document: null, kind };
  }
  const subjectEnd = verb.index;
  const subject = text.slice(0, subjectEnd);
  const leads = leadBodies(subject);
  const actors = mentions.filter((m) => m.end <= subjectEnd).map((mention) => ({ mention, lead: leads.has(mention.agency.key) }));
  const unknownActors = bodiesActing(subject).filter((b) => !mentions.some((m) => b.start < m.end && m.start < b.end));
  if (actors.length === 0 && unknownActors.length === 0 && BODY_BY_ROLE.test(subject)) {
    actors.push(...citedPublishers(body, text.length).map((mention) => ({ mention, lead: false })));
  }
  const mentioned = mentions.filter((m) => m.end > subjectEnd);
  const objectStart = verb.index + verb[0].length;
  return { actors, unknownActors, mentioned, document: describeObject(text, objectStart), kind };
}

/** Lower-case words that may stand inside a body's name: "Ministry of Industry and Information Technology". */
const NAME_CONNECTOR = /^(?:of|for|on|and|the|de)$/;

/**
 * Where the subject ends in a sentence whose verb is none of the document verbs ("resumed",
 * "suspended", "held"): at the first lower-case word that cannot stand inside a name.
 */
function subjectEndWithoutVerb(sentence: string): number {
  let end = 0;
  for (const w of sentence.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}-]*/gu)) {
    if (NAME_CONNECTOR.test(w[0])) continue;
    end = w.index!;
    break;
  }
  // "Hubei's provincial government extended …", "Chongqing authorities cut …": a local government is named in lower case.
  const local = [...sentence.matchAll(LOCAL_GOVERNMENT), ...sentence.matchAll(placeGovernments().pattern)].find((m) => m.index! <= end);
  return local ? Math.max(end, local.index! + local[0].length) : end;
}

/** A subject that names a body by its role only: "The banking regulator", "China's top planner", "the authorities". */
const BODY_BY_ROLE =
  /\b(?:regulators?|watchdogs?|ministry|ministries|authorit(?:y|ies)|administration|commission|bureau|agency|planner|cabinet|government|central bank)\b/i;
/** "(NFRA notice)", "(MIIT document (CN))": a body named before a word for its own publication. */
const PUBLICATION_AFTER = /^\s*(?:notices?|documents?|statements?|announcements?|circulars?|decisions?|press\s+releases?|website|Q&A|interpretation)\b/i;

/**
 * The bodies whose own publication the item's citation names — "The banking regulator told lenders
 * … (NFRA notice)": the subject names the body by its role, and the citation says which body it is.
 */
function citedPublishers(body: string, citationStart: number): AgencyMention[] {
  const citation = body.slice(citationStart);
  return findAgencies(citation)
    .filter((m) => PUBLICATION_AFTER.test(citation.slice(m.end)))
    .map((m) => ({ ...m, start: m.start + citationStart, end: m.end + citationStart }));
}

/** A capitalised name, "of", "for", "and" and "the" inside it: "Supreme People's Court", "Office of the Central Cyberspace Affairs Commission". */
const CAPITALISED_NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*\p{Lu}[\p{L}'’-]*)*/gu;

/**
 * "Shenzhen's municipal government", "the Hubei provincial government", "Shenzhen's municipal people's
 * congress": a local government or legislature, by its place and level.
 */
const LOCAL_GOVERNMENT =
  /(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+(municipal|provincial|city|county|district)\s+(?:(people['’]s\s+congress)(?:\s+standing\s+committee)?|(?:people['’]s\s+)?(?:government|authorities))\b/giu;

/** Where and when before the subject: "At the 19th Party Congress, Xi Jinping called …" — a meeting, no actor. */
const OPENING_PHRASE = /^(?:At|During|Ahead\s+of|After|Following|On\s+the\s+(?:sidelines|eve)\s+of|Speaking\s+(?:at|to))\s+[^,]{3,100},\s+/;

/** Where a sentence's opening phrase of place or time ends ("Following a State Council meeting, "), or 0. */
export function openingPhraseEnd(sentence: string): number {
  return OPENING_PHRASE.exec(sentence)?.[0].length ?? 0;
}

/** Bodies a subject names past its opening phrase of place or time. */
function bodiesActing(subject: string): { name: string; start: number; end: number }[] {
  const opening = openingPhraseEnd(subject);
  return bodiesNamed(subject.slice(opening)).map((b) => ({ ...b, start: b.start + opening, end: b.end + opening }));
}

/** Names in a subject that a body word makes a body (graph-schema/body-words.json): the registry need not know them. */
function bodiesNamed(subject: string): { name: string; start: number; end: number }[] {
  const named = [...subject.matchAll(CAPITALISED_NAME)].flatMap((m) => {
    // "The Supreme People's Procuratorate and the Ministry of Public Security": two bodies, not one name.
    let at = m.index!;
    return m[0].split(/(\s+and\s+the\s+)/).flatMap((part, i) => {
      const start = at;
      at += part.length;
      const lead = /^The\s+/.exec(part)?.[0].length ?? 0;
      // "The Ministry" alone names no body in particular.
      if (i % 2 === 1 || !namesBody(part) || part.slice(lead).split(/\s+/).length < 2) return [];
      return [{ name: ownedBodiesSpelledOut(part.slice(lead)), start: start + lead, end: start + part.length }];
    });
  });
  // "The Standing Committee of the Beijing Municipal People's Congress" is one body: the congress inside it acts in no name of its own.
  const inNamed = (l: { start: number; end: number }) => named.some((n) => n.start <= l.start && l.end <= n.end && n.end - n.start > l.end - l.start);
  const local = [...subject.matchAll(LOCAL_GOVERNMENT)]
    .map((m) => {
      const name = m[3] ? `${m[1]} ${localLevel(m[2]!)} People's Congress` : localGovernmentName(`${m[1]} ${m[2]} government`)!;
      return { name, start: m.index!, end: m.index! + m[0].length };
    })
    .filter((l) => !inNamed(l));
  const byPlace = governmentsByPlace(subject).filter((g) => !local.some((l) => g.start < l.end && l.start < g.end));
  return [...named, ...local, ...byPlace, ...localOffices(subject)];
}

/** The places of local-governments.json, each with its government's level, as one pattern. */
const placeGovernments = derived(({ localGovernments, firmStopWords }) => {
  const places = new Map(
    Object.entries(localGovernments.levels).flatMap(([level, names]) => names.map((name) => [name.toLowerCase(), { name, level }] as const)),
  );
  const alternation = (names: readonly string[]) => `(${names.map((name) => escapeRegExp(name).replace(/'/g, "['’]")).join('|')})`;
  const place = alternation([...places.values()].map((p) => p.name));
  const standsForCentre = new Set(localGovernments.standsForCentre.map((name) => name.toLowerCase()));
  const placeAlone = alternation([...places.values()].map((p) => p.name).filter((name) => !standsForCentre.has(name.toLowerCase())));
  return {
    places,
    /** Every place the vocabularies know, the firm stop-words' among them, for offices named after their place. */
    known: new Set([...places.keys(), ...firmStopWords.places.map((p) => p.toLowerCase())]),
    pattern: new RegExp(`(?<![\\p{L}-])(?:${place}(?:['’]s)?\\s+(?:government|authorities)|authorities\\s+in\\s+${place})(?![\\p{L}-])`, 'giu'),
    /** A place that is the whole subject acts through its government: "Guangdong Province released …", "Shenzhen issued …". */
    alone: new RegExp(`^\\s*(?:the\\s+(?:city|province)\\s+of\\s+)?${placeAlone}(?:\\s+(?:province|city|municipality|autonomous\\s+region))?\\s*$`, 'iu'),
  };
});

/**
 * "Chongqing authorities", "the Sichuan government", "authorities in Hainan", or the place alone as the
 * whole subject ("Guangdong Province released …"): a known place's government, at its level. "Beijing"
 * alone stands for the centre ("Beijing issued export controls"), its city government only when named so.
 */
function governmentsByPlace(subject: string): { name: string; start: number; end: number }[] {
  const { places, pattern, alone } = placeGovernments();
  const government = (m: RegExpMatchArray) => {
    const place = places.get((m[1] ?? m[2])!.toLowerCase().replace(/’/g, "'"))!;
    return { name: localGovernmentName(`${place.name} ${place.level} government`)!, start: m.index!, end: m.index! + m[0].length };
  };
  const whole = alone.exec(subject);
  return whole ? [government(whole)] : [...subject.matchAll(pattern)].map(government);
}

/** Lower-case words that a local office's name keeps in lower case once capitalised. */
const MINOR_WORD = /^(?:of|for|and|the)$/;

/** What may stand before a place that opens a subject: nothing, "the", "and" or a comma — not another name. */
const PLACE_MAY_FOLLOW = /(?:^|\b(?:the|and)\s+|,\s*)$/i;

/**
 * "Guangdong's department of commerce", "the Zhejiang provincial development and reform commission":
 * a local government's office, named in lower case after its place, as the whole rest of a subject.
 * The place must be one the vocabularies know, and a name before it makes it part of that name:
 * "the Ministry of Commerce's department of trade remedies", "Apple's procurement office" name no place.
 */
const LOCAL_OFFICE =
  /(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+(?:(?:provincial|municipal|city)\s+)?((?:[\p{Ll}-]+\s+){0,5}?(?:department|commission|bureau|office|administration)(?:\s+(?:of|for)(?:\s+[\p{Ll}-]+){1,5})?)\s*$/u;

function localOffices(subject: string): { name: string; start: number; end: number }[] {
  const m = LOCAL_OFFICE.exec(subject.trimEnd());
  if (!m || !placeGovernments().known.has(m[1]!.toLowerCase()) || !PLACE_MAY_FOLLOW.test(subject.slice(0, m.index))) return [];
  const office = m[2]!
    .split(/\s+/)
    .map((w, i) => (i > 0 && MINOR_WORD.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
  return [{ name: `${m[1]} ${office}`, start: m.index, end: m.index + m[0].trimEnd().length }];
}

/** The verb's object up to the first clause break: "an implementation plan for upgrading coal-fired power plants". */
function describeObject(text: string, from: number): NewsAct['document'] {
  const rest = text.slice(from);
  if (/^\s*that\b/i.test(rest)) return null; // "announced that …" reports a statement, not a document
  const end = /[,;:(]|\s(?:which|that|setting|aiming|seeking|calling)\s|\.\s|\.$/.exec(rest);
  const raw = end ? rest.slice(0, end.index) : rest;
  const lead = /^\s*(?:the\s+|an?\s+|its\s+|new\s+)*/i.exec(raw)![0];
  const words = raw.slice(lead.length).trim().split(/\s+/).filter(Boolean);
  // "a catalogue of industries in which …": the preposition of the cut clause is no part of the object.
  while (words.length > 0 && DANGLING_WORD.test(words.at(-1)!)) words.pop();
  if (words.length === 0) return null;
  const title = words.slice(0, 14).join(' ');
  const start = from + lead.length;
  return { title, start, end: start + title.length };
}
