/**
 * The year a target bullet aims at: stated in the bullet ("by 2025", "By 2027, …"), or given by
 * the sentence that introduces the list ("Key targets for 2025 include:", "Intermediate goals, to
 * be realized by 2025, include:"), or by a paragraph that sets "targets for 2025" before the list.
 */
import { splitSentences } from './sentences.ts';
import { MONTH_AND_DAY, MONTH_NAME } from '../dates.ts';
import { findPolicyNames, type PolicyName } from './policy-names.ts';
import { opensFirmList } from './firms.ts';

const YEAR = '((?:19|20)\\d{2})';
const BY_YEAR = new RegExp(
  // "by 2025", "until the end of June 2020", "by mid-2026", "by end of 2025", "by the year 2027", "by FY2025".
  `\\b(?:by|until|before|through|in time for|no later than|not later than)\\s+(?:(?:the\\s+)?end\\s+of\\s+|end[-\\s]|year[-\\s]end\\s+|the\\s+year\\s+)?(?:(?:early|mid|late)[-\\s]|${MONTH_NAME}\\s+|FY\\s?)?${YEAR}\\b` +
    // "by the end of the 15th Five-Year Plan period (2030)": the period's end, printed in brackets.
    `|\\bby\\s+the\\s+end\\s+of\\s+[^.;:()]{0,60}?\\(\\s*(?:(?:19|20)\\d{2}\\s*[-–]\\s*)?${YEAR}\\s*\\)`,
  'i',
);
/** "2025: raise the share …", "… to 40 percent (2025)": a year that opens the goal or closes it in brackets. */
const YEAR_OPENS_OR_CLOSES = new RegExp(`^\\s*${YEAR}\\s*[:–—-]\\s|\\(\\s*${YEAR}\\s*\\)\\s*\\.?\\s*$`);
/** What a lead-in calls the goals it introduces: "Key targets for 2025", "Priorities for 2025 are:". */
const GOAL_NOUN = 'targets?|goals?|objectives?|aims?|priorities|priority|milestones?|benchmarks?';
const TARGETS_FOR = new RegExp(`\\b(?:${GOAL_NOUN})\\s+(?:\\w+\\s+)?(?:for|by|until)\\s+(?:the\\s+end\\s+of\\s+)?${YEAR}\\b(?!\\s*[-–]\\s*\\d)`, 'i');
/** "aims for the period 2024-2026 to:", "targets for 2024–2026": a period's goals fall due at its end. */
const TARGETS_FOR_PERIOD = new RegExp(
  `\\b(?:${GOAL_NOUN})\\s+(?:\\w+\\s+)?(?:for|over|during)\\s+(?:the\\s+(?:period|years)\\s+)?(?:19|20)\\d{2}\\s*[-–]\\s*${YEAR}\\b` +
    // "Goals for the next three years (2025-2027):": the period in brackets.
    `|\\b(?:${GOAL_NOUN})\\b[^.;:()]{0,60}?\\(\\s*(?:19|20)\\d{2}\\s*[-–—]\\s*${YEAR}\\s*\\)`,
  'i',
);

/**
 * "a Fintech Development Plan for 2022 to 2025", "the Action Plan (2023-2025)": a plan's goals, when the
 * list says no year of its own, fall due at the end of the plan's period.
 */
const PLAN_PERIOD = new RegExp(
  `\\b(?:plan|programme|program|strategy|roadmap|outline)\\s+(?:for|covering)\\s+(?:the\\s+(?:period|years)\\s+)?(?:19|20)\\d{2}\\s*(?:[-–]|to|through|until)\\s*${YEAR}\\b` +
    `|\\b(?:plan|programme|program|strategy|roadmap|outline)\\b[^.;:()]{0,80}?\\(\\s*(?:19|20)\\d{2}\\s*[-–—]\\s*${YEAR}\\s*\\)` +
    // "The plan runs until 2027", "… covers the period up to 2030", "… is valid through 2026".
    `|\\b(?:plan|programme|program|strategy|roadmap|outline|it)\\s+(?:runs|lasts|applies|is\\s+valid|covers\\s+the\\s+(?:period|years))\\s+(?:up\\s+)?(?:until|to|through|till)\\s+${YEAR}\\b`,
  'i',
);

/** Over a period ("in 2024-2026", "in 2023 and 2024", "over 2024–2026", "over the period 2021-2025", "over the 2021-2025 period"): its last year, the only one caught. */
const PERIOD_END = String.raw`\b(?:in|over|during)\s+(?:the\s+(?:period|years)\s+|the\s+)?(?:19|20)\d{2}(?:\s*[-–]\s*|\s+(?:and|to)\s+)${YEAR}(?:\s+period)?`;
/**
 * "add more than 1,000 firms in 2024": a year the goal falls in — unless it is the baseline ("from 15
 * percent in 2020"); over a period, the period's last year.
 */
const IN_YEAR = new RegExp(`${PERIOD_END}\\b|\\bin\\s+${YEAR}\\b`, 'i');
const BASELINE_BEFORE = /(?:\b(?:from|compared\s+(?:to|with)|baseline|levels?\s+of)\b[^.;]*|\bthan\s*)$/i;

