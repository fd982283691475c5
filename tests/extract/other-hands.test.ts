/**
 * Newsletters by another hand (tests/fixtures/other-hands): what each says — its policies and who issued
 * them, what they build on, their targets, the news items' dates and actors, the firms — read as written,
 * printed to PDF, and copied from a web page, with the same facts in every shape.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile, extractNewsletter } from '../../src/extract/index.ts';
import type { FactGraph } from '../../src/graph/facts.ts';
import { nodesOf, outgoing } from '../helpers/extract.ts';
import { printedPdfDir } from '../helpers/pdf-fixtures.ts';
import { seedAsWebPage } from '../helpers/web-page.ts';

const DIR = path.resolve(import.meta.dirname, '../fixtures/other-hands');
const read = (file: string) => readFileSync(path.join(DIR, file));

/** What a reader must get from a newsletter, whatever its shape. */
function facts(graph: FactGraph) {
  const newsletter = nodesOf(graph, 'Newsletter')[0]!;
  const top = nodesOf(graph, 'Entry')
    .filter((e) => e.section === 'top')
    .sort((a, b) => a.rank - b.rank);
  const policies = top.map((e) => {
    const [policy] = outgoing(graph, e.key, 'COVERS');
    const key = policy!.key;
    return {
      title: (policy!.node as { title: string }).title,
      date: (policy!.node as { date: string | null }).date,
      draft: (policy!.node as { draft: boolean }).draft,
      issuers: outgoing(graph, key, 'ISSUED_BY')
        .map((i) => (i.node as { name: string }).name)
        .sort(),
      buildsOn: outgoing(graph, key, 'BUILDS_ON')
        .map((b) => (b.node as { title: string }).title)
        .sort(),
      targets: outgoing(graph, key, 'SETS_TARGET').map((t) => (t.node as { year: number | null }).year),
      firms: outgoing(graph, e.key, 'MENTIONS')
        .filter((m) => m.node.kind === 'Firm')
        .map((m) => (m.node as { name: string }).name)
        .sort(),
    };
  });
  const news = nodesOf(graph, 'Entry')
    .filter((e) => e.section !== 'top')
    .map((e) => {
      const covered = outgoing(graph, e.key, 'COVERS').map((c) => c.key);
      // The bodies that acted (or that the item names), as the scorer counts them, and the firms.
      const bodies = [
        ...covered.flatMap((p) => outgoing(graph, p, 'ISSUED_BY')),
        ...outgoing(graph, e.key, 'MENTIONS').filter((m) => m.node.kind === 'Agency'),
      ];
      const firms = outgoing(graph, e.key, 'MENTIONS').filter((m) => m.node.kind === 'Firm');
      const names = new Set([...bodies, ...firms].map((n) => (n.node as { name: string }).name));
      return `${e.date} ${e.section}: ${[...names].sort().join(', ')}`;
    })
    .sort();
  return { date: newsletter.date, policies, news };
}

const EMBODIED_AI = {
  date: '2025-04-16',
  policies: [
    {
      title: 'Guiding Opinions on Promoting the Development of Embodied Intelligence',
      date: '2025-03-14',
      draft: false,
      issuers: ['Ministry of Industry and Information Technology', 'Ministry of Science and Technology', 'National Development and Reform Commission'],
      buildsOn: ['Action Plan for the Innovative Development of Humanoid Robots', 'Made in China 2025'],
      targets: [2027, null, 2026],
      firms: ['BYD', 'UBTech', 'Unitree Robotics', 'Xiaomi'],
    },
    {
      title: 'Rules on Pricing Conduct in the Automobile Industry (Draft for Comments)',
      date: '2025-03-21',
      draft: true,
      issuers: ['State Administration for Market Regulation'],
      buildsOn: ['Anti-Unfair Competition Law'],
      // "Manufacturers may not set retail prices below cost" is a ban, not a goal; the duty to disclose is one.
      targets: [null],
      firms: ['BYD', 'Tesla'],
    },
    {
      title: 'Action Plan for Promoting the Innovative Development of the Commercial Space Industry in Shanghai (2025-2027)',
      date: '2025-04-02',
      draft: false,
      issuers: ["Shanghai Municipal People's Government"],
      buildsOn: ['14th Five-Year Plan for the Development of the Space Industry'],
      // The summary's "By 2027, the industry's output value should exceed CNY 200 billion", then its two bullets ("Other goals include:").
      targets: [2027, null, 2027],
      firms: ['Spacesail Technology'],
    },
  ],
  news: [
    '2025-03-11 policy-news: National Energy Administration',
    "2025-03-18 policy-news: China Securities Regulatory Commission, People's Bank of China",
    '2025-04-01 policy-news: Cyberspace Administration of China',
    '2025-03-12 corporate-news: Huawei',
    '2025-03-25 corporate-news: CATL, Mercedes-Benz Group',
    '2025-04-03 corporate-news: Chery',
    '2025-04-07 corporate-news: SMIC',
  ].sort(),
};

