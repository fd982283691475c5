/**
 * One node per real policy across newsletters. Mentions are merged on strong evidence only, in this
 * order: the same official document address, the same Chinese title once normalised, the same
 * English title once normalised, or a known alias (graph-schema/policy-aliases.json). Each merge is
 * recorded on the surviving node (`mergedBy`); weaker evidence — titles that are merely alike —
 * only proposes a candidate for a person to judge (`kg resolve --report`).
 *
 * The merged node keeps the title it is named by most recently and lists the others in `aliases`.
 * A person's judgements (judgements.ts) come last: "same" joins two nodes, "not same" keeps two apart
 * whatever the evidence, and a judged pair is never proposed again. The store's loader resolves every
 * load through here too, with the statements already stored (src/store/load.ts).
 */
import { defaultRegistries, type Registries } from '../../graph-schema/registry.ts';
import { withoutDraftMarks } from '../extract/language/draft.ts';
import type { NodeAttributes } from '../../graph-schema/schema.ts';
import { addEdge, addNode, moveStatements, type FactGraph } from '../graph/facts.ts';
import { pairOf, readJudgements, type Judgement } from './judgements.ts';

type Policy = Extract<NodeAttributes, { kind: 'Policy' }>;

/** Why two mentions were joined: evidence in the text, or a person's judgement (graph-schema/judgements.json). */
export type Evidence = 'document-address' | 'chinese-title' | 'english-title' | 'alias' | 'judgement';

export interface Merge {
  into: string;
  merged: string;
  evidence: Evidence;
  value: string;
}

export interface Candidate {
  a: string;
  b: string;
  similarity: number;
  reason: string;
}

export interface PolicyResolution {
  merges: Merge[];
  candidates: Candidate[];
  /** Drafts linked to their final version. */
  finalVersions: { final: string; draft: string }[];
}