/** "during the 14th Five-Year Plan period", "by the end of the 15th FYP": a goal due when that plan's period ends. */
const FIVE_YEAR_PLAN_PERIOD =
  /\b(?:during|within|in|over|throughout|by\s+the\s+end\s+of)\s+the\s+(?:period\s+of\s+the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+(?:Five-Year\s+Plan|FYP)\b/i;
/** A Five-Year Plan by its number, as a time ("the 14th Five-Year Plan"); no group, so a pattern's year stays its own. */
const PLAN_NUMBERED = String.raw`\d{1,2}(?:st|nd|rd|th)\s+(?:Five-Year\s+Plan|FYP)`;

/** The last year of the nth Five-Year Plan: the third ran 1966–1970, each since five years on (the 14th: 2021–2025). */
function fiveYearPlanEnd(n: number): number | null {
  return n >= 3 ? 1970 + 5 * (n - 3) : null;
}

/** The year a pattern caught, in whichever of its alternatives (none for a goal due "within five years"). */
function yearOf(m: RegExpExecArray): number | null {
  const year = m.slice(1).find((g) => g !== undefined);
  return year === undefined ? planEndIn(m[0]) : Number(year);
}

/** The last year of the Five-Year Plan a text says a goal is due in or by ("during the 14th Five-Year Plan period"). */
function planEndIn(text: string): number | null {
  const plan = FIVE_YEAR_PLAN_PERIOD.exec(text);
  return plan ? fiveYearPlanEnd(Number(plan[1])) : null;
}

/** "this year", "by year-end", "next year": a year counted from the issue's own. */
const THIS_YEAR = /\b(?:this|the\s+current)\s+year\b|\bby\s+(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+year|year[-\s]end)\b/i;
const NEXT_YEAR = /\bnext\s+year\b/i;
/** Either, as the time a goal in the prose is due by: the issue dates it. */
const RELATIVE_YEAR = String.raw`(?:${THIS_YEAR.source}|${NEXT_YEAR.source})`;

export function bulletYear(bullet: string, issueYear: number | null = null): number | null {
  const m = BY_YEAR.exec(bullet) ?? YEAR_OPENS_OR_CLOSES.exec(bullet);
  if (m) return yearOf(m);
  const inYear = IN_YEAR.exec(bullet);
  if (inYear && !BASELINE_BEFORE.test(bullet.slice(0, inYear.index))) return Number(inYear[1] ?? inYear[2]);
  const plan = FIVE_YEAR_PLAN_PERIOD.exec(bullet);
  if (plan) return fiveYearPlanEnd(Number(plan[1]));
  if (issueYear === null) return null;
  if (NEXT_YEAR.test(bullet)) return issueYear + 1;
  return THIS_YEAR.test(bullet) ? issueYear : null;
}

/**
 * "For 2025, the plan lists:", "In 2030, China wants to:", "From 1 September 2025, providers must:", "… what it
 * expects for 2027:": a lead-in whose sentence opens or closes on the year its list is for.
 */
const LIST_FOR_YEAR = new RegExp(
  `^\\s*(?:for|in|until|through|from|starting|as\\s+of)\\s+(?:the\\s+year\\s+|${MONTH_AND_DAY},?\\s+|${MONTH_NAME}\\s+)?${YEAR}\\b|\\bfor\\s+(?:the\\s+year\\s+)?${YEAR}\\s*:?\\s*$`,
  'i',
);

/** "The plan sets 2027 as the deadline for the following targets:": a year named the deadline. */
const DEADLINE_YEAR = new RegExp(`\\b${YEAR}\\s+as\\s+(?:the|its)\\s+(?:deadline|target\\s+year|end\\s+point)\\b`, 'i');

export function leadInYear(leadIn: string | null): number | null {
  if (!leadIn) return null;
  const sentences = splitSentences(leadIn);
  const last = sentences.at(-1)?.text ?? '';
  const inLast = TARGETS_FOR.exec(last) ?? TARGETS_FOR_PERIOD.exec(last) ?? BY_YEAR.exec(last) ?? LIST_FOR_YEAR.exec(last) ?? DEADLINE_YEAR.exec(last);
  if (inLast) return yearOf(inLast);
  // "… by the end of the 15th Five-Year Plan period:": the plan's last year.
  const planEnd = FIVE_YEAR_PLAN_PERIOD.exec(last);
  if (planEnd) return fiveYearPlanEnd(Number(planEnd[1]));
  const inParagraph = TARGETS_FOR.exec(leadIn) ?? TARGETS_FOR_PERIOD.exec(leadIn) ?? PLAN_PERIOD.exec(leadIn);
  return inParagraph ? yearOf(inParagraph) : null;
}

/** A bullet's year: its own, else its lead-in's; `issueYear` dates "this year" and "next year". */
export function targetYear(bullet: string, leadIn: string | null, issueYear: number | null = null): number | null {
  return bulletYear(bullet, issueYear) ?? leadInYear(leadIn);
}

/**
 * A bullet that forbids or lists an attachment is no goal: "Ban the export of …", "Prohibit …", "Not remove …" (after "must:"),
 * "Annex 2: Catalogue of …", "Article 5 …". (A rule the text reports as a duty — "transfers must be
 * reported" — still counts, as the analysts' gold has it.)
 */
const NOT_A_GOAL =
  /^(?:(?:ban|prohibit|forbid|bar)s?\b|(?:annex|attachment|appendix)\s*\d*\s*[:.-]|article\s+\d+\b|(?:not|never)\s+(?!exceed|surpass|top|rise|fall|drop|be\s+(?:higher|lower|more|less|above|below|under|over)\b)\p{Ll})/iu;

/** A list the text introduces as attachments ("… with the following attachments:") holds documents, not goals. */
const ATTACHMENTS = /\b(?:attachments?|annex(?:es)?|appendi(?:x|ces)|enclosures?)\b[^.;]*:?\s*$/i;

/**
 * A bullet that states what is forbidden ("Grid operators are not allowed to discriminate …", "No
 * platform may …") is a ban too, unless it caps a number: "PUE must not exceed 1.3" is a goal.
 */
const FORBIDS =
  /^(?:no\s+(?:\S+\s+){0,5}(?:may|shall|can|is\s+allowed|are\s+allowed)\b|(?:\S+\s+){0,8}?(?:(?:is|are)\s+(?:not\s+(?:allowed|permitted)|prohibited|banned|forbidden|barred)\s+(?:to|from)|(?:may|must|shall|can)\s*not\s+(?!exceed|surpass|top|rise|fall|drop|be\s+(?:higher|lower|more|less|above|below|under|over)\b)))/i;

export function isGoal(bullet: string, leadIn: string | null = null): boolean {
  if (leadIn && ATTACHMENTS.test(splitSentences(leadIn).at(-1)?.text ?? leadIn)) return false;
  const text = bullet.trim();
  // "Companies: UBTech and Unitree Robotics lead": a list of the firms involved is no goal.
  return !NOT_A_GOAL.test(text) && !FORBIDS.test(text) && !opensFirmList(text);
}

/**
 * Goals stated in the prose: a clause that moves a measure to a number, tied to a year ("raise the
 * non-fossil share to over 80 percent by 2060", "reach 300 EFLOPS by 2025"). Returns each clause with
 * its year, which only the clause itself gives.
 */
/** "by half", "to a third": a share in words, an amount of its own. An amount may be a rate: "150 units per 10,000 workers". */
/** "one million", "a thousand": a count in words, its magnitude after it. */
const COUNT_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|a)`;
const MAGNITUDE = String.raw`(?:hundred|thousand|million|billion|trillion)`;
const FRACTION = String.raw`(?:half|(?:a|one)[-\s](?:third|quarter|fifth|tenth)|two[-\s]thirds|three[-\s]quarters)\b`;
const AMOUNT = String.raw`(?:about\s+|around\s+|roughly\s+|at\s+least\s+|more\s+than\s+|over\s+|up\s+to\s+|nearly\s+|almost\s+|fewer\s+than\s+|less\s+than\s+)?(?:CNY|USD|EUR|RMB)?\s*(?:\d(?:[\d.,]*\d)?|${COUNT_WORD}(?=\s+${MAGNITUDE}\b)|${FRACTION})\s*(?:%|percent|per\s*cent|million|billion|trillion|GW|TWh|EFLOPS|units?|tons?|tonnes|[a-z]+)?(?:\s+per\s+(?:[\d.,]+\s+)?[a-z]+)?`;
/**
 * "by 2025", "by the end of 2025", "by end-2025", "until 2025", "through 2025" (and, opening a sentence, "By 2025, …").
 * A year with ", and" after it ends one goal ("… is to end by 2025, and the number … should grow …"): the patterns
 * that read on from a year do not read past it.
 */
const BY = String.raw`(?:\b(?:by|until|through|no\s+later\s+than)\s+(?:the\s+end\s+of\s+|end[-\s])?${YEAR}\b|\bby\s+the\s+end\s+of\s+the\s+${PLAN_NUMBERED}(?:\s+period)?\b)`;
/** "during the 14th Five-Year Plan period", "over the period of the 14th FYP": a span a goal is due at the end of. */
const PLAN_SPAN = String.raw`\b(?:during|within|over|throughout|in)\s+the\s+(?:period\s+of\s+the\s+)?${PLAN_NUMBERED}(?:\s+period)?\b`;
/** The words that make a clause a duty or a goal: "should", "must", "is to", "are to". */
const DUTY = String.raw`(?:should|must|is\s+to|are\s+to|(?:will\s+)?(?:have|has)\s+to)`;
/** "raise the share … to 25 percent by 2030", "make the city a hub with an industry worth CNY 1 trillion by 2025": a verb of change, an amount, then the year. */
const GOAL_THEN_YEAR = String.raw`\b(?:(?:raise|increase|reach|cut|reduce|lower|grow|expand|boost|double|triple|achieve|exceed|bring|lift|add|build|train|cultivate|install|deploy|target)\w*|make)\b(?:(?!,\s+and\s)[^.;:]){0,120}?\b(?:to|of|by|for|at least|more than|over|above|below|worth)\s+${AMOUNT}[^.;:]{0,60}?${BY}`;
/**
 * "By 2027, the output … should exceed CNY 100 billion", "By 2030, domestic supply should cover 70 percent of
 * demand": the year first, then what is to be reached — by any verb after "should", "must" or "is to", by a verb
 * of reaching after "will" (which may only report).
 */
const YEAR_THEN_GOAL = String.raw`${BY},?\s+(?!and\s)[^.;:]{0,160}?\b(?:(?:should|will|is\s+to|are\s+to|must|is\s+expected\s+to|are\s+expected\s+to)\s+(?:\w+\s+)?(?:exceed|reach|rise|grow|increase|fall|drop|top|surpass|account\s+for|make\s+up|hit|have|be)|${DUTY}\s+[a-z]+)\b[^.;:]{0,100}?(?<![\d.,])(?!(?:19|20)\d{2}\b)\d[\d.,]*\s*(?:%|percent|per\s*cent|million|billion|trillion|GW|TWh|EFLOPS)?(?:\s*(?<=\s)[^.;:,()]{0,80}[^.;:,()\s])?`;
/**
 * "By 2027, more than 30 national standards should be issued": the year, then the amount, then what is to be
 * done, to the clause's end ("… should have similar systems in place") but not who plans it ("under the plan").
 */
const YEAR_THEN_AMOUNT = String.raw`${BY},?\s+(?!and\s)(?:the\s+number\s+of\s+[^.;:]{0,40}?\s+)?(?:more\s+than|over|at\s+least|about|around|some|up\s+to)?\s*\d[\d.,]*\s*(?:%|percent|per\s*cent|million|billion|trillion)?\s+[^.;:]{0,80}?\b(?:should|will|must|are\s+to|is\s+to|are\s+expected\s+to|is\s+expected\s+to)\s+(?:have\s+)?(?:be(?:en)?\s+)?[a-z]+(?:(?!\s+(?:under|according\s+to|in\s+line\s+with|as\s+part\s+of)\b)[^.;:,()]){0,80}`;
/**
 * "Shenzhen aims to host 1,000 landing sites by 2026" ("… to plant GM corn on 10 percent of the area by 2026"):
 * an aim, any verb and its words, an amount, then the year.
 */
const AIM_THEN_AMOUNT = String.raw`(?<=\b(?:aims?|aiming|plans?|planning|wants?|seeks?|intends?|hopes?)\s+to\s+)[a-z]+\s+(?:[^.;:\d]{1,60}?\s)?(?:more\s+than\s+|at\s+least\s+|over\s+|about\s+|some\s+|up\s+to\s+)?(?:\d[\d.,]*|(?<=\b(?:by|to)\s)${FRACTION})[^.;:]{0,100}?${BY}`;
/** "It seeks to double the sector's output by 2030": an aim, a multiple, then the year. */
const AIM_THEN_MULTIPLE = String.raw`(?<=\b(?:aims?|aiming|plans?|planning|wants?|seeks?|intends?|hopes?)\s+to\s+)(?:more\s+than\s+)?(?:double|triple|quadruple|halve)\b[^.;:]{0,100}?${BY}`;
/** "By 2027, robot density should double compared with 2020": a multiple is an amount of its own. */
const YEAR_THEN_MULTIPLE = String.raw`${BY},?\s+(?!and\s)[^.;:]{0,160}?\b(?:should|will|must|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+(?:more\s+than\s+)?(?:double|triple|quadruple|halve)\b[^.;:]{0,60}`;
/** A count in words that stands alone: "ten platforms", "twelve bases" ("a" is none: "wants a stronger industry"). */
const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\b`;
/**
 * "The plan calls for 20 million charging points by 2030", "envisages that 30 GW … will be installed by 2025",
 * "targets a 20 percent share … by 2025", "wants 170,000 base stations by 2022": what a plan asks for, an amount first.
 */
const CALLS_FOR_AMOUNT = String.raw`(?<=\b(?:calls?\s+for|envisages?|envisions?|anticipates?|foresees?|targets|wants|seeks|proposes|sets?\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:target|goal)s?\s+of)\s+(?:that\s+)?(?:an?\s+)?)(?:[a-z]+\s+(?:[a-z]+\s+)?of\s+|[a-z]+ing\s+)?(?:more\s+than\s+|at\s+least\s+|over\s+|about\s+|around\s+|some\s+|up\s+to\s+)?(?:\d[\d.,]*|${NUMBER_WORD})[^.;:]{0,100}?(?:${BY}|\b(?:for|in)\s+${YEAR}\b)`;
/**
 * "Core industries should account for 10 percent of GDP by 2025" ("… should reach CNY 1 trillion in 2027", "Each
 * base should train 10,000 labellers by 2026", "The group should take a 50 percent share … by 2030", "Robots are to reach
 * annual sales of 100,000 units by 2020", "Banks are to raise their lending to small firms by over 40 percent this year"): a subject,
 * what it is to do, an amount (from one to another: "should rise from 2 million tonnes in 2020 to 5 million tonnes in
 * 2025"), then the year — not the year of a baseline ("…, up from 45 percent in 2020, by 2025"). The subject opens a
 * sentence or a clause after ", and", and runs past no such clause.
 */
const SUBJECT_THEN_AMOUNT = String.raw`(?<=^|[.;!?]\s+|,\s+and\s+)(?:[A-Z]|the\s)(?:(?!,\s+and\s)[^.;:]){0,100}?\b(?:${DUTY}|(?:is|are)\s+(?:expected|slated|due|set)\s+to)\s+(?:[a-z]+\s+(?:for|to|up|by|below|above|under|over|beyond)|[a-z]+(?:\s+[\w-]+){1,3}?\s+(?:equal\s+to|worth|of)|[a-z]+|[a-z]+(?:\s+[\w-]+){1,5}?\s+(?:by|to)(?!\s+(?:19|20)\d{2}\b)|[a-z]+\s+from\s+[^.;:]{1,60}?\s+to)\s+(?:an?\s+|the\s+)?(?!(?:19|20)\d{2}\b)${AMOUNT}[^.;:]{0,80}?(?:${BY}|${PERIOD_END}\b|(?<!\bfrom\s(?:(?!\bto\s)[^.;:,]){0,40})\bin\s+${YEAR}\b|${RELATIVE_YEAR}|${PLAN_SPAN})`;
/**
 * "Crude steel capacity is to be cut by 100 to 150 million tonnes within five years", "Within three years, the
 * share … should reach 30 percent", "… is to double within the next two years": an amount or a multiple, and a
 * time to reach it in — a goal with no year printed.
 */
const YEARS_COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})`;
const WITHIN_YEARS = String.raw`\bwithin\s+(?:the\s+next\s+)?${YEARS_COUNT}(?:\s+(?:to|or)\s+${YEARS_COUNT})?\s+years\b`;
const AMOUNT_OR_MULTIPLE = String.raw`(?:(?:by\s+|to\s+)?${AMOUNT}|(?:double|triple|quadruple|halve)\b)`;
/** A span of years counted from now, not from a year printed: "within five years", "over the next five years", "in the coming three years". */
const NEXT_YEARS = String.raw`(?:${WITHIN_YEARS}|\b(?:over|in|during)\s+the\s+(?:next|coming)\s+${YEARS_COUNT}(?:\s+(?:to|or)\s+${YEARS_COUNT})?\s+years\b)`;
const AIMS_TO = String.raw`\b(?:wants?|aims?|plans?|seeks?|intends?|hopes?)\s+to\s+`;
/**
 * An aim with an amount over a span of years: "Over the next five years the ministry wants to cultivate one million
 * innovative SMEs …", "… aims to train 500,000 engineers within three years" — the span is the goal's only time.
 */
const SPAN_THEN_AIM = String.raw`(?<=(?:^|[.;!?]\s+)${NEXT_YEARS},?\s+[^.;:]{0,100}?${AIMS_TO})[a-z]+\s+(?:[a-z-]+\s+){0,2}?${AMOUNT}[^.;:]{0,160}`;
const AIM_THEN_SPAN = String.raw`(?<=${AIMS_TO})[a-z]+\s+(?:[a-z-]+\s+){0,2}?${AMOUNT}[^.;:]{0,100}?${NEXT_YEARS}`;
const SUBJECT_THEN_AMOUNT_WITHIN = String.raw`(?<=^|[.;!?]\s+)[A-Z][^.;:]{0,100}?\b${DUTY}\s+(?:[a-z]+\s+){0,3}?${AMOUNT_OR_MULTIPLE}[^.;:]{0,80}?${WITHIN_YEARS}`;
const WITHIN_THEN_GOAL = String.raw`(?<=^|[.;!?]\s+|,\s+and\s+)${WITHIN_YEARS},?\s+[^.;:]{0,160}?\b${DUTY}\s+(?:[a-z]+\s+){0,3}?${AMOUNT_OR_MULTIPLE}[^.;:]{0,80}`;
/** "The goal is for core industries to account for 10 percent of GDP by 2025": the goal stated after "is". */
const GOAL_IS = String.raw`(?<=\b(?:goal|aim|target|objective)\s+is\s+)(?:for|to)\s+[^.;:]{0,160}?\d[\d.,]*[^.;:]{0,80}?${BY}`;
/** "By 2027, China wants 500 humanoid robot makers" ("… aims to have built 200 parks", "… wants to have invested in 100 firms"): the year, who wants it, then the amount. */
const YEAR_THEN_WANT = String.raw`${BY},?\s+(?!and\s)[^.;:]{0,60}?\b(?:(?:wants?|aims?|plans?|seeks?|intends?|hopes?|expects?)\s+to\s+(?:have\s+)?[a-z]+(?:\s+(?:in|on|for|up|out))?|wants?|aims?\s+for|expects?|seeks?)\s+(?:more\s+than\s+|at\s+least\s+|over\s+|about\s+|some\s+|up\s+to\s+)?\d[\d.,]*[^.;:]{0,80}`;
/**
 * "By 2027, … the industry should have two to three globally influential ecosystems", "… should form a market of
 * trillions of yuan": a year, then what must be so by then, counted in words — "should", "must", "is to" state a
 * goal ("will" may only report one) — to the sentence's end. A wish with no count ("should be a leading digital
 * nation") is none.
 */
const COUNT_IN_WORDS = String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|billions|trillions)\b`;
const YEAR_THEN_DUTY = String.raw`${BY},\s+(?!and\s)[^.;:]{0,160}?\b${DUTY}\s+[a-z]+[^.;:]{0,120}?${COUNT_IN_WORDS}[^.;:]{0,80}`;
/**
 * "The ministry wants autonomous vehicles to account for 20 percent of new car sales by 2025", "calls for robot
 * density to double by 2025", "expects 5G base stations to cover every city by the end of 2020": who is wanted to do
 * what, an amount, a multiple or all of something, then the year.
 */