const BATTERY_RULES = {
  date: '2024-07-03',
  policies: [
    {
      title: 'Lithium-ion Battery Industry Standard Conditions (2024 Edition)',
      date: '2024-06-19',
      draft: false,
      issuers: ['Ministry of Industry and Information Technology'],
      buildsOn: ['Lithium-ion Battery Industry Standard Conditions (2021)'],
      targets: [null, null, 2026],
      firms: ['BYD', 'CATL', 'EVE Energy'],
    },
    {
      title: 'Interim Measures for the Authorized Operation of Public Data Resources',
      date: '2024-06-05',
      draft: false,
      issuers: ['Cyberspace Administration of China', 'National Data Bureau'],
      buildsOn: ['Opinions on Building a Data Base System to Better Leverage the Role of Data Elements'],
      targets: [],
      firms: ['S&P Global'],
    },
  ],
  news: [
    '2024-05-30 policy-news: State Council',
    '2024-06-04 policy-news: General Administration of Customs, Ministry of Commerce',
    "2024-06-21 policy-news: Supreme People's Court",
    '2024-06-03 corporate-news: NIO',
    '2024-06-12 corporate-news: Geely, Volvo Cars',
    '2024-06-20 corporate-news: Horizon Robotics',
  ].sort(),
};

const CARBON_MARKET = {
  date: '2021-02-24',
  policies: [
    {
      title: 'Catalogue of Industries for Encouraging Foreign Investment (2021 Draft for Comments)',
      date: '2021-01-27',
      draft: true,
      issuers: ['Ministry of Commerce', 'National Development and Reform Commission'],
      buildsOn: ['Catalogue of Industries for Encouraging Foreign Investment (2019)'],
      targets: [],
      firms: ['Toyota', 'Volkswagen'],
    },
    {
      title: 'Measures for the Administration of Carbon Emissions Trading (Trial)',
      date: '2021-01-05',
      draft: false,
      issuers: ['Ministry of Ecology and Environment'],
      buildsOn: [],
      targets: [2030],
      firms: ['China Datang', 'Huaneng Power International'],
    },
  ],
  news: [
    '2021-01-22 policy-news: State Administration for Market Regulation',
    '2021-02-07 policy-news: Anti-Monopoly Commission of the State Council',
    '2021-01-25 corporate-news: Didi',
    '2021-02-09 corporate-news: BASF',
  ].sort(),
};

