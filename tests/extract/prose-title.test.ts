/** The covered document's title from the summary, when no "Policy name:" / "Article:" line is printed. */
import { describe, expect, it } from 'vitest';
import { titleFromProse } from '../../src/extract/language/prose-title.ts';
import { extractText, nodesOf, policiesFromSummary } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';

describe('a document title read from the prose', () => {
  it.each([
    [
      'On March 3, the Ministry of Industry and Information Technology (MIIT) released the Action Plan for Sodium-ion Battery Industry Development (钠离子电池产业发展行动计划), which sets targets.',
      'Action Plan for Sodium-ion Battery Industry Development',
      '钠离子电池产业发展行动计划',
    ],
    [
      'The State Council has issued the Guiding Opinions on Promoting Digital Trade, calling for faster opening.',
      'Guiding Opinions on Promoting Digital Trade',
      null,
    ],
    ['China’s top legislature passed the revised Foreign Trade Law on Friday.', 'Foreign Trade Law', null],
    // A comma after the kind ends the title: what follows describes it.
    ["The NPC Standing Committee adopted the Energy Law, China's first comprehensive law on energy.", 'Energy Law', null],
    [
      'The Measures for the Security Assessment of Data Exports were published by the CAC last week.',
      'Measures for the Security Assessment of Data Exports',
      null,
    ],
    [
      'Seven ministries led by the NDRC jointly issued the Implementation Plan for Green Hydrogen (2025-2030). It follows the 14th Five-Year Plan.',
      'Implementation Plan for Green Hydrogen (2025-2030)',
      null,
    ],
    // The document as the subject of its coming into force.
    [
      'The Interim Measures for the Management of Generative AI Services took effect on 15 August.',
      'Interim Measures for the Management of Generative AI Services',
      null,
    ],
    // A body reviews a draft, or puts a document into force.
    [
      "The National People's Congress (NPC) reviewed the draft Outline of the 14th Five-Year Plan for National Economic and Social Development.",
      'Outline of the 14th Five-Year Plan for National Economic and Social Development',
      null,
    ],
    [
      'The Ministry of Ecology and Environment put into force the Measures for the Administration of Carbon Emissions Trading (Trial).',
      'Measures for the Administration of Carbon Emissions Trading (Trial)',
      null,
    ],
    // Named in a later sentence, brought in by a verb of its own.
    [
      'Beijing moved on generative AI. Seven agencies led by the CAC signed off on the Interim Measures for the Management of Generative AI Services.',
      'Interim Measures for the Management of Generative AI Services',
      null,
    ],
    // Put out in an aside after the title, or in a clause before it that ends in a comma.
    ["The MIIT's new Action Plan for Robots, released on 3 March, sets targets for 2025.", 'Action Plan for Robots', null],
    ['Released on 3 March by the MIIT, the Action Plan for Robots sets targets for 2025.', 'Action Plan for Robots', null],
    ['The Action Plan for Robots, which the MIIT released on 19 February, takes effect in May.', 'Action Plan for Robots', null],
    // A date after "on" or "in", or in brackets, dates the title and is no part of it.
    ['The MIIT released the Action Plan for Robots on 19 February.', 'Action Plan for Robots', null],
    ['The MIIT released the Action Plan for Robots in March 2022 after a long wait.', 'Action Plan for Robots', null],
    ['The MIIT released the Action Plan for Robots (February 19).', 'Action Plan for Robots', null],
    // … but a title the sentence brings in later is the one it is about.
    ['After the Data Security Law, released in 2021, the MIIT issued the Measures for Data Grading.', 'Measures for Data Grading', null],
    // A title that ends on the body it is about; a body that opens the name makes no title of it.
    [
      "The People's Bank of China (PBOC) released the draft revision of the Law of the People's Republic of China on the People's Bank of China for public comment.",
      "Law of the People's Republic of China on the People's Bank of China",
      null,
    ],
    [
      "The NPC adopted the Regulations on the National Development and Reform Commission's Price Checks.",
      "Regulations on the National Development and Reform Commission's Price Checks",
      null,
    ],
    // The Chinese title may hold brackets of its own.
    [
      'The SAMR released for comment the draft Provisions on Prohibiting the Abuse of Intellectual Property Rights (关于禁止滥用知识产权的规定（征求意见稿）).',
      'Provisions on Prohibiting the Abuse of Intellectual Property Rights',
      '关于禁止滥用知识产权的规定（征求意见稿）',
    ],
    // A description that runs up to a Chinese title is the whole name, its commas too.
    [
      'The MIIT and three other agencies published a notice on a special action for innovation of large, medium-sized and small enterprises (关于促进大中小企业融通创新的通知) on 21 March.',
      'Notice on a special action for innovation of large, medium-sized and small enterprises',
      '关于促进大中小企业融通创新的通知',
    ],
  ])('%s', (text, title, titleZh) => {
    expect(titleFromProse(text)).toMatchObject({ title, titleZh });
  });

  it.each([
    'China wants more robots in its factories. MIIT aims to double robot density by 2025.',
    // Named, but not introduced: a reference, not the covered document.
    'Robot density is still low, as the 14th Five-Year Plan notes.',
    // An agency is not a document.
    'The National Data Administration was launched in 2023 and released nothing yet.',
    'The State Council approved the National Development and Reform Commission.',
  ])('finds none in "%s"', (text) => {
    expect(titleFromProse(text)).toBeNull();
  });

  it('titles the policy of an entry without a "Policy name:" line by its document, never its headline, in either shape', () => {
    const entry = {
      ...oneEntry,
      headline: 'Beijing bets on sodium-ion batteries',
      glance:
        'The Ministry of Industry and Information Technology (MIIT) released the Action Plan for Sodium-ion Battery Industry Development (钠离子电池产业发展行动计划) on March 3.',
      article: undefined,
      comment: undefined,
    };
    for (const text of [pdfSnippet({ top: [entry] }), markdownSnippet({ top: [entry] })]) {
      const titles = nodesOf(extractText(text), 'Policy').map((p) => [p.title, p.titleZh]);
      expect(titles).toContainEqual(['Action Plan for Sodium-ion Battery Industry Development', '钠离子电池产业发展行动计划']);
      expect(titles.map(([t]) => t)).not.toContain('Beijing bets on sodium-ion batteries');
    }
  });
});

