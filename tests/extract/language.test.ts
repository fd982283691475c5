import { describe, expect, it } from 'vitest';
import { findFullDate, nearestYear, parseMonthDay } from '../../src/extract/dates.ts';
import { findAgencies, leadBodies, localAbbreviations, readIssuerList } from '../../src/extract/language/agencies.ts';
import { findFirms } from '../../src/extract/language/firms.ts';
import { findLineage } from '../../src/extract/language/lineage.ts';
import { readNewsAct } from '../../src/extract/language/news-acts.ts';
import { targetYear } from '../../src/extract/language/targets.ts';
import { parseDocumentTitle } from '../../src/extract/language/title.ts';

import { extractText, nodesOf, outgoing } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';

const keysOf = (ms: { agency: { key: string } }[]) => ms.map((m) => m.agency.key);

describe('dates', () => {
  it.each([
    ['October 9, 2023', '2023-10-09'],
    ['9 October 2023', '2023-10-09'],
    ['Sept. 5, 2022', '2022-09-05'],
    ['DECEMBER 04, 2024', '2024-12-04'],
    ['2021-01-27', '2021-01-27'],
    ['2021/01/27', '2021-01-27'],
    // Numbers day first, as MERICS writes from Berlin.
    ['27.01.2021', '2021-01-27'],
    ['03/06/2024', '2024-06-03'],
    ['03-06-2024', '2024-06-03'],
    ['Monday, 3 June 2024', '2024-06-03'],
    ['2 March 2025 (effective May 1)', '2025-03-02'],
    // As a document's field may copy it from the Chinese original.
    ['2024年3月5日', '2024-03-05'],
    ['5th of March, 2024', '2024-03-05'],
  ])('reads "%s"', (text, iso) => expect(findFullDate(text)?.iso).toBe(iso));

  it.each(['January 2021', '5 January', 'in the coming weeks', '（2021—2035年）'])('finds no full date in "%s"', (text) =>
    expect(findFullDate(text)).toBeNull(),
  );

  it('reads an entry’s date in any of these forms, in every shape', () => {
    for (const date of ['2023-08-10', '10.08.2023', 'Thursday, 10 August 2023', 'Aug. 10, 2023']) {
      for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
        const policy = nodesOf(extractText(shape({ top: [{ ...oneEntry, date }] })), 'Policy').find((p) => p.title.startsWith('Action Plan for Computing'));
        expect(policy?.date).toBe('2023-08-10');
      }
    }
  });

  it('gives a December item in a January issue the previous year', () => {
    expect(nearestYear(parseMonthDay('December 28')!, '2025-01-10')).toBe('2024-12-28');
    expect(nearestYear(parseMonthDay('January 3')!, '2025-01-10')).toBe('2025-01-03');
  });

  it('rejects a day the month does not have', () => expect(parseMonthDay('February 30')).toBeNull());
});

