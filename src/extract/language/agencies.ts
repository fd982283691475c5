/**
 * Finding issuing bodies in text and resolving them to the registry in graph-schema/agencies.json:
 * abbreviations (matched case-sensitively), official names and their variants, "Minister for X"
 * for the ministry of X, and entry-local definitions such as "The Ministry of Human Resources and
 * Social Security (MOHURD)", where the full name wins over a mistaken abbreviation.
 */
import type { AgencyEntry } from '../../../graph-schema/registry.ts';
import { derived, registries } from '../registries.ts';
import { escapeRegExp, LETTER_DIGIT_OR_HYPHEN, LETTER_OR_DIGIT, matchesNotAfter } from '../text/regexp.ts';

export interface AgencyMention {
  agency: AgencyEntry;
  start: number;
  end: number;
  surface: string;
}

/** Abbreviations an entry defines for itself: abbreviation → registry key. */
export type LocalAbbreviations = ReadonlyMap<string, string>;

const byKey = derived((r) => new Map(r.agencies.map((a) => [a.key, a])));

/** A word that makes a name a Party or state body (graph-schema/body-words.json): "Commission", "Leading Small Group". */
const bodyWord = derived((r) => new RegExp(`(?<![\\p{L}])(?:${r.bodyWords.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u'));

/** Whether a name is a body's by its words, whether or not the registry knows it. */
export function namesBody(name: string): boolean {
  return bodyWord().test(name);
}

export function agencyByKey(key: string): AgencyEntry | undefined {
  return byKey().get(key);
}

function namePattern(name: string): string {
  return escapeRegExp(name)
    .replace(/'/g, "['’]?")
    .replace(/[-\s]+/g, '[-\\s]+');
}

/** A term's ordinal as printed before a body's name: "the 13th National People's Congress". */
const TERM_ORDINAL_PRINTED = /(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)[-\s]+/gu;

/** A name's pattern that also reads a term's ordinal before the phrases of bodies elected for a term (name-variants.json). */
function withTermOrdinals(pattern: string, termed: readonly string[]): string {
  let p = pattern;
  for (const phrase of termed) p = p.split(namePattern(phrase)).join(`(?:\\d{1,2}(?:st|nd|rd|th)[-\\s]+)?${namePattern(phrase)}`);
  return p;
}

interface Lexicon {
  names: RegExp;
  namesAt: RegExp;
  nameIndex: Map<string, AgencyEntry>;
  abbreviations: RegExp;
  abbreviationIndex: Map<string, AgencyEntry>;
  /** The abbreviations in any letters' case, and each in capitals → its body: "MofCOM", "MoST", "Mofcom". */
  abbreviationsAnyCase: RegExp;
  byCapitals: Map<string, AgencyEntry>;
}

const normName = (s: string) =>
  s
    .toLowerCase()
    .replace(TERM_ORDINAL_PRINTED, '')
    .replace(/['’]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();

/** A name with each phrase of name-variants.json swapped for the others of its group, whole words only. */
export function nameSpellings(name: string): string[] {
  let spellings = [name];
  for (const group of registries().nameVariants.groups) {
    const next = new Set(spellings);
    for (const spelling of spellings) {
      for (const phrase of group) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'u');
        if (!re.test(spelling)) continue;
        for (const other of group) if (other !== phrase) next.add(spelling.replace(re, other));
      }
    }
    spellings = [...next];
  }
  return spellings;
}

/**
 * How English-language writers shorten a body's name: "the Cyberspace Administration" for the
 * Cyberspace Administration of China, "the industry ministry" / "the Science Ministry" for the
 * Ministry of Industry and Information Technology / of Science and Technology (the first conjunct of
 * what the ministry is of, put before "Ministry"), "the National People's Congress Standing Committee"
 * for the Standing Committee of the National People's Congress. Matched case-insensitively, like every name.
 */
export function shortForms(name: string): string[] {
  const forms = [name];
  const withoutCountry = name.replace(/\s+of\s+(?:the\s+)?(?:People['’]s\s+Republic\s+of\s+)?China$/i, '');
  if (withoutCountry !== name && withoutCountry.split(/\s+/).length >= 2) forms.push(withoutCountry);
  const ministry = /^Ministry\s+of\s+(?:the\s+)?(.+)$/i.exec(name);
  if (ministry) forms.push(`${ministry[1]!.split(/\s+and\s+|,\s*/)[0]} Ministry`);
  // "the Shenzhen Municipal People's Congress Standing Committee", the committee after its body.
  const committee = /^Standing\s+Committee\s+of\s+(?:the\s+)?(.+)$/i.exec(name);
  if (committee) forms.push(`${committee[1]} Standing Committee`);
  return forms;
}

function buildLexicon(agencyRegistry: readonly AgencyEntry[], termed: readonly string[]): Lexicon {
  const nameIndex = new Map<string, AgencyEntry>();
  const abbreviationIndex = new Map<string, AgencyEntry>();
  const spelled = new Map(agencyRegistry.map((a) => [a, [a.name, ...a.aliases].flatMap(shortForms).flatMap(nameSpellings)]));
  for (const a of agencyRegistry) {
    for (const n of spelled.get(a)!) if (!nameIndex.has(normName(n))) nameIndex.set(normName(n), a);
    for (const ab of a.abbreviations) abbreviationIndex.set(ab, a);
  }
  const names = [...new Set([...spelled.values()].flat())].sort((x, y) => y.length - x.length);
  const abbreviations = [...abbreviationIndex.keys()].sort((x, y) => y.length - x.length);
  // "the MIIT-led working group": a body that leads is named, though a hyphen follows.
  const abbreviationsSource = `(${abbreviations.map(namePattern).join('|')})(?![\\p{L}\\p{N}]|-(?!led\\b))`;
  const namesSource = `(?:the\\s+)?(${names.map((n) => withTermOrdinals(namePattern(n), termed)).join('|')})(?![\\p{L}\\p{N}])`;
  return {
    // Both are run with matchesNotAfter: no letter or digit (nor, for an abbreviation, a hyphen) before.
    names: new RegExp(namesSource, 'giu'),
    // The same names, matched only where a search is set to start.
    namesAt: new RegExp(namesSource, 'iuy'),
    nameIndex,
    abbreviations: new RegExp(abbreviationsSource, 'gu'),
    abbreviationIndex,
    abbreviationsAnyCase: new RegExp(abbreviationsSource, 'giu'),
    byCapitals: new Map([...abbreviationIndex].map(([ab, a]) => [ab.toUpperCase(), a])),
  };
}

const lexicon = derived((r) => buildLexicon(r.agencies, r.nameVariants.termed));

/** Resolves one printed name or abbreviation, or returns undefined when the registry lacks it. */
export function resolveAgency(printed: string, local: LocalAbbreviations = new Map()): AgencyEntry | undefined {
  const t = printed.trim().replace(/^the\s+/i, '');
  const localKey = local.get(t);
  if (localKey) return byKey().get(localKey);
  return (
    lexicon().abbreviationIndex.get(t) ??
    lexicon().nameIndex.get(normName(t)) ??
    lexicon().nameIndex.get(normName(t.replace(/^Minister (?:of|for)\b/i, 'Ministry of')))
  );
}

/** Recent results for texts read without local abbreviations, per registries: each paragraph is asked about several times. */
const recentResults = derived(() => new Map<string, AgencyMention[]>());

/** Every registered body named in the text, longest match first, no overlaps. */
export function findAgencies(text: string, local: LocalAbbreviations = new Map()): AgencyMention[] {
  if (local.size > 0) return scanAgencies(text, local);
  const recent = recentResults();
  let found = recent.get(text);
  if (!found) {
    if (recent.size > 2000) recent.clear();
    recent.set(text, (found = scanAgencies(text, local)));
  }
  return found.map((m) => ({ ...m }));
}

function scanAgencies(text: string, local: LocalAbbreviations): AgencyMention[] {
  return withParentsJoined(
    text,
    registeredMentions(text, local)
      .filter((m) => !UNREGISTERED_BODY_OF.test(text.slice(Math.max(0, m.start - 120), m.start)))
      .filter((m) => !OWNED_BODY_AFTER.test(text.slice(m.end, m.end + 120)))
      .sort((a, b) => a.start - b.start),
  );
}

/**
 * "China's State Council Information Office": a name found first ("China's State Council") gives way to a
 * longer one that starts inside it and reaches further (the State Council Information Office).
 */
function longerNameInside(text: string, found: AgencyMention): AgencyMention {
  const names = lexicon().namesAt;
  for (const word of text.slice(found.start + 1, found.end).matchAll(/(?<=\s)\S/g)) {
    names.lastIndex = found.start + 1 + word.index!;
    const m = names.exec(text);
    const agency = m && lexicon().nameIndex.get(normName(m[1]!));
    if (m && agency && m.index + m[0].length > found.end) {
      return { agency, start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, surface: m[1]! };
    }
  }
  return found;
}

/** Every registered name and abbreviation in the text, the longest where they overlap. */
function registeredMentions(text: string, local: LocalAbbreviations): AgencyMention[] {
  const found: AgencyMention[] = [];
  for (const m of matchesNotAfter(text, lexicon().names, LETTER_OR_DIGIT)) {
    const agency = lexicon().nameIndex.get(normName(m[1]!));
    if (agency) found.push(longerNameInside(text, { agency, start: m.index! + m[0].length - m[1]!.length, end: m.index! + m[0].length, surface: m[1]! }));
  }
  // An abbreviation in brackets right after a name defines it: "Cyberspace Administration of China (CAC)".
  const definedBy = new Map(found.flatMap((f) => (/^\s*\(/.exec(text.slice(f.end)) ? [[text.indexOf('(', f.end) + 1, f] as const] : [])));
  for (const m of matchesNotAfter(text, lexicon().abbreviations, LETTER_DIGIT_OR_HYPHEN)) {
    const name = text[m.index! + m[0].length] === ')' ? definedBy.get(m.index!) : undefined;
    const agency = resolveAgency(m[1]!, local);
    // "The Standing Committee of the 13th National People's Congress (NPC)": an inner body's abbreviation names no second body.
    if (name && agency && agency.key !== name.agency.key) {
      name.end = m.index! + m[0].length + 1;
      continue;
    }
    if (agency) found.push({ agency, start: m.index!, end: m.index! + m[0].length, surface: m[1]! });
  }
  // "Ministry of Commerce (MofCOM)", "MoST", "Mofcom": an abbreviation printed in its writer's letters' case — with a
  // capital inside it, or of five letters or more ("Most" is a word, "Mofcom" is not).
  for (const m of matchesNotAfter(text, lexicon().abbreviationsAnyCase, LETTER_DIGIT_OR_HYPHEN)) {
    const printed = m[1]!;
    if (lexicon().abbreviationIndex.has(printed) || !/^\p{Lu}(?:.*\p{Lu}|\p{L}{4,})/u.test(printed)) continue;
    const agency = lexicon().byCapitals.get(printed.toUpperCase());
    if (agency) found.push({ agency, start: m.index!, end: m.index! + printed.length, surface: printed });
  }
  for (const [abbreviation, key] of local) {
    if (lexicon().abbreviationIndex.has(abbreviation)) continue; // already found above, resolved locally
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${namePattern(abbreviation)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) found.push({ agency: byKey().get(key)!, start: m.index!, end: m.index! + m[0].length, surface: m[0] });
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: AgencyMention[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept;
}

/** The name of a commission, committee, group or council that belongs to another body: capitalised words and the body word. */
const BODY_OF_ITS_OWN = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+|for\s+|on\s+)?\p{Lu}[\p{L}'’-]*)*\s+(?:Commission|Committee|Leading\s+(?:Small\s+)?Group|Working\s+Group|Task\s+Force|Council)`;

/**
 * A body the registry does not know, named as a body "of" a registered one: "the Anti-monopoly
 * Commission of the State Council", "the Financial Stability and Development Committee of the State
 * Council". It is a body of its own, so the registered name inside it names no issuer; the lists read
 * the whole name. (A department or bureau "of" a body issues in that body's name, so those are not here.)
 */
const UNREGISTERED_BODY_OF = new RegExp(String.raw`(?<![\p{L}])${BODY_OF_ITS_OWN}\s+of\s+(?:the\s+)?$`, 'u');
/**
 * The same body named after its owner, with or without a possessive: "the State Council's Financial
 * Stability and Development Committee", "the State Council Tariff Commission".
 */
const OWNED_BODY_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(${BODY_OF_ITS_OWN})\b`, 'u');

/**
 * Bodies named after a registered owner, spelled as the registry's own names are, "of" the owner: "the
 * State Council's Tariff Commission" and "the State Council Tariff Commission" → "the Tariff Commission
 * of the State Council", so that every spelling names one body.
 */
export function ownedBodiesSpelledOut(text: string): string {
  let out = text;
  for (const m of registeredMentions(text, new Map()).sort((a, b) => b.start - a.start)) {
    const body = OWNED_BODY_AFTER.exec(text.slice(m.end, m.end + 120));
    if (body) out = `${out.slice(0, m.start)}${body[1]} of the ${m.agency.name}${out.slice(m.end + body[0].length)}`;
  }
  return out;
}

/**
 * "the Political Bureau of the CPC Central Committee": a body "of" the body it belongs to (its registry
 * parent) is one body, named with its parent — not two.
 */
function withParentsJoined(text: string, mentions: AgencyMention[]): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const m of mentions) {
    const before = out.at(-1);
    if (before && before.agency.parent === m.agency.key && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(before.end, m.start))) {
      before.end = m.end;
      before.surface = text.slice(before.start, m.end);
    } else out.push(m);
  }
  return out;
}

/** "Full Name (ABBR)" definitions in the text whose abbreviation the registry reads otherwise, or not at all. */
export function localAbbreviations(texts: readonly string[]): Map<string, string> {
  const local = new Map<string, string>();
  for (const text of texts) {
    for (const m of findAgencies(text)) {
      // (The mention of a name that defines another body's abbreviation ends after it: read after the name itself.)
      const after = /^\s*\(([A-Z][A-Za-z]{1,9}\d{0,3})\)/.exec(text.slice(m.start + m.surface.length));
      if (!after) continue;
      const abbreviation = after[1]!;
      const registered = lexicon().abbreviationIndex.get(abbreviation);
      // "… of the 13th National People's Congress (NPC)": the abbreviation is the inner body's own.
      if (registered && normName(m.surface).includes(normName(registered.name))) continue;
      if (registered?.key !== m.agency.key) local.set(abbreviation, m.agency.key);
    }
  }
  return local;
}

export interface IssuerReading {
  /** Registered bodies, or the printed name of a body the registry does not know. */
  issuers: { agency: AgencyEntry | null; printed: string; lead: boolean }[];
}

/**
 * A local government by one name however it is printed: "Tianjin Municipal People's Government",
 * "Tianjin municipal government" and "Tianjin's municipal authorities" are one body, named officially
 * "<Place> <Level> People's Government" (null: not a local government's name).
 */
export function localGovernmentName(printed: string): string | null {
  // A place of one to three words, "Xi'an" with its apostrophe, but not a possessive's: "Hubei's provincial government".
  const m =
    /^(?:the\s+)?(\p{Lu}[\p{L}-]*(?:['’]\p{Ll}{2,}[\p{L}-]*)?(?:\s+\p{Lu}[\p{L}-]*){0,2}?)(?:['’]s)?\s+(municipal|provincial|city|county|district|regional)\s+(?:people['’]s\s+)?(?:government|authorities)$/iu.exec(
      printed.trim(),
    );
  return m ? `${m[1]} ${localLevel(m[2]!)} People's Government` : null;
}

/** "provincial", "city" → "Provincial", "Municipal": a local body's level as its official name prints it. */
export function localLevel(word: string): string {
  const level = word.toLowerCase();
  return level === 'city' ? 'Municipal' : level.charAt(0).toUpperCase() + level.slice(1);
}

/**
 * Reads an "Issuing bodies:" value: "MIIT, CAC, MOE", "NDRC and MIIT", "MIIT etc." (MIIT leading
 * unnamed others), "Shanghai's Municipal Government (via CAAM)" (the channel is no issuer).
 */
export function readIssuerList(value: string, local: LocalAbbreviations = new Map()): IssuerReading {
  // "MIIT (lead), NDRC": the mark makes the body before it the lead, and is no body itself.
  const countBefore = COUNT_BEFORE.exec(value);
  const marked = value.replace(COUNT_BEFORE, '').replace(LEAD_MARK, ' \u2020');
  const cleaned = ownedBodiesSpelledOut(marked)
    .replace(/\((?:via|through|published by|see)\b[^)]*\)/gi, ' ')
    // "NDRC (with MOFCOM)": a co-issuer in brackets.
    .replace(/\(\s*(?:with|and|plus|together\s+with)\s+([^()]*)\)/gi, ', $1')
    // An aside with no name in it ("(seven departments in total)") names no body.
    .replace(/\((?![^()]*\p{Lu})[^()]*\)/gu, ' ')
    // The General Office of a body issues in its name: "General Office of the State Council", "State Council General Office",
    // "Office of the Central Cyberspace Affairs Commission".
    .replace(/\b(?:General\s+)?Offices?\s+of\s+(?:the\s+)?(?=\p{Lu})/gu, '')
    .replace(/(?<=\p{L})\s+General\s+Offices?\b/gu, '')
    // "MIIT Department of Raw Materials Industry": a department of the body before it issues in that body's name.
    .replace(/(?<=\p{Lu}{2,}['’]?s?)\s+(?:Department|Bureau|Division)\s+of\s+[\p{L}\s-]+?(?=\s*(?:[,;/&\u2020]|\band\b|$))/gu, '')
    // "MIIT together with the NDRC", "MIIT with NDRC": words that join bodies are no body.
    .replace(/\b(?:(?:together|jointly|along|in\s+(?:cooperation|conjunction|coordination))\s+)?with\b/gi, ',')
    .replace(/\s+/g, ' ')
    .trim();
  let leadsOthers = OTHERS.test(cleaned) || /led\s+by/i.test(countBefore?.[1] ?? '');
  // Registered names first, so that the "and" inside "Ministry of Industry and Information Technology" splits nothing.
  const named = findAgencies(cleaned, local);
  const found: { at: number; agency: AgencyEntry | null; printed: string }[] = named.map((m) => ({ at: m.start, agency: m.agency, printed: m.surface }));
  let rest = cleaned;
  for (const m of [...named].reverse()) rest = `${rest.slice(0, m.start)}${','.repeat(m.end - m.start)}${rest.slice(m.end)}`;
  for (const piece of rest.replace(OTHERS, '').matchAll(/[^,;/&\u2020]+/g)) {
    for (const part of bodiesJoinedByAnd(piece[0])) {
      const printed = part
        .trim()
        .replace(/\.$/, '')
        .replace(/^the\b\s*/i, '');
      if (COUNTED_BODIES.test(printed)) leadsOthers = true;
      else if (/\p{L}{2,}/u.test(printed)) found.push({ at: piece.index! + piece[0].indexOf(part), agency: null, printed });
    }
  }
  const issuers: (IssuerReading['issuers'][number] & { at: number })[] = [];
  for (const f of found.sort((x, y) => x.at - y.at)) {
    if (f.agency && issuers.some((i) => i.agency?.key === f.agency!.key)) continue;
    issuers.push({ agency: f.agency, printed: f.printed, lead: false, at: f.at });
  }
  if (leadsOthers && issuers[0]) issuers[0].lead = true;
  for (const mark of cleaned.matchAll(/\u2020/g)) {
    const before = issuers.filter((i) => i.at < mark.index!).at(-1);
    if (before) before.lead = true;
  }
  return { issuers: issuers.map(({ agency, printed, lead }) => ({ agency, printed, lead })) };
}

/**
 * A list's piece cut at "and" where a whole body stands on either side — "Hubei Provincial Government
 * and Wuhan Municipal Government", "the Foo Bureau and SASAC" — but not inside a name: "Shanghai
 * Municipal Commission of Economy and Informatization", "Shenzhen Science and Technology Innovation Commission".
 */
function bodiesJoinedByAnd(piece: string): string[] {
  // A blank side held a registered name, blanked out before (readIssuerList).
  const whole = (part: string) =>
    part.replace(/^\s*the\b/i, '').trim() === '' || namesBody(part) || /\bGovernment\s*$/.test(part) || /^\s*(?:the\s+)?\p{Lu}{2,}\s*$/u.test(part);
  const parts = piece.split(/\band\b/i);
  const out = [parts[0]!];
  for (const part of parts.slice(1)) {
    if (whole(out.at(-1)!) && whole(part)) out.push(part);
    else out[out.length - 1] += `and${part}`;
  }
  return out;
}

/** "(lead)", "(leading)", "(lead agency)" after a body in an issuer list. */
const LEAD_MARK = /\s*\((?:lead|leading|lead\s+(?:agency|body|department|ministry))\)/gi;
/** The end of a list that names its first body and counts the rest: "etc.", "and others", "and 5 other departments". */
const COUNT = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple)';
const BODY_NOUNS = '(?:government\\s+)?(?:departments|bodies|agencies|ministries|ones)';
const OTHERS = new RegExp(`\\s*\\b(?:etc\\.?|et al\\.?|(?:and|plus)\\s+(?:${COUNT}|many)?\\s*(?:others?(?:\\s+${BODY_NOUNS})?|${BODY_NOUNS}))\\s*$`, 'i');
/** A list's part that only counts bodies: "16 departments" (after "together with"), "plus 16 other ministries". */
const COUNTED_BODIES = new RegExp(`^(?:(?:and|plus)\\s+)?(?:${COUNT}|many)\\s+(?:others?\\s+)?(?:${BODY_NOUNS}|others)$`, 'i');
/** "17 departments including MIIT, …", "Seven bodies led by the NDRC:": a count before the named bodies. */
const COUNT_BEFORE = new RegExp(`^\\s*${COUNT}\\s+${BODY_NOUNS}\\s*,?\\s*(including|such\\s+as|among\\s+them|led\\s+by)\\s*:?\\s*`, 'i');

/** Bodies the text says led the work: "led by X (and Y)", "X and seven other government bodies". */
export function leadBodies(text: string, local: LocalAbbreviations = new Map()): Set<string> {
  const leads = new Set<string>();
  const mentions = findAgencies(text, local);
  // "led by", "headed by", "spearheaded by", "under the leadership of", "with X in the lead".
  const ledBy = /\b(?:led|headed|spearheaded|steered|coordinated)\s+by\s+|\bunder\s+the\s+(?:leadership|lead|aegis)\s+of\s+/gi;
  for (const m of text.matchAll(ledBy)) {
    let cursor = m.index! + m[0].length;
    for (const mention of mentions.filter((x) => x.start >= cursor)) {
      const gap = text.slice(cursor, mention.start);
      if (!/^(?:\s*(?:the|and|,)\s*)*$/i.test(gap)) break;
      leads.add(mention.agency.key);
      cursor = skipParenthetical(text, mention.end);
    }
  }
  const others = new RegExp(`^(?:\\s*\\([^)]*\\))?\\s*(?:,\\s*)?(?:and|(?:together|along)\\s+with|with|plus)\\s+${COUNT}\\s+other\\b`, 'i');
  for (const [i, mention] of mentions.entries()) {
    // "X and seven other bodies", "the X-led working group", "The Ministry of Commerce leads the work".
    const after = text.slice(mention.end);
    // ("The NDRC, the MIIT and four other ministries": the last of a list of bodies leads no more than the first.)
    const listed = afterListedBody(text, mentions, i);
    if ((others.test(after) && !listed) || /^-led\b/.test(after) || LEADS_AFTER.test(after)) leads.add(mention.agency.key);
  }
  return leads;
}

/** Whether the body at mentions[i] (its name, or its abbreviation in brackets after it) follows another in a list: "A, the B". */
function afterListedBody(text: string, mentions: readonly { start: number; end: number; agency: { key: string } }[], i: number): boolean {
  let first = i;
  while (first > 0 && mentions[first - 1]!.agency.key === mentions[i]!.agency.key) first -= 1;
  return first > 0 && /^\)?\s*(?:\([^)]*\))?\s*(?:,|and)\s*(?:the\s+)?$/i.test(text.slice(mentions[first - 1]!.end, mentions[first]!.start));
}