describe('a law named after the body it governs', () => {
  it('titles the entry by the law, a draft, in every shape', () => {
    const glance =
      "The People's Bank of China (PBOC) released the draft revision of the Law of the People's Republic of China on the People's Bank of China for public comment.";
    const entry = { ...oneEntry, glance, bullets: [], article: undefined, issuers: undefined, comment: undefined };
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const policies = nodesOf(extractText(shape({ top: [entry] })), 'Policy').map((p) => [p.title, p.draft]);
      expect(policies).toContainEqual(["Law of the People's Republic of China on the People's Bank of China", true]);
    }
  });
});

describe('a document named only by its kind and subject', () => {
  it.each([
    ['The CCP Central Committee and the State Council released guidelines on data markets.', 'Guidelines on data markets', false],
    ['MIIT released a plan on humanoid robots, which sets targets for 2027.', 'Plan on humanoid robots', false],
    ['MIIT, together with six other ministries, unveiled an action plan for the metaverse.', 'Action plan for the metaverse', false],
    ['The CAC released draft rules on generative AI.', 'Rules on generative AI', true],
    // The day it came out, inside or after its words, is no part of its name.
    ['The State Council approved an action plan on 31 December to improve the recycling system.', 'Action plan to improve the recycling system', false],
    ['MIIT released guidelines on data markets on March 3, 2025.', 'Guidelines on data markets', false],
    ['China’s State Council Information Office released a white paper on energy.', 'White paper on energy', false],
    // The subject of its coming into force; who issued it is no part of its name.
    ['New rules on generative AI from the Cyberspace Administration of China took effect on 15 August.', 'Rules on generative AI', false],
    ['Measures on data labelling by the National Data Administration came into force in May.', 'Measures on data labelling', false],
    // The last noun of a compound is the kind: not a document called "Policy".
    ['The Ministry of Commerce released a policy framework for services trade that seeks to open markets.', 'Policy framework for services trade', false],
    ['NDRC and five other agencies unveiled a blueprint for the low-altitude economy.', 'Blueprint for the low-altitude economy', false],
    // A bracketed abbreviation belongs to what it abbreviates; the plan is the sector's, not the national one.
    [
      'MIIT issued a 15th Five-Year Plan (FYP) for the new energy vehicle (NEV) industry. It sets targets for 2030.',
      '15th Five-Year Plan for the new energy vehicle industry',
      false,
    ],
    // A long description cut short ends on a content word, never on "over".
    [
      'MIIT released a plan to guide the adoption of industrial robots by small and medium-sized manufacturers across all provinces over the next five years.',
      'Plan to guide the adoption of industrial robots by small and medium-sized manufacturers',
      false,
    ],
    [
      'The Central Committee adopted draft proposals for the formulation of the 15th Five-Year Plan – the blueprint for 2026 to 2030.',
      'Proposals for the formulation of the 15th Five-Year Plan',
      true,
    ],
    // Named after its verb: in the passive, or as a participle.
    ['A new set of measures to attract foreign investment was announced by the Ministry of Commerce.', 'Measures to attract foreign investment', false],
    ['According to a work plan published by the Ministry of Ecology and Environment, the carbon market will cover steel.', 'Work plan', false],
    // A singular kind; a clause after the description that says something else is no part of it.
    ['Six ministries, led by the MIIT, issued an opinion on accelerating the low-altitude economy.', 'Opinion on accelerating the low-altitude economy', false],
    [
      'MIIT has drafted standards for the safety of electric bicycle batteries and is seeking public comment until May 1.',
      'Standards for the safety of electric bicycle batteries',
      true,
    ],
    // The summary may open with context: the document is introduced in a later sentence.
    [
      'Two recent documents touch on the state’s role as a matchmaker. MIIT and three other agencies published a notice on promoting integration between SMEs and multinationals.',
      'Notice on promoting integration between SMEs and multinationals',
      false,
    ],
    // A document named by its kind alone is told apart by what the text says it does, or says.
    [
      'China’s treasury issued a notice that a key program supporting high-tech small firms should, during 2024-2026, focus on key industrial chains.',
      'Notice that a key program supporting high-tech small firms',
      false,
    ],
    [
      'On March 5, the State Council released a policy outline that maps out how to build a unified national market by 2035.',
      'Policy outline that maps out how to build a unified national market',
      false,
    ],
    // Any verb that puts a document out brings it in, in the past or the present: "handed down", "lays out", "signs off on".
    [
      "The State Council's General Office handed down opinions on accelerating the development of the silver economy.",
      'Opinions on accelerating the development of the silver economy',
      false,
    ],
    ['In a joint notice, the NDRC and the NEA laid out a plan for new energy storage.', 'Plan for new energy storage', false],
    ['The Ministry of Commerce sets out measures to stabilise foreign trade.', 'Measures to stabilise foreign trade', false],
    ['The CAC rolled out rules governing generative AI services, its second set this year.', 'Rules governing generative AI services', false],
    ['The MIIT released instructions on the industrial internet activity for 2025.', 'Instructions on the industrial internet activity for 2025', false],
    [
      'The MIIT published a notice on a special action for innovation of large, medium-sized and small enterprises (关于促进大中小企业融通创新的通知) on 21 March.',
      'Notice on a special action for innovation of large, medium-sized and small enterprises',
      false,
    ],
    // A comma that opens another clause ends the description; the Chinese title is the other document's.
    ['The MIIT published guidelines on SMEs, and the NDRC a plan on drones (无人机发展规划).', 'Guidelines on SMEs', false],
  ])('titles "%s" by the document it describes, never the headline', (glance, title, draft) => {
    for (const policies of policiesFromSummary(glance)) expect(policies).toEqual([[title, draft]]);
  });

  it.each([
    ['MOFCOM announced export controls on seven rare earth elements, including samarium and dysprosium.', 'Export controls on seven rare earth elements'],
    ['The MOF announced an extension of the tax exemption for new energy vehicles.', 'Extension of the tax exemption for new energy vehicles'],
    ['SAMR launched an antitrust probe into a chip maker.', 'Antitrust probe into a chip maker'],
    // A list a body adds names to is what it acts through.
    ['The MOST added Qorvix and Tambera to its list of national AI open innovation platforms.', 'List of national AI open innovation platforms'],
    ['MOFCOM put 11 US defence firms on its unreliable entity list on Friday.', 'Unreliable entity list'],
  ])('titles "%s" by the measure it brings in, when it names no document', (glance, title) => {
    for (const policies of policiesFromSummary(glance)) expect(policies).toEqual([[title, false]]);
  });

  it('falls back to the headline only when the prose names no document', () => {
    for (const policies of policiesFromSummary('MIIT released new figures on industrial output.')) expect(policies).toEqual([[oneEntry.headline, false]]);
  });
});