describe('issuing bodies', () => {
  it('finds abbreviations, official names and variants', () => {
    const text = 'The People’s Bank of China (PBOC), the PBoC, the State Administration of Market Regulation and MIIT';
    expect(keysOf(findAgencies(text))).toEqual(['PBOC', 'PBOC', 'PBOC', 'SAMR', 'MIIT']);
  });

  it.each([
    'the Central Committee of the Chinese Communist Party (CCP)',
    'the Central Committee of the CPC',
    'the CCP Central Committee',
    'the Central Committee of the Communist Party of China',
  ])('reads "%s" as the one body it names', (text) => {
    expect(keysOf(findAgencies(`${text} issued opinions`))).toEqual(['CCP_CC']);
  });

  it('does not read the word "most" as the Ministry of Science and Technology', () => {
    expect(findAgencies('the most advanced chips')).toEqual([]);
  });

  it('reads "Minister for Science and Technology" as the ministry', () => {
    expect(keysOf(findAgencies('was appointed as Minister for Science and Technology'))).toEqual(['MOST']);
  });

  it('reads an issuer list with "etc." as a lead body with unnamed others', () => {
    expect(readIssuerList('MIIT etc.').issuers).toEqual([expect.objectContaining({ printed: 'MIIT', lead: true })]);
  });

  it.each([
    ['MIIT, plus 16 other ministries', [['MIIT', true]]],
    ['MIIT together with 16 departments', [['MIIT', true]]],
    [
      '17 departments including MIIT, MOE and MOST',
      [
        ['MIIT', false],
        ['MOE', false],
        ['MOST', false],
      ],
    ],
    [
      'Seven bodies led by the NDRC: NDRC, MOF',
      [
        ['NDRC', true],
        ['MOF', false],
      ],
    ],
    [
      'NDRC (with MOFCOM)',
      [
        ['NDRC', false],
        ['MOFCOM', false],
      ],
    ],
    // A body the registry does not know, "of" one it knows, is one body: not the one it belongs to.
    ['Anti-monopoly Commission of the State Council', [['Anti-monopoly Commission of the State Council', false]]],
    [
      'Financial Stability and Development Committee of the State Council, PBOC',
      [
        ['Financial Stability and Development Committee of the State Council', false],
        ['PBOC', false],
      ],
    ],
    // The same body after its owner's possessive has the same name.
    [
      "the State Council's Anti-monopoly Commission, SAMR",
      [
        ['Anti-monopoly Commission of the State Council', false],
        ['SAMR', false],
      ],
    ],
  ])('reads the bodies of "%s" and counts no count as a body', (value, expected) => {
    expect(readIssuerList(value).issuers.map((i) => [i.agency?.key ?? i.printed, i.lead])).toEqual(expected);
  });

  it.each([
    [
      'MIIT, NDRC and 5 others',
      [
        ['MIIT', true],
        ['NDRC', false],
      ],
    ],
    [
      'MIIT, NDRC and seven other departments',
      [
        ['MIIT', true],
        ['NDRC', false],
      ],
    ],
    [
      'MIIT (lead), NDRC',
      [
        ['MIIT', true],
        ['NDRC', false],
      ],
    ],
    [
      'NDRC, MIIT (leading)',
      [
        ['NDRC', false],
        ['MIIT', true],
      ],
    ],
    [
      'MIIT, NDRC, MOF (three departments in total)',
      [
        ['MIIT', false],
        ['NDRC', false],
        ['MOF', false],
      ],
    ],
    ['General Office of the State Council', [['STATE_COUNCIL', false]]],
    ['State Council General Office', [['STATE_COUNCIL', false]]],
    [
      'The MIIT together with the NDRC and MOST',
      [
        ['MIIT', false],
        ['NDRC', false],
        ['MOST', false],
      ],
    ],
    // "with" joins bodies; an office or a department of a body issues in its name.
    [
      'MIIT with NDRC',
      [
        ['MIIT', false],
        ['NDRC', false],
      ],
    ],
    ['Office of the Central Cyberspace Affairs Commission', [['CCAC', false]]],
    ['MIIT Department of Raw Materials Industry', [['MIIT', false]]],
    // "and" inside a name the registry does not know is no list.
    ['Shanghai Municipal Commission of Economy and Informatization', [['Shanghai Municipal Commission of Economy and Informatization', false]]],
    [
      'Hubei Provincial Government and Wuhan Municipal Government',
      [
        ['Hubei Provincial Government', false],
        ['Wuhan Municipal Government', false],
      ],
    ],
  ])('reads the issuer list "%s" as %j, its marks and asides no bodies', (list, expected) => {
    expect(readIssuerList(list).issuers.map((i) => [i.agency?.key ?? i.printed, i.lead])).toEqual(expected);
  });

  it('drops the channel in "(via CAAM)" from the issuers', () => {
    const { issuers } = readIssuerList('Shanghai’s Municipal Government (via CAAM)');
    expect(issuers.map((i) => i.agency?.key)).toEqual(['SHANGHAI_GOV']);
  });

  it('splits lists on commas and "and", keeping unknown bodies as printed', () => {
    const { issuers } = readIssuerList('NDRC, MIIT and the Lunar Bureau');
    expect(issuers.map((i) => i.agency?.key ?? i.printed)).toEqual(['NDRC', 'MIIT', 'Lunar Bureau']);
  });

  it('lets the full name win when the entry pairs it with a wrong abbreviation', () => {
    const local = localAbbreviations(['The Ministry of Human Resources and Social Security (MOHURD) and seven other bodies issued a plan.']);
    expect(readIssuerList('MOHURD, NDRC', local).issuers.map((i) => i.agency?.key)).toEqual(['MOHRSS', 'NDRC']);
    expect(readIssuerList('MOHURD, NDRC').issuers.map((i) => i.agency?.key)).toEqual(['MOHURD', 'NDRC']);
  });

  it.each([
    ['Six government agencies led by the Ministry of Industry and Information Technology (MIIT) released', ['MIIT']],
    ['12 ministries led by Ministry of Industry and Information Technology (MIIT) issued', ['MIIT']],
    ['Eight government agencies, led by the CNIPA and the Ministry of Education released', ['CNIPA', 'MOE']],
    ['The Ministry of Human Resources and Social Security and seven other government bodies issued', ['MOHRSS']],
    ['The MIIT, the MOF and the National Data Bureau released', []],
    // The lead in other words.
    ['Under the leadership of the NDRC, seven bodies issued rules.', ['NDRC']],
    ['Eight ministries headed by the NDRC issued a plan.', ['NDRC']],
    ['The plan, spearheaded by MIIT, was released with MOF.', ['MIIT']],
    ['MIIT, the lead agency, released a plan with NDRC.', ['MIIT']],
    ['MIIT, along with 16 other bodies, published a plan.', ['MIIT']],
    ['Six departments, with the Ministry of Industry and Information Technology (MIIT) in the lead, issued a plan.', ['MIIT']],
    ['Four ministries, with the NDRC as lead agency, set up a fund.', ['NDRC']],
    ['Drafted by MIIT, the plan was co-signed by NDRC and MOF.', []],
    // The last of bodies listed before "and four other …" leads no more than the first.
    [
      'The National Development and Reform Commission (NDRC), the Ministry of Industry and Information Technology (MIIT) and four other ministries issued a notice.',
      [],
    ],
    ['The NDRC, MIIT and four other ministries issued a notice.', []],
  ])('finds the lead in "%s"', (text, leads) => expect([...leadBodies(text)]).toEqual(leads));
});

