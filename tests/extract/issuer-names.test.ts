/**
 * Issuing bodies named in the prose as other authors name them — full names with or without their
 * abbreviation, "&" for "and", "IT", "watchdog", a journalist's "industry ministry", a name without its "of China" —
 * resolved to the registry's bodies, in either shape, when no "Issuing bodies:" line is printed.
 */
import { describe, expect, it } from 'vitest';
import { extractText, nodesOf, outgoing } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';

const GLANCES: [string, string[]][] = [
  ['The Central Committee of the Chinese Communist Party (CCP) and the State Council released guidelines on data markets.', ['ccp_cc', 'state_council']],
  ['The Ministry of Industry & Information Technology published measures for robots.', ['miit']],
  // "IT" for "Information Technology", "watchdog" for "regulator", inside a body's name.
  ['The Ministry of Industry & IT published measures for robots.', ['miit']],
  ["China's internet watchdog released draft rules on generative AI.", ['cac']],
  // An abbreviation in the writer's letters' case; but "Most" is a word.
  ['Mofcom and the MoST published measures on technology exports.', ['mofcom', 'most']],
  ['Most ministries, led by the NDRC, published measures on energy.', ['ndrc']],
  // A body in the opening phrase of place or time is no issuer; the subject after it is.
  ['Following a State Council executive meeting, the MIIT issued a plan on robots.', ['miit']],
  ['At a meeting chaired by the NDRC, the MIIT and the MOF released a plan on robots.', ['miit', 'mof']],
  ["China's top economic planner, the National Development and Reform Commission, released a plan on hydrogen.", ['ndrc']],
  ['The NDRC and the National Energy Administration (NEA) jointly issued a plan on new energy storage.', ['nea', 'ndrc']],
  ['The Cyberspace Administration released draft rules on generative AI.', ['cac']],
  ["The People's Bank of China and the CSRC issued opinions on fintech.", ['csrc', 'pboc']],
  ['Beijing’s industry ministry released a plan on humanoid robots.', ['miit']],
  ['The Science Ministry and the Finance Ministry issued a plan on basic research funding.', ['mof', 'most']],
  ['The Ministry of Ecology and Environment (MEE) published rules on carbon markets.', ['mee']],
  // A body named as it was before it was renamed.
  ['The National Health Commission and the State Administration of Traditional Chinese Medicine issued a plan on hospitals.', ['natcm', 'nhc']],
  // A body whose name holds another's is itself, not the other.
  ['The State Council Information Office (SCIO) released a white paper on energy.', ['scio']],
  // … also where a shorter name found first starts before it: "China's State Council" inside "China's State Council Information Office".
  ["China's State Council Information Office published a white paper on energy.", ['scio']],
  ["The State Council's Information Office published a white paper on energy.", ['scio']],
  ['MIIT, together with the MOF and MOST, released a plan on quantum computing.', ['miit', 'mof', 'most']],
  // A body elected for a term is itself with its term's ordinal; the abbreviation of the body it belongs to names no second one.
  ["The Standing Committee of the 13th National People's Congress (NPC) adopted a law on rural revitalization.", ['npcsc']],
  ['The 20th CPC Central Committee issued a decision on deepening reform.', ['ccp_cc']],
  // A body "of" the body it belongs to is that one body.
  ['The Political Bureau of the CPC Central Committee issued a decision on birth policy.', ['politburo']],
  // A first sentence that names no body: the first later one whose bodies put out a document names them.
  ['Two recent documents touch on the state’s role. The MIIT and three other agencies published a notice on SMEs.', ['miit']],
];

describe('issuing bodies in other authors’ words', () => {
  it.each(GLANCES)('reads "%s" as issued by %j', (glance, issuers) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [{ ...oneEntry, glance, issuers: undefined, article: undefined, comment: undefined }] }));
      const [policy] = nodesOf(graph, 'Policy');
      expect(
        outgoing(graph, policy!.key, 'ISSUED_BY')
          .map((e) => e.key.replace(/^agency:/, ''))
          .sort(),
      ).toEqual([...issuers].sort());
    }
  });
});