const LOW_ALTITUDE = {
  date: '2025-10-09',
  policies: [
    {
      title: 'Implementation Plan for the High-Quality Development of the Low-Altitude Economy (2025–2030)',
      date: '2025-09-15',
      draft: false,
      issuers: ['Civil Aviation Administration of China', 'Ministry of Industry and Information Technology', 'National Development and Reform Commission'],
      buildsOn: ['Guiding Opinions on Developing the Low-Altitude Economy'],
      targets: [2027, null, 2030],
      firms: ['Aridge', 'DJI', 'XPeng', 'eHang'],
    },
    {
      title: 'Provisions on Promoting and Regulating Cross-border Data Flows (Revised Draft for Comment)',
      date: '2025-09-22',
      draft: true,
      issuers: ['Cyberspace Administration of China'],
      buildsOn: ['Provisions on Promoting and Regulating Cross-border Data Flows'],
      targets: [],
      firms: ['Bosch', 'SAP', 'Siemens'],
    },
  ],
  news: [
    '2025-09-03 policy-news: Ministry of Finance, State Taxation Administration',
    '2025-09-16 policy-news: State Council',
    '2025-09-29 policy-news: Ministry of Industry and Information Technology, National Energy Administration',
    '2025-09-08 corporate-news: Leapmotor, Stellantis',
    '2025-09-19 corporate-news: Hua Hong',
    '2025-09-25 corporate-news: Pop Mart',
  ].sort(),
};

const ENERGY_STORAGE = {
  date: '2022-09-15',
  policies: [
    {
      title: 'Guiding Opinions on Accelerating the Development of New-Type Energy Storage',
      date: '2022-08-29',
      draft: false,
      issuers: ['National Development and Reform Commission', 'National Energy Administration'],
      buildsOn: ['14th Five-Year Plan for a Modern Energy System', 'Guiding Opinions on Promoting Energy Storage Technology and Industry Development'],
      targets: [2025, 2025],
      firms: ['CATL', 'China Huaneng Group', 'Hithium', 'Sungrow Power Supply'],
    },
    {
      title: 'Provisions on the Filing of Financial Recommendation Algorithms (Draft for Comment)',
      date: '2022-09-02',
      draft: true,
      issuers: ['Cyberspace Administration of China'],
      buildsOn: ['Personal Information Protection Law', 'Provisions on the Administration of Algorithmic Recommendations for Internet Information Services'],
      targets: [],
      firms: ['Ant Group', 'Tencent'],
    },
    {
      title: 'Opinions on Improving the Evaluation System for Scientific and Technological Achievements',
      date: '2022-09-08',
      draft: false,
      issuers: ['Central Committee of the Communist Party of China', 'State Council'],
      buildsOn: ['Opinions on Deepening the Reform of Project Review, Talent Evaluation and Institutional Assessment'],
      targets: [],
      firms: [],
    },
  ],
  news: [
    "2022-08-31 policy-news: China Banking and Insurance Regulatory Commission, People's Bank of China",
    '2022-09-01 corporate-news: Loongson Technology',
    '2022-09-05 policy-news: National Development and Reform Commission',
    '2022-09-06 corporate-news: BAIC Group, Xiaomi',
    "2022-09-09 policy-news: Shenzhen Municipal People's Government",
    '2022-09-12 corporate-news: Honor',
  ],
};

const EXPORT_CONTROLS = {
  date: '2023-01-10',
  policies: [
    {
      title: 'Catalogue of Technologies Prohibited or Restricted from Export (Draft Revision for Comments)',
      date: '2022-12-30',
      draft: true,
      issuers: ['Ministry of Commerce', 'Ministry of Science and Technology'],
      // "It is the first update since the 2020 revision of the catalogue": its own earlier edition.
      buildsOn: ['Catalogue of Technologies Prohibited or Restricted from Export (2020)', 'Export Control Law'],
      targets: [],
      firms: ['LONGi', 'Meyer Burger', 'TCL'],
    },
    {
      title: 'Implementation Plan for Hydrogen Applications in Industry',
      date: '2022-12-14',
      draft: false,
      issuers: ['National Development and Reform Commission', 'National Energy Administration'],
      buildsOn: ['Medium and Long-Term Plan for the Development of the Hydrogen Energy Industry (2021-2035)'],
      targets: [2025, null, 2027],
      firms: ['HBIS', 'Sinopec'],
    },
  ],
  news: [
    '2023-01-03 policy-news: Ministry of Finance, State Taxation Administration',
    '2023-01-04 corporate-news: BYD, Denza',
    '2023-01-05 policy-news: China Securities Regulatory Commission',
    '2023-01-06 corporate-news: Horizon Robotics, Volkswagen',
    '2023-01-09 corporate-news: China Northern Rare Earth',
  ],
};