describe('firms', () => {
  const firms = (text: string, subjectIsFirm = true) => findFirms(text, { subjectIsFirm }).map((f) => f.name);

  it('matches a registered firm however its capitals are printed', () => {
    expect(firms('Drugmaker Biontech will pay USD 70 million')).toContain('BioNTech');
  });

  it.each([
    'The Central Leading Small Group on Cybersecurity and Informatization met on Monday.',
    'Partner Shenzhen Municipal Commission of Commerce announced subsidies.',
    'The deal with the Working Group on Supply Chains was signed.',
  ])('never takes a Party or state body for a firm: "%s"', (text) => {
    expect(firms(text)).toEqual([]);
  });

  it('finds registered firms under their canonical name', () => {
    expect(firms('to its Chinese partner Dongfeng Motor Group')).toEqual(['Dongfeng Motor Group']);
    expect(firms('BioNTech will pay USD 70 million to MediLink')).toEqual(['BioNTech', 'MediLink Therapeutics']);
  });

  it.each([
    ['a descriptor before the name', 'Chinese drugmaker Quillon Bio acquired a stake', 'Quillon Bio'],
    ['a "-based" place', 'investigations into Taiwan-based Zenfold regarding tax', 'Zenfold'],
    ['an apposition after the name', 'Rivana, a prominent Chinese AI firm, unveiled a model', 'Rivana'],
    ['a corporate suffix', 'assets were sold to Hangzhou Lantern Holdings last year', 'Hangzhou Lantern Holdings'],
    ['the subject of a corporate news item', 'Mobiwave announces plans to build a factory', 'Mobiwave'],
    ['a place’s possessive after a relation', 'Gotion signed a deal with Slovakia’s Donbat for a plant', 'Donbat'],
    ['a two-word place’s possessive after a role', 'a joint venture with South Korea’s Qinghe Chemical', 'Qinghe Chemical'],
    ['a spin-off named after its parent', 'Huawei spin-off Qinghor raised prices', 'Qinghor'],
    ['a list after majors', 'CATL gains, while steel majors like Qinghe Steel face costly upgrades', 'Qinghe Steel'],
    ['a unit named after a comma', 'it will sell its China unit, Orbix Shanghai, to an affiliate', 'Orbix Shanghai'],
    ['a role of power and finance', 'power generators Qinghe Energy and Donglin Power lose most', 'Donglin Power'],
    ['an apposition of generators', 'Qinghe Energy, the largest coal-fired generator, faces costs', 'Qinghe Energy'],
    ['a list after brokerages', 'Brokerages such as Donglin Securities rallied', 'Donglin Securities'],
    // What only a business does, right after the name.
    ['what it does, after "while"', 'Vendors profit, while Qinghor competes for the rest', 'Qinghor'],
    ['what it does, as a subject', 'Brokers gained; Donglin Moutai led gains among blue chips', 'Donglin Moutai'],
    ['a licence it gave', 'Qinghe Biologics licensed its vaccine to a partner', 'Qinghe Biologics'],
  ])('recognises an unregistered firm by %s', (_rule, text, name) => expect(firms(text)).toContain(name));

  it.each([
    ['Large lenders including the Industrial and Commercial Bank of China (ICBC) spun off units', ['Industrial and Commercial Bank of China']],
    ['Lenders such as the Bank of Donglin (BOD) and the Qinghe Construction Bank (QCB) cut rates', ['Bank of Donglin', 'Qinghe Construction Bank']],
    ['It relies on the Internet of Things (IoT) and the Agricultural Bank of Donglin (ABD)', []],
  ])('reads a name its bracketed abbreviation defines as one name: "%s"', (text, names) => {
    expect(firms(text, false)).toEqual(names);
  });

  it.each([
    ["South Korea's Hyundai Heavy Industries remains the main competitor", ['Hyundai Heavy Industries']],
    ['E-pharmacies like JD Health and Alibaba Health have grown', ['JD Health', 'Alibaba Health']],
    ['Huawei Technologies and Alibaba Group signed a deal', ['Huawei', 'Alibaba']],
  ])('tells a business of a registered group from the group: "%s"', (text, names) => {
    expect(firms(text, false)).toEqual(names);
  });

  it('takes a name that speaks of itself as "it" for a firm, but never a capital, a union of states or an international body', () => {
    expect(firms('E-pharmacies grew. Qinghe Good Doctor said it already meets the rules.', false)).toEqual(['Qinghe Good Doctor']);
    expect(firms('Donglin Quantum Systems announced that its chips are ready.', false)).toEqual(['Donglin Quantum Systems']);
    for (const text of [
      'Washington said it would object.',
      'The European Union said it would respond.',
      'The World Bank said it expects growth.',
      'The WTO said it will review the case.',
    ]) {
      expect(firms(text, false)).toEqual([]);
    }
  });

  it('reads a hyphenated name that ends in "-ing" as a name, not a gerund', () => {
    expect(firms('Large manufacturers such as Foxconn and SAIC-GM-Wuling have converted lines', false)).toEqual(['Foxconn', 'SAIC-GM-Wuling']);
    expect(firms('Following the rules, firms adapt.', false)).toEqual([]);
  });

  it('takes no firm’s possessive for a place’s: "a deal with Tesla’s CEO Elon Musk"', () => {
    expect(firms('the deal with Tesla’s CEO Elon Musk', false)).toEqual(['Tesla']);
  });

  it('takes a subject that owns a business in its clause for a firm, and the rest of its list', () => {
    expect(firms('Our view: Qinghe Sachs, J.P. Donglin and Nomora have applied for control of their joint ventures.', false)).toEqual([
      'Qinghe Sachs',
      'J.P. Donglin',
      'Nomora',
    ]);
    expect(firms('MERICS comment: Shanghai Donglin Equipment is expected to expand its plants.', false)).toEqual(['Shanghai Donglin Equipment']);
    // A common noun opening the sentence, places, and a pronoun are none.
    for (const text of [
      'Companies must spend 3 percent of their revenue on R&D.',
      'Germany and France want to protect their factories.',
      // A common noun, a place or a body doing what businesses do is still none.
      'Markets rallied on the news.',
      'Hong Kong rallied behind the plan, while the European Union licensed the plant.',
      'Demand is weak, while Southeast Asia competes for orders and the Middle East won contracts.',
    ]) {
      expect(firms(text, false)).toEqual([]);
    }
  });

  it('ends a name with its sentence, but not at a legal form', () => {
    expect(firms('The rules hit DJI and its smaller rival Autel Robotics. Ukrainian buyers relied on them.', false)).toEqual(['DJI', 'Autel Robotics']);
    expect(firms('Carmaker Qinghe Motor Co. Ltd. opened a plant')).toEqual(['Qinghe Motor']);
    // An acronym ends its sentence too; initials do not.
    expect(firms('Foundries gain, as does memory maker YMTC. Equipment suppliers ASML and Naura benefit.', false)).toEqual([
      'YMTC',
      'ASML',
      'Naura Technology Group',
    ]);
    expect(firms('Steelmaker U.S. Steel agreed to the deal.', false)).toEqual(['U.S. Steel']);
  });

  it('continues a list that a firm opened', () => {
    expect(firms('leading makers were BYD (CNY 604 billion), CATL (CNY 404 billion), and Zhejiang Tianneng Power Supply Co. (CNY 64 billion)', false)).toEqual([
      'BYD',
      'CATL',
      'Zhejiang Tianneng Power Supply', // the legal form dropped: one firm however it is printed
    ]);
  });

  it('never takes a news outlet, a government body, a place or a product for a firm', () => {
    expect(firms('The Financial Times reported that China’s State Administration for Market Regulation approved it')).toEqual([]);
    expect(firms('China surpassed Germany and Japan in robot density')).toEqual([]);
    expect(firms('SenseTime unveiled the SenseNova 4.0 large language model')).toEqual(['SenseTime']);
    expect(firms('Contributing factors include chip shortages')).toEqual([]);
  });

  it('does not treat a comment’s sentence subject as a firm', () => {
    expect(firms('Policymakers intend to leverage the technology', false)).toEqual([]);
  });
});