/** Policy news items whose acting body the registry does not know: named as a body, it is one. */
const NEWS: [string, string[]][] = [
  [
    "October 9: The Supreme People's Arbitration Court published guidelines on intellectual property cases (SPAC notice (CN))",
    ["Supreme People's Arbitration Court"],
  ],
  ['October 10: The Hong Kong Monetary Authority issued rules for stablecoin issuers (HKMA notice (EN))', ['Hong Kong Monetary Authority']],
  [
    'October 11: The Beijing Municipal Science and Technology Commission launched a fund for quantum start-ups (Beijing government notice (CN))',
    ['Beijing Municipal Science and Technology Commission'],
  ],
  [
    'October 13: The State Anti-Fraud Procuratorate and the Ministry of Public Security issued guidelines on telecom fraud (SAFP notice (CN))',
    ['State Anti-Fraud Procuratorate'],
  ],
  // A local congress's standing committee is one body, not it and its congress.
  [
    "October 21: The Standing Committee of the Beijing Municipal People's Congress adopted rules on driverless cars (Beijing notice (CN))",
    ["Standing Committee of the Beijing Municipal People's Congress"],
  ],
  // A commission "of" a registered body is a body of its own.
  [
    'October 20: The Anti-monopoly Commission of the State Council issued guidelines for platforms (SAMR notice (CN))',
    ['Anti-monopoly Commission of the State Council'],
  ],
  // … or named after its owner's possessive, which is no part of its name.
  [
    "October 22: The State Council's Financial Stability and Development Committee issued rules on margin lending (Xinhua article (EN))",
    ['Financial Stability and Development Committee of the State Council'],
  ],
  ['October 23: The State Council Tariff Commission issued tariffs on POM copolymers (MOFCOM notice (CN))', ['Tariff Commission of the State Council']],
  ["October 14: Wuhan's municipal government released measures for optical chips (Wuhan government notice (CN))", ["Wuhan Municipal People's Government"]],
  // A known place's government named without its level, at the level its place has.
  ['October 15: Authorities in Chongqing unveiled subsidies for car buyers (Chongqing notice (CN))', ["Chongqing Municipal People's Government"]],
  [
    'October 16: Inner Mongolia authorities issued rules on power prices for data centres (Xinhua article (EN))',
    ["Inner Mongolia Regional People's Government"],
  ],
  ['October 19: Authorities in Xi’an unveiled a plan for drones (Xinhua article (EN))', ["Xi'an Municipal People's Government"]],
  ['October 17: The Sichuan government published a hydropower plan (Sichuan notice (CN))', ["Sichuan Provincial People's Government"]],
  // "The Ministry" alone names no body in particular.
  ['October 18: The Ministry suspended the release of records (Xinhua article (EN))', []],
  // A meeting where someone spoke, opening the sentence, acted in no name; the body after it does.
  ['October 18: At the 19th Party Congress, Xi Jinping called for a strong manufacturing nation (Xinhua article (EN))', []],
  [
    'October 19: During the Canton Fair, the Guangdong Provincial Bureau of Commerce announced a port plan (Xinhua article (EN))',
    ['Guangdong Provincial Bureau of Commerce'],
  ],
  // Registered bodies stay as they are; a body named after the verb did not act.
  ['October 12: MIIT released a plan for the Shenzhen Municipal Bureau of Industry (MIIT notice (CN))', []],
];

describe('a local government printed in several ways', () => {
  it('is one body by its official name, whether it issued a TOP document or acted in a news item', () => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const text = shape({
        top: [{ ...oneEntry, issuers: 'Tianjin Municipal People’s Government' }],
        policyNews: [
          'October 9: Tianjin authorities capped steel output (Tianjin notice (CN))',
          'October 10: The Tianjin municipal government opened a port fund (Xinhua)',
        ],
      });
      const tianjin = nodesOf(extractText(text), 'Agency').filter((a) => a.name.startsWith('Tianjin'));
      expect(tianjin.map((a) => a.name)).toEqual(["Tianjin Municipal People's Government"]);
    }
  });
});

describe('acting bodies the registry does not know', () => {
  it.each(NEWS)('reads "%s" as issued by the unregistered %j', (item, bodies) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [oneEntry], policyNews: [item] }));
      const unregistered = nodesOf(graph, 'Agency').filter((a) => !a.registered);
      expect(unregistered.map((a) => a.name)).toEqual(bodies);
      for (const a of unregistered) expect(graph.inEdges(a.key).map((e) => graph.getEdgeAttributes(e).kind)).toContain('ISSUED_BY');
    }
  });
});

