/**
 * One newsletter's document model → its graph fragment: nodes and edges with keys derived from
 * content and the sources they were read from. Pure: the same document gives the same fragment.
 */
import type { NodeAttributes, Source } from '../../graph-schema/schema.ts';
import type { AgencyEntry } from '../../graph-schema/registry.ts';
import { addEdge, addNode, createFactGraph, type FactGraph } from '../graph/facts.ts';
import { keys } from '../graph/keys.ts';
import { dateOfItem, findFullDate } from './dates.ts';
import type { NewsItem, NewsletterDoc, TopEntry } from './document/model.ts';
import {
  agencyByKey,
  findAgencies,
  findDutyTransfers,
  leadBodies,
  localAbbreviations,
  localGovernmentName,
  readIssuerList,
  resolveAgency,
  type LocalAbbreviations,
} from './language/agencies.ts';
import { findAffiliations, findFirms } from './language/firms.ts';
import { findLineage, ownDocumentDescribed, titledDocuments } from './language/lineage.ts';
import { openingPhraseEnd, readNewsAct, withoutCitation, type NewsAct } from './language/news-acts.ts';
import { findSectors } from './language/sectors.ts';
import { sentenceAt, splitSentences } from './language/sentences.ts';
import { bulletYear, isGoal, proseGoals, targetYear } from './language/targets.ts';
import { parseDocumentTitle } from './language/title.ts';
import type { MappedText } from './text/mapped-text.ts';
import { wordAlternation } from './text/regexp.ts';
import { derived } from './registries.ts';
import { assignAddresses, documentAddress, uniqueAddresses, type DocumentAddress } from './language/document-address.ts';
import { findPolicyNames } from './language/policy-names.ts';
import { canonicalPolicyTitle } from './language/known-policies.ts';
import { proseSaysDraft, titleSaysDraft, withoutDraftMarks } from './language/draft.ts';
import { dayPutOut, titleFromProse, type ProseTitle } from './language/prose-title.ts';

export interface Fragment {
  graph: FactGraph;
  warnings: string[];
}

class FragmentBuilder {
  readonly graph = createFactGraph();
  readonly warnings: string[];

  constructor(
    readonly file: string,
    documentWarnings: readonly string[],
  ) {
    this.warnings = [...documentWarnings];
  }

  /** The source of local characters [start, end) of a text, quoting them. */
  source(text: MappedText, start = 0, end = text.length): Source {
    const span = text.span(start, end);
    return { file: this.file, start: span.start, end: span.end, quote: text.text.slice(start, end) };
  }

  /** The source of the sentence around local position `at`. */
  sentenceSource(text: MappedText, at: number): Source {
    const s = sentenceAt(text.text, at);
    return this.source(text, s.start, s.end);
  }

  agency(entry: AgencyEntry, source: Source): string {
    const key = this.agencyNode(entry, source);
    // The registry knows which body administers which: the mention of one stands for both.
    const parent = entry.parent ? agencyByKey(entry.parent) : undefined;
    if (parent) addEdge(this.graph, key, this.agencyNode(parent, source), { kind: 'PART_OF', sources: [source] });
    return key;
  }

  private agencyNode(entry: AgencyEntry, source: Source): string {
    return addNode(this.graph, keys.agency(entry.key), {
      kind: 'Agency',
      name: entry.name,
      abbreviation: entry.abbreviations[0] ?? null,
      nameZh: entry.nameZh,
      level: entry.level,
      registered: true,
      sources: [source],
    });
  }

  /** A body named by how the text names one: a local government named by its place may be one the registry knows. */
  namedBody(printed: string, source: Source): string {
    const known = resolveAgency(printed);
    return known ? this.agency(known, source) : this.unregisteredAgency(printed, source);
  }