describe('the day a summary says its document came out', () => {
  it.each([
    ['The MOST released the "Management Measures for Special Funds" on October 20. The measures reorganise funding.', '2023-10-20'],
    ['On 3 October, MIIT issued the Action Plan for Robots.', '2023-10-03'],
    // "dated", a weekday's day in brackets, a day in brackets after the title, a day after "on" that ends the title.
    ['MIIT released the Action Plan for Robots, dated October 19.', '2023-10-19'],
    ['On Monday (October 16), MIIT released the Action Plan for Robots.', '2023-10-16'],
    ['MIIT released the Action Plan for Robots (October 19).', '2023-10-19'],
    ['MIIT released the Action Plan for Robots on 19 October.', '2023-10-19'],
    // The day a body added names to its list.
    ['The MOST added Qorvix to its list of national AI open innovation platforms on 11 October.', '2023-10-11'],
    // The day it takes effect, or any other day, is not the day it came out.
    ['The State Council passed the Regulations on Mineral Resource Security, which take effect on June 1.', null],
    ['MIIT released the Action Plan for Robots. It will be discussed at a meeting on March 5.', null],
  ])('dates the document of "%s" %s, given no date field, in every shape', (glance, date) => {
    const entry = { ...oneEntry, glance, article: undefined, date: undefined };
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ header: 'November 14, 2023', top: [entry] }));
      const covered = nodesOf(graph, 'Policy').filter((p) => !p.stub);
      expect(covered.map((p) => p.date)).toEqual([date]);
    }
  });
});