const WANTS_OBJECT_TO = String.raw`(?<=\b(?:wants?|requires?|asks?|urges?|calls?\s+on|calls?\s+for|tells?|orders?|instructs?|expects?)\s+)(?!to\b)[a-z\d][^.;:]{0,60}?\s+to\s+(?:(?:more\s+than\s+)?(?:double|triple|quadruple|halve)\b[^.;:\d]{0,60}?|[a-z]+\s+(?:[a-z]+\s+){0,3}?(?:(?:more\s+than\s+|at\s+least\s+|over\s+|about\s+|some\s+|up\s+to\s+)?\d[\d.,]*|(?:all|every)\s+[a-z])[^.;:]{0,100}?)${BY}`;
/** "The goal: 100 million 5G users by 2025": a goal after its label. */
const GOAL_COLON = String.raw`(?<=\b(?:goal|aim|target|objective)s?:\s+)[^.;]{0,120}?\d[\d.,]*[^.;]{0,100}?${BY}`;
/** "The target for 2025 is 2,000 specialised SMEs": the year a target is set for, then the amount. */
const TARGET_FOR_YEAR_IS = String.raw`(?<=\b(?:target|goal|aim)s?\s+for\s+${YEAR}\s+(?:is|are)\s+)(?:to\s+[a-z]+\s+)?(?:more\s+than\s+|at\s+least\s+|over\s+|about\s+|some\s+)?\d[\d.,]*[^.;:]{0,80}`;
/**
 * "It foresees that the digital economy will make up 10 percent of GDP by 2025": after what a plan foresees or
 * requires, "will" states a goal too.
 */