describe('lineage', () => {
  const refs = (text: string) => findLineage(text).map((r) => [r.relation, r.title]);

  it.each([
    ['These guidelines build on the Metrology Development Plan (2021-2035) released in January 2022.', 'Metrology Development Plan (2021-2035)'],
    ['to foster 200 clusters by 2025, as previously mentioned in the 14th Five-Year Plan for SME Development.', '14th Five-Year Plan for SME Development'],
    ['It builds on China’s carbon peaking by 2030 plan, which underlines the need.', 'carbon peaking by 2030 plan'],
    [
      'The plan builds on the recently released high-level guidelines for IPR development over the next 15 years.',
      'high-level guidelines for IPR development over the next 15 years',
    ],
  ])('reads "%s"', (text, title) => expect(refs(text).map((r) => r[1])).toEqual([title]));

  it.each([
    [
      'It replaces its predecessor, the Catalogue of Industries for Encouraged Foreign Investment (2020), in full.',
      'based-on',
      'Catalogue of Industries for Encouraged Foreign Investment (2020)',
    ],
    ['The law is the successor to the Cybersecurity Review Measures adopted in 2020.', 'based-on', 'Cybersecurity Review Measures'],
    ['Following the revision of the Anti-Monopoly Law, SAMR issued the rules.', 'based-on', 'Anti-Monopoly Law'],
    [
      'The notice guides the implementation of the Action Plan for Industrial Carbon Peaking in the provinces.',
      'implements',
      'Action Plan for Industrial Carbon Peaking',
    ],
    [
      'Chip subsidies were included as a new measure in the Guidelines for the Semiconductor Industry this year.',
      'amends',
      'Guidelines for the Semiconductor Industry',
    ],
    [
      'The quota was first announced in the Outline for Building a Quality Powerhouse, released in 2023.',
      'based-on',
      'Outline for Building a Quality Powerhouse',
    ],
    ['These are a revised version of the Provisions on Export Control of Dual-use Items.', 'amends', 'Provisions on Export Control of Dual-use Items'],
    ['The measures update the Catalogue of Technologies Prohibited from Export.', 'amends', 'Catalogue of Technologies Prohibited from Export'],
  ])('reads the cue in "%s"', (text, relation, title) => expect(refs(text)).toEqual([[relation, title]]));

  it('reads "first reported on in" before a named document, and not before a date', () => {
    expect(refs('The targets were first reported on in the Robot Industry Development Plan last year.')).toEqual([
      ['based-on', 'Robot Industry Development Plan'],
    ]);
    expect(refs('The measures, which this newsletter first reported on in October 2021, are in force.')).toEqual([]);
  });

  it('reads both documents a sentence names', () => {
    expect(
      refs(
        'These rules follow the Data Security Law and the accompanying Administrative Measures for Data Security in the Field of Industry and Information Technology, which we reported on.',
      ),
    ).toEqual([
      ['based-on', 'Data Security Law'],
      ['based-on', 'Administrative Measures for Data Security in the Field of Industry and Information Technology'],
    ]);
  });

  it('takes the named document after "in particular"', () => {
    expect(
      refs('The plan charts a roadmap to implement existing laws and regulations, in particular the Trial Measures for Data Security, in order to act.'),
    ).toEqual([['implements', 'Trial Measures for Data Security']]);
  });

  it.each([
    'The focus on AI is in line with AI being a key strategic area.',
    'This is in line with China’s broader ambition to achieve self-reliance.',
    'The regulation follows noteworthy initiatives in Shanghai regarding AI development planning.',
    'This plan seeks to address the issue, following reforms last year of the education system to promote university programs.',
    'Similar guidelines are expected to follow across different sectors.',
    'The PBOC released draft guidelines for the financial sector to implement data protection and data security measures.',
    'Recent policies with a similar focus include a 2024 MIIT notice on typical cases.',
    'Its predecessor as minister, Miao Wei, led the ministry until 2020.',
    'Following the meeting, officials visited Shenzhen.',
  ])('finds no lineage in "%s"', (text) => expect(refs(text)).toEqual([]));
});