/** How news writers call bodies the registry knows: by their role ("China's top economic planner"), a city's government by its place. */
const DESCRIBED: [string, string][] = [
  ["October 15: China's top economic planner released guidelines on private investment (Reuters article (EN))", 'ndrc'],
  ["October 16: China's cyberspace regulator released rules on facial recognition (CAC notice (CN))", 'cac'],
  ['October 17: The market regulator fined a platform for price gouging (SAMR notice (CN))', 'samr'],
  ['October 18: The securities regulator published rules on share buybacks (CSRC notice (CN))', 'csrc'],
  ["October 19: China's cabinet approved a plan on elderly care (Xinhua article (EN))", 'state_council'],
  ["October 20: The country's top planner and the energy regulator issued a notice on power markets (Xinhua article (EN))", 'nea'],
  ["October 26: China's treasury issued a notice on subsidies for small firms (Xinhua article (EN))", 'mof'],
  ['October 27: President Xi Jinping presided over a Politburo meeting on AI (Xinhua article (EN))', 'politburo'],
  ['October 28: The Standing Committee of the NPC adopted the revised Anti-Unfair Competition Law (NPC notice (CN))', 'npcsc'],
  // A standing committee after its congress's name.
  ["October 29: The National People's Congress Standing Committee passed the Energy Law (NPC notice (CN))", 'npcsc'],
  ['October 21: The customs administration reported record exports of electric vehicles (Reuters article (EN))', 'gacc'],
  ['October 22: Guangdong provincial authorities unveiled subsidies for humanoid robots (Guangdong notice (CN))', 'guangdong_gov'],
  ['October 29: Shanghai authorities released a plan on embodied AI (Shanghai notice (CN))', 'shanghai_gov'],
  // A known place alone as the subject acts through its government.
  ['October 30: Guangdong Province released a plan to build robot factories (Nanfang Daily article (CN))', 'guangdong_gov'],
  ['October 31: Shenzhen issued rules on drone deliveries (Xinhua article (EN))', 'shenzhen_gov'],
  // A role the registry cannot place ("the banking regulator" was two bodies in turn): the citation names whose notice it is.
  ['October 23: The banking regulator told lenders to support private firms (NFRA notice (CN))', 'nfra'],
  ['October 24: The regulator approved the first data-asset securitisation pilots (CSRC notice (CN); Caixin article (EN))', 'csrc'],
];

describe('bodies named by their role in news items', () => {
  it('takes no body from a citation when the subject names none by its role', () => {
    const item = 'October 25: Xiaomi delivered its first SUV to customers (MIIT notice (CN))';
    const graph = extractText(markdownSnippet({ top: [oneEntry], policyNews: [item] }));
    const entry = nodesOf(graph, 'Entry').find((e) => e.section === 'policy-news')!;
    expect(outgoing(graph, entry.key, 'MENTIONS').map((e) => e.key)).not.toContain('agency:miit');
  });

  it('takes "Beijing" alone for the centre, not for its city government', () => {
    const item = 'October 25: Beijing issued export controls on drone parts (Xinhua article (EN))';
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [oneEntry], policyNews: [item] }));
      expect(nodesOf(graph, 'Agency').map((a) => a.key)).not.toContain('agency:beijing_gov');
    }
  });

  it.each(DESCRIBED)('reads "%s" as %s', (item, key) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [oneEntry], policyNews: [item] }));
      const entry = nodesOf(graph, 'Entry').find((e) => e.section === 'policy-news')!;
      const covered = outgoing(graph, entry.key, 'COVERS').map((c) => c.key);
      const bodies = [...covered.flatMap((p) => outgoing(graph, p, 'ISSUED_BY')), ...outgoing(graph, entry.key, 'MENTIONS')].map((e) => e.key);
      expect(bodies).toContain(`agency:${key}`);
    }
  });
});

describe('a registered body the issuer line abbreviates in its own way', () => {
  it('is that one body, not a second one called by the abbreviation', () => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const issuers = 'Ministry of Commerce (MOFCOM), General Administration of Customs (GAC)';
      const graph = extractText(shape({ top: [{ ...oneEntry, issuers }] }));
      const [policy] = nodesOf(graph, 'Policy').filter((p) => p.title === 'Action Plan for Computing Power Infrastructure');
      expect(
        outgoing(graph, policy!.key, 'ISSUED_BY')
          .map((e) => e.key)
          .sort(),
      ).toEqual(['agency:gacc', 'agency:mofcom']);
    }
  });
});