/**
 * "(MOFCOM) leads the work", "will take the lead", "is in charge", ", the lead agency,", "with X in the
 * lead", "with X as lead ministry": a body said to lead, right after its name.
 */
const LEADS_AFTER =
  /^(?:\s*\([^)]*\))?(?:,\s+the\s+lead(?:ing)?\s+(?:agency|body|ministry|department)\b|\s+(?:in\s+the\s+lead|at\s+the\s+helm|as\s+(?:the\s+)?lead(?:ing)?\s+(?:agency|body|ministry|department))\b|\s+(?:(?:will|is\s+to|also)\s+)?(?:leads?|led|takes?\s+the\s+lead|took\s+the\s+lead|(?:is|was)\s+in\s+charge)\b(?!\s+(?:to|by)\b))/i;

function skipParenthetical(text: string, at: number): number {
  const m = /^\s*\([^)]*\)/.exec(text.slice(at));
  return m ? at + m[0].length : at;
}

/** "MOST will transfer certain responsibilities to MIIT": duties handed from one body to another. */
export function findDutyTransfers(text: string): { from: AgencyMention; to: AgencyMention }[] {
  const mentions = findAgencies(text);
  const transfers: { from: AgencyMention; to: AgencyMention }[] = [];
  const between =
    /^\s+(?:will\s+|shall\s+|has\s+|have\s+|is\s+to\s+)?transfer(?:s|red)?\s+(?:certain\s+|some\s+|its\s+|part\s+of\s+its\s+)?(?:responsibilities|duties|functions|powers)\s+to\s+(?:the\s+)?$/i;
  for (const [i, from] of mentions.entries()) {
    const to = mentions[i + 1];
    if (to && between.test(text.slice(from.end, to.start))) transfers.push({ from, to });
  }
  return transfers;
}