const RESUMPTION = {
  date: '2020-03-12',
  policies: [
    {
      title: 'Circular on the Orderly Resumption of Work and Production in Industrial Enterprises',
      date: '2020-02-24',
      draft: false,
      issuers: ['Ministry of Industry and Information Technology'],
      buildsOn: ['Law on the Prevention and Treatment of Infectious Diseases', 'notice on extending the Spring Festival holiday'],
      targets: [null, null, null],
      firms: ['Bosch', 'Fuyao Glass', 'Tesla'],
    },
    {
      title: 'Announcement on Lifting Foreign Ownership Limits of Securities Companies',
      date: '2020-03-13',
      draft: false,
      issuers: ['China Securities Regulatory Commission'],
      buildsOn: ['Foreign Investment Law'],
      targets: [],
      firms: ['Goldman Sachs', 'J.P. Morgan', 'Nomura'],
    },
  ],
  news: [
    "2020-02-03 policy-news: People's Bank of China",
    '2020-02-10 corporate-news: Foxconn',
    '2020-02-18 policy-news: Ministry of Finance',
    '2020-02-27 corporate-news: NIO',
  ],
};

const FINTECH_SHIPYARDS = {
  date: '2022-04-26',
  policies: [
    {
      title: 'Fintech Development Plan (2022-2025)',
      date: '2022-01-04',
      draft: false,
      issuers: ["People's Bank of China"],
      buildsOn: ['Fintech Development Plan (2019-2021)'],
      targets: [2025, 2025, 2025],
      firms: ['Ant Group', 'Industrial and Commercial Bank of China', 'Tencent'],
    },
    {
      title: 'Implementation Plan for Accelerating the Green and Intelligent Development of the Shipbuilding Industry',
      date: '2022-03-17',
      draft: false,
      issuers: [
        'Ministry of Ecology and Environment',
        'Ministry of Finance',
        'Ministry of Industry and Information Technology',
        'Ministry of Transport',
        'National Development and Reform Commission',
      ],
      buildsOn: ['Three-Year Action Plan for Deepening the Structural Adjustment of the Shipbuilding Industry'],
      targets: [2025, 2025],
      firms: ['China State Shipbuilding Corporation', 'Hyundai Heavy Industries', 'Yangzijiang Shipbuilding'],
    },
    {
      title: 'Measures for the Supervision and Administration of Online Drug Sales (Draft for Comments)',
      date: '2022-04-02',
      draft: true,
      issuers: ['National Medical Products Administration'],
      buildsOn: ['Interim Provisions on the Supervision of Internet Drug Trading Services'],
      targets: [],
      firms: ['Alibaba Health', 'JD Health', 'Ping An Good Doctor'],
    },
    {
      title: 'Opinions on Accelerating the Construction of a Unified National Market',
      date: '2022-03-25',
      draft: false,
      issuers: ['Central Committee of the Communist Party of China', 'State Council'],
      buildsOn: ['Opinions on Building a More Complete System and Mechanism for the Market-Based Allocation of Factors of Production'],
      targets: [],
      firms: [],
    },
    {
      title: 'Photovoltaic Manufacturing Industry Standard Conditions (2022 Revision)',
      date: '2022-04-08',
      draft: false,
      issuers: ['Ministry of Industry and Information Technology'],
      buildsOn: ['Photovoltaic Manufacturing Industry Standard Conditions (2021)'],
      targets: [],
      firms: ['JinkoSolar', 'LONGi'],
    },
  ],
  news: [
    '2022-04-01 policy-news: China Securities Regulatory Commission',
    '2022-04-03 corporate-news: BYD',
    "2022-04-06 policy-news: Shanghai Municipal People's Government",
    '2022-04-08 corporate-news: SMIC',
    '2022-04-11 policy-news: National Press and Publication Administration',
    '2022-04-14 corporate-news: Horizon Robotics, Volkswagen',
    '2022-04-19 policy-news: Ministry of Commerce, National Development and Reform Commission',
    '2022-04-21 corporate-news: DJI',
  ],
};

