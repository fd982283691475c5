/**
 * Firms named in text. A name counts as a firm when the registry knows it
 * (graph-schema/firms.json), when it carries a corporate suffix ("Dongfeng Motor Group",
 * "Hangzhou Co"), or when the sentence says so: a descriptor before it ("Chinese drugmaker
 * MediLink Therapeutics", "Taiwan-based Foxconn"), an apposition after it ("SenseTime, a
 * prominent Chinese AI firm"), a possessive of a business ("IBM's former IT services unit"), a
 * list after firms ("carmakers including Volkswagen, General Motors and Tesla"), or, in a
 * corporate news item, the item's subject. News outlets, government bodies, places, people and
 * product names are never firms.
 */
import type { Registries } from '../../../graph-schema/registry.ts';
import { derived } from '../registries.ts';
import { findAgencies, namesBody } from './agencies.ts';
import { escapeRegExp, inAnyCase, LETTER_DIGIT_OR_HYPHEN, matchesNotAfter } from '../text/regexp.ts';

export interface FirmMention {
  /** The registry's canonical name, or the name as printed. */
  name: string;
  surface: string;
  start: number;
  end: number;
  registered: boolean;
}

export interface FirmContext {
  /** In a corporate news item the grammatical subject is a firm unless shown otherwise. */
  subjectIsFirm: boolean;
}

const escape = escapeRegExp;

/** What the firm rules read off the registries: canonical names, known firms, media and stop-words. */
interface FirmLexicon {
  /** Every name and alias (lower case) → the canonical name. */
  canonical: Map<string, string>;
  /** Every name and alias without its legal form ("SMIC" for "Semiconductor Manufacturing International Corp.") → the canonical name. */
  byCorporateName: Map<string, string>;
  registered: RegExp;
  /** Every registered name as the registry prints it. */
  printed: ReadonlySet<string>;
  media: Set<string>;
  places: Set<string>;
  notFirms: Set<string>;
  /** "chip designer Loongson", "state-owned carmaker BAIC", "the company X": what stands before a firm's name. */
  descriptorBefore: RegExp;
  /** "Hithium, a Xiamen-based start-up": an apposition that calls the name before it a firm. */
  appositionAfter: RegExp;
  /** "Chip designer Loongson": the industry word before a role word is no firm itself. */
  industryBeforeRole: RegExp;
  /** "Carmaker BYD", "The", "Chinese": words opening a printed name that are no part of it. */
  leadingWords: RegExp;
  /** "carmakers including Volkswagen, General Motors and Tesla", "buyers such as Meyer Burger": each name of the list. */
  listAfterFirms: RegExp;
  /** A product's name: "Ernie Bot", "HarmonyOS", "SU7" (firm-roles.json, productEndings). */
  productName: RegExp;
  /** " brand" after "its Lynk & Co": a product noun right after a name (firm-roles.json, productNouns). */
  productNounAfter: RegExp;
  /** " Heavy Industries" after "Hyundai", " Health" after "JD": the words that make a group's name one of its businesses. */
  businessAfterGroup: RegExp;
  /** Capitalised names: "Dongfeng Motor Group", "Pony.ai", "I-Mab", "eHang", "Wuhan Iron and Steel". */
  name: RegExp;
  /** "lag behind ABB", "overtook Tesla": a name another firm measures itself against. */
  rivalryBefore: RegExp;
  /** "fined Alibaba": what a regulator does to a firm, right before its name. */
  penaltyBefore: RegExp;
  /** "took a stake in Leapmotor", "values Zhipu at": how others buy into or value a firm, right before its name. */
  stakeBefore: RegExp;
  /** "… Inspur to its Entity List": a state's list of firms, right after a name. */
  listedAfter: RegExp;
  /** " Visual Technology" of "Hisense Visual Technology": the last words of a name that say its trade (firm-roles.json's tradeEndings). */
  tradeEnding: RegExp;
  /** "Sungrow Power Supply and other inverter makers": a name listed with others of its role. */
  othersOfRoleAfter: RegExp;
  /** A name with a pair of trades joined inside it after a word of its own ("Hebei Iron and Steel"), no association's. */
  joinedTrade: RegExp;
  /** What only a business does, right after its name (firm-roles.json's businessActs). */
  businessActAfter: RegExp;
  /** The same, in a clause about the name: ", which listed in Hong Kong". */
  businessActInAside: RegExp;
  /** "a factory of Wistron", "acquired Ele.me": what stands before a firm one owns or buys. */
  holdingBefore: RegExp;
  /** Role and group nouns, singular and plural, lower case: "Investors" opening a sentence names no firm. */
  roleNouns: Set<string>;
  /** "Companies: …", "Key players: …": a line that lists firms (firm-roles.json's listLabels). */
  listLabel: RegExp;
  /** A name whose last word heads a body's name: "… Organization", "… Association" (firm-roles.json). */
  organisationHead: RegExp;
  /** "Haidian District", "Suzhou Industrial Park": the end of a place's name. */
  placeHead: RegExp;
}

/** Words that place a firm in relation to another ("a unit of", "a deal with"): they call the name after them a firm too. */
const RELATIONAL_BEFORE =
  'partner|affiliate|unit|subsidiary|rival|competitor|competitors|agency|joint venture with|agreement with|deal with|partnership with|acquire|acquired|acquisition of|purchasing|stake in|shares of|stock of|listing of|the likes of|' +
  // The other side of a transaction: "sold its ODM business to Luxshare", "a merger with …", "orders from Airbus".
  'sold\\s+(?:its|their|a|the)\\s+[^.;,]{1,40}?\\s+to|merger with|merge with|takeover of|tie-up with|alliance with|partner(?:s|ed|ing) with|team(?:s|ed|ing) up with|(?:in\\s+)?talks\\s+with|orders? from';
/** Words that rank a firm among others ("battery leader CATL"): only as the head of an apposition or after an industry word. */
const RANK_ROLES = ['leader', 'champion'];

/** "company" → "companies", "firm" → "firms". */
const pluralOf = (w: string) => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);

