/**
 * Synthetic newsletters shaped like ours, as the store loads them: per newsletter some 30 entries,
 * 15 policies with issuing bodies, targets and sectors, firms from a shared pool, lineage to
 * earlier newsletters' policies. Deterministic for a given seed, so runs compare.
 */
import { agencyRegistry, sectorVocabulary } from '../../graph-schema/registry.ts';
import { createHash } from 'node:crypto';
import type { EdgeFact, NewsletterFacts, NodeFact } from '../../src/store/facts.ts';
import type { EdgeKind, NodeKind, Source } from '../../graph-schema/schema.ts';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Newsletters whose nodes plus edges add up to at least `items`. */
export function syntheticNewsletters(items: number, seed = 1): NewsletterFacts[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: NewsletterFacts[] = [];
  const policyKeys: string[] = [];
  let total = 0;
  for (let n = 0; total < items; n++) {
    const file = `synthetic_${String(n).padStart(6, '0')}.txt`;
    const nodes: NodeFact[] = [];
    const edges: EdgeFact[] = [];
    let offset = 0;
    const source = (quote: string): Source[] => {
      offset += quote.length + 1;
      return [{ file, start: offset - quote.length - 1, end: offset - 1, quote }];
    };
    const byKey = new Map<string, NodeFact>();
    const node = (key: string, label: NodeKind, props: Record<string, unknown>) => {
      const sources = source(String(props.title ?? props.name ?? props.text ?? key));
      const seen = byKey.get(key);
      if (seen) seen.sources.push(...sources);
      else {
        const fact = { key, label, props, sources };
        byKey.set(key, fact);
        nodes.push(fact);
      }
      return { key, label };
    };
    const edge = (type: EdgeKind, from: { key: string; label: NodeKind }, to: { key: string; label: NodeKind }, props: Record<string, unknown> = {}) =>
      edges.push({ key: `${type}:${from.key}->${to.key}`, type, from, to, props, sources: source(`${type} evidence in ${file}`) });

    const month = String((n % 12) + 1).padStart(2, '0');
    const date = `${2020 + (Math.floor(n / 12) % 6)}-${month}-15`;
    const newsletter = node(`newsletter:synthetic-${n}`, 'Newsletter', {
      source: file,
      shape: 'pdf-text',
      date,
      dateInferred: false,
      periodFrom: null,
      periodTo: date,
    });
    for (let e = 1; e <= 30; e++) {
      const section = e <= 5 ? 'top' : e <= 17 ? 'policy-news' : 'corporate-news';
      const entry = node(`entry:synthetic-${n}:${section}:${e}`, 'Entry', {
        section,
        rank: e,
        headline: `Headline ${n}.${e}`,
        date,
        text: `Text of entry ${e} in newsletter ${n}`,
      });
      edge('PUBLISHED_IN', entry, newsletter);
      if (section === 'corporate-news') {
        for (let f = 0; f < 2; f++)
          edge('MENTIONS', entry, node(`firm:synthetic-firm-${Math.floor(rnd() * 5000)}`, 'Firm', { name: `Firm ${f}`, aliases: [] }));
        continue;
      }
      const title = `Synthetic policy ${n}-${e}`;
      const policy = node(`policy:synthetic-policy-${n}-${e}`, 'Policy', { title, titleZh: null, date, draft: rnd() < 0.2, stub: false });
      edge('COVERS', entry, policy);
      for (let a = 0; a < 1 + Math.floor(rnd() * 3); a++) {
        const agency = pick(agencyRegistry);
        edge(
          'ISSUED_BY',
          policy,
          node(`agency:${agency.key.toLowerCase()}`, 'Agency', {
            name: agency.name,
            abbreviation: agency.abbreviations[0] ?? null,
            nameZh: agency.nameZh,
            level: agency.level,
            registered: true,
          }),
          { lead: a === 0 },
        );
      }
      const sector = pick(sectorVocabulary);
      edge('IN_SECTOR', policy, node(`sector:${sector.key}`, 'Sector', { name: sector.name }));
      if (section === 'top') {
        for (let t = 0; t < 4; t++) {
          const text = `Target ${t} of ${title}`;
          edge(
            'SETS_TARGET',
            policy,
            node(`target:synthetic-${n}-${e}:${createHash('sha1').update(text).digest('hex').slice(0, 10)}`, 'Target', { text, year: 2025 + t }),
          );
        }
        if (policyKeys.length > 0 && rnd() < 0.5) {
          edge(
            'BUILDS_ON',
            policy,
            { key: pick(policyKeys), label: 'Policy' },
            { relation: 'based-on', evidence: 'It builds on an earlier plan.', cue: 'builds on' },
          );
        }
      }
      policyKeys.push(policy.key);
    }
    // An edge into an earlier newsletter's policy needs that node in this newsletter's facts too.
    for (const e of edges.filter((x) => x.type === 'BUILDS_ON')) {
      if (!byKey.has(e.to.key)) node(e.to.key, 'Policy', { title: `Earlier policy ${e.to.key}`, titleZh: null, date: null, draft: false, stub: true });
    }
    total += nodes.length + edges.length;
    out.push({ file, nodes, edges, digest: createHash('sha256').update(`${seed}:${n}`).digest('hex') });
  }
  return out;
}