const EPIDEMIC_SUPPORT = {
  date: '2020-02-20',
  policies: [
    {
      title: 'Notice on Supporting Small and Micro Enterprises in Responding to the Epidemic',
      date: '2020-02-07',
      draft: false,
      issuers: ['State Council'],
      buildsOn: ['Notice on Strengthening Epidemic Prevention and Control'],
      targets: [null, 2020, null],
      firms: ['China Eastern Airlines', 'Foxconn', 'SAIC-GM-Wuling'],
    },
    {
      title: 'Personal Health Information Code – Reference Model (Draft)',
      date: '2020-02-14',
      draft: true,
      issuers: ['Standardization Administration of China', 'State Administration for Market Regulation'],
      buildsOn: ['Personal Information Security Specification'],
      targets: [],
      firms: ['Alibaba', 'Alipay', 'Tencent'],
    },
    {
      title: 'Guidelines on Investment in Integrated Circuit Equipment',
      date: '2020-02-10',
      draft: false,
      issuers: ['Ministry of Science and Technology', 'National Development and Reform Commission'],
      buildsOn: ['Outline for Promoting the Development of the National Integrated Circuit Industry'],
      targets: [2025, 2025],
      firms: ['AMEC', 'ASML', 'Naura Technology Group'],
    },
  ],
  news: [
    '2020-02-03 policy-news: Ministry of Industry and Information Technology',
    '2020-02-04 corporate-news: Tesla',
    '2020-02-10 corporate-news: Didi',
    '2020-02-11 policy-news: Ministry of Finance, State Taxation Administration',
    "2020-02-17 policy-news: Hubei Provincial People's Government",
    '2020-02-18 corporate-news: Apple',
  ],
};

const DATA_EXPORT = {
  date: '2021-11-30',
  policies: [
    {
      title: 'Measures on Security Assessment of Outbound Data Transfers (Draft for Comment)',
      date: '2021-10-29',
      draft: true,
      issuers: ['Cyberspace Administration of China'],
      buildsOn: ['Personal Information Protection Law'],
      targets: [],
      firms: ['Amazon Web Services', 'Nvidia', 'Tesla', 'Volkswagen'],
    },
    {
      title: 'Implementation Plan for Carbon Peaking in the Industrial Sector',
      date: '2021-11-15',
      draft: false,
      issuers: ['Ministry of Ecology and Environment', 'Ministry of Industry and Information Technology', 'National Development and Reform Commission'],
      buildsOn: ['Action Plan for Carbon Dioxide Peaking Before 2030'],
      targets: [2025, 2030],
      firms: ['CATL', 'HBIS', 'XPeng'],
    },
    {
      title: '14th Five-Year Plan for the Development of the Digital Economy',
      date: '2021-11-12',
      draft: false,
      issuers: ['State Council'],
      buildsOn: ['Outline of the 14th Five-Year Plan for National Economic and Social Development'],
      targets: [2025, 2025],
      firms: ['Alibaba', 'ByteDance', 'SMIC'],
    },
  ],
  news: [
    "2021-10-20 policy-news: China Banking and Insurance Regulatory Commission, People's Bank of China",
    '2021-10-25 corporate-news: NIO',
    '2021-11-02 policy-news: National Development and Reform Commission',
    '2021-11-08 corporate-news: Renault Korea, Zhejiang Geely Holding Group',
    "2021-11-17 policy-news: Zhejiang Provincial People's Government",
    '2021-11-19 corporate-news: Didi',
  ],
};