describe('target years', () => {
  it.each([
    ['Reach 300 EFLOPS by 2025', 'Key targets are:', 2025],
    ['Achieve low latency', 'Key targets are:', null],
    ['Reduce emissions', 'The plan aims high. Intermediate goals, to be realized by 2025, include:', 2025],
    ['Increase 5G penetration', 'The government has set ambitious targets for 2025, taking 2020 as the baseline year, such as:', 2025],
    ['Promote patents', 'The plan sets targets for 2025, including CNY 800 billion. It proposes to do this by:', 2025],
    ['Overcome weaknesses', 'By 2025, the regulator aims to reach an advanced level by 2035. The guidelines instruct officials to:', null],
    ['Strengthen support', 'The rules deliver on a goal to foster 200 clusters by 2025. Key measures include:', null],
    ['By 2035, the system will be fully operational', 'Key goals include:', 2035],
    // A year the goal falls in; a year it counts from is no target year.
    ['Aims to add more than 1,000 firms in 2024', 'The notice:', 2024],
    ['Increase 5G penetration from 15 percent in 2020 to 56 percent', 'Key targets are:', null],
    ['Cut emissions by a fifth compared with the level in 2020', 'Key targets are:', null],
    // The year opening or closing the goal, a deadline in other words, a period's end in brackets.
    ['2025: raise the share of EVs to 40 percent', 'Targets:', 2025],
    ['Raise the share of EVs to 40 percent (2025)', 'Targets:', 2025],
    ['Raise the share of EVs to 40 percent by end-2025', 'Targets:', 2025],
    ['Raise the share of EVs to 40 percent no later than 2026', 'Targets:', 2026],
    ['Raise the share of EVs', 'By the end of the 15th Five-Year Plan period (2030), China should:', 2030],
    ['Raise the share of EVs to 40 percent from 2026 onwards', 'Targets:', null],
    // A goal due within a numbered Five-Year Plan's period falls due at its end.
    ['Retrofit 350 gigawatts of coal capacity during the 14th Five-Year Plan period', 'It aims to:', 2025],
    ['Build 50 hubs within the 15th FYP', 'Goals:', 2030],
    ['Double output compared with the 13th Five-Year Plan', 'Goals:', null],
    // Deadlines in other words, and a period's last year.
    ['Raise output by end of 2025', 'Goals:', 2025],
    ['Reach 60 percent localisation by the year 2027', 'Goals:', 2027],
    ['Raise the share to 20 percent by FY2026', 'Goals:', 2026],
    ['Build 50 hubs in 2024-2026', 'Goals:', 2026],
    ['Over 2024–2026, build 50 hubs', 'Goals:', 2026],
    ['Cut energy intensity by 13.5 percent over the 2021-2025 period', 'Goals:', 2025],
    ['Cut emissions 20 percent over 2020 levels', 'Goals:', null],
    // A lead-in that opens or closes on the year its list is for.
    ['Produce 100,000 tons of green hydrogen', 'It covers the years up to 2035. For 2025, the plan lists:', 2025],
    ['Produce 100,000 tons of green hydrogen', 'In 2030, China wants to:', 2030],
    ['Produce 100,000 tons of green hydrogen', 'The plan spells out what it expects for 2027:', 2027],
    ['Produce 100,000 tons of green hydrogen', 'In the plan, drafted in 2021, officials list:', null],
    ['Add visible labels to generated images', 'From 1 September 2025, providers must:', 2025],
    ['Add visible labels to generated images', 'Starting January 2026, platforms have to:', 2026],
    // A plan's run, a period in brackets, a deadline, or a Five-Year Plan's end, named before the list.
    ['Build 50 innovation centres', 'The plan runs until 2027. Key goals include:', 2027],
    ['Build 50 innovation centres', 'The plan covers the period up to 2030 and lists:', 2030],
    ['Build 50 innovation centres', 'Goals for the next three years (2025-2027):', 2027],
    ['Build 50 innovation centres', 'The plan sets 2027 as the deadline for the following targets:', 2027],
    ['Build 50 innovation centres', 'It sets out what should be achieved by the end of the 15th Five-Year Plan period:', 2030],
    ['Build 50 innovation centres', 'The plan runs on fuel cells. Key goals include:', null],
  ])('gives "%s" after "%s" the year %s', (bullet, leadIn, year) => expect(targetYear(bullet, leadIn)).toBe(year));

  it.each([
    ['Investment in charging piles to reach RMB 10 billion this year', 2020],
    ['Connect all villages to 5G by year-end', 2020],
    ['Finish the pilot by the end of the year', 2020],
    ['Open the market to foreign insurers next year', 2021],
    ['Raise the share of EVs to 40 percent by 2025', 2025],
  ])('counts "%s" from the issue of 2020: %s', (bullet, year) => {
    expect(targetYear(bullet, 'Goals:', 2020)).toBe(year);
    // An issue with no date gives no year to count from.
    if (!/\d{4}/.test(bullet)) expect(targetYear(bullet, 'Goals:')).toBeNull();
  });
});

