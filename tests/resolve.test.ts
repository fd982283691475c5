/** One node per real policy: which mentions are joined, on what evidence, and which stay apart. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJudgements, recordJudgement, undoLastJudgement } from '../src/resolve/judgements.ts';
import { documentAddress } from '../src/extract/language/document-address.ts';
import { normaliseChineseTitle, resolvePolicies } from '../src/resolve/policies.ts';
import { mergeFragments } from '../src/resolve/merge.ts';
import { defaultRegistries, registriesWith } from '../graph-schema/registry.ts';
import { extractSeeds, extractText, nodesOf, parseText, readSeed, outgoing } from './helpers/extract.ts';
import { oneEntry, pdfSnippet } from './helpers/snippets.ts';

describe('official document addresses', () => {
  it('reads the same MIIT page through a web archive and a mobile host as one address', () => {
    const archived = 'https://web.archive.org/web/20240226180225/https:/www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2022/art_e0f06662e37140808d43d7735e9d9fd3.html';
    const mobile = 'https://wap.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2022/art_e0f06662e37140808d43d7735e9d9fd3.html';
    expect(documentAddress(archived)).toEqual({ address: 'miit.gov.cn/art_e0f06662e37140808d43d7735e9d9fd3', host: 'miit.gov.cn', year: 2022 });
    expect(documentAddress(mobile)?.address).toBe(documentAddress(archived)?.address);
  });

  it('gives no address to news sites or pages without a document id', () => {
    expect(documentAddress('https://www.scmp.com/economy/article/3228747/data-security')).toBeNull();
    expect(documentAddress('https://www.miit.gov.cn/index.html')).toBeNull();
  });

  it('keeps the links printed with each TOP entry of a PDF', () => {
    const doc = parseText(readSeed('000_5c9ad854df6ca4fd.txt'));
    expect(doc.top[2]!.links.at(-1)?.url).toContain('art_b79941ed6485425790bfaf257dc6e4d3');
    expect(doc.top[2]!.links.map((l) => l.url)).toContain('https://wap.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2022/art_e0f06662e37140808d43d7735e9d9fd3.html');
  });
});

describe('Chinese titles', () => {
  it('drops the 关于印发…的通知 wrapper, book-title marks and spaces', () => {
    expect(normaliseChineseTitle('工业和信息化部关于印发《工业领域数据安全能力提升实施方案（2024-2026 年）》的通知')).toBe(
      '工业领域数据安全能力提升实施方案(2024-2026年)',
    );
  });
});

describe('resolving the seeds', () => {
  it('joins the MIIT data-security measures of 2022 that the 2023 and 2024 issues name differently, by their address', () => {
    const graph = extractSeeds();
    const { merges } = resolvePolicies(graph);
    expect(merges).toContainEqual(expect.objectContaining({ evidence: 'document-address', value: 'miit.gov.cn/art_e0f06662e37140808d43d7735e9d9fd3' }));
    const measures = nodesOf(graph, 'Policy').filter((p) => p.documentAddresses.includes('miit.gov.cn/art_e0f06662e37140808d43d7735e9d9fd3'));
    expect(measures).toHaveLength(1);
    expect(new Set(measures[0]!.sources.map((s) => s.file))).toEqual(new Set(['000_5c9ad854df6ca4fd.txt', '002_8fbbe9e79d06b95a.txt']));
    expect(measures[0]!.mergedBy).toEqual([expect.stringMatching(/^document-address miit\.gov\.cn\/art_e0f0.* ← policy:/)]);
    const citing = graph
      .inNeighbors(measures[0]!.key)
      .map((k) => graph.getNodeAttributes(k))
      .filter((a) => a.kind === 'Policy');
    expect(citing).toHaveLength(2);
  });

  it('proposes alike titles as candidates without merging them', () => {
    const graph = extractSeeds();
    const before = nodesOf(graph, 'Policy').length;
    const { candidates, merges } = resolvePolicies(graph);
    expect(candidates.length).toBeGreaterThan(0);
    expect(nodesOf(graph, 'Policy')).toHaveLength(before - merges.length);
  });
});

describe('resolving small pairs', () => {
  const entry = (article: string, date = 'March 3, 2023') => pdfSnippet({ top: [{ ...oneEntry, article, date }] });

  it('joins two newsletters’ mentions with the same Chinese title, whatever the English', () => {
    const a = extractText(entry('Action Plan on Robots (关于印发《机器人行动计划》的通知) (Link)'), 'a.txt');
    const b = extractText(entry('Robotics Action Plan (机器人行动计划) (Link)'), 'b.txt');
    const graph = mergeFragments([a, b]);
    expect(resolvePolicies(graph).merges).toEqual([expect.objectContaining({ evidence: 'chinese-title', value: '机器人行动计划' })]);
  });

  it('joins two mentions that link the same official page, whatever their titles', () => {
    const withLink = (article: string, url: string) => entry(article).replace('https://www.example.org/news/entry-1.html', url);
    const a = extractText(withLink('Rules on Robots (Link)', 'https://www.miit.gov.cn/zwgk/art/2023/art_0123456789abcdef0123.html'), 'a.txt');
    const b = extractText(
      withLink('Robot Regulations (Link)', 'https://web.archive.org/web/2024/https:/wap.miit.gov.cn/x/art/2023/art_0123456789abcdef0123.html'),
      'b.txt',
    );
    const graph = mergeFragments([a, b]);
    expect(resolvePolicies(graph).merges).toEqual([expect.objectContaining({ evidence: 'document-address', value: 'miit.gov.cn/art_0123456789abcdef0123' })]);
  });

  it('joins the same official English title written with a leading article', () => {
    const a = extractText(entry('Action Plan for Robots (Link)'), 'a.txt');
    const b = extractText(entry('The Action Plan for Robots (Link)'), 'b.txt');
    const graph = mergeFragments([a, b]);
    expect(nodesOf(graph, 'Policy').filter((p) => !p.stub)).toHaveLength(2);
    expect(resolvePolicies(graph).merges.map((m) => m.evidence)).toEqual(['english-title']);
  });

  it('joins names the alias registry ties together', () => {
    const a = extractText(pdfSnippet({ top: [{ ...oneEntry, comment: 'It serves the Made in China 2025 strategy.' }] }), 'a.txt');
    const b = extractText(pdfSnippet({ top: [{ ...oneEntry, comment: 'It recalls MIC 2025.' }] }), 'b.txt');
    const graph = mergeFragments([a, b]);
    resolvePolicies(graph);
    expect(nodesOf(graph, 'Policy').filter((p) => p.title.includes('2025'))).toEqual([expect.objectContaining({ title: 'Made in China 2025' })]);
  });

  it('joins by the aliases of the registries it is given, not only the shipped ones', () => {
    const pair = () =>
      mergeFragments([extractText(entry('Action Plan for Robot Density (Link)'), 'a.txt'), extractText(entry('Robot Density Plan (Link)'), 'b.txt')]);
    const registries = registriesWith({ policyAliases: [...defaultRegistries.policyAliases, ['Action Plan for Robot Density', 'Robot Density Plan']] });
    const shipped = pair();
    expect(resolvePolicies(shipped, []).merges).toEqual([]);
    const given = pair();
    expect(resolvePolicies(given, [], registries).merges.map((m) => m.evidence)).toEqual(['alias']);
    expect(nodesOf(given, 'Policy').filter((p) => p.title.includes('Robot'))).toHaveLength(1);
  });

  it('keeps two different Action Plans of 2023 apart', () => {
    const a = extractText(entry('Action Plan for Computing Power (算力行动计划) (Link)'), 'a.txt');
    const b = extractText(entry('Action Plan for Patent Commercialization (专利转化行动计划) (Link)'), 'b.txt');
    const graph = mergeFragments([a, b]);
    expect(resolvePolicies(graph).merges).toEqual([]);
    expect(nodesOf(graph, 'Policy').filter((p) => !p.stub)).toHaveLength(2);
  });

  it('does not join two described news-item documents that share a plain word', () => {
    const news = (item: string, file: string) => extractText(pdfSnippet({ top: [oneEntry], policyNews: [item] }), file);
    const graph = mergeFragments([
      news('May 3: MIIT released guidelines (MIIT notice)', 'a.txt'),
      news('May 9: CAC released guidelines (CAC notice)', 'b.txt'),
    ]);
    resolvePolicies(graph);
    const guidelines = nodesOf(graph, 'Policy').filter((p) => p.title === 'Guidelines');
    expect(guidelines).toHaveLength(2);
    expect(guidelines.map((g) => outgoing(graph, g.key, 'ISSUED_BY').map((i) => i.key))).toEqual([['agency:miit'], ['agency:cac']]);
  });
});

describe('policies named in passing', () => {
  it('makes "Made in China 2025" one node, mentioned from the 2024 issues however they write it', () => {
    const graph = extractSeeds();
    const mic = nodesOf(graph, 'Policy').filter((p) => p.title.startsWith('Made in China'));
    expect(mic.map((p) => p.title)).toEqual(['Made in China 2025']);
    const mentionedFrom = graph.inEdges(mic[0]!.key).map((e) => graph.source(e).split(':')[1]);
    expect(new Set(mentionedFrom)).toEqual(new Set(['002-8fbbe9e79d06b95a', '004-6115f178d9ec1a4d']));
  });

  it('mentions named laws and programmes, but not an agency or a kind of plan', () => {
    const graph = extractSeeds();
    const mentioned = nodesOf(graph, 'Policy').filter((p) => graph.inEdges(p.key).some((e) => graph.getEdgeAttributes(e).kind === 'MENTIONS'));
    const titles = mentioned.map((p) => p.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Cybersecurity Law', 'Belt and Road Initiative', 'Measures for the Security of Cross-Border Data Transfer']),
    );
    expect(titles.some((t) => /State Administration|^14th (?:FYP|Five-Year Plan \(FYP\))$/.test(t))).toBe(false);
  });

  it('keeps one link, the entry covering it, when an entry names its own document in short', () => {
    const text = pdfSnippet({
      top: [
        {
          ...oneEntry,
          glance: 'The Standing Committee of the National People’s Congress adopted the Data Security Law, which takes effect in September.',
          article: 'Data Security Law of the People’s Republic of China (中华人民共和国数据安全法) (Link)',
          issuers: 'NPCSC',
        },
      ],
    });
    const graph = mergeFragments([extractText(text, 'a.txt')]);
    resolvePolicies(graph);
    const law = nodesOf(graph, 'Policy').filter((p) => p.title.startsWith('Data Security Law'));
    expect(law).toHaveLength(1);
    expect(graph.inEdges(law[0]!.key).map((e) => graph.getEdgeAttributes(e).kind)).toEqual(['COVERS']);
  });
});

describe('the seeds, resolved', () => {
  const resolved = () => {
    const graph = extractSeeds();
    resolvePolicies(graph);
    return graph;
  };

  it('links the CAC’s 2021 draft on data export to the later final measures, keeping two nodes', () => {
    const graph = resolved();
    const draft = nodesOf(graph, 'Policy').find((p) => p.title === 'Measures for Data Export Security Evaluation (Draft for Comments)')!;
    const links = graph.inEdges(draft.key).map((e) => ({ from: graph.getNodeAttributes(graph.source(e)), edge: graph.getEdgeAttributes(e) }));
    expect(links).toContainEqual({
      from: expect.objectContaining({ title: 'Measures for the Security of Cross-Border Data Transfer', draft: false }),
      edge: expect.objectContaining({ kind: 'BUILDS_ON', relation: 'final-version-of' }),
    });
  });

  it('keeps MIIT one agency that issued policies in all five issues', () => {
    const graph = resolved();
    const issuedIn = new Set(
      graph
        .inEdges('agency:miit')
        .filter((e) => graph.getEdgeAttributes(e).kind === 'ISSUED_BY')
        .flatMap((e) => graph.getEdgeAttributes(e).sources.map((s) => s.file)),
    );
    expect(issuedIn).toEqual(
      new Set(['000_5c9ad854df6ca4fd.txt', '001_99a66f531def86f7.txt', '002_8fbbe9e79d06b95a.txt', '003_7562fd016d3ab02f.txt', '004_6115f178d9ec1a4d.txt']),
    );
    expect(nodesOf(graph, 'Agency').filter((a) => a.abbreviation === 'MIIT')).toHaveLength(1);
  });

  it('keeps the name the later issue uses, and the earlier one as an alias', () => {
    const graph = resolved();
    const measures = nodesOf(graph, 'Policy').find((p) => p.documentAddresses.includes('miit.gov.cn/art_e0f06662e37140808d43d7735e9d9fd3'))!;
    expect(measures.title).toBe('Trial Measures for the Management of Data Security in the Industrial Sector');
    expect(measures.aliases).toEqual(['Administrative Measures for Data Security in the Field of Industry and Information Technology']);
  });
});

describe('agencies and firms tied to each other', () => {
  it('places the National Data Bureau under the NDRC, as the registry says', () => {
    const graph = extractSeeds();
    expect(graph.hasEdge('PART_OF:agency:ndb->agency:ndrc')).toBe(true);
  });

  it('records the dated transfer of duties from MOST to MIIT that a news item reports', () => {
    const graph = extractSeeds();
    expect(graph.getEdgeAttributes('TRANSFERS_DUTIES_TO:agency:most->agency:miit')).toMatchObject({ date: '2023-10-13' });
  });

  it('links firms named as another’s unit or partner', () => {
    const graph = extractSeeds();
    const affiliations = graph
      .filterEdges((_e, a) => a.kind === 'AFFILIATED_WITH')
      .map((e) => `${graph.source(e)} ${(graph.getEdgeAttributes(e) as { relation: string }).relation} ${graph.target(e)}`)
      .sort();
    expect(affiliations).toEqual([
      'firm:daimler-truck partner-of firm:beijing-foton',
      'firm:dongfeng-motor-group partner-of firm:stellantis',
      'firm:i-mab-shanghai unit-of firm:i-mab',
      'firm:kyndryl unit-of firm:ibm',
      'firm:xiamen-air unit-of firm:china-southern-airlines',
    ]);
  });

  it('links no firms that merely appear in one sentence', () => {
    const graph = extractText(pdfSnippet({ top: [oneEntry], corporateNews: ['May 3: Airbus and Boeing both delivered jets to Air China (Reuters article)'] }));
    expect(graph.filterEdges((_e, a) => a.kind === 'AFFILIATED_WITH')).toEqual([]);
  });
});

describe('a person’s judgements', () => {
  const entry = (article: string) => pdfSnippet({ top: [{ ...oneEntry, article, date: 'March 3, 2023' }] });
  const at = '2026-11-27T10:00:00.000Z';

  it('keeps apart two mentions a person said differ, though their Chinese titles agree, and proposes them no more', () => {
    const pair = () =>
      mergeFragments([
        extractText(entry('Action Plan on Robots (机器人行动计划) (Link)'), 'a.txt'),
        extractText(entry('Robotics Action Plan (机器人行动计划) (Link)'), 'b.txt'),
      ]);
    const robots = (g: ReturnType<typeof pair>) => nodesOf(g, 'Policy').filter((p) => /Robot/.test(p.title));
    const [a, b] = robots(pair()).map((p) => p.key);
    const graph = pair();
    const { merges, candidates } = resolvePolicies(graph, [{ a: a!, b: b!, verdict: 'not-same', at }]);
    expect(merges).toEqual([]);
    expect(candidates).toEqual([]);
    expect(robots(graph)).toHaveLength(2);
  });

  it('joins two candidates a person said are one document, recording the judgement as the evidence', () => {
    const fragments = () => [
      extractText(entry('Action Plan for Robot Industry Development (Link)'), 'a.txt'),
      extractText(entry('Action Plan for Robot Industry Growth (Link)'), 'b.txt'),
    ];
    const { candidates } = resolvePolicies(mergeFragments(fragments()), []);
    expect(candidates).toHaveLength(1);
    const graph = mergeFragments(fragments());
    const { merges, candidates: left } = resolvePolicies(graph, [{ a: candidates[0]!.a, b: candidates[0]!.b, verdict: 'same', at }]);
    expect(merges).toEqual([expect.objectContaining({ evidence: 'judgement' })]);
    expect(left).toEqual([]);
    const robots = nodesOf(graph, 'Policy').filter((p) => /Robot/.test(p.title));
    expect(robots).toHaveLength(1);
    expect(robots[0]!.mergedBy[0]).toMatch(/^judgement policy:.* = policy:.* \(2026-11-27\)/);
  });

  it('are kept in a file: a later decision on a pair replaces the earlier, and the last can be taken back', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kg-judgements-')), 'judgements.json');
    recordJudgement('policy:a', 'policy:b', 'same', file);
    recordJudgement('policy:b', 'policy:a', 'not-same', file);
    recordJudgement('policy:c', 'policy:d', 'same', file);
    expect(readJudgements(file).map((j) => `${j.a} ${j.verdict} ${j.b}`)).toEqual(['policy:b not-same policy:a', 'policy:c same policy:d']);
    expect(undoLastJudgement(file)).toMatchObject({ a: 'policy:c', b: 'policy:d' });
    expect(readJudgements(file)).toHaveLength(1);
    expect(() => recordJudgement('policy:a', 'policy:a', 'same', file)).toThrow(/one key/);
  });
});