const lexicon = derived((r): FirmLexicon => {
  const canonical = new Map<string, string>();
  for (const f of r.firms) for (const n of [f.name, ...f.aliases]) canonical.set(n.toLowerCase(), f.name);
  const byCorporateName = new Map<string, string>();
  for (const f of r.firms) for (const n of [f.name, ...f.aliases]) if (!byCorporateName.has(corporateKey(n))) byCorporateName.set(corporateKey(n), f.name);
  // Each name as first printed in the registry (the pattern is case-sensitive; other cases are read as names).
  const printed = new Map<string, string>();
  for (const n of r.firms.flatMap((f) => [f.name, ...f.aliases])) if (!printed.has(n.toLowerCase())) printed.set(n.toLowerCase(), n);
  return {
    canonical,
    byCorporateName,
    registered: new RegExp(
      // Run with matchesNotAfter: no letter, digit, dot or hyphen before.
      `(${[...canonical.keys()]
        .sort((a, b) => b.length - a.length)
        .map((n) => escape(printed.get(n)!))
        .join('|')})(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])`,
      'gu',
    ),
    printed: new Set(r.firms.flatMap((f) => [f.name, ...f.aliases])),
    media: new Set(r.media.map((m) => m.toLowerCase())),
    places: new Set(r.firmStopWords.places),
    notFirms: new Set(r.firmStopWords.notFirms),
    ...rolePatterns(r.firmRoles, r.firmStopWords.places),
    productName: new RegExp(`(?:${r.firmRoles.productEndings.map(escape).join('|')})$|\\p{N}`, 'u'),
    productNounAfter: new RegExp(`^\\s+(?:${r.firmRoles.productNouns.map(escape).join('|')})\\b`),
    // A business word in any letters' case ("GE HealthCare" beside "Healthcare").
    businessAfterGroup: new RegExp(
      `^(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.-]*){0,2}?\\s+(?:${r.firmRoles.businessWords.map((w) => inAnyCase(escape(w))).join('|')})$`,
      'u',
    ),
    // Case aside: "The investment arm of Tencent" opens a sentence.
    // "owns a fifth of Canada's Ballard Power": a place may own the name after the holding.
    holdingBefore: new RegExp(`(?<![\\p{L}])(?:${r.firmRoles.holdingsBefore.join('|')})\\s+(?:the\\s+)?(?:[A-Z][\\p{L}-]*['’]s\\s+)?$`, 'iu'),
    // Run with matchesNotAfter: a name begins after no letter, digit or hyphen; "and" joins only the trades
    // that one firm's name pairs ("Wuhan Iron and Steel").
    name: new RegExp(
      String.raw`${TOKEN}(?:\s(?:${TOKEN}|&)|${r.firmRoles.joinedTrades
        .map((t) => t.split(/\s+and\s+/))
        .map(([first, second]) => String.raw`(?<=\b${escape(first!)})\sand(?=\s${escape(second!)}\b)`)
        .join('|')}|(?<=\b(?:${r.firmRoles.namesGoOnWithOf.map(escape).join('|')}))\sof(?=\s\p{Lu}))*`,
      'gu',
    ),
    rivalryBefore: new RegExp(`(?<![\\p{L}])(?:${r.firmRoles.rivalryBefore.join('|')})\\s+(?:the\\s+)?$`, 'iu'),
    penaltyBefore: new RegExp(`(?<![\\p{L}])(?:${r.firmRoles.penaltyBefore.join('|')})\\s+(?:the\\s+)?$`, 'iu'),
    stakeBefore: new RegExp(`(?<![\\p{L}])(?:${r.firmRoles.stakeBefore.join('|')})\\s+(?:the\\s+)?$`, 'iu'),
    listedAfter: new RegExp(`^\\s+(?:${r.firmRoles.listedAfter.join('|')})\\b`, 'iu'),
    tradeEnding: new RegExp(`\\s(?:${r.firmRoles.tradeEndings.map(escape).join('|')})$`, 'u'),
    // Two trades that "and" joins inside a name make it a firm's: "Hebei Iron and Steel", "Wuhan Light and Power".
    joinedTrade: new RegExp(
      `^\\S+(?:\\s\\S+)*?\\s(?:${r.firmRoles.joinedTrades.map(escape).join('|')})\\b(?!.*\\b(?:${r.firmRoles.organisationHeads.map(escape).join('|')})$)`,
    ),
    // "… while Estun and Siasun gain share": past a second name joined by "and", whose act it is too.
    businessActAfter: new RegExp(
      `^(?:\\s+and\\s+\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.-]*){0,3})?\\s+(?:(?:has|have|had|also|already|together|jointly|now|still)\\s+){0,2}(?:${r.firmRoles.businessActs.join('|')})\\b`,
      'u',
    ),
    // "UBTech, which listed in Hong Kong in 2023, …": the same acts in a clause about the name.
    businessActInAside: new RegExp(`^,\\s+which\\s+(?:(?:has|had|also|already|recently|just|then)\\s+){0,2}(?:${r.firmRoles.businessActs.join('|')})\\b`, 'u'),
    roleNouns: new Set([...r.firmRoles.roles, ...r.firmRoles.groupNouns].flatMap((w) => [w, pluralOf(w)]).map((w) => w.toLowerCase())),
    organisationHead: new RegExp(`\\s(?:${r.firmRoles.organisationHeads.map(escape).join('|')})$`),
    placeHead: new RegExp(`\\s(?:${r.firmStopWords.placeHeads.map(escape).join('|')})$`),
    listLabel: new RegExp(`^\\s*(?:${r.firmRoles.listLabels.join('|')})\\s*:\\s*`, 'i'),
  };
});

function rolePatterns({ roles, compoundRoles, notRoles, groupNouns, openers }: Registries['firmRoles'], places: readonly string[]) {
  // "maker" also ends "steelmaker", "Toymaker": a compound role is any word ending in it, but "policymakers" are people.
  const people = `(?!(?:${notRoles.map(escape).join('|')})s?\\b)`;
  // "company" / "companies", "firm" / "firms": a role and its plural, or either.
  const plural = (w: string) => escape(pluralOf(w));
  const singularOrPlural = (w: string) => `(?:${escape(w)}|${plural(w)})`;
  const role = (w: string) => (compoundRoles.includes(w) ? `${people}[\\p{L}-]*${singularOrPlural(w)}` : singularOrPlural(w));
  const either = (words: readonly string[]) => words.map(role).join('|');
  const place = `(?:${places.map(escape).join('|')})`;
  // "Carmaker BYD", "Carmakers BYD and Geely": a role opening the sentence, singular or plural.
  const capitalised = roles.map((w) =>
    compoundRoles.includes(w) ? `\\p{Lu}[\\p{L}-]*${singularOrPlural(w)}` : singularOrPlural(w[0]!.toUpperCase() + w.slice(1)),
  );
  const plurals = [...roles.map((w) => (compoundRoles.includes(w) ? `${people}[\\p{L}-]*${plural(w)}` : plural(w))), ...groupNouns.map(escape)];
  return {
    // "chipmaker TSMC", "a deal with Slovakia's InoBat": a place's possessive may stand between.
    // "Domestic rivals Zwsoft and …", "its partners Siemens and ABB": a group of firms named right after it.
    descriptorBefore: new RegExp(
      `(?:(?<![\\p{L}-])(?:${either(roles)}|${groupNouns.map(escape).join('|')}|${RELATIONAL_BEFORE})|-based|-backed|-listed|-owned),?\\s+(?:the\\s+)?(?:(?:${place}\\s+)?${place}['’]s\\s+)?$`,
      'iu',
    ),
    // … and "Aliyun, Alibaba's cloud unit", "Longi and Jinko, two of the largest solar makers".
    appositionAfter: new RegExp(
      `^,\\s+(?:a|an|the|its|(?:one|two|three|four|five|both|some)\\s+of(?:\\s+(?:the|its|their))?|[\\p{L}\\p{N}&.-]+['’]s)\\s+(?:[\\w&'’-]+\\s+){0,6}?(?:${either([...roles, ...RANK_ROLES])})\\b`,
      'iu',
    ),
    othersOfRoleAfter: new RegExp(
      `^(?:,\\s+[^,.;]{1,60},?)?\\s+(?:and|or)\\s+(?:the\\s+)?(?:other|several|many|some|fellow|rival|smaller|larger|foreign|domestic)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${plurals.join('|')})\\b`,
      'iu',
    ),
    industryBeforeRole: new RegExp(`^\\s+(?:[a-z-]+\\s+)?(?:${either([...roles, ...RANK_ROLES])})\\s+\\p{Lu}`, 'u'),
    // ("Bank of China" keeps its first word: a role word that "of" goes on from is the name's own.)
    leadingWords: new RegExp(`^(?:(?:${[...openers.map(escape), ...capitalised].join('|')})\\s+(?!of\\s))+`, 'u'),
    listAfterFirms: new RegExp(
      `(?<![\\p{L}-])(?:${plurals.join('|')})\\b[^.;:]{0,60}?\\b(?:such as|like|including|include|were|are|namely|notably|especially|particularly|in particular|chiefly|mainly|led by|headed by)\\s+(?:the\\s+)?(?:[^.;:()]{1,80}?(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+)(?:the\\s+)?)?$`,
      'iu',
    ),
  };
}