const USED_CARS_DRONES = {
  date: '2024-06-05',
  policies: [
    {
      title: 'Measures to promote the circulation of second-hand vehicles',
      date: null,
      draft: false,
      issuers: ['Ministry of Commerce', 'Ministry of Public Security', 'State Administration for Market Regulation'],
      buildsOn: ['Action Plan for Promoting Large-scale Equipment Renewal and Trade-ins of Consumer Goods'],
      targets: [],
      firms: ['Guazi', 'Uxin'],
    },
    {
      title: 'Shenzhen Special Economic Zone Regulations on Promoting the Low-Altitude Economy',
      date: '2024-02-22',
      draft: false,
      issuers: ["Shenzhen Municipal People's Congress"],
      buildsOn: ['Civil Aviation Law'],
      targets: [2026],
      firms: ['DJI', 'Xpeng AeroHT', 'eHang'],
    },
  ],
  news: [
    '2024-05-08 policy-news: Tariff Commission of the State Council',
    '2024-05-13 corporate-news: Geely, Zeekr',
    "2024-05-21 policy-news: Supreme People's Court, Supreme People's Procuratorate",
    '2024-05-27 corporate-news: Gotion High-Tech, InoBat',
  ],
};

// FedEx ("FedEx, which misrouted … parcels, was seen as a candidate") and Ericsson and Nokia ("with
// Ericsson and Nokia taking smaller shares") are named with no role or business word: not read.
const RARE_EARTHS = {
  date: '2019-07-12',
  policies: [
    {
      title: 'Interim Measures for the Management of Rare Earth Production (Draft for Comment)',
      date: '2019-07-03',
      draft: true,
      issuers: ['Ministry of Industry and Information Technology', 'National Development and Reform Commission'],
      buildsOn: ['Notice on Rare Earth Production Quotas', 'Rare Earth Industry Development Plan (2016-2020)'],
      targets: [2020, 2025],
      firms: ['China Northern Rare Earth', 'Minmetals Rare Earth'],
    },
    {
      title: 'Provisions on the Unreliable Entity List',
      date: '2019-05-31',
      draft: false,
      issuers: ['Ministry of Commerce'],
      buildsOn: [],
      targets: [],
      firms: ['Apple', 'Huawei'],
    },
    {
      title: 'Decision on Issuing Basic Telecommunications Business Licences for 5G',
      date: '2019-06-06',
      draft: false,
      issuers: ['Ministry of Industry and Information Technology'],
      buildsOn: ['Notice on Promoting 5G Development'],
      targets: [2020, 2019],
      firms: ['China Broadcasting Network', 'China Mobile', 'China Telecom', 'China Unicom', 'Huawei', 'ZTE'],
    },
  ],
  news: [
    '2019-06-11 corporate-news: NIO',
    '2019-06-14 policy-news: State Administration for Market Regulation',
    '2019-06-20 policy-news: Cyberspace Administration of China',
    '2019-06-24 corporate-news: Sugon',
    "2019-06-28 policy-news: Zhejiang Provincial People's Government",
    '2019-07-02 corporate-news: Tsinghua Unigroup',
  ],
};

const AI_MANUFACTURING = {
  date: '2025-03-27',
  policies: [
    {
      title: 'Action Plan for "AI Plus Manufacturing" (2025-2027)',
      date: '2025-03-10',
      draft: false,
      issuers: [
        'Cyberspace Administration of China',
        'Ministry of Finance',
        'Ministry of Human Resources and Social Security',
        'Ministry of Industry and Information Technology',
        'Ministry of Science and Technology',
        'National Development and Reform Commission',
        'State Administration for Market Regulation',
        'State-owned Assets Supervision and Administration Commission',
      ],
      buildsOn: ['Made in China 2025', 'Next Generation Artificial Intelligence Development Plan'],
      targets: [2027, 2027, 2027],
      firms: ['DeepSeek', 'Estun Automation', 'Siasun Robot & Automation'],
    },
    {
      title: 'Several Measures on Facilitating Cross-Border Data Flows for Foreign-Invested Enterprises',
      date: '2025-03-14',
      draft: false,
      issuers: ["Shanghai Municipal People's Government"],
      buildsOn: ['Provisions on Promoting and Regulating Cross-Border Data Flows'],
      targets: [],
      firms: ['Siemens', 'Tesla'],
    },
    {
      title: 'Notice on Continuing the Car Trade-in Programme in 2025',
      date: '2025-01-08',
      draft: false,
      issuers: ['Ministry of Commerce', 'Ministry of Finance'],
      buildsOn: ['Implementation Rules for Car Trade-ins'],
      targets: [2025],
      firms: ['BYD', 'Geely', 'Leapmotor', 'Volkswagen'],
    },
  ],
  news: [
    '2025-03-03 policy-news: National Data Bureau',
    '2025-03-05 corporate-news: Xiaomi',
    '2025-03-12 policy-news: State Council',
    '2025-03-17 corporate-news: CATL',
    '2025-03-19 policy-news: Guangdong Department of Commerce',
    '2025-03-25 corporate-news: Unitree Robotics',
  ],
};