describe('document titles', () => {
  it('splits the English title, the Chinese title and the link', () => {
    expect(parseDocumentTitle('Action Plan for Patent Commercialization (2023-2025) (专利转化运用专项行动方案（2023—2025 年）) (Link)')).toEqual({
      title: 'Action Plan for Patent Commercialization (2023-2025)',
      titleZh: '专利转化运用专项行动方案（2023—2025 年）',
      draft: false,
    });
  });

  it('keeps nested brackets of the Chinese title and sees a draft', () => {
    expect(parseDocumentTitle('Lithium-ion Battery Conditions (2021) (Draft for Comment) (锂离子电池行业规范条件 (2021 年本) (征求意见稿)) (Link)')).toEqual({
      title: 'Lithium-ion Battery Conditions (2021) (Draft for Comment)',
      titleZh: '锂离子电池行业规范条件 (2021 年本) (征求意见稿)',
      draft: true,
    });
  });

  it('sees a draft marked after the Chinese title, and gives the mark to the English one', () => {
    expect(parseDocumentTitle('Health Information Code – Reference Model (个人健康信息码 参考模型) (Draft) (Link)')).toEqual({
      title: 'Health Information Code – Reference Model (Draft)',
      titleZh: '个人健康信息码 参考模型',
      draft: true,
    });
  });

  it.each([
    'Measures for Data Export (数据出境办法) and Guidelines on Data Labelling (数据标注指南)',
    'Measures for Data Export (数据出境办法) (Link); Guidelines on Data Labelling (数据标注指南) (Link)',
    'Measures for Data Export (数据出境办法), Guidelines on Data Labelling (数据标注指南)',
  ])('reads each document of a field that names two: "%s"', (field) => {
    expect(parseDocumentTitle(field)).toEqual({
      title: 'Measures for Data Export',
      titleZh: '数据出境办法',
      draft: false,
      others: [{ title: 'Guidelines on Data Labelling', titleZh: '数据标注指南', draft: false }],
    });
  });

  it('covers the first document of such a field and mentions the other, in either shape', () => {
    const article = 'Measures for Data Export (数据出境办法) and Guidelines on Data Labelling (数据标注指南) (Link)';
    for (const shape of [pdfSnippet, markdownSnippet]) {
      const graph = extractText(shape({ top: [{ ...oneEntry, article }] }));
      const entry = nodesOf(graph, 'Entry').find((e) => e.section === 'top')!;
      expect(outgoing(graph, entry.key, 'COVERS').map((c) => c.key)).toEqual(['policy:measures-for-data-export']);
      expect(outgoing(graph, entry.key, 'MENTIONS').map((c) => c.key)).toContain('policy:guidelines-on-data-labelling');
    }
  });

  it.each([
    ['Action Plan for Robots (《机器人行动计划》) (Link)', '机器人行动计划'],
    ['Notice on Issuing the Robot Plan (关于印发《机器人产业发展规划》的通知)', '关于印发《机器人产业发展规划》的通知'],
  ])('reads the Chinese title of "%s" without the marks around it, keeping those inside it', (field, titleZh) => {
    expect(parseDocumentTitle(field).titleZh).toBe(titleZh);
  });

  it('reads a title with no Chinese part', () => {
    expect(parseDocumentTitle('Guidelines on Something (Link)')).toEqual({ title: 'Guidelines on Something', titleZh: null, draft: false });
  });

  it.each([
    [
      '关于印发《机器人产业发展规划》的通知 (Notice on Issuing the Robot Industry Development Plan) (Link)',
      'Notice on Issuing the Robot Industry Development Plan',
      '关于印发《机器人产业发展规划》的通知',
    ],
    ['Robot Industry Development Plan 《机器人产业发展规划》 (Link)', 'Robot Industry Development Plan', '机器人产业发展规划'],
    ['Robot Industry Development Plan / 机器人产业发展规划', 'Robot Industry Development Plan', '机器人产业发展规划'],
    ['Robot Industry Development Plan – 机器人产业发展规划 – Link', 'Robot Industry Development Plan', '机器人产业发展规划'],
    ['Robot Industry Development Plan (机器人产业发展规划) [PDF]', 'Robot Industry Development Plan', '机器人产业发展规划'],
    ['Robot Industry Development Plan (Chinese: 机器人产业发展规划)', 'Robot Industry Development Plan', '机器人产业发展规划'],
    // Notes on the link's language or format after the titles.
    ['Robot Industry Development Plan [PDF, Chinese only]', 'Robot Industry Development Plan', null],
    ['Robot Industry Development Plan (in Chinese)', 'Robot Industry Development Plan', null],
    ['Robot Plan (2021-2035) | 机器人规划（2021—2035年）', 'Robot Plan (2021-2035)', '机器人规划（2021—2035年）'],
  ])('splits "%s" however the two titles stand together', (field, title, titleZh) => {
    expect(parseDocumentTitle(field)).toEqual({ title, titleZh, draft: false });
  });
});