/**
 * Whether a descriptor is a capitalised word inside a sentence: a title's word, "the Guidelines for the
 * Platform Economy", not a role ("e-commerce platform Pinduoduo", "Carmaker BYD" opening a sentence).
 */
function inTitleCase(before: string, at: number): boolean {
  const word = before.slice(at).trimStart();
  return /^\p{Lu}\p{Ll}/u.test(word) && !/(?:^|[.!?:;"“(])$/.test(before.slice(0, at).trimEnd());
}

const SUFFIX =
  /\s(?:Group|Co\.?|Company|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|Holdings?|Therapeutics|Medicines|Pharmaceuticals?|Biotech|Biosciences|Motors?|Automotive|Airlines|Airways|AG|SE|plc|LLC|GmbH)$/;
/** "MYbank, an affiliate of Ant Financial", ", a wholly owned subsidiary of …": the firm a unit in an aside belongs to. */
const UNIT_OF = /,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:unit|subsidiary|division|affiliate)\s+of\s+$/i;
// "Horizon Robotics' shares": a name ending in s takes the apostrophe alone.
const POSSESSIVE_BUSINESS =
  /^['’]s?\s+(?:[\w-]+\s+){0,4}?(?:unit|arm|subsidiary|business|fleet|platform|factory|factories|plant|joint venture|shares|operations|assets|brand|division|headquarters|chief|CEO|chairman|strategy|partner|rivals?|competitors?|customers?|suppliers?|investors?|stake|purchase|takeover|acquisition|merger|bid|liquidation|bankruptcy|restructuring|scandal|default|IPO|listing|earnings|revenues?|profits?|sales|market value|valuation|debts?|bonds|creditors|shareholders|board|founder|employees|workforce)\b/i;
const NAMED_DAY_AFTER = /^['’]s?\s+(?:Day|Eve|Festival|Week|Holiday)\b/;
/** "trading in Evergrande shares", "Tencent stock fell": a name that has shares is a firm's. */
const SHARES_AFTER = /^(?:['’]s?)?\s+(?:shares|stock|share\s+price|bonds)\b/;
const SUBJECT_INTRO = /^(?:(?:[^,]{0,120},\s+)|(?:.{0,80}?\bthat\s+))?$/;
/**
 * "Unitree Robotics and UBTech are the firms most likely to benefit", "Ping An Good Doctor and WeDoctor are the
 * best placed to profit": what follows calls them firms, or says they stand to profit, across an aside ("EHang,
 * which won the first certificate, and Aerofugia are the firms …"). (Places and bodies are set aside before.)
 */
const CALLED_FIRMS_AFTER =
  /^(?:,\s+(?:which|who|whose)\s+[^.;]{1,100}?,)?(?:(?:,\s+[^.;,]{1,40}?)*,?\s+and\s+[^.;]{1,60}?)?\s+(?:(?:are|were|is|was|will\s+be|would\s+be|could\s+be|remain|become)\s+(?:the|among\s+the|two\s+of\s+the|some\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?(?:firms?|compan(?:y|ies)|makers?|manufacturers?|producers?|suppliers?|exporters?|traders?|buyers?|bidders?|investors?|players?|winners?|beneficiar(?:y|ies)|champions?|leaders?)|(?:(?:are|were|is|was|look|looks|seem|seems)\s+(?:the\s+)?(?:best|well|better)\s+(?:placed|positioned)|(?:are|were|is|was)\s+(?:set|likely|expected|poised)|stands?|stood)\s+to\s+(?:profit|benefit|gain))\b/i;
/**
 * "Ping An Good Doctor said it already meets …": a name that speaks of itself as "it" is no person,
 * and bodies and places are set aside before; what is left is an organisation that acts — a firm.
 */
const SAID_IT_AFTER =
  /^\s+(?:(?:has|had|also)\s+)?(?:said|says|announced|announces|stated|states|confirmed|confirms|reported|reports|expects|claimed|claims|denied|denies)\s+(?:that\s+)?(?:it|its)\b/;
/**
 * "Goldman Sachs, J.P. Morgan and Nomura have applied for control of their joint ventures": a subject
 * that owns a business in its own clause is a firm (the others of its list follow by coordination).
 */
const OWN_BUSINESS_AFTER =
  /^(?:[^.;]|\.(?=\S)|(?<=\b\p{Lu})\.){0,160}?\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:joint[- ]ventures?|subsidiar(?:y|ies)|plants?|factor(?:y|ies)|shares|stakes?|listings?|revenues?|profits?|shareholders|customers|suppliers|dealers|stores|brands?|merger|takeover|acquisition)\b/u;

/**
 * "Weichai Power, which owns a fifth of Ballard": what holds a share of something, or bought it, is a firm
 * ("which", not "who": a person may own shares too).
 */
/**
 * "Qorvix, which makes battery separators", "Illumina and Thermo Fisher, which sell sequencers": what makes, sells or
 * builds goods is a firm (a plural noun as its object: "Made in China 2025, which makes robotics a priority" makes nothing).
 */
const MAKER_AFTER =
  /^,\s+which\s+(?:also\s+|now\s+|mainly\s+)?(?:makes?|produces?|manufactures?|sells?|builds?|suppl(?:y|ies)|designs?|develops?|exports?)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+s\b(?!\s+(?:an?|the)\b)/u;

const HOLDER_AFTER =
  /^,\s+which\s+(?:also\s+|now\s+|already\s+)?(?:owns|holds|controls|acquired|bought|took\s+over|has\s+(?:bought|acquired|taken\s+over))\s+(?:(?:about|around|nearly|almost|more\s+than|a|an|its|one|two|three|\d[\d.,]*)\s*)*(?:stakes?|shares?|percent|per\s+cent|%|half|thirds?|quarters?|fifths?|tenths?|majority|control|\p{Lu})/u;

/** A subject's verb after its name, past an aside ("Kuka, owned by Midea, announced …") or a second name joined by "and". */
const SUBJECT_VERB_AFTER =
  /^(?:,\s+[^,.;]{1,80},|\s+and\s+\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})?\s+(?:(?:has|have|is|are|was|will|also|and)\s+)?[a-z]+/u;

/**
 * The words of a name's sentence before it; a label before the sentence ("MERICS comment:") is no part of it,
 * nor a clause a colon closes ("Start-ups moved faster: Unitree Robotics sells …").
 */
function sentenceLead(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 120), start);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': ')) + 2;
  const lead = sentenceStart > 1 ? before.slice(sentenceStart) : text.slice(0, start);
  return lead.replace(/^\s*\p{Lu}[\p{L} ]{0,30}:\s+/u, '');
}