const FORESEES_THAT = String.raw`(?<=\b(?:foresees?|envisages?|expects?|stipulates?|requires?)\s+that\s+)[^.;:]{0,100}?\b(?:will|should|must|is\s+to|are\s+to)\s+(?:[a-z]+\s+){1,2}?(?:more\s+than\s+|at\s+least\s+|over\s+|about\s+|some\s+|up\s+to\s+)?\d[\d.,]*[^.;:]{0,80}?${BY}`;
/** "Carbon emissions should peak before 2030", "… achieve carbon neutrality by 2060": the climate goals, which need no amount. */
const PEAK_OR_NEUTRAL = String.raw`(?:(?<=^|[.;!?]\s+)[A-Z][^.;:]{0,80}?\b${DUTY}\s+peak|\b(?:peak|peaking)\s+(?:carbon\s+)?emissions|\b(?:reach|achieve|attain)\s+(?:carbon\s+)?(?:neutrality|net[-\s]zero(?:\s+emissions)?))\s+(?:by|before)\s+${YEAR}\b`;
/** "It sets a 2030 deadline for self-sufficiency in reducers": the year a deadline or target is set for, then for what. */
const DEADLINE_FOR = String.raw`(?<=\bsets?\s+(?:an?\s+)?)${YEAR}\s+(?:deadline|target|goal)\s+(?:for|to)\s+[^.;:,()]{3,100}[^.;:,()\s]`;
/** "It aims at a fintech framework by 2021", "aims for 40 percent of its power from renewables in 2030": what an aim is at, then the year. */
const AIM_AT = String.raw`(?<=\b(?:aims?|aiming|aimed)\s+(?:at|for)\s+)(?:[^.;:]{1,80}?${BY}|[^.;:\d]{0,40}?\d[\d.,]*[^.;:]{0,60}?\bin\s+${YEAR}\b)`;
/** "From 2019, NEV credits must equal 10 percent of output": a duty in force from a year on, with its amount — to the clause's end. */
const FROM_YEAR_GOAL = String.raw`(?<=^|[.;!?]\s+)From\s+${YEAR},?\s+[^.;:]{0,120}?\b${DUTY}\s+(?:[a-z]+\s+){1,3}?${AMOUNT}[^.;:,]{0,80}`;
/** A character of one clause: no stop, colon or comma, but the point or comma inside a figure ("10,000", "1.5"). */
const IN_CLAUSE = String.raw`(?:[^.;:,]|(?<=\d)[.,](?=\d))`;
/**
 * What a goal is set for: "sets a goal for robot density to double from its 2020 level", "… a target for the share
 * of EVs to reach 40 percent by 2025" — to the clause's end (", and calls for …" is another goal).
 */