describe('policy news acts', () => {
  it('reads the acting bodies, the lead and the document', () => {
    const act = readNewsAct('Ten government agencies led by the NDRC issue the 14th FYP for National Clean Production (NDRC notice (CN))');
    expect(act.kind).toBe('document');
    expect(act.actors.map((a) => [a.mention.agency.key, a.lead])).toEqual([['NDRC', true]]);
    expect(act.document?.title).toBe('14th FYP for National Clean Production');
  });

  it('ends the described document before the clause that qualifies it', () => {
    const act = readNewsAct('MOFCOM published a catalogue of industries in which foreign investment is encouraged (MOFCOM notice (CN))');
    expect(act.document?.title).toBe('catalogue of industries');
  });

  it('names the other bodies an announcement concerns', () => {
    const act = readNewsAct('The State Council announced that MOST will transfer certain responsibilities to MIIT (State Council notice)');
    expect(keysOf(act.actors.map((a) => a.mention))).toEqual(['STATE_COUNCIL']);
    expect(keysOf(act.mentioned)).toEqual(['MOST', 'MIIT']);
  });

  it('reads a meeting as no document, and ignores the source citation', () => {
    const act = readNewsAct(
      'During the fourth meeting of the Central Commission for Comprehensively Deepening Reform, Xi Jinping called for support (State Council article)',
    );
    expect(act).toMatchObject({ kind: 'meeting', document: null });
    expect(keysOf(act.mentioned)).toEqual(['CCDR']);
  });

  it.each([
    ['The National Games and Media Administration resumed approvals of online games (NGMA list (CN))', 'National Games and Media Administration'],
    ['The State Anti-Fraud Procuratorate held a meeting on financial fraud (SAFP article)', 'State Anti-Fraud Procuratorate'],
    ['Hubei’s provincial government extended the Lunar New Year holiday (Hubei notice)', "Hubei Provincial People's Government"],
    ['The State Archives Bureau suspended the release of records (Xinhua article)', 'State Archives Bureau'],
  ])('names a body the registry does not know as the actor of "%s", though no document is named', (body, name) => {
    const act = readNewsAct(body);
    expect(act.document).toBeNull();
    expect(act.unknownActors.map((a) => a.name)).toEqual([name]);
  });

  it('reads a verb with its particle, not the particle as the document: "set up a fund"', () => {
    expect(readNewsAct("Hainan's provincial government set up a fund for offshore wind power").document?.title).toBe('fund for offshore wind power');
    expect(readNewsAct('The NDRC drew up a list of key projects').document?.title).toBe('list of key projects');
  });

  it.each([
    ["Guangdong's department of commerce launched an export credit scheme (GD notice)", 'Guangdong Department of Commerce'],
    ['The Zhejiang provincial development and reform commission issued a plan on hydrogen', 'Zhejiang Development and Reform Commission'],
    ['Beijing’s municipal bureau of economy and information technology published rules on robotaxis', 'Beijing Bureau of Economy and Information Technology'],
  ])('names a local office written in lower case after its place: "%s"', (body, name) => {
    expect(readNewsAct(body).unknownActors.map((a) => a.name)).toEqual([name]);
  });

  it('reads no local office after a name that is no place: "Apple’s procurement office"', () => {
    expect(readNewsAct('Apple’s procurement office issued a plan for suppliers').unknownActors).toEqual([]);
  });

  it('reads no place in an office of a named body: "the Ministry of Commerce’s department of trade remedies"', () => {
    const act = readNewsAct('The Ministry of Commerce’s department of trade remedies opened an anti-dumping probe');
    expect(act.unknownActors).toEqual([]);
    expect(keysOf(act.actors.map((a) => a.mention))).toEqual(['MOFCOM']);
  });

  it('reads a body by the epithet writers give it: "China’s top court"', () => {
    const act = readNewsAct('China’s top court and the Supreme People’s Procuratorate issued an interpretation on financial crimes (SPC notice)');
    expect(keysOf(act.actors.map((a) => a.mention))).toEqual(['SPC', 'SPP']);
  });

  it('reads an appointment as no document', () => {
    const act = readNewsAct(
      'Yin Hejun (deputy party secretary of the Chinese Academy of Sciences) was appointed as Minister for Science and Technology (Xinhua article)',
    );
    expect(act.kind).toBe('appointment');
    expect(keysOf(act.mentioned)).toEqual(['CAS', 'MOST']);
  });
});

describe('issuer lists with full names', () => {
  it('does not split an official name at its "and"', () => {
    const { issuers } = readIssuerList('Ministry of Industry and Information Technology; Ministry of Finance and the NDRC');
    expect(issuers.map((i) => i.agency?.key)).toEqual(['MIIT', 'MOF', 'NDRC']);
  });
});

describe('people beside firms', () => {
  it('splits "Tesla CEO Elon Musk" into the firm and a person who is no firm', () => {
    expect(findFirms('Tesla CEO Elon Musk visited Shanghai', { subjectIsFirm: true }).map((f) => f.name)).toEqual(['Tesla']);
  });
});
