/** Targets: bullets that set a goal, and goals stated in the summary's prose, beside the bullets or without them. */
import { describe, expect, it } from 'vitest';
import { isGoal, proseGoals } from '../../src/extract/language/targets.ts';
import { extractText, nodesOf, outgoing } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';

describe('goals', () => {
  it.each([
    'Ban the export of rare earth processing technology',
    'Prohibits new coal plants in the Yangtze delta',
    'Annex 2: Catalogue of encouraged industries',
    'Article 5 defines core data',
    // What is forbidden, however it is said, is a ban too.
    'Grid operators are not allowed to discriminate against storage operators',
    'No platform may use algorithms to set unfair prices',
    'Local governments must not build duplicate projects',
    'Firms are prohibited from exporting gallium without a licence',
    // A bullet that goes on from "must:" with "not".
    'Not remove or tamper with labels added by others',
  ])('does not take "%s" for a goal', (bullet) => expect(isGoal(bullet)).toBe(false));

  it.each([
    'Reach 300 EFLOPS by 2025',
    'Cross-border data transfers must be reported and approved by the relevant authorities.',
    'Banking on AI, raise output by 20 percent',
    // A cap on a number is a goal, though it says "must not".
    'The PUE of new data centers must not exceed 1.3',
    'Not exceed a PUE of 1.3 in new data centers',
  ])('takes "%s" for a goal', (bullet) => expect(isGoal(bullet)).toBe(true));

  it('reads goals tied to a year in prose, and no year that is not tied to one', () => {
    const goals = proseGoals(
      'The plan aims to raise the non-fossil share of energy consumption to over 80 percent by 2060. It was drafted in 2023 and covers 12 provinces. Authorities want to deploy more than 5,000 charging stations by 2027.',
    );
    expect(goals.map((g) => [g.year, g.text])).toEqual([
      [2060, 'raise the non-fossil share of energy consumption to over 80 percent by 2060'],
      [2027, 'deploy more than 5,000 charging stations by 2027'],
    ]);
  });

  it('gives an entry without bullets the goals of its summary, in either shape', () => {
    const entry = {
      ...oneEntry,
      bullets: [],
      glance: 'The NEA issued a plan to increase installed solar capacity to 1,200 GW by 2030.',
      article: 'Solar Plan',
    };
    for (const text of [pdfSnippet({ top: [entry] }), markdownSnippet({ top: [entry] })]) {
      const targets = nodesOf(extractText(text), 'Target');
      expect(targets.map((t) => [t.year, t.text])).toEqual([[2030, 'increase installed solar capacity to 1,200 GW by 2030']]);
    }
  });

  it('reads a goal in the summary’s prose beside its bulleted goals, in every shape', () => {
    const entry = { ...oneEntry, glance: 'The MIIT released a plan. By 2025, robot density is to double compared with 2020. Key targets are:' };
    for (const text of [pdfSnippet({ top: [entry] }), markdownSnippet({ top: [entry] }), webTextSnippet({ top: [entry] })]) {
      const targets = nodesOf(extractText(text), 'Target').map((t) => t.text);
      expect(targets.sort()).toEqual(['By 2025, robot density is to double compared with 2020', ...oneEntry.bullets!].sort());
    }
  });
});

describe('goals over a span of years', () => {
  it('reads each thing an aim counts as a goal with no year, in every shape', () => {
    const glance = 'The MIIT issued measures on small firms. In the coming five years it plans to foster 200,000 specialised SMEs and 10,000 "little giants".';
    const entry = { ...oneEntry, bullets: [], glance, article: 'Interim Measures for the Cultivation of SMEs' };
    for (const text of [pdfSnippet({ top: [entry] }), markdownSnippet({ top: [entry] }), webTextSnippet({ top: [entry] })]) {
      const targets = nodesOf(extractText(text), 'Target').map((t) => [t.text, t.year ?? null]);
      expect(targets).toEqual([
        ['foster 200,000 specialised SMEs', null],
        ['10,000 "little giants"', null],
      ]);
    }
  });
});

describe('goals listed in lower case', () => {
  it('keeps each listed goal apart, though it opens in lower case, in every shape', () => {
    const bullets = ['mobilize CNY 1 trillion of private capital by 2030', 'finance lithography makers first'];
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const targets = nodesOf(extractText(shape({ top: [{ ...oneEntry, glance: 'MOF set up a fund. Its goals are:', bullets }] })), 'Target');
      expect(targets.map((t) => t.text)).toEqual(bullets);
    }
  });
});