const GOAL_FOR_SUBJECT = String.raw`(?<=\b(?:target|goal|aim|objective)s?\s+for\s+)(?!(?:19|20)\d{2}\b)[^.;:,\d]{1,80}?\s+to\s+(?:(?:more\s+than\s+)?(?:double|triple|quadruple|halve)\b|[a-z]+\s+(?:[a-z]+\s+){0,2}?(?:to\s+|by\s+)?${AMOUNT})(?:${IN_CLAUSE}{0,60}?${BY}|${IN_CLAUSE}{0,60}[^.;:,\s])`;
/** "Every county is to have a public charging station by the end of 2025": a duty for all of something, due by a year. */
const EVERY_BY = String.raw`(?<=^|[.;!?]\s+)(?:Every|Each|All)\s+[^.;:]{0,80}?\b${DUTY}\s+[a-z]+[^.;:]{0,100}?${BY}`;
const PROSE_GOAL = new RegExp(
  `${FROM_YEAR_GOAL}|${GOAL_THEN_YEAR}|${YEAR_THEN_GOAL}|${YEAR_THEN_AMOUNT}|${AIM_THEN_AMOUNT}|${AIM_THEN_MULTIPLE}|${YEAR_THEN_MULTIPLE}|${CALLS_FOR_AMOUNT}|${GOAL_IS}|${YEAR_THEN_WANT}|${SUBJECT_THEN_AMOUNT}|${YEAR_THEN_DUTY}|${AIM_AT}|${WANTS_OBJECT_TO}|${GOAL_COLON}|${TARGET_FOR_YEAR_IS}|${FORESEES_THAT}|${PEAK_OR_NEUTRAL}|${DEADLINE_FOR}|${SUBJECT_THEN_AMOUNT_WITHIN}|${WITHIN_THEN_GOAL}|${SPAN_THEN_AIM}|${AIM_THEN_SPAN}|${GOAL_FOR_SUBJECT}|${EVERY_BY}`,
  'gi',
);