/** 《》, full-width brackets, spaces and the 关于印发…的通知 wrapper say nothing about which document it is. */
export function normaliseChineseTitle(title: string): string {
  let t = title.normalize('NFKC').replace(/[\s《》〈〉“”"'‘’「」]/g, '');
  t = t.replace(/^.*?关于印发(.+)的通知$/, '$1').replace(/^公开征求对(.+)的意见$/, '$1');
  return t;
}

export function normaliseEnglishTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/^(?:the|china['’]?s)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Each registries value's known names of policies (policy-aliases.json), normalised, to the name kept. */
const aliasIndexes = new WeakMap<Registries, Map<string, string>>();
function aliasIndexOf(registries: Registries): Map<string, string> {
  let index = aliasIndexes.get(registries);
  if (!index) {
    index = new Map();
    for (const group of registries.policyAliases) for (const title of group) index.set(normaliseEnglishTitle(title), normaliseEnglishTitle(group[0]!));
    aliasIndexes.set(registries, index);
  }
  return index;
}

/** An official title capitalises its words ("Trial Measures for the Management of …"); a description does not. */
function isOfficialTitle(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

function evidenceOf(p: Policy, aliasIndex: Map<string, string>): { evidence: Evidence; value: string }[] {
  const out: { evidence: Evidence; value: string }[] = p.documentAddresses.map((value) => ({ evidence: 'document-address' as const, value }));
  if (p.titleZh) out.push({ evidence: 'chinese-title', value: normaliseChineseTitle(p.titleZh) });
  const english = normaliseEnglishTitle(p.title);
  if (isOfficialTitle(p.title)) out.push({ evidence: 'english-title', value: english });
  const alias = aliasIndex.get(english);
  if (alias) out.push({ evidence: 'alias', value: alias });
  return out;
}

/** The newest issue date among the newsletters a node was read in. */
function newestMention(p: Policy, issueDates: Map<string, string>): string {
  return (
    p.sources
      .map((s) => issueDates.get(s.file) ?? '')
      .sort()
      .at(-1) ?? ''
  );
}

/**
 * The node that stays: one an entry covers before a stub, then the one named most recently (a later
 * newsletter's name for a document is the one readers now meet), then the first key.
 */
function survivor(graph: FactGraph, a: string, b: string, issueDates: Map<string, string>): [string, string] {
  const pa = graph.getNodeAttributes(a) as Policy;
  const pb = graph.getNodeAttributes(b) as Policy;
  if (pa.stub !== pb.stub) return pa.stub ? [b, a] : [a, b];
  const [na, nb] = [newestMention(pa, issueDates), newestMention(pb, issueDates)];
  if (na !== nb) return na > nb ? [a, b] : [b, a];
  return a < b ? [a, b] : [b, a];
}

/** Moves every edge and source of `from` onto `into` and drops `from`. */
function mergeNode(graph: FactGraph, from: string, into: string, note: string): void {
  const attributes = graph.getNodeAttributes(from) as Policy;
  addNode(graph, into, { ...attributes, aliases: [...attributes.aliases, attributes.title], mergedBy: [...attributes.mergedBy, note] });
  moveStatements(graph, from, into);
  graph.forEachOutEdge(from, (_e, attrs, _s, target) => addEdge(graph, into, target === from ? into : target, attrs));
  graph.forEachInEdge(from, (_e, attrs, source) => addEdge(graph, source === from ? into : source, into, attrs));
  graph.dropNode(from);
}

const wordsOf = (title: string) =>
  new Set(
    normaliseEnglishTitle(title)
      .split(' ')
      .filter((w) => w.length > 2),
  );

function similarity(a: string, b: string): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(1, x.size + y.size - shared);
}

/**
 * Which node each mention now lives in, and which mentions each node holds: judgements name the keys
 * a person saw, which may since have been merged into another.
 */
class Clusters {
  private readonly into = new Map<string, string>();
  private readonly members = new Map<string, Set<string>>();

  find(key: string): string {
    let k = key;
    while (this.into.has(k)) k = this.into.get(k)!;
    return k;
  }

  membersOf(key: string): Set<string> {
    return this.members.get(key) ?? new Set([key]);
  }

  join(merged: string, into: string): void {
    this.into.set(merged, into);
    this.members.set(into, new Set([...this.membersOf(into), ...this.membersOf(merged)]));
    this.members.delete(merged);
  }
}

/** True when a person said some mention of one node is not some mention of the other. */
function rejected(clusters: Clusters, a: string, b: string, notSame: readonly Judgement[]): boolean {
  const [ma, mb] = [clusters.membersOf(a), clusters.membersOf(b)];
  return notSame.some((j) => (ma.has(j.a) && mb.has(j.b)) || (ma.has(j.b) && mb.has(j.a)));
}

export function resolvePolicies(
  graph: FactGraph,
  judgements: readonly Judgement[] = readJudgements(),
  registries: Registries = defaultRegistries,
): PolicyResolution {
  const aliasIndex = aliasIndexOf(registries);
  const merges: Merge[] = [];
  const issueDates = new Map<string, string>();
  graph.forEachNode((_k, a) => {
    if (a.kind === 'Newsletter' && a.date) issueDates.set(a.source, a.date);
  });
  const clusters = new Clusters();
  const notSame = judgements.filter((j) => j.verdict === 'not-same');
  const merge = (a: string, b: string, evidence: Evidence, value: string) => {
    const [into, merged] = survivor(graph, a, b, issueDates);
    mergeNode(graph, merged, into, `${evidence} ${value} ← ${merged}`);
    clusters.join(merged, into);
    merges.push({ into, merged, evidence, value });
    return into;
  };
  const order: Evidence[] = ['document-address', 'chinese-title', 'english-title', 'alias'];
  for (const evidence of order) {
    const holder = new Map<string, string>();
    for (const key of graph.filterNodes((_k, a) => a.kind === 'Policy')) {
      if (!graph.hasNode(key)) continue;
      for (const e of evidenceOf(graph.getNodeAttributes(key) as Policy, aliasIndex).filter((x) => x.evidence === evidence)) {
        const other = holder.get(e.value);
        if (!other || other === key || !graph.hasNode(other) || rejected(clusters, other, key, notSame)) {
          holder.set(e.value, key);
          continue;
        }
        holder.set(e.value, merge(other, key, evidence, e.value));
        break;
      }
    }
  }
  for (const j of judgements) {
    if (j.verdict !== 'same') continue;
    const [a, b] = [clusters.find(j.a), clusters.find(j.b)];
    if (a !== b && graph.hasNode(a) && graph.hasNode(b)) merge(a, b, 'judgement', `${j.a} = ${j.b} (${j.at.slice(0, 10)})`);
  }
  const judged = new Set(judgements.map((j) => pairOf(clusters.find(j.a), clusters.find(j.b))));
  const candidates = alikeTitles(graph).filter((c) => !judged.has(pairOf(c.a, c.b)) && !rejected(clusters, c.a, c.b, notSame));
  return { merges, candidates, finalVersions: linkFinalVersions(graph, aliasIndex) };
}

/** What a draft and its final version share: the title without its draft marks, under the registry's name. */
function finalTitle(p: Policy, aliasIndex: Map<string, string>): string[] {
  const out: string[] = [];
  const english = normaliseEnglishTitle(withoutDraftMarks(p.title));
  out.push(`en:${aliasIndex.get(english) ?? english}`);
  if (p.titleZh) out.push(`zh:${normaliseChineseTitle(withoutDraftMarks(p.titleZh))}`);
  return out;
}

/** A draft for comments and its later final version stay two documents, linked final-version-of. */
function linkFinalVersions(graph: FactGraph, aliasIndex: Map<string, string>): { final: string; draft: string }[] {
  const finals = new Map<string, string>();
  graph.forEachNode((key, a) => {
    if (a.kind === 'Policy' && !a.draft) for (const t of finalTitle(a, aliasIndex)) finals.set(t, key);
  });
  const links: { final: string; draft: string }[] = [];
  graph.forEachNode((draft, a) => {
    if (a.kind !== 'Policy' || !a.draft) return;
    const final = finalTitle(a, aliasIndex)
      .map((t) => finals.get(t))
      .find((k) => k !== undefined);
    if (!final) return;
    const f = graph.getNodeAttributes(final) as Policy;
    addEdge(graph, final, draft, {
      kind: 'BUILDS_ON',
      relation: 'final-version-of',
      cue: 'known names of one document',
      evidence: `"${f.title}" is the final version of "${a.title}"`,
      sources: [a.sources[0]!, f.sources[0]!],
    });
    links.push({ final, draft });
  });
  return links;
}

/** Weak evidence, never merged: titles sharing most of their words. Pairs are sought through shared uncommon words. */
function alikeTitles(graph: FactGraph): Candidate[] {
  const policies = graph.filterNodes((_k, a) => a.kind === 'Policy').map((key) => ({ key, p: graph.getNodeAttributes(key) as Policy }));
  const byWord = new Map<string, number[]>();
  policies.forEach(({ p }, i) => {
    for (const w of wordsOf(p.title)) byWord.set(w, [...(byWord.get(w) ?? []), i]);
  });
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const indexes of byWord.values()) {
    if (indexes.length > 50) continue; // a word in every title joins nothing
    for (const i of indexes) {
      for (const j of indexes) {
        if (j <= i || seen.has(`${i}:${j}`)) continue;
        seen.add(`${i}:${j}`);
        const [a, b] = [policies[i]!, policies[j]!];
        const s = similarity(a.p.title, b.p.title);
        if (s >= 0.5 && a.p.draft === b.p.draft) candidates.push({ a: a.key, b: b.key, similarity: Math.round(s * 100) / 100, reason: 'alike English titles' });
      }
    }
  }
  return candidates.sort((x, y) => y.similarity - x.similarity);
}
