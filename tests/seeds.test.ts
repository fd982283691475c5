/**
 * The facts of the five seed newsletters, as tests/fixtures/seeds-expected.json states them,
 * read back from the extracted graph. A change that loses one of them fails here.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeAttributes } from '../graph-schema/schema.ts';
import type { FactGraph } from '../src/graph/facts.ts';
import { agencyKey, entriesOf, extractSeeds, outgoing, seedFiles } from './helpers/extract.ts';

interface Expected {
  newsletterDate: string | null;
  top: {
    title: string;
    titleZh: string;
    date: string;
    issuers: string[];
    lead: string | null;
    draft: boolean;
    targets: { text: string; year: number | null }[];
    buildsOn: string[];
    firms: string[];
  }[];
  policyNews: { date: string; agencies: string[] }[];
  corporateNews: { date: string; firms: string[] }[];
}

const expected: Record<string, Expected> = JSON.parse(readFileSync(new URL('./fixtures/seeds-expected.json', import.meta.url), 'utf8')).newsletters;

/** References the extractor is known not to resolve: the text names no document, only "the sectoral five-year plan". */
const UNNAMED_REFERENCES = new Set(['14th Five-Year Plan for the Development of the ICT Industry']);

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** "Dongfeng" and "Dongfeng Motor Group" are one firm; so are "Mercedes-Benz" and "Mercedes-Benz Group". */
function sameFirm(a: string, b: string): boolean {
  const [x, y] = [words(a).split(' '), words(b).split(' ')];
  if (x.join(' ') === y.join(' ')) return true;
  return x[0] === y[0] && (x.every((w) => y.includes(w)) || y.every((w) => x.includes(w)));
}

let graph: FactGraph;
beforeAll(() => {
  graph = extractSeeds();
});

describe.each(seedFiles)('seed newsletter %s', (source) => {
  const facts = expected[source]!;
  const top = () =>
    entriesOf(graph, source, 'top').map((entry) => {
      const [covered] = outgoing(graph, entry.key, 'COVERS');
      return { entry, policyKey: covered!.key, policy: covered!.node as Extract<NodeAttributes, { kind: 'Policy' }> };
    });

  it('has its issue date', () => {
    const newsletter = graph.findNode((_k, a) => a.kind === 'Newsletter' && a.source === source)!;
    const attrs = graph.getNodeAttributes(newsletter);
    if (facts.newsletterDate) expect(attrs).toMatchObject({ date: facts.newsletterDate, dateInferred: false });
    else expect(attrs).toMatchObject({ dateInferred: true });
  });

  it('covers each TOP policy with its English and Chinese title, date and draft status', () => {
    expect(top().map((t) => t.policy.title)).toEqual(facts.top.map((t) => t.title));
    for (const [i, t] of top().entries()) {
      expect(t.policy).toMatchObject({ titleZh: facts.top[i]!.titleZh, date: facts.top[i]!.date, draft: facts.top[i]!.draft });
    }
  });

  it('links each TOP policy to every issuing body, marking the lead', () => {
    for (const [i, t] of top().entries()) {
      const issued = outgoing(graph, t.policyKey, 'ISSUED_BY');
      expect(issued.map((x) => agencyKey(x.key)).sort()).toEqual([...facts.top[i]!.issuers].sort());
      const leads = issued.filter((x) => x.edge.kind === 'ISSUED_BY' && x.edge.lead).map((x) => agencyKey(x.key));
      expect(leads).toEqual(facts.top[i]!.lead ? [facts.top[i]!.lead] : []);
    }
  });

  it('sets one target per bullet, with its year', () => {
    for (const [i, t] of top().entries()) {
      const targets = outgoing(graph, t.policyKey, 'SETS_TARGET').map((x) => x.node as { text: string; year: number | null });
      const want = facts.top[i]!.targets;
      expect(targets.map((x) => words(x.text))).toEqual(want.map((x) => words(x.text)));
      expect(targets.map((x) => x.year)).toEqual(want.map((x) => x.year));
    }
  });

  it('traces what each TOP policy builds on', () => {
    for (const [i, t] of top().entries()) {
      const found = outgoing(graph, t.policyKey, 'BUILDS_ON').map((x) => words((x.node as { title: string }).title));
      const want = facts.top[i]!.buildsOn.filter((r) => !UNNAMED_REFERENCES.has(r)).map(words);
      expect(found).toHaveLength(want.length);
      for (const ref of want) expect(found.some((f) => f.includes(ref) || ref.includes(f))).toBe(true);
    }
  });

  it('mentions the firms named in TOP entries', () => {
    const firms = top().flatMap((t) => outgoing(graph, t.entry.key, 'MENTIONS').filter((x) => x.node.kind === 'Firm'));
    const names = [...new Set(firms.map((f) => (f.node as { name: string }).name))];
    const want = [...new Set(facts.top.flatMap((t) => t.firms))];
    for (const firm of want)
      expect(
        names.some((n) => sameFirm(n, firm)),
        firm,
      ).toBe(true);
    expect(names.length).toBe(want.length);
  });

  it('dates each policy news item and links the bodies that acted', () => {
    const items = entriesOf(graph, source, 'policy-news');
    expect(items.map((e) => e.date)).toEqual(facts.policyNews.map((n) => n.date));
    for (const [i, item] of items.entries()) {
      const mentioned = outgoing(graph, item.key, 'MENTIONS').filter((x) => x.node.kind === 'Agency');
      const issuing = outgoing(graph, item.key, 'COVERS').flatMap((p) => outgoing(graph, p.key, 'ISSUED_BY'));
      const bodies = new Set([...mentioned, ...issuing].map((x) => agencyKey(x.key)));
      expect([...bodies].sort(), `policy news item ${i + 1}`).toEqual([...facts.policyNews[i]!.agencies].sort());
    }
  });

  it('dates each corporate news item and mentions every firm it names', () => {
    const items = entriesOf(graph, source, 'corporate-news');
    expect(items.map((e) => e.date)).toEqual(facts.corporateNews.map((n) => n.date));
    let predicted = 0;
    let correct = 0;
    for (const [i, item] of items.entries()) {
      const names = outgoing(graph, item.key, 'MENTIONS').map((x) => (x.node as { name: string }).name);
      const want = facts.corporateNews[i]!.firms;
      for (const firm of want)
        expect(
          names.some((n) => sameFirm(n, firm)),
          `${firm} in item ${i + 1}`,
        ).toBe(true);
      predicted += names.length;
      correct += names.filter((n) => want.some((w) => sameFirm(n, w))).length;
    }
    // One brand used as a product's name ("a Mercedes-Benz truck") is still read as a firm.
    expect(correct / Math.max(predicted, 1)).toBeGreaterThanOrEqual(0.9);
  });
});