/** An amount and its year joined to a goal just read: " and more than 70 by 2030", a series: ", 10 percent in 2019 and 12 percent in 2020". */
const COORDINATED_GOAL = new RegExp(
  String.raw`^(?:,\s+(?:and\s+)?|,?\s+and\s+)((?:more\s+than\s+|at\s+least\s+|over\s+|about\s+|some\s+|up\s+to\s+)?\d[\d.,]*[^.;:\d]{0,60}?\b(?:by|in)\s+(?:the\s+end\s+of\s+|end[-\s])?${YEAR}\b)`,
  'i',
);

/** The same measure's next step, after a comma: ", rising to 12 percent in 2020". */
const RISING_GOAL = new RegExp(
  String.raw`^,\s+((?:rising|falling|climbing|growing|increasing|dropping)\s+(?:further\s+)?to\s+${AMOUNT}\s+(?:in|by)\s+${YEAR})\b`,
  'i',
);

/** What a goal's subject may name with a figure in it, no amount: "PM2.5", "CO2", "SO2". */
const SUBSTANCE = String.raw`\b[A-Z]{1,3}\d+(?:\.\d+)?\b`;
/** A duty, a verb or two, and an amount with the words after it that hold no figure: "is to exceed 90 percent of firms". */
const DUTY_THEN_AMOUNT = String.raw`${DUTY}\s+(?:[a-z]+\s+){1,2}?(?:to\s+|by\s+)?${AMOUNT}(?:[^.;:\d]{0,60}[^.;:\d\s])?`;
/** A second goal joined to one just read, due "by the same year" or "by then": " and to make … worth CNY 300 billion by the same year". */
const SAME_YEAR_GOAL = /^,?\s+and\s+(?:to\s+)?([a-z]+\s[^.;:]{0,120}?\d[\d.,]*[^.;:]{0,60}?\bby\s+(?:the\s+same\s+(?:year|date|time)|then))\b/i;
/** A count that opens a clause as its subject, what is counted after it: "300,000 firms are to move …". */
const COUNTED_SUBJECT_DUTY = String.raw`(?:more\s+than\s+|at\s+least\s+|over\s+|about\s+|some\s+)?(?!(?:19|20)\d{2}\b)\d[\d.,]*(?:\s+${MAGNITUDE})?\s+[a-z][^.;:\d]{0,60}?\b${DUTY}\s+[a-z]+[^.;:\d]{0,80}[^.;:\d\s]`;
/**
 * A second clause joined to a goal just read that sets an amount of its own: due by the year it names, else when
 * the first is (" …by 2027, and the penetration rate of digital tools is to exceed 90 percent", "… by 2020, and
 * 300,000 firms are to move their equipment onto the cloud").
 */