describe('goals numbered inside the summary', () => {
  const glance =
    'The NDRC issued opinions. Among the targets for 2025: (1) Cut energy use per unit of GDP by 13.5 percent (2) Raise the share of non-fossil energy to around 20 percent; and (3) Increase the recycling rate to 60 percent. The plan also names eight sectors.';

  it('reads each numbered goal as one, its year from the lead-in, in every shape', () => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const targets = nodesOf(extractText(shape({ top: [{ ...oneEntry, glance, bullets: [] }] })), 'Target');
      expect(targets.map((t) => [t.text, t.year])).toEqual([
        ['Cut energy use per unit of GDP by 13.5 percent', 2025],
        ['Raise the share of non-fossil energy to around 20 percent', 2025],
        ['Increase the recycling rate to 60 percent', 2025],
      ]);
    }
  });

  it('takes no numbered series for goals when its lead-in speaks of none', () => {
    const kinds = 'The document distinguishes between: (1) traditional materials such as steel; (2) new materials; and (3) low carbon products.';
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      expect(nodesOf(extractText(shape({ top: [{ ...oneEntry, glance: kinds, bullets: [] }] })), 'Target')).toEqual([]);
    }
  });
});

describe('goals in other authors’ words', () => {
  const targetsOf = (glance: string, bullets: string[] = []) =>
    [pdfSnippet, markdownSnippet, webTextSnippet].map((shape) =>
      nodesOf(extractText(shape({ top: [{ ...oneEntry, glance, bullets, comment: undefined }] })), 'Target').map((t) => [t.text, t.year ?? null]),
    );

  it.each([
    [
      'MIIT released a plan. By 2027, the output of the humanoid robot industry should exceed CNY 100 billion.',
      [['By 2027, the output of the humanoid robot industry should exceed CNY 100 billion', 2027]],
    ],
    [
      'The NDRC released a plan that aims to raise the share of non-fossil energy to 25 percent by 2030.',
      [['raise the share of non-fossil energy to 25 percent by 2030', 2030]],
    ],
    ['The plan targets 5G coverage of 90% of villages by the end of 2025.', [['targets 5G coverage of 90% of villages by the end of 2025', 2025]]],
    // The amount before the verb.
    [
      'Three bodies released guidelines for humanoid robot standards. By 2027, more than 30 national standards should be issued.',
      [['By 2027, more than 30 national standards should be issued', 2027]],
    ],
    ['By the end of 2026, 500 smart factories will have been built under the plan.', [['By the end of 2026, 500 smart factories will have been built', 2026]]],
    // A multiple an aim seeks; what a subject reaches "in" a year; what a plan targets or envisages "that" it reaches.
    ['It seeks to double the output of the sector by 2030.', [['double the output of the sector by 2030', 2030]]],
    ['Output of the sector should reach CNY 1 trillion in 2027.', [['Output of the sector should reach CNY 1 trillion in 2027', 2027]]],
    ['The document targets a 20 percent share of renewables by 2025.', [['20 percent share of renewables by 2025', 2025]]],
    ['It envisages that 30 GW of new storage capacity will be installed by 2025.', [['30 GW of new storage capacity will be installed by 2025', 2025]]],
    ['By the end of 2025, China aims to have built 200 zero-carbon parks.', [['By the end of 2025, China aims to have built 200 zero-carbon parks', 2025]]],
    ['By 2024 the fund wants to have invested in more than 100 companies.', [['By 2024 the fund wants to have invested in more than 100 companies', 2024]]],
    ['By 2025 the ministry plans to train 3 million engineers.', [['By 2025 the ministry plans to train 3 million engineers', 2025]]],
    ['The plan targets firms in 2025.', []],
    // A goal "set to" reach an amount, due at a period's end, aimed for "in" a year with an amount, a target of doing.
    ['The penetration rate is set to reach 45 percent by 2027.', [['The penetration rate is set to reach 45 percent by 2027', 2027]]],
    ['Energy intensity is to drop 13.5 percent over the 2021-2025 period.', [['Energy intensity is to drop 13.5 percent over the 2021-2025 period', 2025]]],
    ['The country aims for 40 percent of its power from renewables in 2030.', [['40 percent of its power from renewables in 2030', 2030]]],
    ['The fund aims for growth in 2030.', []],
    ['Output should reach CNY 1 trillion in 2024-2026.', [['Output should reach CNY 1 trillion in 2024-2026', 2026]]],
    ['The MIIT set a target of training 500,000 engineers by 2025.', [['training 500,000 engineers by 2025', 2025]]],
    ['The plan is set to take effect in 2025.', []],
    // A goal's next sentence with an amount and no year; two amounts joined before one year.
    [
      'Six bodies issued a plan. Capacity is to exceed 300 EFLOPS by 2025. The share of advanced storage should rise above 30 percent.',
      [
        ['Capacity is to exceed 300 EFLOPS by 2025', 2025],
        ['The share of advanced storage should rise above 30 percent', 2025],
      ],
    ],
    [
      'The NDRC issued a plan. It foresees 50,000 fuel cell vehicles on the road and green hydrogen output of 100,000 tonnes by 2025.',
      [
        ['50,000 fuel cell vehicles on the road', 2025],
        ['green hydrogen output of 100,000 tonnes by 2025', 2025],
      ],
    ],
    // What is to be done runs to the clause's end.
    [
      'By 2020, 46 cities should have similar systems in place, according to the ministry.',
      [['By 2020, 46 cities should have similar systems in place', 2020]],
    ],
    ['Shenzhen aims to host 1,000 landing sites by 2026.', [['host 1,000 landing sites by 2026', 2026]]],
    ['By 2027, robot density should double compared with 2020.', [['By 2027, robot density should double compared with 2020', 2027]]],
    // What a plan calls for, a goal stated after "is", what someone wants by a year.
    ['The plan calls for 20 million charging points by 2030.', [['20 million charging points by 2030', 2030]]],
    [
      'The goal is for digital economy core industries to account for 10 percent of GDP by 2025.',
      [['for digital economy core industries to account for 10 percent of GDP by 2025', 2025]],
    ],
    ['By 2027, China wants 500 humanoid robot makers.', [['By 2027, China wants 500 humanoid robot makers', 2027]]],
    // An amount in words.
    [
      'The NHC urged vaccine makers to raise output to five billion doses by the end of 2021.',
      [['raise output to five billion doses by the end of 2021', 2021]],
    ],
    // What a subject is to reach by a year; a target set for a year.
    [
      'By 2035, China should be a leading digital nation. Core industries should account for 10 percent of GDP by 2025.',
      [['Core industries should account for 10 percent of GDP by 2025', 2025]],
    ],
    ['The report sets a growth target of around 5 percent for 2025.', [['around 5 percent for 2025', 2025]]],
    ['Output should reach 5 percent of GDP. Firms must report their data by 2025.', []],
    // What the amount is of goes with it, to the clause's end.
    ['By 2025, green ships should make up 15 percent of deliveries.', [['By 2025, green ships should make up 15 percent of deliveries', 2025]]],
    ['Officials hope that by 2026 China will have 100 "lighthouse" factories.', [['by 2026 China will have 100 "lighthouse" factories', 2026]]],
    // A multiple that a plan calls for; a deadline set for a goal.
    ['The plan calls for robot density to double by 2025 compared with 2020.', [['robot density to double by 2025', 2025]]],
    ['It sets a 2030 deadline for self-sufficiency in reducers and servo motors.', [['2030 deadline for self-sufficiency in reducers and servo motors', 2030]]],
    ['The plan calls for more investment in chips by 2025.', []],
    ['The plan, released in 2023, sets out 20 measures to support private firms.', []],
    ['By 2025, the ministry had released 3 plans on robots.', []],
    ['SAMR published rules. The rules will take effect on 1 January 2025.', []],
    // Any verb of what a subject is to do, with words between an aim's verb and its amount.
    ['Each base should train 10,000 data labellers by 2026.', [['Each base should train 10,000 data labellers by 2026', 2026]]],
    ['The group should take a 50 percent share of global orders by 2030.', [['The group should take a 50 percent share of global orders by 2030', 2030]]],
    ['The ministry aims to plant GM corn on 10 percent of the corn area by 2026.', [['plant GM corn on 10 percent of the corn area by 2026', 2026]]],
    ['It aims at a fintech framework by 2021.', [['a fintech framework by 2021', 2021]]],
    ['The province wants 170,000 5G base stations by 2022.', [['170,000 5G base stations by 2022', 2022]]],
    // Who is wanted to do it, then the amount and the year.
    [
      'The ministry wants autonomous vehicles to account for 20 percent of new car sales by 2025.',
      [['autonomous vehicles to account for 20 percent of new car sales by 2025', 2025]],
    ],
    ['The plan requires SOEs to cut emissions by 18 percent by 2025.', [['SOEs to cut emissions by 18 percent by 2025', 2025]]],
    // A fall by an amount, an aim being pursued, a year as "end-2025", a plan's slated amount, a year after "in".
    ['Carbon intensity must fall by 18 percent from 2020 levels by 2025.', [['Carbon intensity must fall by 18 percent from 2020 levels by 2025', 2025]]],
    ['Beijing is aiming for 30 percent of new car sales to be electric by 2030.', [['30 percent of new car sales to be electric by 2030', 2030]]],
    ['By end-2025, exports should reach USD 10 billion.', [['By end-2025, exports should reach USD 10 billion', 2025]]],
    ['Output is slated to reach CNY 2 trillion by 2026.', [['Output is slated to reach CNY 2 trillion by 2026', 2026]]],
    ['China targets output of 1.2 billion tonnes of steel in 2025.', [['output of 1.2 billion tonnes of steel in 2025', 2025]]],
    ['The company posted revenue of CNY 3 billion in 2023.', []],
    // A count in words, after a year and what must be so by then; a wish with no count is none.
    [
      'By 2027, robots should be made at scale and the industry should have two to three ecosystems.',
      [['By 2027, robots should be made at scale and the industry should have two to three ecosystems', 2027]],
    ],
    [
      'By 2030, the low-altitude economy should form a market of trillions of yuan.',
      [['By 2030, the low-altitude economy should form a market of trillions of yuan', 2030]],
    ],
    ['By 2025, the country should have a "relatively complete" evaluation system.', []],
    // A goal after its label, a target set for a year, what a plan foresees "will" be, what it calls on others to do.
    ['The goal: 100 million 5G users by 2025.', [['100 million 5G users by 2025', 2025]]],
    ['The target for 2025 is 2,000 specialised SMEs.', [['2,000 specialised SMEs', 2025]]],
    ['It foresees that the digital economy will make up 10 percent of GDP by 2025.', [['the digital economy will make up 10 percent of GDP by 2025', 2025]]],
    ['The plan calls on provinces to add 30 GW of storage by 2025.', [['provinces to add 30 GW of storage by 2025', 2025]]],
    ['The share of coal should drop below 50 percent by 2026.', [['The share of coal should drop below 50 percent by 2026', 2026]]],
    // The climate goals need no amount; a peak in the past is none.
    ['Carbon emissions should peak before 2030.', [['Carbon emissions should peak before 2030', 2030]]],
    ['The province is to reach carbon neutrality by 2055.', [['reach carbon neutrality by 2055', 2055]]],
    ['Emissions peaked in 2013.', []],
    // What a plan is to make of something, with an amount it is to be worth.
    [
      'Shanghai released opinions to make the city a biomedicine hub with an industry worth CNY 1 trillion by 2025.',
      [['make the city a biomedicine hub with an industry worth CNY 1 trillion by 2025', 2025]],
    ],
    // Goals listed in one sentence, parted by semicolons.
    [
      'The NEA published its opinions. Key targets include raising the non-fossil share to about 14.6 percent in 2019; cutting coal’s share to below 58 percent.',
      [
        ['raising the non-fossil share to about 14.6 percent in 2019', 2019],
        ['cutting coal’s share to below 58 percent', null],
      ],
    ],
    [
      'The main goals are: 1,000 charging stations by 2025; and 50 hydrogen hubs by 2030.',
      [
        ['1,000 charging stations by 2025', 2025],
        ['50 hydrogen hubs by 2030', 2030],
      ],
    ],
    // An amount after "at least", "more than", "fewer than" that a subject is to reach.
    [
      'The share of fixed costs recovered through the payment is to rise to at least 50 percent in 2026.',
      [['The share of fixed costs recovered through the payment is to rise to at least 50 percent in 2026', 2026]],
    ],
    // A second amount and year joined to a goal; any verb after "should" states one, but a year is no amount.
    [
      'The draft calls for 30 key standards by 2026 and more than 70 by 2030.',
      [
        ['30 key standards by 2026', 2026],
        ['more than 70 by 2030', 2030],
      ],
    ],
    ['By 2030, domestic supply should cover 70 percent of demand.', [['By 2030, domestic supply should cover 70 percent of demand', 2030]]],
    // A duty in force from a year on, and its next step after a comma, each with its own year.
    [
      "From 2019, NEV credits must equal 10 percent of a carmaker's conventional output, rising to 12 percent in 2020.",
      [
        ["From 2019, NEV credits must equal 10 percent of a carmaker's conventional output", 2019],
        ['rising to 12 percent in 2020', 2020],
      ],
    ],
    // A series of years may go on rising after its last step.
    [
      "NEV credits must equal 10 percent of a carmaker's output in 2019 and 12 percent in 2020, rising to 18 percent in 2023.",
      [
        ["NEV credits must equal 10 percent of a carmaker's output in 2019", 2019],
        ['12 percent in 2020', 2020],
        ['rising to 18 percent in 2023', 2023],
      ],
    ],
    // A goal whose amount stands far from its verb, after a semicolon.
    [
      "Output should exceed CNY 150 billion by 2020; by 2030, China is to become the world's primary AI innovation centre, with a core industry of more than CNY 1 trillion.",
      [
        ['Output should exceed CNY 150 billion by 2020', 2020],
        ["by 2030, China is to become the world's primary AI innovation centre, with a core industry of more than CNY 1 trillion", 2030],
      ],
    ],
    // A second clause with an amount and no year of its own is due when the goal before it is; one with no amount states none.
    [
      'Investment in equipment is to grow by more than 25 percent by 2027, and the penetration rate of digital tools is to exceed 90 percent.',
      [
        ['Investment in equipment is to grow by more than 25 percent by 2027', 2027],
        ['the penetration rate of digital tools is to exceed 90 percent', 2027],
      ],
    ],
    ['Output is to hit 5 million units by 2026, and the ministry will review the plan in 2024.', [['Output is to hit 5 million units by 2026', 2026]]],
    // So is the next sentence that sets an amount with a duty and names no year; one with a year, or none, is not.
    [
      'Total computing capacity is to exceed 300 EFLOPS by 2025. The share of advanced storage capacity should rise above 30 percent. Green power should make up half of it.',
      [
        ['Total computing capacity is to exceed 300 EFLOPS by 2025', 2025],
        ['The share of advanced storage capacity should rise above 30 percent', 2025],
        ['Green power should make up half of it', 2025],
      ],
    ],
    [
      'Output is to hit 5 million units by 2026. Exports should reach 40 percent of output in 2030. Firms must register.',
      [
        ['Output is to hit 5 million units by 2026', 2026],
        ['Exports should reach 40 percent of output in 2030', 2030],
      ],
    ],
    ['Output is to hit 5 million units by 2026. The ministry reviewed 30 cases.', [['Output is to hit 5 million units by 2026', 2026]]],
    // … past the rest of the goal's sentence when that holds no figure, but not past a goal of its own.
    [
      'By 2020, R&D spending should reach 2.5 percent of GDP, and the digital economy is to grow quickly. Energy use per unit of GDP is to fall by 15 percent.',
      [
        ['By 2020, R&D spending should reach 2.5 percent of GDP', 2020],
        ['Energy use per unit of GDP is to fall by 15 percent', 2020],
      ],
    ],
    [
      'By 2020, R&D spending should reach 2.5 percent of GDP, up from 2.1 percent in 2015. Exports should rise by 5 percent.',
      [['By 2020, R&D spending should reach 2.5 percent of GDP', 2020]],
    ],
    // A second clause with a duty, an amount and a year of its own.
    [
      'By 2020, R&D spending should reach 2.5 percent of GDP, and patent filings should exceed 2 million by 2030.',
      [
        ['By 2020, R&D spending should reach 2.5 percent of GDP', 2020],
        ['patent filings should exceed 2 million by 2030', 2030],
      ],
    ],
    // A goal whose verb a semicolon leaves out, its subject and amount kept; a clause with a verb of its own is none.
    [
      'Coal capacity is to be cut by 500 million tonnes within three to five years; crude steel capacity by 100 to 150 million tonnes in five years.',
      [
        ['Coal capacity is to be cut by 500 million tonnes within three to five years', null],
        ['crude steel capacity by 100 to 150 million tonnes in five years', null],
      ],
    ],
    ['Output is to hit 5 million units by 2026; exports will move to 30 countries.', [['Output is to hit 5 million units by 2026', 2026]]],
    // A duty of "will have to", an amount some words after the verb, and a series of amounts with their years.
    [
      'Carmakers will have to earn NEV credits equal to 8 percent of their output in 2018, 10 percent in 2019 and 12 percent in 2020.',
      [
        ['Carmakers will have to earn NEV credits equal to 8 percent of their output in 2018', 2018],
        ['10 percent in 2019', 2019],
        ['12 percent in 2020', 2020],
      ],
    ],
    ['Carmakers will have to earn NEV credits, 10 of them in 2019.', []],
    // Two amounts, each with words of its own, joined by "and" before one year are two goals; a range is one amount.
    [
      'It foresees 50,000 fuel cell vehicles on the road and annual green hydrogen output of 100,000 to 200,000 tonnes by 2025.',
      [
        ['50,000 fuel cell vehicles on the road', 2025],
        ['annual green hydrogen output of 100,000 to 200,000 tonnes by 2025', 2025],
      ],
    ],
    [
      'The plan wants to raise the share of EVs to 40 percent and cut battery costs by 30 percent by 2027.',
      [
        ['raise the share of EVs to 40 percent', 2027],
        ['cut battery costs by 30 percent by 2027', 2027],
      ],
    ],
    [
      'By 2025, the growth rate should stay between 5 and 6 percent and above the national average.',
      [['By 2025, the growth rate should stay between 5 and 6 percent and above the national average', 2025]],
    ],
    // A second goal due "by the same year" takes the year of the one before it.
    [
      "The plan aims to build 500 drone landing sites by 2027 and to make the province's low-altitude economy worth CNY 300 billion by the same year.",
      [
        ['build 500 drone landing sites by 2027', 2027],
        ["make the province's low-altitude economy worth CNY 300 billion by the same year", 2027],
      ],
    ],
    ['By 2025, firms must report their data for 2024 to the ministry.', []],
    // A count in words is an amount; "a" is none.
    ['It wants ten cross-industry platforms by 2020.', [['ten cross-industry platforms by 2020', 2020]]],
    ['The ministry wants a stronger robot industry by 2025.', []],
    // What is to reach an amount may name the measure first: "reach annual sales of …".
    [
      'Chinese-brand industrial robots are to reach annual sales of 100,000 units by 2020.',
      [['Chinese-brand industrial robots are to reach annual sales of 100,000 units by 2020', 2020]],
    ],
    // A joined clause whose subject is a count, due when the goal before it is; a year is no count.
    [
      'It wants 10 platforms by 2020, and 300,000 firms are to move their equipment onto the cloud.',
      [
        ['10 platforms by 2020', 2020],
        ['300,000 firms are to move their equipment onto the cloud', 2020],
      ],
    ],
    ['It wants 10 platforms by 2020, and 30 firms have already joined.', [['10 platforms by 2020', 2020]]],
    // What a plan expects of something named with a figure, reaching all of something by a year; no amount, no goal.
    [
      'The notice expects 5G base stations to cover every prefecture-level city by the end of 2020.',
      [['5G base stations to cover every prefecture-level city by the end of 2020', 2020]],
    ],
    ['The notice expects firms to adopt the rules by 2025.', []],
    // A baseline's year is not the goal's; a plan seeks an amount by a year.
    [
      'The share of clean coal should reach 60 percent, up from 45 percent in 2020, by 2025.',
      [['The share of clean coal should reach 60 percent, up from 45 percent in 2020, by 2025', 2025]],
    ],
    ['The plan seeks a 20 percent cut in water use by 2025.', [['20 percent cut in water use by 2025', 2025]]],
    // A clause after ", and" states a goal of its own; a year is no amount, and a goal ends at the ", and" after it.
    [
      'Local protectionism is to end by 2025, and the number of national standards should grow to 45,000 by 2025.',
      [['the number of national standards should grow to 45,000 by 2025', 2025]],
    ],
    ['Exports rose, and output should reach 5 million tonnes by 2025.', [['output should reach 5 million tonnes by 2025', 2025]]],
    // A duty for every one of something, due by a year.
    ['Every county is to have a public charging station by the end of 2025.', [['Every county is to have a public charging station by the end of 2025', 2025]]],
    // A goal due over a Five-Year Plan's period, or by its end: the plan's last year.
    [
      'Carbon intensity is to be lowered by 18 percent over the period of the 14th Five-Year Plan.',
      [['Carbon intensity is to be lowered by 18 percent over the period of the 14th Five-Year Plan', 2025]],
    ],
    [
      'By the end of the 14th FYP, the digital economy should account for 10 percent of GDP.',
      [['By the end of the 14th FYP, the digital economy should account for 10 percent of GDP', 2025]],
    ],
    // From one amount in a year to another in a later one: the later year is the goal's.
    [
      'Output should rise from 2 million tonnes in 2020 to 5 million tonnes in 2025.',
      [['Output should rise from 2 million tonnes in 2020 to 5 million tonnes in 2025', 2025]],
    ],
    ['It wants 10 platforms by 2020, and 2021 firms are to move on.', [['10 platforms by 2020', 2020]]],
    // An amount to reach "within five years" is a goal with no year; a provision with no time to reach it is none.
    [
      'Crude steel capacity is to be cut by 100 to 150 million tonnes within five years.',
      [['Crude steel capacity is to be cut by 100 to 150 million tonnes within five years', null]],
    ],
    ['Within three years, the share of renewables should reach 30 percent.', [['Within three years, the share of renewables should reach 30 percent', null]]],
    ['The number of pilot zones is to double within the next two years.', [['The number of pilot zones is to double within the next two years', null]]],
    ['Firms must pay fines of up to 5 percent of their revenue.', []],
    // What a body wants to reach over a span of years counted from now, each thing a series counts apart.
    [
      'Over the next five years the ministry wants to cultivate one million innovative SMEs, 100,000 "specialised" SMEs and 10,000 "little giants".',
      [
        ['cultivate one million innovative SMEs', null],
        ['100,000 "specialised" SMEs', null],
        ['10,000 "little giants"', null],
      ],
    ],
    ['Shanghai aims to train 500,000 engineers within three years.', [['train 500,000 engineers within three years', null]]],
    ['Over the past five years the ministry wanted to cultivate 1,000 firms.', []],
    [
      'The plan aims to build 10 hubs, 50 parks and 1,000 workshops by 2025.',
      [
        ['build 10 hubs', 2025],
        ['50 parks', 2025],
        ['1,000 workshops by 2025', 2025],
      ],
    ],
    // What a goal is set for, to its clause's end; a goal's verb does not reach past ", and" into the next clause.
    [
      'The plan sets a goal for robot density to double from its 2020 level, and calls for 100 application scenarios by 2025.',
      [
        ['robot density to double from its 2020 level', null],
        ['100 application scenarios by 2025', 2025],
      ],
    ],
    [
      'The plan sets a goal for robot density to reach 500 units per 10,000 workers by 2025.',
      [['robot density to reach 500 units per 10,000 workers by 2025', 2025]],
    ],
    // A span of years after ", and" opens a goal of its own.
    [
      'Within one year, the burden on pupils is to be cut significantly, and within three years it should fall by half.',
      [['within three years it should fall by half', null]],
    ],
    // A goal for two years is due in the later.
    [
      'The MIIT issued a plan. Revenue is to grow by about 5 percent a year in 2023 and 2024, and output in Guangdong should exceed CNY 1 trillion.',
      [
        ['Revenue is to grow by about 5 percent a year in 2023 and 2024', 2024],
        ['output in Guangdong should exceed CNY 1 trillion', 2024],
      ],
    ],
    // An amount may be a rate.
    [
      'Output is to reach 100,000 units by 2020, and robot density should exceed 150 units per 10,000 workers.',
      [
        ['Output is to reach 100,000 units by 2020', 2020],
        ['robot density should exceed 150 units per 10,000 workers', 2020],
      ],
    ],
    // A joined goal's subject may carry a figure in its name.
    [
      'By 2020, sulphur dioxide emissions are to fall by 15 percent, and PM2.5 levels in cities must drop by 18 percent.',
      [
        ['By 2020, sulphur dioxide emissions are to fall by 15 percent', 2020],
        ['PM2.5 levels in cities must drop by 18 percent', 2020],
      ],
    ],
    // An amount ends before the sentence's stop: the next sentence's year is no part of it.
    ['The list cuts the number of restricted items from 63 to 48. Caps on foreign ownership will be lifted by 2022.', []],
    // An aside after a comma is no second goal.
    [
      'It aims to raise output to 5,000 units, 20 percent more than today, by 2025.',
      [['raise output to 5,000 units, 20 percent more than today, by 2025', 2025]],
    ],
    // What a body aims to do, listed after a colon.
    [
      'By 2025, China aims to: build 50 demonstration zones; train 100,000 technicians; and cut defect rates by 10 percent.',
      [
        ['build 50 demonstration zones', 2025],
        ['train 100,000 technicians', 2025],
        ['cut defect rates by 10 percent', 2025],
      ],
    ],
    // A goal a clause states of another document the sentence names is that document's.
    [
      'The MOF set up a fund. The measures implement the State Council’s Opinions on Resolving Overcapacity in the Steel Industry of February 2016, which aim to cut capacity by 150 million tonnes by 2020.',
      [],
    ],
    ['It replaces the Plan for Green Ports (2018), which wanted 50 percent of berths electrified by 2020.', []],
    // … but a clause about this document states its goals.
    ['The MIIT issued the Action Plan for Computing Power Infrastructure, which aims to reach 300 EFLOPS by 2025.', [['reach 300 EFLOPS by 2025', 2025]]],
    // A year a goal is due "until" or "through"; what a plan "envisions"; a share in words.
    [
      'The MIIT issued a plan on robots. The plan foresees annual growth of more than 20 percent until 2025.',
      [['annual growth of more than 20 percent until 2025', 2025]],
    ],
    [
      'The MIIT issued a plan on robots. Output should grow at least 15 percent annually through 2025.',
      [['Output should grow at least 15 percent annually through 2025', 2025]],
    ],
    ['The MIIT issued a plan on robots. The plan envisions 10 robot industry clusters by 2027.', [['10 robot industry clusters by 2027', 2027]]],
    ['The MIIT issued a plan on robots. China hopes to cut the cost of robots by half by 2026.', [['cut the cost of robots by half by 2026', 2026]]],
    ['The MIIT issued a plan on robots. Output rose in the first half of 2023, and officials want to raise it by 2025.', []],
    // A goal due this year, its measure between verb and amount: the issue dates it.
    [
      'The State Council issued opinions. Large banks are to raise their lending to small firms by over 40 percent this year.',
      [['Large banks are to raise their lending to small firms by over 40 percent this year', 2023]],
    ],
    ['The State Council issued opinions. Banks raised their lending to small firms by 40 percent this year.', []],
  ])('reads the goals of "%s"', (glance, expected) => {
    for (const found of targetsOf(glance)) expect(found).toEqual(expected);
  });

  it.each([
    ['Key targets for 2026 include:', [2026, 2025]],
    ['Goals for the end of 2025 are:', [2025, 2025]],
    ['Priorities for 2026 are:', [2026, 2025]],
    ['Milestones for 2026 include:', [2026, 2025]],
    ['Measures, in force until the end of June 2026, include:', [2026, 2025]],
    ['By mid-2027, the industry should:', [2027, 2025]],
    ['The plan aims for the period 2024-2026 to:', [2026, 2025]],
    ['The plan sets targets for 2024–2026, including:', [2026, 2025]],
    ['The plan lists three main tasks:', [null, 2025]],
    // A plan's period: its goals fall due at the period's end.
    ['The plan for 2024 to 2027 lists these goals:', [2027, 2025]],
    ['It is called the Action Plan for Robots (2024-2026). Its goals are:', [2026, 2025]],
  ])('gives the bullets after "%s" the years %j (a bullet’s own year first)', (glance, years) => {
    for (const found of targetsOf(`MIIT released a plan. ${glance}`, ['Cultivate 10 leading firms', 'Build 5 innovation centers by 2025'])) {
      expect(found.map(([, year]) => year)).toEqual(years);
    }
  });

  it('reads each goal of a list item labelled "Goals:" apart, in every shape', () => {
    for (const found of targetsOf('MIIT released guidelines on robot standards.', [
      'Goals: 30 national standards by 2026; a testing centre in every robot cluster by 2027.',
      'Key targets: 500 certified robot makers',
    ])) {
      expect(found).toEqual([
        ['30 national standards by 2026', 2026],
        ['a testing centre in every robot cluster by 2027', 2027],
        ['500 certified robot makers', null],
      ]);
    }
  });

  it('takes no attachment the text lists for a goal', () => {
    for (const found of targetsOf('MIIT released a plan with the following attachments:', [
      'List of key technologies',
      'Application form for pilot projects',
    ])) {
      expect(found).toEqual([]);
    }
  });
});