  unregisteredAgency(printed: string, source: Source): string {
    // A local government has one name however it is printed: "Tianjin authorities", "Tianjin Municipal People's Government".
    const name = localGovernmentName(printed) ?? printed;
    return addNode(this.graph, keys.unregisteredAgency(name), {
      kind: 'Agency',
      name,
      abbreviation: /^[A-Z0-9]{2,10}$/.test(printed) ? printed : null,
      nameZh: null,
      level: 'other',
      registered: false,
      sources: [source],
    });
  }

  /** The firms a text names, but none the entry gives as an issuing body (`bodies`, lower case). */
  firms(entryKey: string, text: MappedText, subjectIsFirm: boolean, visibleLength = text.length, bodies: ReadonlySet<string> = new Set()): void {
    const visible = text.text.slice(0, visibleLength);
    const found = findFirms(visible, { subjectIsFirm }).filter((f) => !bodies.has(f.name.toLowerCase()) && !bodies.has(f.surface.toLowerCase()));
    for (const f of found) {
      const source = this.sentenceSource(text, f.start);
      const firm = addNode(this.graph, keys.firm(f.name), {
        kind: 'Firm',
        name: f.name,
        aliases: f.surface === f.name ? [] : [f.surface],
        sources: [this.source(text, f.start, f.end)],
      });
      addEdge(this.graph, entryKey, firm, { kind: 'MENTIONS', sources: [source] });
    }
    for (const a of findAffiliations(visible, found)) {
      const source = this.sentenceSource(text, a.firm.start);
      addEdge(this.graph, keys.firm(a.firm.name), keys.firm(a.of.name), {
        kind: 'AFFILIATED_WITH',
        relation: a.relation,
        evidence: source.quote,
        sources: [source],
      });
    }
  }