const EXPECTED: Record<string, unknown> = {
  '2025-04-embodied-ai.txt': EMBODIED_AI,
  '2024-07-battery-rules.txt': BATTERY_RULES,
  '2021-02-carbon-market.txt': CARBON_MARKET,
  '2025-10-low-altitude.txt': LOW_ALTITUDE,
  '2022-09-energy-storage.txt': ENERGY_STORAGE,
  '2023-01-export-controls.txt': EXPORT_CONTROLS,
  '2020-03-resumption.txt': RESUMPTION,
  '2022-04-fintech-shipyards.txt': FINTECH_SHIPYARDS,
  '2020-02-epidemic-support.txt': EPIDEMIC_SUPPORT,
  '2021-11-data-export.txt': DATA_EXPORT,
  '2024-06-used-cars-drones.txt': USED_CARS_DRONES,
  '2019-07-rare-earths.txt': RARE_EARTHS,
  '2025-03-ai-manufacturing.txt': AI_MANUFACTURING,
};

/** The markdown issues, as a browser copies their web pages. */
const WEB: Record<string, unknown> = {
  '2024-07-battery-rules.txt': BATTERY_RULES,
  '2025-10-low-altitude.txt': LOW_ALTITUDE,
  '2023-01-export-controls.txt': EXPORT_CONTROLS,
  '2022-04-fintech-shipyards.txt': FINTECH_SHIPYARDS,
  '2021-11-data-export.txt': DATA_EXPORT,
  '2024-06-used-cars-drones.txt': USED_CARS_DRONES,
  '2019-07-rare-earths.txt': RARE_EARTHS,
};

let pdfDir = '';
const copied = new Map<string, string>();
beforeAll(async () => {
  pdfDir = await printedPdfDir(DIR);
  // What a browser gives when the markdown issue's web page is selected and copied.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    for (const file of Object.keys(WEB)) {
      await page.setContent(seedAsWebPage(read(file).toString('utf8'), 'China Industries'));
      copied.set(file, (await page.evaluate('document.body.innerText')) as string);
    }
  } finally {
    await browser.close();
  }
}, 120_000);

describe('newsletters by another hand', () => {
  it.each(Object.keys(EXPECTED))('%s as written', (file) => {
    expect(facts(extractNewsletter(file, read(file)).fragment.graph)).toEqual(EXPECTED[file]);
  });

  it.each(Object.keys(EXPECTED))('%s printed to PDF', async (file) => {
    const pdf = readFileSync(path.join(pdfDir, file.replace(/\.txt$/, '.pdf')));
    const { doc, fragment } = await extractFile(file, pdf);
    expect(doc.shape).toBe('pdf');
    expect(facts(fragment.graph)).toEqual(EXPECTED[file]);
  });

  it.each(Object.keys(WEB))('%s copied from its web page', (file) => {
    const { doc, fragment } = extractNewsletter(file, new TextEncoder().encode(copied.get(file)));
    expect(doc.shape).toBe('web-text');
    expect(facts(fragment.graph)).toEqual(WEB[file]);
  });
});