describe('an entry that covers two documents', () => {
  it('gives the goals a paragraph on the second document leads in to that document, in every shape', () => {
    const lines = [
      'MIIT and three other agencies published a notice on promoting integration between SMEs and large firms. Key aspects include:',
      '- Building industrial clusters that integrate SMEs and larger enterprises',
      '- Helping export-oriented SMEs to explore new markets',
      'The MIIT also released instructions on the industrial internet activity for 2025. Key aspects include:',
      '- Integrating software firms and financiers in industrial parks',
    ];
    const texts = [
      ['MERICS TOP 5', '1. Matchmaker state', `At a glance: ${lines.join('\n\n')}`, 'MERICS comment: Useful.'].join('\n\n'),
      ['## MERICS TOP 5', '### 1. Matchmaker state', `**At a glance:** ${lines.join('\n\n')}`, '**MERICS comment:** Useful.'].join('\n\n'),
      ['China Industries', '4 min read', 'MERICS Top 5', '1. Matchmaker state', `At a glance: ${lines.join('\n')}`, 'MERICS comment: Useful.'].join('\n'),
    ];
    for (const text of texts) {
      const graph = extractText(text);
      const goalsOf = (title: string) => {
        const policy = nodesOf(graph, 'Policy').find((p) => p.title === title)!;
        return outgoing(graph, policy.key, 'SETS_TARGET').map((e) => (e.node as { text?: string }).text);
      };
      expect(goalsOf('Notice on promoting integration between SMEs and large firms')).toEqual([
        'Building industrial clusters that integrate SMEs and larger enterprises',
        'Helping export-oriented SMEs to explore new markets',
      ]);
      expect(goalsOf('Instructions on the industrial internet activity for 2025')).toEqual(['Integrating software firms and financiers in industrial parks']);
    }
  });
});