const JOINED_DUTY = new RegExp(
  String.raw`^,?\s+and\s+((?:the\s+)?(?:${SUBSTANCE}|[a-z])(?:${SUBSTANCE}|[^.;:\d]){0,100}?\b${DUTY_THEN_AMOUNT}(?:\s+${BY})?|${COUNTED_SUBJECT_DUTY})(?=\s*[.;]|\s*$)`,
  'i',
);

/**
 * The next sentence after a goal, setting an amount of its own with a duty and naming no year: due when the
 * goal before it is ("… exceed 300 EFLOPS by 2025. The share of advanced storage should rise above 30 percent."),
 * also past the rest of the goal's sentence when that holds no figure (", and the digital economy is to grow quickly.").
 */
const FOLLOWING_DUTY = new RegExp(
  String.raw`^[^.;\d]*[.;]\s+((?![^.;]*\b(?:(?:19|20)\d{2}|within)\b)[A-Z][^.;:\d]{0,100}?\b${DUTY_THEN_AMOUNT})(?=\s*[.;]|\s*$)`,
);

/**
 * A goal's verb left out after a semicolon, the subject and amount kept: "Coal capacity is to be cut by 500 million
 * tonnes within five years; crude steel capacity by 100 to 150 million tonnes in five years." — due when the goal before it is.
 */
const GAPPED_GOAL = new RegExp(
  String.raw`^;\s+((?![^.;]*\b(?:(?:19|20)\d{2}|will|would|should|must|is|are|was|were|has|have|had|can|may)\b)(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}?\s+(?:by|to)\s+${AMOUNT}[^.;:]{0,60}?)(?=\s*[.;]|\s*$)`,
);

/**
 * Goals stated in prose, each tied to its year — but not those a clause states of another document the
 * sentence names (`ownTitle` is this one's): "… implement the Opinions on … of February 2016, which aim to
 * cut capacity by 150 million tonnes by 2020" are the Opinions' goals.
 */
export function proseGoals(text: string, ownTitle: string | null = null): { text: string; start: number; end: number; year: number | null }[] {
  const out: { text: string; start: number; end: number; year: number | null }[] = [];
  // The documents the text names, found once, and only for a text that states a goal at all.
  let named: PolicyName[] | null = null;
  let joinedEnd = 0;
  for (const m of text.matchAll(PROSE_GOAL)) {
    if (m.index! < joinedEnd) continue;
    named ??= findPolicyNames(text);
    if (statedOfOtherDocument(text, named, m.index!, ownTitle)) continue;
    let year = yearOf(m);
    for (const part of goalsInOne(m[0])) out.push({ text: part.text, start: m.index! + part.start, end: m.index! + part.end, year });
    // Goals that go on from this one, each due when the one before it is unless it names a year of its own.
    for (let end = m.index! + m[0].length, first = true; ; first = false) {
      const rest = text.slice(end);
      // "30 key standards by 2026 and more than 70 by 2030": a second amount and year joined to the goal is a goal too.
      // ("… in 2019 and 12 percent in 2020, rising to 18 percent in 2023": a series may go on rising.)
      const joined = COORDINATED_GOAL.exec(rest) ?? RISING_GOAL.exec(rest);
      // "… by 2027 and to make the economy worth CNY 300 billion by the same year": the year the goal before gave.
      const sameYear = joined || !first ? null : (SAME_YEAR_GOAL.exec(rest) ?? JOINED_DUTY.exec(rest));
      const next = joined ?? sameYear ?? GAPPED_GOAL.exec(rest) ?? FOLLOWING_DUTY.exec(rest);
      if (!next) break;
      // (A goal that goes on names a year of its own, or is due when the one before it is.)
      year = yearNamedIn(next[1]!) ?? year;
      const start = end + next[0].length - next[1]!.length;
      end = joinedEnd = start + next[1]!.length;
      out.push({ text: next[1]!, start, end, year });
    }
  }
  return out;
}