/** Whether a name opens its sentence, or the clause after a sentence's opening phrase. */
function isSentenceSubject(text: string, start: number): boolean {
  const lead = sentenceLead(text, start);
  if (closesNamedSubject(text, start)) return SUBJECT_INTRO.test(lead.replace(NAMES_AND, ''));
  return SUBJECT_INTRO.test(lead) && !/\b(?:by|of|to|with|from|for|and|or)\s+$/i.test(lead);
}

/** Capitalised names joined by "and" up to a name: "Ericsson and " before "Nokia", "Haier's COSMOPlat and " before "Aerospace Cloud Technology". */
const NAMES_AND =
  /(?:\p{Lu}[\p{L}\p{N}&.-]*['’]s\s+)?\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}&.-]*){0,3}(?:,\s+\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}&.-]*){0,3})*,?\s+(?:and|&)\s+$/u;

/** Whether a name ends a subject of names ("Ericsson and Nokia also won contracts"): one word is then a name, no common noun. */
function closesNamedSubject(text: string, start: number): boolean {
  return NAMES_AND.test(sentenceLead(text, start));
}

/**
 * "Harbin Electric and Dongfang Electric make the turbines": a subject that makes, builds, sells or supplies goods
 * (a plural noun) is a firm.
 */
const MAKES_GOODS_AFTER =
  /^(?:\s+and\s+\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})?\s+(?:also\s+)?(?:(?:are|is|were|was)\s+(?:racing|rushing|scrambling|preparing|starting|beginning|set|about)\s+to\s+|(?:will|plan\s+to|plans\s+to|began\s+to|started\s+to)\s+)?(?:mass-)?(?:make|makes|made|build|builds|built|supply|supplies|supplied|produce|produces|produced|manufacture|manufactures|manufactured|sell|sells|sold)\s+(?:the\s+|its\s+|their\s+|most\s+of\s+the\s+)?(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s\b/u;

/** An aside after a name that says who owns or backs it: "Vanke, backed by Shenzhen Metro, …". */
const BACKED_ASIDE_AFTER = /^,\s+(?:(?:majority|wholly|partly|fully|jointly)[-\s])?(?:backed|owned|controlled|funded)\s+by\s+(?:the\s+)?\p{Lu}[^,.;]{0,60},/u;

/** "DeepSeek's founder Liang Wenfeng", "its chief executive Tim Cook": the name after a person's title is a person's. */
const PERSON_TITLE_BEFORE = /\b(?:(?:co-?)?founder|chairman|chairwoman|chief\s+executive|CEO|boss|billionaire|tycoon)\s+$/i;

/** A listing after a name: "Horizon Robotics (HKEX: 9660)", "Nio (NYSE: NIO)", "Kweichow Moutai (600519.SH)". */
const STOCK_TICKER_AFTER =
  /^\s*\((?:(?:HKEX|HKG|SEHK|SSE|SZSE|SHA|SHE|NYSE|NASDAQ|Nasdaq|STAR|KRX|TYO|TSE|FWB|ETR|XETRA|LSE)\s*:\s*[\w.]+|\d{4,6}\.(?:SH|SZ|SS|HK|BJ|KS|T))\)/;

const ROLE_WORD =
  /\s(?:CEO|CFO|CTO|Chairman|Chairwoman|Chair|President|Founder|Chief|Premier|Minister|Vice|Secretary|Governor|Mayor|Director|Dr\.|Mr\.|Ms\.)(?:\s|$)/;

/** Capitalised names: "Dongfeng Motor Group", "Pony.ai", "I-Mab", "eHang", "Zhejiang Changxing Tianneng Power Supply Co." */
const TOKEN = String.raw`(?:[\p{Lu}][\p{L}\p{N}&.]*(?:-[\p{Lu}\p{N}][\p{L}\p{N}.]*)*|[a-z][A-Z][\p{L}\p{N}.]*|\d+\p{Lu}\p{L}*?\p{Ll}{2,})`;

/** An abbreviation in brackets: "(ICBC)". */
const ABBREVIATION_IN_BRACKETS = /\((\p{Lu}[\p{Lu}\p{N}&]{1,9})\)/gu;
/** The words before it that may make up a name: capitalised, or "and", "of", "for", "the", "&" inside it. */
const NAME_BEFORE = /(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*\p{Lu}[\p{L}\p{N}&.-]*)*)\s*$/u;

/** The first letters of words, in capitals: "Industrial … Bank of China" → "IBOC". */
const initials = (words: RegExpMatchArray[]) => words.map((w) => w[0][0]!.toUpperCase()).join('');

/**
 * Names that an abbreviation in brackets defines, cut to the words whose initials spell it (with or
 * without the inner "and", "of"): the name runs across its lower-case words, which a bare run of
 * capitals would split into "Industrial" and "Commercial Bank".
 */
function namesDefinedByAbbreviation(text: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  // Found from each abbreviation back, which is cheaper than trying every run of capitals.
  for (const abbreviation of text.matchAll(ABBREVIATION_IN_BRACKETS)) {
    const before = text.slice(Math.max(0, abbreviation.index! - 160), abbreviation.index!);
    const run = NAME_BEFORE.exec(before);
    if (!run) continue;
    const runStart = abbreviation.index! - before.length + run.index;
    const letters = abbreviation[1]!.replace(/[^\p{Lu}]/gu, '');
    const words = [...run[1]!.matchAll(/\S+/g)];
    for (let first = 0; first < words.length; first++) {
      const capitalised = words.slice(first).filter((w) => /^\p{Lu}/u.test(w[0]));
      if (!/^\p{Lu}/u.test(words[first]![0]) || (initials(capitalised) !== letters && initials(words.slice(first)) !== letters)) continue;
      const start = runStart + words[first]!.index!;
      const end = runStart + run[1]!.length;
      if (/\s(?:and|of|for|the)\s/.test(text.slice(start, end))) out.push({ name: text.slice(start, end), start, end });
      break;
    }
  }
  return out;
}

/**
 * A full stop and a space after a word of two lower-case letters or more that is no legal form ("Co.",
 * "Corp."), or after an acronym ("… memory maker YMTC. Equipment suppliers …"), not after initials ("U.S.").
 */
const SENTENCE_END_IN_NAME = /(?<=\p{Ll}{2}|(?<![\p{L}.])\p{Lu}{2,})(?<!\b(?:Co|Corp|Inc|Ltd|Bros|Intl|Mfg))\.\s/u;

/**
 * A full stop after a word ends the sentence, and the name with it: "… its rival Autel Robotics. Ukrainian
 * buyers …", "… talks with Chongqing Iron & Steel. Shagang, the largest …": each sentence's part is a run of its own.
 */
function sentencesOfRun(m: RegExpMatchArray): { run: string; at: number }[] {
  const runs: { run: string; at: number }[] = [];
  let rest = m[0];
  let at = m.index!;
  for (let end = SENTENCE_END_IN_NAME.exec(rest); end; end = SENTENCE_END_IN_NAME.exec(rest)) {
    runs.push({ run: rest.slice(0, end.index + 1), at });
    at += end.index + end[0].length;
    rest = rest.slice(end.index + end[0].length);
  }
  return [...runs, { run: rest, at }];
}

function trimPossessive(name: string): string {
  return name.replace(/['’]s$/, '');
}

/**
 * A registered name counts as printed in the registry, or capitalised as a name in other letters' case
 * ("Bytedance", "Biontech"): never in lower case ("apple"), in capitals where the registry has none (a
 * headline's "SHELL") or, for names of three letters or fewer, in any other case ("Ge").
 */
function printedAsRegistered(match: string): boolean {
  if (lexicon().printed.has(match)) return true;
  return match.length > 3 && /^\p{Lu}/u.test(match) && match !== match.toUpperCase();
}

/** A Party or state body ("Central Leading Small Group on …") is never a firm, registered or not. */

function isExcluded(text: string, name: string, agencySpans: { start: number; end: number }[], start: number, end: number): boolean {
  const { media, canonical, roleNouns } = lexicon();
  if (media.has(name.toLowerCase()) || roleNouns.has(name.toLowerCase())) return true;
  if (namesBody(name)) return true;
  // "Ltd." of "Tuopu Group Co., Ltd.": a legal form cut off by the comma is no firm of its own.
  if (withoutLegalForm(`Firm ${name}`) === 'Firm') return true;
  if (agencySpans.some((a) => start < a.end && a.start < end)) return true;
  // SenseNova 4.0, C919, A320 — but "3SBio", a name that opens with its number, is a name.
  if (/\d/.test(name) && !/^\d+\p{Lu}\p{L}*?\p{Ll}{2,}$/u.test(name) && !canonical.has(name.toLowerCase())) return true;
  // "registration-based IPOs", "SOEs", "NEVs": an abbreviation in the plural is a common noun's.
  if (/^\p{Lu}{2,5}s$/u.test(name) && !canonical.has(name.toLowerCase())) return true;
  // "eVTOL developer EHang", "mRNA vaccines": a technology's abbreviation behind a small letter names no firm ("eHang" does).
  if (/^\p{Ll}\p{Lu}{2,}s?$/u.test(name) && !canonical.has(name.toLowerCase())) return true;
  // "the International Maritime Organization", "the China Electricity Council": a name headed as a body's is no firm's.
  if (lexicon().organisationHead.test(name) && !canonical.has(name.toLowerCase())) return true;
  // "Haidian District", "Lingang Special Area": a name headed as a place's is no firm's.
  if (lexicon().placeHead.test(name) && !canonical.has(name.toLowerCase())) return true;
  // A sentence opening with a gerund ("Building …"), but not "SAIC-GM-Wuling", nor a name inside a
  // sentence that ends like one ("retailers such as Suning").
  if (/^\p{Lu}\p{Ll}+ing$/u.test(name) && !canonical.has(name.toLowerCase()) && /(?:^|[.!?:;"“(]\s*)$/.test(text.slice(0, start).trimEnd())) return true;
  return false;
}

/**
 * Abbreviations the text defines for a body ("the General Administration of Customs (GAC)"): there they
 * stand for the body, not for a firm registered under the same letters (GAC Group).
 */
function abbreviationsOfBodies(text: string, agencySpans: readonly { start: number; end: number }[]): Set<string> {
  const out = new Set<string>();
  for (const span of agencySpans) {
    const defined = /^\s*\((\p{Lu}[\p{Lu}\p{N}&]{1,9})\)/u.exec(text.slice(span.end, span.end + 16));
    if (defined) out.add(defined[1]!);
  }
  return out;
}

/**
 * Short capitals the text spells out in common words before the same noun ("genetically modified corn … GM
 * corn"): there they abbreviate those words, not a firm registered under the same letters (GM, General Motors).
 */
function spelledOutInLowerCase(text: string, printed: string): boolean {
  if (!/^\p{Lu}{2,3}$/u.test(printed)) return false;
  const words = [...printed.toLowerCase()].map((letter) => `${letter}[a-z]+`).join('[\\s-]+');
  const nouns = new Set([...text.matchAll(new RegExp(`(?<![\\p{L}])${words}\\s+([a-z]+)`, 'gu'))].map((m) => m[1]));
  if (nouns.size === 0) return false;
  return [...text.matchAll(new RegExp(`(?<![\\p{L}])${printed}\\s+([a-z]+)`, 'gu'))].some((m) => nouns.has(m[1]));
}

/** A name of places and common words only: "Beijing", "Chinese State", "Shanghai Electric". */
function onlyCommonWords(name: string): boolean {
  const { places, notFirms } = lexicon();
  // "Swiss-Swedish", "Franco-German": places joined by a hyphen are no firm either.
  return name.split(/\s+|-(?=\p{Lu})/u).every((w) => places.has(w) || notFirms.has(w));
}

/**
 * "equipment maker Shanghai Electric", "Harbin Electric": a firm named for its place and its trade is
 * made of common words only, so it is a firm only where a role or a firm beside it says so.
 */
function namedForPlace(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && lexicon().places.has(words[0]!) && !words.slice(1).every((w) => lexicon().places.has(w));
}

/** A firm's name without its legal form and the corporate words after it: "Toyota Motor Corp." → "Toyota". */
function corporateCore(name: string): string {
  let core = withoutLegalForm(name);
  while (SUFFIX.test(core)) core = core.replace(SUFFIX, '');
  return core;
}

/** A legal form after a firm's name ("Xiaomi Corp.", "Siemens AG", "Geely Co., Ltd."): the firm is the same without it. */
const LEGAL_FORM = /,?\s+(?:Co\.?,?\s*Ltd\.?|Co\.|Corp\.|Inc\.?|Ltd\.?|Limited|plc|PLC|AG|SE|GmbH|LLC|S\.A\.)$/;

/** Words a firm's full name ends with that say its legal form, however abbreviated. */
const LEGAL_FORM_WORDS = /(?:\s+(?:group\s+)?(?:corporation|corp|company|co|ltd|limited|inc|incorporated|plc|ag|se|gmbh|llc|s\s?a|holdings?))+$/;

/** A name as a key that its legal form does not change: "Semiconductor Manufacturing International Corp." and "… Corporation" are one. */
function corporateKey(name: string): string {
  const plain = name.toLowerCase().replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
  const key = plain.replace(LEGAL_FORM_WORDS, '');
  return key.length >= 2 ? key : plain;
}

export function withoutLegalForm(name: string): string {
  const bare = name.replace(LEGAL_FORM, '');
  // "Lynk & Co.", "Marks & Co.": after "&" the "Co." is the name's own word, its full stop the sentence's.
  if (/(?:&|\band)$/.test(bare)) return name.replace(/\.$/, '');
  return bare.length >= 2 ? bare : name;
}

/** Whether a line lists firms under a label of its own: "Companies: UBTech and Unitree Robotics lead; …". */
export function opensFirmList(text: string): boolean {
  return lexicon().listLabel.test(text);
}

export function findFirms(text: string, context: FirmContext): FirmMention[] {
  const agencySpans = findAgencies(text);
  // Under a label that lists firms, every name is one.
  const listed = lexicon().listLabel.exec(text);
  const bodies = abbreviationsOfBodies(text, agencySpans);
  const out: FirmMention[] = [];
  const add = (printed: string, surface: string, start: number, end: number) => {
    if (bodies.has(printed) || spelledOutInLowerCase(text, printed) || PERSON_TITLE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return;
    const name = withoutLegalForm(printed);
    const registered =
      lexicon().canonical.get(printed.toLowerCase()) ?? lexicon().canonical.get(name.toLowerCase()) ?? lexicon().byCorporateName.get(corporateKey(printed));
    if (out.some((f) => start < f.end && f.start < end)) return;
    // "Baidu's Ernie Bot", "Xiaomi's SU7": a product a firm's possessive names is no firm ("Geely's Volvo Cars" is).
    if (!registered && lexicon().productName.test(name) && out.some((f) => f.end < start && /^['’]s?\s+$/.test(text.slice(f.end, start)))) return;
    // "launched its Lynk & Co brand": what "its" names before a product noun is the firm's product.
    if (!registered && /\b(?:its|their)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && lexicon().productNounAfter.test(text.slice(end, end + 40)))
      return;
    out.push({ name: registered ?? name, surface, start, end, registered: registered !== undefined });
  };

  const names: { name: string; start: number; end: number }[] = [];
  for (const { run, at } of matchesNotAfter(text, lexicon().name, LETTER_DIGIT_OR_HYPHEN).flatMap(sentencesOfRun)) {
    let name = trimPossessive(run).replace(/[.,]$/, (p) => (/\b(?:Co|Inc|Corp|Ltd)$/.test(run.slice(0, -1)) ? p : ''));
    // "fined Tambera Pharma CNY 2 billion": an amount's currency is no part of the name before it.
    if (/^\s*\d/.test(text.slice(at + run.length))) name = name.replace(CURRENCY_AT_END, '');
    // A leading sentence word ("The", "Chinese") is no part of a name.
    const lead = lexicon().leadingWords.exec(name);
    const start = at + (lead ? lead[0].length : 0);
    name = name.slice(lead ? lead[0].length : 0);
    // "Tesla CEO Elon Musk" is a firm and a person: a role word splits the run of capitals.
    let offset = 0;
    for (const part of name.split(ROLE_WORD)) {
      const at = name.indexOf(part, offset);
      offset = at + part.length;
      const trimmed = part.trim();
      if (trimmed.length >= 2)
        names.push({
          name: trimmed,
          start: start + at + (part.length - part.trimStart().length),
          end: start + at + (part.length - part.trimStart().length) + trimmed.length,
        });
    }
  }

  // A defined name is one name, however many runs of capitals it holds.
  for (const d of namesDefinedByAbbreviation(text)) {
    const inside = names.filter((n) => n.start >= d.start && n.end <= d.end);
    if (inside.length < 2) continue;
    names.splice(0, names.length, ...names.filter((n) => !inside.includes(n)), d);
  }
  names.sort((a, b) => a.start - b.start);

  // Registered firms first, so that "Siemens Healthineers" wins over "Siemens".
  for (const m of matchesNotAfter(text, lexicon().registered, /[\p{L}\p{N}.-]/u)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (isExcluded(text, m[0], agencySpans, start, end) || onlyCommonWords(m[0])) continue;
    // A longer printed name that the sentence calls a firm ("I-Mab Shanghai") wins over the registered part.
    const longer = names.find((n) => n.start <= start && n.end >= end && n.end - n.start > end - start);
    // "Toyota Motor Corp." is Toyota by its full name; "I-Mab Shanghai" is another firm than I-Mab, and
    // "JD Health" one of JD's businesses.
    const fullName = longer && corporateCore(longer.name).toLowerCase() === m[0].toLowerCase();
    const business = longer && longer.start === start && lexicon().businessAfterGroup.test(longer.name.slice(end - start));
    if (longer && !fullName && (business || isFirmByContext(text, longer, context))) add(longer.name, longer.name, longer.start, longer.end);
    else add(m[0], m[0], start, end);
  }
  for (const n of names) {
    if (isExcluded(text, n.name, agencySpans, n.start, n.end)) continue;
    if (onlyCommonWords(n.name)) {
      const madeGoods = MAKES_GOODS_AFTER.test(text.slice(n.end, n.end + 120)) && isSentenceSubject(text, n.start);
      if (namedForPlace(n.name) && (isCalledFirmBefore(text, n.start) || madeGoods || lexicon().joinedTrade.test(n.name))) add(n.name, n.name, n.start, n.end);
      continue;
    }
    // A registered name in other letters' case ("Bytedance") is the registered firm.
    const registered = lexicon().canonical.has(n.name.toLowerCase()) && printedAsRegistered(n.name);
    const inList = listed !== null && n.start >= listed[0].length;
    if (registered || inList || SUFFIX.test(n.name) || lexicon().joinedTrade.test(n.name) || isFirmByContext(text, n, context))
      add(n.name, n.name, n.start, n.end);
  }
  // Coordination: "X and Y" where one is a firm and the other a bare name — read again while it finds
  // more, since a firm found late in a list ("…, UBTech and XPeng") calls the names before it firms.
  for (let found = out.length, pass = 0; pass === 0 || (out.length > found && pass < 3); pass++) {
    found = out.length;
    coordinatedFirms(text, names, agencySpans, out, add);
  }
  return withBracketedNamesJoined(
    text,
    out.sort((a, b) => a.start - b.start),
  );
}

/**
 * "China Petroleum & Chemical Corporation (Sinopec)", "Qorvix Robotics (QRX)": a firm named again in brackets
 * right after its name is one firm — the registered one of the two, else the name printed first.
 */
function withBracketedNamesJoined(text: string, firms: FirmMention[]): FirmMention[] {
  const out: FirmMention[] = [];
  for (const firm of firms) {
    const previous = out.at(-1);
    if (previous && /^\s*\(\s*$/.test(text.slice(previous.end, firm.start)) && /^\s*\)/.test(text.slice(firm.end))) {
      if (firm.registered && !previous.registered) out[out.length - 1] = { ...firm, surface: previous.surface };
      continue;
    }
    out.push(firm);
  }
  return out;
}

/** Bare names a list joins to a firm found already ("Unitree Robotics, UBTech and …"), added with `add`. */
function coordinatedFirms(
  text: string,
  names: readonly { name: string; start: number; end: number }[],
  agencySpans: { start: number; end: number }[],
  out: readonly FirmMention[],
  add: (printed: string, surface: string, start: number, end: number) => void,
): void {
  for (const n of names) {
    if (isExcluded(text, n.name, agencySpans, n.start, n.end) || out.some((f) => f.start === n.start)) continue;
    if (onlyCommonWords(n.name) && !namedForPlace(n.name)) continue;
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    const after = text.slice(n.end, n.end + 40);
    // A list that a firm opened continues with firms: "BYD (CNY 604 billion), CATL (…), and …", "CSSC and private Yangzijiang".
    // "China Baowu, the world's largest steelmaker, and HBIS": an apposition between them; "Sinopec, which plans
    // the largest project, and SPIC": a clause about the first.
    // A firm registered by part of the name printed ("Hengrui" in "Hengrui Medicine") ends where the name does.
    const endOf = (f: FirmMention) => names.find((x) => x.start <= f.start && x.end >= f.end)?.end ?? f.end;
    // "UBTech and Shanghai's Fourier Intelligence": a place's possessive may stand before the second.
    const firmBefore = out.find(
      (f) =>
        endOf(f) <= n.start &&
        /^(?:\s*\([^)]*\)|,\s+(?:the|a|an)\s+[^,;.()]{1,60}(?=,)|,\s+(?:which|who)\s+[^,;.()]{1,100}(?=,))?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?(?:(?:private|privately[-\s]owned|state-owned|listed|rival)\s+)?$/i.test(
          withoutPlaceOwner(text.slice(endOf(f), n.start)),
        ),
    );
    // "Unitree Robotics, UBTech and …": a list that goes on after the firm has a firm at its head too (a
    // name of one word before a comma is more often "Meanwhile," or a place — unless it is an acronym: "SMEE, YMTC and …",
    // or no adverb and heads a list of three: "Unitree, UBTech and AgiBot").
    const firmAfter = out.find(
      (f) =>
        f.start >= n.end &&
        (/^\s*(?:and|&)\s*(?:the\s+)?(?:[\p{L}-]+-(?:owned|backed|controlled|based|listed|run)\s+)?$/u.test(text.slice(n.end, f.start)) ||
          (/^\s*,\s*$/.test(text.slice(n.end, f.start)) &&
            /^\s*(?:\([^)]*\)\s*)?(?:,|and\b|&)/.test(text.slice(endOf(f))) &&
            (n.name.includes(' ') || ACRONYM.test(n.name) || headsListOfThree(text, n, names)))),
    );
    // "… (CGN) and the Haiyang project": a name before a noun after "the" only says which project.
    const attributive = /\bthe\s+$/i.test(before) && /^\s+\p{Ll}/u.test(after);
    if ((firmBefore || firmAfter) && !attributive && !/\b(?:in|to|of|from)\s+$/.test(before) && !/^\s*\d/.test(after)) {
      add(n.name, n.name, n.start, n.end);
    }
  }
}

/** " and Shanghai's " → " and ": a place's possessive, which says where a firm is, not which it is. */
function withoutPlaceOwner(between: string): string {
  const owner = /(?<=\s)(\p{Lu}[\p{L}-]*)['’]s\s+$/u.exec(between);
  return owner && lexicon().places.has(owner[1]!) ? between.slice(0, owner.index) : between;
}

/** A currency code that closes a run of capitals, before its amount. */
const CURRENCY_AT_END = /\s+(?:CNY|USD|EUR|RMB|HKD|JPY|GBP)$/;

/** A name in capitals: "SMEE", "CASC". */
const ACRONYM = /^\p{Lu}{2,}\p{N}*$/u;

/**
 * "Unitree, UBTech and AgiBot": a name of one word, no adverb ("Separately,"), that two names follow in
 * its list, the last after "and".
 */
function headsListOfThree(text: string, n: { name: string; end: number }, names: readonly { start: number; end: number }[]): boolean {
  if (/ly$/.test(n.name)) return false;
  const [second, third] = names.filter((x) => x.start >= n.end);
  if (!second || !third) return false;
  return /^\s*,\s*$/.test(text.slice(n.end, second.start)) && /^\s*,?\s*(?:and|&)\s+$/.test(text.slice(second.end, third.start));
}

/** A role before the name calls it a firm: "chipmaker TSMC", "equipment makers X and Y", "a unit of X". */
function isCalledFirmBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const descriptor = lexicon().descriptorBefore.exec(before);
  // "the Guiding Opinions on Promoting the Merger and Restructuring of Central State-owned Enterprises": a title's words.
  const holding = lexicon().holdingBefore.exec(before);
  // "Xiamen-based Hithium" is placed by a proper name; a "registration-based IPO" system is no firm, nor is
  // a title's "Plan for Market-based Allocation", whose capital the title gave it.
  const basedOnCommonWord =
    descriptor !== null &&
    descriptor[0].startsWith('-based') &&
    (!/\p{Lu}[\p{L}.]*$/u.test(before.slice(0, descriptor.index)) ||
      /\p{Lu}[\p{L}-]*\s+(?:of|for|on)(?:\s+the)?\s+\p{Lu}[\p{L}.]*$/u.test(before.slice(0, descriptor.index)));
  return (
    (descriptor !== null && !basedOnCommonWord && !inTitleCase(before, descriptor.index)) ||
    UNIT_OF.test(before) ||
    (holding !== null && !inTitleCase(before, holding.index)) ||
    lexicon().rivalryBefore.test(before) ||
    lexicon().penaltyBefore.test(before) ||
    lexicon().stakeBefore.test(before) ||
    lexicon().listAfterFirms.test(before)
  );
}

function isFirmByContext(text: string, n: { name: string; start: number; end: number }, context: FirmContext): boolean {
  const before = text.slice(Math.max(0, n.start - 120), n.start);
  const after = text.slice(n.end, n.end + 120);
  if (/^\s*\d/.test(after) && !/^\s*\d{1,3}(?:[,.]\d{3})/.test(after)) return false; // a model number follows
  // "a stake in Chilean producer SQM": a word before a role and a name says where the named firm is from.
  if (!n.name.includes(' ') && lexicon().industryBeforeRole.test(after)) return false;
  if (isCalledFirmBefore(text, n.start)) return true;
  // "Alibaba's Singles' Day sales": the possessive of a day's or a festival's name is no business's.
  if (NAMED_DAY_AFTER.test(after)) return false;
  if (lexicon().appositionAfter.test(after) || lexicon().othersOfRoleAfter.test(after) || POSSESSIVE_BUSINESS.test(after)) return true;
  // "Alibaba-backed Zhipu", "Geely-owned Volvo Cars": the backer or owner is a firm too.
  if (/^-(?:backed|owned|controlled)\b/.test(after)) return true;
  // "Vanke, backed by Shenzhen Metro, raised …": what another owns or backs is a firm.
  if (BACKED_ASIDE_AFTER.test(after)) return true;
  if (HOLDER_AFTER.test(after) || MAKER_AFTER.test(after) || lexicon().businessActInAside.test(after)) return true;
  if (STOCK_TICKER_AFTER.test(after) || lexicon().listedAfter.test(after)) return true;
  // (One word opening a sentence may be a common noun: "Tech shares fell".)
  if (SHARES_AFTER.test(after) && (n.name.includes(' ') || /[\p{Ll},]\s*$/u.test(before))) return true;
  if (SAID_IT_AFTER.test(after)) return true;
  // "CanSino Biologics licensed its vaccine …", "…, while Ericsson competes for the rest": what only a business
  // does. One word opening a sentence may be a common noun ("Markets rallied").
  if (lexicon().businessActAfter.test(after) || MAKES_GOODS_AFTER.test(after)) {
    if (/\b(?:while|whereas|but)\s+$/.test(before) || ((n.name.includes(' ') || closesNamedSubject(text, n.start)) && isSentenceSubject(text, n.start)))
      return true;
  }
  // One capitalised word alone may be a sentence's common noun ("Companies must spend … their revenue").
  const nameLike = n.name.includes(' ') || /^(?:,\s*|\s+(?:and|&)\s+)\p{Lu}/u.test(after);
  if (nameLike && OWN_BUSINESS_AFTER.test(after) && isSentenceSubject(text, n.start)) return true;
  if (lexicon().listAfterFirms.test(before) || CALLED_FIRMS_AFTER.test(after)) return true;
  if (lexicon().industryBeforeRole.test(after)) return false;
  // Where a subject names a firm (corporate news), or the subject's name ends in a trade ("Hisense Visual Technology,
  // which …, welcomed the draft"), the subject acting is a firm.
  if (context.subjectIsFirm) return actsAsSubject(after, SUBJECT_INTRO.test(sentenceLead(text, n.start)));
  if (namesTrade(text, n)) return actsAsSubject(after, isSentenceSubject(text, n.start));
  return false;
}

/**
 * A name that ends in a trade: "Hisense Visual Technology". Opening its sentence, where any words are capitalised, it
 * needs two words of its own before the trade ("Green Energy is the future" names none).
 */
function namesTrade(text: string, n: { name: string; start: number }): boolean {
  const trade = lexicon().tradeEnding.exec(n.name);
  if (!trade) return false;
  const own = n.name
    .slice(0, trade.index)
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w)).length;
  return own >= (sentenceLead(text, n.start).trim() === '' ? 2 : 1);
}

/**
 * The subject, then its verb — or an aside between them: "Kuka, owned by Midea, announced …". "Sinochem and
 * ChemChina announced …": a subject of two names (the second follows by coordination).
 */
function actsAsSubject(after: string, opensClause: boolean): boolean {
  if (!opensClause || !SUBJECT_VERB_AFTER.test(after)) return false;
  return !/^\s+(?:of|in|or)\b/.test(after) && !/^\s+and\s+\P{Lu}/u.test(after);
}

export interface Affiliation {
  firm: FirmMention;
  of: FirmMention;
  relation: 'unit-of' | 'partner-of';
}

/** What the words between two firms say of them, and which way round. */
const BETWEEN: { re: RegExp; relation: Affiliation['relation']; reversed: boolean }[] = [
  // "Xiamen Air, a unit of China Southern Airlines"
  { re: /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:unit|subsidiary|division|affiliate)\s+of\s+$/i, relation: 'unit-of', reversed: false },
  // "I-Mab announced that it will sell its China unit, I-Mab Shanghai"
  { re: /\bits\s+(?:[\w-]+\s+){0,2}(?:unit|subsidiary|division),?\s+$/i, relation: 'unit-of', reversed: true },
  // "Stellantis is selling assets … to its Chinese partner Dongfeng Motor Group"
  { re: /\bits\s+(?:[\w-]+\s+){0,2}(?:partner|joint[- ]venture partner),?\s+$/i, relation: 'partner-of', reversed: true },
  // "Daimler Truck's China joint venture with Beijing Foton"
  { re: /^['’]s\s+(?:[\w-]+\s+){0,2}joint[- ]venture\s+with\s+$/i, relation: 'partner-of', reversed: false },
];
/** "Kyndryl, IBM's former IT services unit": the possessive follows the second firm. */
const POSSESSED_UNIT = /^['’]s\s+(?:former\s+)?(?:[\w&-]+\s+){0,3}(?:unit|subsidiary|division|spin-?off)\b/i;

/** Firms the text names as another's unit or partner. Both must have been found in the text. */
export function findAffiliations(text: string, firms: readonly FirmMention[]): Affiliation[] {
  const out: Affiliation[] = [];
  for (const [i, a] of firms.entries()) {
    for (const b of firms.slice(i + 1)) {
      if (a.name === b.name) continue;
      const between = text.slice(a.end, b.start);
      if (/[.;]\s/.test(between) || between.length > 160) break;
      if (/^,\s+$/.test(between) && POSSESSED_UNIT.test(text.slice(b.end))) {
        out.push({ firm: a, of: b, relation: 'unit-of' });
        continue;
      }
      const rule = BETWEEN.find((r) => r.re.test(between));
      if (rule) out.push(rule.reversed ? { firm: b, of: a, relation: rule.relation } : { firm: a, of: b, relation: rule.relation });
    }
  }
  return out;
}