  /**
   * Lineage stated in the texts, each earlier document a stub policy unless an entry covers it.
   * `addresses` are the entry's links to older official documents, given to the reference they cite.
   */
  lineage(policyKey: string, texts: readonly MappedText[], addresses: readonly DocumentAddress[] = [], others: readonly string[] = []): void {
    const found = texts.flatMap((text) => findLineage(text.text).map((ref) => ({ text, ref })));
    const cited = assignAddresses(
      found.map((f) => f.ref.title),
      addresses,
    );
    const ownTitle = (this.graph.getNodeAttributes(policyKey) as Extract<NodeAttributes, { kind: 'Policy' }>).title;
    // "revised the Catalogue of …" beside "updates the 2023 edition": the name all editions share says less
    // than the edition named, and says it once more.
    const editionNamed = found.some(({ ref }) => ref.ownEdition !== undefined);
    // "a revised version of the standard conditions for …" beside "revise the Standard Conditions for … (2021
    // Edition)": a described document that a titled one names with its edition is that one, said once more.
    const titledNames = new Set(found.filter(({ ref }) => /^[\p{Lu}\d"“]/u.test(ref.title)).map(({ ref }) => editionlessTitle(ref.title).toLowerCase()));
    found.forEach(({ text, ref }, i) => {
      // This document's own draft or earlier edition, named by its kind or year alone, takes this document's title.
      // "the first overhaul of the mineral resources law since 1996": this document described, of the year after.
      const described = ref.ownDraft || ref.ownEdition ? undefined : ownDocumentDescribed(ref.title, text.text.slice(ref.end, ref.end + 20), ownTitle);
      const edition = ref.ownEdition ?? (described ? { year: described, kind: null } : undefined);
      if (described === null) return;
      const title = ref.ownDraft ? `${withoutDraftMarks(ownTitle)} (Draft)` : edition ? earlierEdition(ownTitle, edition) : canonicalPolicyTitle(ref.title);
      // (The name all editions share, described in lower case or printed in capitals, is the same name.)
      if (title === null || title === ownTitle || (editionNamed && !ref.ownEdition && title.toLowerCase() === editionlessTitle(ownTitle).toLowerCase())) return;
      if (/^\p{Ll}/u.test(title) && titledNames.has(title.toLowerCase())) return;
      const earlier = addNode(this.graph, keys.policy(title), {
        kind: 'Policy',
        title,
        titleZh: null,
        date: null,
        draft: ref.ownDraft === true || titleSaysDraft(ref.title),
        stub: true,
        aliases: [],
        documentAddresses: cited[i] ? [cited[i]] : [],
        mergedBy: [],
        sources: [this.source(text, ref.start, ref.end)],
      });
      const owner = ref.ownDraft || edition ? policyKey : (otherDocumentSpokenOf(this.graph, ref.evidence.text, ownTitle, others) ?? policyKey);
      addEdge(this.graph, owner, earlier, {
        kind: 'BUILDS_ON',
        relation: ref.relation,
        evidence: ref.evidence.text,
        cue: ref.cue,
        sources: [this.source(text, ref.evidence.start, ref.evidence.end)],
      });
    });
  }

  /** Other policies the texts name, mentioned by the entry; `except` are the keys the entry already links. */
  policyMentions(entryKey: string, texts: readonly MappedText[], except: ReadonlySet<string>): void {
    for (const text of texts) {
      for (const name of findPolicyNames(text.text)) {
        const key = keys.policy(name.title);
        if (except.has(key)) continue;
        addNode(this.graph, key, {
          kind: 'Policy',
          title: name.title,
          titleZh: null,
          date: null,
          draft: titleSaysDraft(name.title),
          stub: true,
          aliases: [],
          documentAddresses: [],
          mergedBy: [],
          sources: [this.source(text, name.start, name.end)],
        });
        addEdge(this.graph, entryKey, key, { kind: 'MENTIONS', sources: [this.source(text, name.sentence.start, name.sentence.end)] });
      }
    }
  }

  sectors(policyKey: string, title: MappedText, summary: MappedText | null): void {
    for (const s of findSectors(title.text, summary?.text ?? '')) {
      const where = s.inTitle || !summary ? title : summary;
      const source = this.sentenceSource(where, s.index);
      const sector = addNode(this.graph, keys.sector(s.sector.key), {
        kind: 'Sector',
        name: s.sector.name,
        sources: [this.source(where, s.index, s.index + s.keyword.length)],
      });
      addEdge(this.graph, policyKey, sector, { kind: 'IN_SECTOR', sources: [source] });
    }
  }
}

export function buildFragment(doc: NewsletterDoc, file: string): Fragment {
  const b = new FragmentBuilder(file, doc.warnings);
  const newsletterKey = keys.newsletter(doc.source);
  const header = doc.issue.printedAt ?? doc.top[0]?.headline ?? null;
  addNode(b.graph, newsletterKey, {
    kind: 'Newsletter',
    source: doc.source,
    title: newsletterTitle(doc.issue.date),
    shape: doc.shape,
    date: doc.issue.date,
    dateInferred: doc.issue.inferred,
    periodFrom: doc.issue.periodFrom,
    periodTo: doc.issue.periodTo,
    sources: [header ? b.source(header.trim()) : { file, start: 0, end: 0, quote: '' }],
  });
  for (const entry of doc.top) addTopEntry(b, newsletterKey, entry, doc.issue.date);
  const anchor = doc.issue.periodTo ?? doc.issue.date;
  for (const item of doc.news) addNewsItem(b, newsletterKey, item, anchor);
  return { graph: b.graph, warnings: b.warnings };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What analysts call an issue: "China Industries · 7 Dec 2021", never its file name. */
function newsletterTitle(date: string | null): string {
  if (!date) return 'China Industries (undated issue)';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `China Industries · ${d} ${MONTHS[m - 1]} ${y}`;
}

/** The covered document named in the summary's opening sentences, with the paragraph that names it. */
function titleFromProseOf(entry: TopEntry): { title: ProseTitle; unit: MappedText } | null {
  for (const unit of entry.glance) {
    const title = titleFromProse(unit.text);
    if (title) return { title, unit };
  }
  return null;
}

/** Two items of one issue with the same headline and date stay two entries: the second gets "-2". */
function distinctEntryKey(b: FragmentBuilder, key: string): string {
  let candidate = key;
  for (let n = 2; b.graph.hasNode(candidate); n += 1) candidate = `${key}-${n}`;
  return candidate;
}

function addTopEntry(b: FragmentBuilder, newsletterKey: string, entry: TopEntry, issueDate: string | null): void {
  const issueYear = issueDate ? Number(issueDate.slice(0, 4)) : null;
  const where = `entry ${entry.rank}`;
  const { issuers: issuersField, date: dateField } = entry.fields;
  // A title field that holds no English title ("Document:" with nothing after it) names nothing.
  const fieldTitle = entry.fields.title ? parseDocumentTitle(entry.fields.title.text) : null;
  const titleField = fieldTitle && fieldTitle.title.trim() !== '' ? entry.fields.title : null;
  const fromProse = titleField ? null : titleFromProseOf(entry);
  if (!titleField && !fromProse)
    b.warnings.push(`${where}: no document title, neither a "Policy name:" line nor a titled document in the summary; the headline stands for it`);
  const parsed = (titleField ? fieldTitle : null) ?? fromProse?.title ?? { title: entry.headline.text, titleZh: null, draft: false };
  const fieldDate = dateField ? (findFullDate(dateField.text)?.iso ?? null) : null;
  if (dateField && !fieldDate) b.warnings.push(`${where}: cannot read the date "${dateField.text}"`);
  // Without a date field, the day the sentence introducing the document says it came out.
  const putOut = dateField ? null : dayIntroduced(entry, fromProse);
  const date = fieldDate ?? (putOut ? dateOfItem(putOut, issueDate) : null);

  const entryKey = distinctEntryKey(b, keys.entry(newsletterKey, 'top', entry.headline.text, date));
  const summary = entry.glance.map((g) => g.text).join(' ');
  addNode(b.graph, entryKey, {
    kind: 'Entry',
    section: 'top',
    rank: entry.rank,
    headline: entry.headline.text,
    date,
    text: summary,
    sources: [b.source(entry.headline)],
  });
  addEdge(b.graph, entryKey, newsletterKey, { kind: 'PUBLISHED_IN', sources: [b.source(entry.headline)] });

  const titleSource = fromProse ? b.source(fromProse.unit, fromProse.title.start, fromProse.title.end) : b.source(titleField ?? entry.headline);
  // The document's own link is the last official address printed with the entry; older ones are what it cites.
  const addresses = uniqueAddresses(entry.links.map((l) => documentAddress(l.url)));
  const own = addresses.at(-1);
  const ownYear = own?.year ?? (date ? Number(date.slice(0, 4)) : null);
  const olderAddresses = addresses.filter((a) => a !== own && a.year !== null && ownYear !== null && a.year < ownYear);
  const policyKey = addNode(b.graph, keys.policy(parsed.title), {
    kind: 'Policy',
    title: parsed.title,
    titleZh: parsed.titleZh,
    date,
    // The glance's first sentence introduces the document: it may call it a draft where the title does not.
    draft: parsed.draft || proseSaysDraft(sentenceAt(summary, 0).text),
    stub: false,
    aliases: [],
    documentAddresses: own ? [own.address] : [],
    mergedBy: [],
    sources: [titleSource],
  });
  addEdge(b.graph, entryKey, policyKey, { kind: 'COVERS', sources: [titleSource] });
  // A field that names more documents ("X (…) and Y (…)"): the entry covers the first and mentions the others.
  for (const other of fieldTitle?.others ?? []) {
    const otherKey = addNode(b.graph, keys.policy(other.title), {
      kind: 'Policy',
      title: other.title,
      titleZh: other.titleZh,
      date: null,
      draft: other.draft,
      stub: true,
      aliases: [],
      documentAddresses: [],
      mergedBy: [],
      sources: [titleSource],
    });
    if (otherKey !== policyKey) addEdge(b.graph, entryKey, otherKey, { kind: 'MENTIONS', sources: [titleSource] });
  }

  // Issuing bodies: the field, with abbreviations as this entry defines them (the field too: "General
  // Administration of Customs (GAC)") and leads as its prose says.
  const prose = [...entry.glance, ...entry.comment];
  const local = localAbbreviations([...prose.map((p) => p.text), ...(issuersField ? [issuersField.text] : [])]);
  const firstGlance = entry.glance[0];
  const leads = firstGlance ? leadBodies(firstGlance.text, local) : new Set<string>();
  // A body the entry lists as an issuer ("Issuing bodies: MOF, China Development Bank") is no firm of it.
  const unregisteredIssuers = new Set<string>();
  if (issuersField) {
    for (const issuer of readIssuerList(issuersField.text, local).issuers) {
      if (!issuer.agency) unregisteredIssuers.add(issuer.printed.toLowerCase());
      const source = b.source(issuersField);
      if (!issuer.agency) b.warnings.push(`${where}: issuing body "${issuer.printed}" is not in the registry`);
      const agencyKey = issuer.agency ? b.agency(issuer.agency, source) : b.unregisteredAgency(issuer.printed, source);
      const lead = issuer.lead || (issuer.agency !== null && leads.has(issuer.agency.key));
      addEdge(b.graph, policyKey, agencyKey, { kind: 'ISSUED_BY', lead, sources: [source] });
    }
  } else if (entry.glance.length > 0) {
    addIssuersFromProse(b, policyKey, entry.glance, local, leads);
  }

  // Goals are the bullets that set one; an entry without a list may state its goals in the summary. Those a
  // paragraph on a second document leads in ("MIIT also released instructions on … Key aspects include:") are its.
  const secondDocuments = new Map<MappedText, string | null>();
  for (const bullet of entry.bullets.filter((x) => isGoal(x.text.text, x.leadIn?.text ?? null))) {
    const text = bullet.text.text;
    const lead = bullet.leadIn;
    if (lead && !secondDocuments.has(lead)) secondDocuments.set(lead, secondDocumentOf(b, entryKey, lead, parsed.title));
    const ownerKey = (lead && secondDocuments.get(lead)) ?? policyKey;
    const target = addNode(b.graph, keys.target(ownerKey, text), {
      kind: 'Target',
      text,
      year: targetYear(text, bullet.leadIn?.text ?? null, issueYear),
      sources: [b.source(bullet.text)],
    });
    addEdge(b.graph, ownerKey, target, { kind: 'SETS_TARGET', sources: [b.source(bullet.text)] });
  }

  // Goals stated in the summary's prose count beside its bullets: "By 2025, robot density is to double. Key targets: • …".
  for (const paragraph of entry.glance) {
    for (const goal of proseGoals(paragraph.text, parsed.title)) {
      const target = addNode(b.graph, keys.target(policyKey, goal.text), {
        kind: 'Target',
        text: goal.text,
        // "… by over 40 percent this year": the issue dates a goal due this year or next.
        year: goal.year ?? bulletYear(goal.text, issueYear),
        sources: [b.source(paragraph, goal.start, goal.end)],
      });
      addEdge(b.graph, policyKey, target, { kind: 'SETS_TARGET', sources: [b.source(paragraph, goal.start, goal.end)] });
    }
  }

  for (const part of [entry.headline, ...prose, ...entry.bullets.map((x) => x.text)]) b.firms(entryKey, part, false, part.text.length, unregisteredIssuers);
  // A later paragraph that brings in a second document without a list of its own ("The State Council also approved an action plan …").
  for (const paragraph of entry.glance.slice(1)) {
    if (!secondDocuments.has(paragraph)) secondDocuments.set(paragraph, secondDocumentOf(b, entryKey, paragraph, parsed.title));
  }
  const others = [...new Set([...secondDocuments.values()].filter((key): key is string => key !== null))];
  b.lineage(policyKey, prose, olderAddresses, others);
  // (The name all the document's editions share, named in the prose — "the revised Mineral Resources Law" — is the document.)
  const sharedName = keys.policy(editionlessTitle(parsed.title));
  b.policyMentions(entryKey, [...prose, ...entry.bullets.map((x) => x.text)], new Set([policyKey, sharedName, ...b.graph.outNeighbors(policyKey)]));
  b.sectors(policyKey, titleField ?? entry.headline, firstGlance ?? null);
}

/** The day the sentence that introduces the document says it came out: the one naming it, or the summary's first. */
function dayIntroduced(entry: TopEntry, fromProse: ReturnType<typeof titleFromProseOf>): ReturnType<typeof dayPutOut> {
  if (fromProse) return dayPutOut(fromProse.unit.text, fromProse.title.start);
  return entry.glance[0] ? dayPutOut(entry.glance[0].text, 0) : null;
}

/** The kind a sentence's subject names: "The action plan follows up on …" → "action plan", then "action". */
const SUBJECT_KIND = /^\s*(?:The|This|That|Its)\s+(?:new\s+|latest\s+|second\s+)?(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?/u;

/**
 * The entry's other document a sentence speaks of, when its subject names that document's kind and not the
 * covered one's: "The action plan follows up on …" in an entry on standard conditions that also brings in an
 * action plan (null: the sentence speaks of the covered document, as far as its subject tells).
 */
function otherDocumentSpokenOf(graph: FactGraph, sentence: string, ownTitle: string, others: readonly string[]): string | null {
  const subject = others.length > 0 ? SUBJECT_KIND.exec(sentence) : null;
  if (!subject) return null;
  const own = ownTitle.toLowerCase();
  for (const kind of [`${subject[1]} ${subject[2] ?? ''}`.trim(), subject[1]!]) {
    if (own.includes(kind)) return null;
    const other = others.find((key) => {
      const doc = graph.getNodeAttributes(key);
      return doc.kind === 'Policy' && doc.title.toLowerCase().includes(kind);
    });
    if (other) return other;
  }
  return null;
}

/** "The MIIT also released instructions on …": a later paragraph that brings in a second document (document-vocabulary.json). */
const alsoPutsOut = derived(({ documentVocabulary: v }) => new RegExp(`\\balso\\s+(?:\\w+\\s+)?(?:${wordAlternation(v.introducingVerbs)})\\b`, 'i'));

/**
 * The policy a lead-in paragraph brings in as a second document of the entry, added as one the entry mentions
 * (null when the paragraph brings in none, or this entry's own).
 */
function secondDocumentOf(b: FragmentBuilder, entryKey: string, leadIn: MappedText, ownTitle: string): string | null {
  if (!alsoPutsOut().test(leadIn.text)) return null;
  const doc = titleFromProse(leadIn.text);
  if (!doc || doc.title.toLowerCase() === ownTitle.toLowerCase()) return null;
  const source = b.source(leadIn, doc.start, doc.end);
  const key = addNode(b.graph, keys.policy(doc.title), {
    kind: 'Policy',
    title: doc.title,
    titleZh: doc.titleZh,
    date: null,
    draft: doc.draft,
    stub: false,
    aliases: [],
    documentAddresses: [],
    mergedBy: [],
    sources: [source],
  });
  addEdge(b.graph, entryKey, key, { kind: 'MENTIONS', sources: [b.sentenceSource(leadIn, doc.start)] });
  // The bodies named before the document in its sentence issued it: "The MIIT also released …".
  const sentence = sentenceAt(leadIn.text, doc.start);
  for (const m of findAgencies(leadIn.text.slice(sentence.start, doc.start))) {
    const agencyKey = b.agency(m.agency, b.source(leadIn, sentence.start + m.start, sentence.start + m.end));
    addEdge(b.graph, key, agencyKey, { kind: 'ISSUED_BY', lead: false, sources: [b.sentenceSource(leadIn, doc.start)] });
  }
  return key;
}

/** Words by which a later sentence of the summary adds bodies to those issuing the document. */
const JOINT_ISSUE =
  /\b(?:jointly|co-?(?:issued|signed|released|published)|together\s+with|along\s+with|in\s+(?:cooperation|conjunction|coordination)\s+with|also\s+signed\s+by|signed\s+(?:off\s+)?by)\b/i;

/**
 * The bodies a sentence names, past an opening phrase of place or time that names one of its own: "Following a State
 * Council executive meeting, the MIIT issued …" is the MIIT's act.
 */
function actingBodies(sentence: string, local: LocalAbbreviations): ReturnType<typeof findAgencies> {
  const bodies = findAgencies(sentence, local);
  const opening = openingPhraseEnd(sentence);
  const after = bodies.filter((m) => m.start >= opening);
  return after.length > 0 ? after : bodies;
}

/**
 * Without an "Issuing bodies:" line, the bodies the summary's first sentence names issue the policy,
 * and so do those a later sentence names as issuing it with them ("It was jointly issued with the
 * MOF"); bodies named in passing elsewhere do not.
 */
function addIssuersFromProse(b: FragmentBuilder, policyKey: string, glance: readonly MappedText[], local: LocalAbbreviations, leads: Set<string>): void {
  // "Two recent documents touch on … The MIIT and three other agencies published a notice …": when the first
  // sentence names no body, the first later one whose bodies put out a document names the issuers.
  const firstNamesBody = glance.length > 0 && findAgencies(sentenceAt(glance[0]!.text, 0).text, local).length > 0;
  let issuersFound = firstNamesBody;
  glance.forEach((text, paragraph) => {
    splitSentences(text.text).forEach((sentence, i) => {
      const opening = paragraph === 0 && i === 0;
      const act = issuersFound || opening ? null : readNewsAct(sentence.text);
      const putsOut = act !== null && act.actors.length > 0 && act.document !== null;
      if (putsOut) issuersFound = true;
      if (!opening && !putsOut && !JOINT_ISSUE.test(sentence.text)) return;
      // "Shenzhen's municipal people's congress passed regulations …": a body the registry does not know, as the subject.
      if (paragraph === 0 && i === 0) {
        for (const m of readNewsAct(sentence.text).unknownActors) {
          const agencyKey = b.namedBody(m.name, b.source(text, sentence.start + m.start, sentence.start + m.end));
          addEdge(b.graph, policyKey, agencyKey, { kind: 'ISSUED_BY', lead: false, sources: [b.source(text, sentence.start, sentence.end)] });
        }
      }
      for (const m of actingBodies(sentence.text, local)) {
        const agencyKey = b.agency(m.agency, b.source(text, sentence.start + m.start, sentence.start + m.end));
        addEdge(b.graph, policyKey, agencyKey, {
          kind: 'ISSUED_BY',
          lead: leads.has(m.agency.key),
          sources: [b.source(text, sentence.start, sentence.end)],
        });
      }
    });
  });
}

function addNewsItem(b: FragmentBuilder, newsletterKey: string, item: NewsItem, anchor: string | null): void {
  const date = dateOfItem(item, anchor);
  if (!date) b.warnings.push(`${item.section} item ${item.rank}: no year can be given to its date`);
  const headline = sentenceAt(item.body.text, 0).text;
  const entryKey = distinctEntryKey(b, keys.entry(newsletterKey, item.section, headline, date));
  addNode(b.graph, entryKey, {
    kind: 'Entry',
    section: item.section,
    rank: item.rank,
    headline: headline.length > 160 ? `${headline.slice(0, 157)}...` : headline,
    date,
    text: item.body.text,
    sources: [b.source(item.body)],
  });
  addEdge(b.graph, entryKey, newsletterKey, { kind: 'PUBLISHED_IN', sources: [b.source(item.body)] });
  const visible = withoutCitation(item.body.text).length;

  if (item.section === 'corporate-news') {
    b.firms(entryKey, item.body, true, visible);
    return;
  }

  for (const t of findDutyTransfers(item.body.text.slice(0, visible))) {
    const source = b.sentenceSource(item.body, t.from.start);
    const from = b.agency(t.from.agency, b.source(item.body, t.from.start, t.from.end));
    const to = b.agency(t.to.agency, b.source(item.body, t.to.start, t.to.end));
    addEdge(b.graph, from, to, { kind: 'TRANSFERS_DUTIES_TO', date, evidence: source.quote, sources: [source] });
  }
  const act = readNewsAct(item.body.text);
  const mention = (agency: AgencyEntry, start: number, end: number) => {
    const agencyKey = b.agency(agency, b.source(item.body, start, end));
    addEdge(b.graph, entryKey, agencyKey, { kind: 'MENTIONS', sources: [b.sentenceSource(item.body, start)] });
  };
  const unknownBody = (m: NewsAct['unknownActors'][number]) => b.namedBody(m.name, b.source(item.body, m.start, m.end));
  if (!act.document) {
    for (const m of [...act.actors.map((a) => a.mention), ...act.mentioned]) mention(m.agency, m.start, m.end);
    for (const m of act.unknownActors) addEdge(b.graph, entryKey, unknownBody(m), { kind: 'MENTIONS', sources: [b.sentenceSource(item.body, m.start)] });
    return;
  }
  // A named document keeps its own key so that other entries naming it reach the same node.
  const named = titledDocuments(act.document.title, act.document.start)[0];
  const title = named?.title ?? sentenceCase(act.document.title);
  const span = named ?? act.document;
  const policyKey = addNode(b.graph, named ? keys.policy(title) : keys.policy(`${date ?? ''} ${title}`), {
    kind: 'Policy',
    title,
    titleZh: null,
    date,
    draft: titleSaysDraft(title),
    stub: false,
    aliases: [],
    documentAddresses: [],
    mergedBy: [],
    sources: [b.source(item.body, span.start, span.end)],
  });
  addEdge(b.graph, entryKey, policyKey, { kind: 'COVERS', sources: [b.sentenceSource(item.body, span.start)] });
  for (const { mention: m, lead } of act.actors) {
    const agencyKey = b.agency(m.agency, b.source(item.body, m.start, m.end));
    addEdge(b.graph, policyKey, agencyKey, { kind: 'ISSUED_BY', lead, sources: [b.sentenceSource(item.body, m.start)] });
  }
  for (const m of act.unknownActors) {
    addEdge(b.graph, policyKey, unknownBody(m), { kind: 'ISSUED_BY', lead: false, sources: [b.sentenceSource(item.body, m.start)] });
  }
  for (const m of act.mentioned) mention(m.agency, m.start, m.end);
  b.lineage(policyKey, [item.body.slice(0, visible)]);
  b.sectors(policyKey, item.body.slice(0, visible), null);
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "the 2019 catalogue" in the entry on the Catalogue of … (2020 Edition): that catalogue's 2019 edition,
 * its title without this edition's year or draft note. A kind this title does not hold names another
 * document, which the text does not say enough to name (null).
 */
function earlierEdition(ownTitle: string, edition: { year: string; kind: string | null }): string | null {
  // A kind the title does not name ("the 2018 edition of the negative list") is this document's all the same
  // when the title is itself an edition of a year ("Special Administrative Measures … (2019 edition)").
  const ownYear = /[(（][^()（）]*?((?:19|20)\d{2})[^()（）]*[)）]\s*$/u.exec(withoutDraftMarks(ownTitle))?.[1];
  const named = edition.kind === null || ownTitle.toLowerCase().includes(edition.kind.toLowerCase());
  if (!named && !(ownYear && ownYear > edition.year)) return null;
  return `${editionlessTitle(ownTitle)} (${edition.year})`;
}

/**
 * A document's title without its draft marks and its year, edition or revision in brackets: the name all its
 * editions share ("… Law of the People's Republic of China (Revised)", "… (2019 Edition)").
 */
function editionlessTitle(title: string): string {
  return withoutDraftMarks(title)
    .replace(/(?:\s*[(（](?:[^()（）]*\d{4}[^()（）]*|revised|amended|revision|amendment)[)）])+\s*$/iu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