/** The year a goal names after "by", "until", "through" or "in" ("… more than 70 by 2030", "rising to 12 percent in 2020"). */
const NAMED_YEAR = new RegExp(String.raw`${BY}|\bin\s+(?:the\s+end\s+of\s+|end[-\s])?${YEAR}\b`, 'i');
function yearNamedIn(goal: string): number | null {
  const named = NAMED_YEAR.exec(goal);
  const year = named ? (named[1] ?? named[2]) : undefined;
  return year !== undefined ? Number(year) : planEndIn(goal);
}

/** An amount that is no year: "50,000", "35 percent" but not "2025". */
const NOT_A_YEAR_AMOUNT = String.raw`(?<![\d.,])(?!(?:19|20)\d{2}\b)\d`;
const HAS_AMOUNT = new RegExp(NOT_A_YEAR_AMOUNT);
/** The second goal after "and": words of its own before its amount ("annual green hydrogen output of 100,000 …"). */
const SECOND_GOAL = new RegExp(String.raw`^[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)+[^.;:\d]*?${NOT_A_YEAR_AMOUNT}`);

/**
 * A series of things counted after one verb ("cultivate one million innovative SMEs, 100,000 specialised SMEs and
 * 10,000 little giants"): each part ends with what its amount counts, and the next opens with an amount.
 */
const SPELLED_AMOUNT = String.raw`\b${COUNT_WORD}\s+${MAGNITUDE}`;
const COUNTED_THING_ENDS = new RegExp(
  String.raw`(?:${NOT_A_YEAR_AMOUNT}[\d.,]*|${SPELLED_AMOUNT})(?:\s+(?:million|billion|trillion))?\s+[^\d]*\p{L}["'”’]?$`,
  'iu',
);
const COUNT_OPENS = String.raw`(?:more\s+than\s+|at\s+least\s+|over\s+|about\s+|some\s+|up\s+to\s+)?${NOT_A_YEAR_AMOUNT}[\d.,]*\s+(?:million\s+|billion\s+)?["'“‘]?\p{L}`;
const COUNTED_THING_OPENS = new RegExp(`^${COUNT_OPENS}`, 'u');
/** A comma parts a series only if an "and" closes it later ("A, B and C"), not an aside ("5,000 units, 20 percent more than today"). */
const SERIES_CLOSES = new RegExp(String.raw`\s+and\s+${COUNT_OPENS}`, 'u');

/**
 * The goals one match reads as a whole: two amounts joined by "and", each with words of its own ("50,000 fuel cell
 * vehicles on the road and annual green hydrogen output of 100,000 to 200,000 tonnes by 2025"), or a series of
 * things counted ("10 hubs, 50 parks and 1,000 workshops") — the year the last part names is every part's.
 * "Between 2 and 3 percent" and "500 firms" after "and" join no second goal.
 */
function goalsInOne(goal: string): { text: string; start: number; end: number }[] {
  const parts: { text: string; start: number; end: number }[] = [];
  let from = 0;
  for (const and of goal.matchAll(/,\s+(?:and\s+)?|\s+and\s+/g)) {
    const left = goal.slice(from, and.index);
    const right = goal.slice(and.index + and[0].length);
    const joinedByAnd = and[0].includes('and');
    const secondGoal = joinedByAnd && HAS_AMOUNT.test(left) && !/\bbetween\s+\S+$/i.test(left) && SECOND_GOAL.test(right);
    const series = COUNTED_THING_ENDS.test(left) && COUNTED_THING_OPENS.test(right) && (joinedByAnd || SERIES_CLOSES.test(right));
    if (!secondGoal && !series) continue;
    parts.push({ text: left, start: from, end: and.index });
    from = and.index + and[0].length;
  }
  parts.push({ text: goal.slice(from), start: from, end: goal.length });
  return parts;
}

/**
 * What lies between a document named and a clause about it, up to a goal: " of February 2016, which aim to ",
 * " (2016), which targeted ", ", which wanted ".
 */
const CLAUSE_ABOUT_NAMED = /^(?:\s+(?:of|from|in)\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}|\s*\(\d{4}\))?\s*,\s+(?:which|that)\s[^.;!?]*$/u;

function statedOfOtherDocument(text: string, named: readonly PolicyName[], goalStart: number, ownTitle: string | null): boolean {
  const own = ownTitle?.trim().toLowerCase();
  return named.some(
    (name) =>
      name.end <= goalStart &&
      goalStart < name.sentence.end &&
      CLAUSE_ABOUT_NAMED.test(text.slice(name.end, goalStart)) &&
      name.title.trim().toLowerCase() !== own,
  );
}
