/**
 * Firms in corporate news as other authors write them: unknown firms found by how the sentence names
 * them (a role before the name, a legal form after it, a verb of business), registry names matched
 * in any case, legal forms dropped so "Xiaomi Corp." and "Xiaomi" are one firm, and Party bodies never
 * taken for firms — in either shape.
 */
import { describe, expect, it } from 'vitest';
import { extractText, nodesOf } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';

const ITEMS: [string, string[]][] = [
  ['October 3: Zhejiang Geely Holding Group announced a EUR 2 billion investment in Hungary (Reuters article)', ['Zhejiang Geely Holding Group']],
  ['October 4: Shenzhen-based startup Unitree Robotics raised USD 100 million in a new funding round (Caixin article)', ['Unitree Robotics']],
  ['October 7: State-owned China Mobile signed a 5G deal with Ericsson (Reuters article)', ['China Mobile', 'Ericsson']],
  ['October 8: Biontech and Fosun Pharma ended their vaccine partnership (Handelsblatt article)', ['BioNTech', 'Fosun Pharma']],
  ['October 12: Xiaomi Corp. began deliveries of its SU7 sedan (Caixin article)', ['Xiaomi']],
  ['October 14: Tuopu Group Co., Ltd. opened a plant in Mexico (company press release)', ['Tuopu Group']],
  ['October 13: German chemical giant BASF opened its Zhanjiang Verbund site (company press release)', ['BASF']],
  ['October 10: The Leading Small Group on Cybersecurity met to discuss data rules (Xinhua article)', []],
  // Who acts on a firm is no firm ("Regulators"); whom they fine, or a state lists, is one, its fine's currency no part of its name.
  ['October 11: Regulators fined Tambera Pharma CNY 2 billion for price gouging (Caixin article)', ['Tambera Pharma']],
  ['October 11: The US added Qorvix Semiconductor to its Entity List (Reuters article)', ['Qorvix Semiconductor']],
  // A firm renamed is named as it was then: Daimler before 2022, Mercedes-Benz Group after.
  ['February 24, 2018: Geely bought a 9.7 percent stake in Daimler (Reuters article)', ['Daimler', 'Geely']],
  // What a firm measures itself against is a firm, the names it lists too.
  ['June 5: Toy maker Pop Mart became worth more than Qorvix and Tambera combined (Bloomberg article)', ['Pop Mart', 'Qorvix', 'Tambera']],
  // The possessive of a day's name is no business's: "Singles' Day sales" names no firm "Singles".
  ["November 12: Alibaba's Singles' Day sales reached CNY 498 billion (Caixin article)", ['Alibaba']],
  // An industry before a role word describes the firm: no firm called "Semiconductor" or "Battery".
  ['October 15: Semiconductor maker SMIC reported record quarterly revenue (SCMP article)', ['SMIC']],
  ['October 16: Battery giant CATL opened a plant in Hungary (Reuters article)', ['CATL']],
  ['October 17: Robot company Galbot raised USD 150 million (36Kr article)', ['Galbot']],
  ['October 23: Chip designer Loongson Technology listed on the STAR Market (Caixin article)', ['Loongson Technology']],
  ['October 24: Hithium, a Xiamen-based storage system vendor, filed for a listing (Reuters article)', ['Hithium']],
  ['October 25: Xiaomi and state-owned utility China Huaneng Group agreed to build a solar farm (Reuters article)', ['China Huaneng Group', 'Xiaomi']],
  // A compound role ("steelmaker"), a brand of a firm, buyers named as a list.
  ['October 26: Steelmaker HBIS and Sinopec will test hydrogen-based steelmaking (Caixin article)', ['HBIS', 'Sinopec']],
  ["October 27: BYD's premium brand Denza opened its first showroom in Munich (Reuters article)", ['BYD', 'Denza']],
  ['October 28: Western buyers such as Meyer Burger depend on Chinese wafers (FT article)', ['Meyer Burger']],
  // A name that opens with its number; a subject with an aside before its verb.
  ['October 30: 3SBio licensed a cancer drug to Pfizer for USD 1.25 billion (FiercePharma article)', ['3SBio', 'Pfizer']],
  ['October 31: Kuka, owned by Midea, announced 300 job cuts in Augsburg (Handelsblatt article)', ['Kuka', 'Midea']],
  // A subject of two names.
  ['October 9: Qorvix and Tambera announced plans to merge their fertiliser units (Reuters article)', ['Qorvix', 'Tambera']],
  // Policymakers are people: what follows them is no list of firms.
  ['October 29: Policymakers in the US and EU are wary of sharing technology in areas such as quantum and AI (FT article)', []],
  // What follows calls them firms.
  ['October 18: Dreame and Roborock are the companies most exposed to the new tariffs (Caixin article)', ['Dreame', 'Roborock']],
  [
    'October 21: Huaneng Power International and China Datang will be among the first traders on the carbon market (Caixin article)',
    ['China Datang', 'Huaneng Power International'],
  ],
  // A role word opening the sentence is no part of the name.
  ['October 22: Startup Moonshot AI raised USD 300 million from Alibaba and Tencent (The Information article)', ['Alibaba', 'Moonshot AI', 'Tencent']],
  // An owner before "-owned", a listing after the name.
  ['October 19: Geely-owned Volvo Cars will move some production to Belgium (Bloomberg article)', ['Geely', 'Volvo Cars']],
  ['October 20: Horizon Robotics (HKEX: 9660) filed for a Hong Kong listing (SCMP article)', ['Horizon Robotics']],
  // A name that has shares or a liquidation is a firm's; a role noun opening the sentence is none.
  ['October 4: The Shanghai Stock Exchange suspended trading in Qorvix Property shares (Caixin article)', ['Qorvix Property']],
  ["October 5: A court in Guangzhou ordered Tambera's liquidation (Reuters article)", ['Tambera']],
  // Whom a court orders or winds up; who reports a rise in revenue; sources who say are no firm.
  ['October 6: A court in Guangzhou ordered Tambera to liquidate (Reuters article)', ['Tambera']],
  ['October 6: The court approved the liquidation of Holvan Property (Caixin article)', ['Holvan Property']],
  ['October 7: Qorvix Motors reported a 30 percent rise in revenue (Reuters article)', ['Qorvix Motors']],
  ['October 8: Sources say Tencent is in talks to buy a stake in Lunex Games (Bloomberg article)', ['Lunex Games', 'Tencent']],
  ['October 8: Investors poured USD 2 billion into robotics start-ups (36Kr article)', []],
  // The other side of a transaction.
  ['October 9: Wingtech Technology sold its ODM business to Luxshare Precision (Caixin article)', ['Luxshare Precision', 'Wingtech Technology']],
  ['October 11: Geely completed its merger with Zentrix Auto (Reuters article)', ['Geely', 'Zentrix Auto']],
  ['October 6: Comac won orders from Qorvix Aviation and Air China (Reuters article)', ['Air China', 'COMAC', 'Qorvix Aviation']],
  // What one buys, owns a part of or merges with is a firm.
  ['October 12: Luxshare Precision agreed to buy a factory of Qorvix in India (Bloomberg article)', ['Luxshare Precision', 'Qorvix']],
  ['October 13: Geely took a stake in Tambera (Reuters article)', ['Geely', 'Tambera']],
  // A name ending in s takes the apostrophe alone: its rival, customers or suppliers make it a firm.
  ["October 17: Shenzhen is home to Qorvix Robotics' rival UBTech (Caixin article)", ['Qorvix Robotics', 'UBTech']],
  // A title's capitalised words before "-based" place no firm.
  ['October 18: The NDRC followed the Plan for Market-based Allocation of Factors (NDRC notice)', []],
  // "and" inside a name that two trades or places make.
  ['October 16: Industrial and Commercial Bank of China and Tambera signed a loan (Caixin article)', ['Industrial and Commercial Bank of China', 'Tambera']],
  ['October 14: Local officials gave up the unfinished chip fab of Qorvix Semiconductor (Caixin article)', ['Qorvix Semiconductor']],
  ['October 15: Lunex, a Dutch chipmaker owned by Tambera, cut 300 jobs (Handelsblatt article)', ['Lunex', 'Tambera']],
  // A name ending in s takes its possessive's apostrophe alone; "Former" opens the sentence, not the name.
  ["October 17: Lunex Labs' shares doubled on their debut in Hong Kong (SCMP article)", ['Lunex Labs']],
  ['October 18: Former Alibaba executive Li Wei founded a robot start-up in Hangzhou (Caixin article)', ['Alibaba']],
  // A firm's full name with its legal form in any spelling is the registered firm.
  ['October 16: Semiconductor Manufacturing International Corp. said it would expand its Beijing fab (Caixin article)', ['SMIC']],
  ['October 19: Tambera agreed to sell its chip unit to a consortium led by Qorvix Capital (FT article)', ['Qorvix Capital', 'Tambera']],
  ["October 20: Tambera's logistics arm Qorvix filed for a listing in Hong Kong (SCMP article)", ['Qorvix', 'Tambera']],
  ['October 21: Holvan, which owns a majority of Lunex Motors, cut prices (Reuters article)', ['Holvan', 'Lunex Motors']],
  ['October 22: The investment arm of Tambera bought a stake in a chip designer (Caixin article)', ['Tambera']],
  // Where a plant stands is no firm.
  ['October 14: Svolt Energy announced a plant in Saarland, Germany (Reuters article)', ['Svolt Energy']],
  // A registered firm under the name most often printed for it, whichever of its names the text prints.
  ['October 25: China Baowu Steel Group raised its output (Caixin article)', ['China Baowu']],
  ['October 26: Baowu cut its output (Caixin article)', ['China Baowu']],
  // A registered name printed in other letters' case is the registered firm; in lower case it is a word.
  ["October 23: Bytedance's video app launched a food delivery service (LatePost article)", ['ByteDance']],
  ['October 24: SHELL CUTS JOBS, and apple growers protest (Reuters article)', []],
  // After "&", "Co." is the name's own word, its full stop the sentence's.
  ['October 25: Carmaker Geely said it would merge its Zeekr brand with Lynk & Co.', ['Geely', 'Lynk & Co', 'Zeekr']],
];

/** Firms the registry does not know, named in a TOP entry's comment by how the sentence calls them. */
const IN_COMMENT: [string, string[]][] = [
  ['The likes of Qorvix and Tambera stand to gain.', ['Qorvix', 'Tambera']],
  ['Carmakers Zentrix and Holvan are already ahead.', ['Holvan', 'Zentrix']],
  ['Market leaders Qorvix and Tambera will benefit.', ['Qorvix', 'Tambera']],
  ['Beneficiaries will be national champions such as Qorvix, Tambera and Lunex.', ['Lunex', 'Qorvix', 'Tambera']],
  ['Shares of Qorvix Technology rose 10 percent.', ['Qorvix Technology']],
  // A role's plural however it is spelt: "companies", "foundries", "utilities".
  ['Companies such as Qorvix, Tambera and Lunex are expected to apply.', ['Lunex', 'Qorvix', 'Tambera']],
  ['Foundries like Qorvix and Tambera benefit.', ['Qorvix', 'Tambera']],
  ['Investment banks such as Qorvix Capital and Tambera have applied for control of their ventures.', ['Qorvix Capital', 'Tambera']],
  // What follows calls them firms, across an aside, in the plural or the singular.
  ['Qorvix, which won the first certificate for an air taxi, and Tambera are the firms most likely to benefit.', ['Qorvix', 'Tambera']],
  ['Lunex, which is based in Chengdu, is the company most exposed.', ['Lunex']],
  // A name of one word heads a list of three, but a sentence's adverb before a comma does not.
  ['Qorvix, Holvan and Tambera Robotics are racing to mass-produce humanoids.', ['Holvan', 'Qorvix', 'Tambera Robotics']],
  ['Separately, Holvan and Tambera Robotics make robots. Meanwhile, Lunex, Holvan and Tambera Robotics make drones.', ['Holvan', 'Lunex', 'Tambera Robotics']],
  // What is about to make goods is a firm: "are racing to mass-produce humanoids".
  ['Qorvix Robotics, Holvan and Tambera are racing to mass-produce humanoids.', ['Holvan', 'Qorvix Robotics', 'Tambera']],
  // An apposition with a role word after two names: "the largest emitters" in carbon-market news.
  ['Qorvix Power and Tambera Power, the largest emitters, will trade first.', ['Qorvix Power', 'Tambera Power']],
  // Or says they stand to profit — a place or a body standing there stays none.
  ['Qorvix Good Doctor and Tambera are the best placed to profit.', ['Qorvix Good Doctor', 'Tambera']],
  ['Lunex, whose models lead the rankings, and Holvan stand to gain.', ['Holvan', 'Lunex']],
  ['Jiangsu Province and the NDRC stand to benefit.', []],
  // A firm beside it calls a name a firm, across an apposition too.
  ["Lunex, the world's largest steelmaker, and Holvan Steel are testing hydrogen.", ['Holvan Steel', 'Lunex']],
  // A group of firms named right after it: "rivals", "partners".
  ['Domestic rivals Zwsoft and Holvan Software are gaining ground.', ['Holvan Software', 'Zwsoft']],
  // A list whose firm stands last calls the names before it firms; "Meanwhile," opens a sentence.
  ["Lunex Robotics, Holvan and Xpeng's robot unit are the front-runners.", ['Holvan', 'Lunex Robotics', 'XPeng']],
  ['Meanwhile, Huawei and ZTE opened labs in Munich.', ['Huawei', 'ZTE']],
  // Places joined by a hyphen describe a firm, they are none.
  ['Makers such as Qorvix and Swiss-Swedish group Tambera compete for orders.', ['Qorvix', 'Tambera']],
  // A leader who is a person is no firm.
  ['Party leader Xi Jinping met the board.', []],
  // A firm named for its place and trade, where a role or a firm beside it calls it one; a city's grid is none.
  ['Equipment makers Shanghai Electric and Harbin Electric will get orders.', ['Harbin Electric', 'Shanghai Electric']],
  ['Makers such as Qorvix and Wuhan Electric will get orders.', ['Qorvix', 'Wuhan Electric']],
  ['The Shanghai Electric grid is old.', []],
  // A share of a firm, held by one that says "which": both are firms, and the list goes on after them.
  ["Holvan Power, which owns a fifth of Canada's Lunex Systems, and Qorvix stand to gain.", ['Holvan Power', 'Lunex Systems', 'Qorvix']],
  ['Hong Kong, which holds a stake in the airport, agreed.', []],
  ['Fund managers such as Qorvix Asset Management and Holvan Fund have applied.', ['Holvan Fund', 'Qorvix Asset Management']],
  // A name before a noun after "the" says which project, beside a firm though it stands.
  [
    'The projects are run by Qorvix Nuclear Group (QNG) and the Holvan phase III project of Lunex Power Corporation.',
    ['Lunex Power Corporation', 'Qorvix Nuclear Group'],
  ],
  // A listing code, what it makes, an apposition that counts it among makers, what only a business does.
  ['Qorvix Tech (600519.SH) rose after the plan.', ['Qorvix Tech']],
  ['Qorvix Tech, which makes battery separators, gained.', ['Qorvix Tech']],
  ['Made in China 2025, which makes robotics a priority, is old.', []],
  // A clause after two names joined by "and" says what both do.
  ['Qorvix and Tambera Bio, which sell sequencers to hospitals, will need local partners.', ['Qorvix', 'Tambera Bio']],
  ['Qorvix Bio and Tambera sell sequencers to hospitals.', ['Qorvix Bio', 'Tambera']],
  ['Qorvix Seeds, which is preparing a listing, and Tambera High-Tech are set to profit.', ['Qorvix Seeds', 'Tambera High-Tech']],
  ['Tencent and Holvan Capital, investors in Qorvix and Tambera, face write-downs.', ['Holvan Capital', 'Qorvix', 'Tambera', 'Tencent']],
  // What only a business does, said of two names joined by "and": gaining share, holding stakes.
  ['Prices fell, while Qorvix Automation and Tambera gain share in the lower segments.', ['Qorvix Automation', 'Tambera']],
  ['Qorvix Resources has stakes in mines in Tanzania.', ['Qorvix Resources']],
  // A group's business in other letters' case ("HealthCare") is a firm of its own, not the group.
  ['GE HealthCare complained about the tenders.', ['GE HealthCare']],
  ['Qorvix and Tambera, two of the largest solar makers, cut prices.', ['Qorvix', 'Tambera']],
  ['Holvan Robotics unveiled its first humanoid robot in May.', ['Holvan Robotics']],
  ['Lunex Auto delivered 10,000 cars in May.', ['Lunex Auto']],
  ['The EU unveiled its new chip strategy.', []],
  // Whom firms measure themselves against are firms; countries are none.
  ['Domestic makers Qorvix and Tambera lag behind Holvan, Lunex and Zentrix.', ['Holvan', 'Lunex', 'Qorvix', 'Tambera', 'Zentrix']],
  ['China lags behind Germany and Japan in robot density.', []],
  // A firm's purchase, takeover or merger; "and" inside a name that pairs two trades.
  ["Deals such as Qorvix's purchase of Tambera still go ahead.", ['Qorvix', 'Tambera']],
  ['Lunex Steel and Wuhan Iron and Steel completed their merger in December.', ['Lunex Steel', 'Wuhan Iron and Steel']],
  // An apposition that calls it another firm's unit.
  ["Qorvix, Holvan's cloud unit, is already a national showcase.", ['Holvan', 'Qorvix']],
  // A trade's plural opening the sentence is no part of the names after it.
  ['Breeders Lunex Foods and Holvan Foodstuff Group had been losing money for a year.', ['Holvan Foodstuff Group', 'Lunex Foods']],
  // A role word inside a title is no role: "the Guidelines for the Platform Economy".
  ['The rules come a year after the Anti-Monopoly Guidelines for the Platform Economy.', []],
  // Where a firm is from, a body's own abbreviation, letters the text spells out, a founder, a title's words: no firms.
  ['Lithium maker Qorvix bought a 24 percent stake in Chilean producer Tambera.', ['Qorvix', 'Tambera']],
  ['The Ministry of Commerce (MOFCOM) and the General Administration of Customs (GAC) added rare earths to the list.', []],
  ['The ministry approved genetically modified corn and plans to plant GM corn on a tenth of the area.', []],
  ["Holvan's founder Liang Wenfeng and Qorvix's founder Lei Jun met the premier.", ['Holvan', 'Qorvix']],
  ['MOFCOM revised the Provisions on the Takeover of Listed Companies.', []],
  ['The merger completes what the Guiding Opinions on the Merger and Restructuring of Central State-owned Enterprises began.', []],
  // A name goes on past a sentence's end in another sentence's name, and past "of" after "Bank".
  [
    'Steelmaker Lunex Steel is in talks with Chongqing Iron & Steel. Holvan, the largest private steelmaker, is expanding.',
    ['Chongqing Iron & Steel', 'Holvan', 'Lunex Steel'],
  ],
  ['Lenders such as the Bank of Communications and Holvan Bank of China cut rates.', ['Bank of Communications', 'Holvan Bank of China']],
  ["The People's Bank of China (PBOC) cut rates.", []],
  // Names that win contracts, make goods, lead a list of players; a broadcaster, a meat packer.
  ['Qorvix and Tambera also won contracts from China Mobile.', ['China Mobile', 'Qorvix', 'Tambera']],
  ['Qorvix Group builds the plant; Harbin Electric and Lunex Electric make the turbines.', ['Harbin Electric', 'Lunex Electric', 'Qorvix Group']],
  ["Qorvix Pay, Holvan's WeLend and Lunex Digits are the main players.", ['Holvan', 'Lunex Digits', 'Qorvix Pay', 'WeLend']],
  ['The regulator licensed the broadcaster Qorvix Network.', ['Qorvix Network']],
  ['Holvan Group, which owns US meat packer Tambera Foods, gained.', ['Holvan Group', 'Tambera Foods']],
  // Emitters and mills named as a list; a name that another backs, in an aside.
  ['Big emitters like Qorvix, Tambera and Holvan Power will trade first.', ['Holvan Power', 'Qorvix', 'Tambera']],
  ['Private mills such as Lunex lobby for exemptions.', ['Lunex']],
  ['Sodium-ion pioneer Qorvix Battery hopes for orders.', ['Qorvix Battery']],
  // An abbreviation in the plural is a common noun; a scandal is a firm's.
  ['The law introduces registration-based IPOs across the market.', []],
  ["Qorvix Coffee's accounting scandal showed the limits of oversight.", ['Qorvix Coffee']],
  // A recycler; lenders that put money in, one named with "of".
  ['Battery recycler Qorvix gains from scrapped cars.', ['Qorvix']],
  ['US miner Qorvix Materials has a new deal with the Pentagon.', ['Qorvix Materials']],
  ['Bank of Lunex and Tambera each put in 21.5 billion yuan.', ['Bank of Lunex', 'Tambera']],
  ['Developers remain in trouble; Qorvix, backed by Tambera Metro, raised new debt.', ['Qorvix', 'Tambera Metro']],
  // A name joined by "and" to a firm that an attribute describes is a firm too.
  ['Holvan Aviation has a type certificate; Qorvix and the Lunex-backed Tambera are next in line.', ['Lunex', 'Qorvix', 'Tambera']],
  ['Drone maker Holvan leads; Qorvix and the state-owned Tambera follow.', ['Holvan', 'Qorvix', 'Tambera']],
  // A product a firm's possessive names is no firm; a business it names is one.
  // A place before "-based" places a firm; a common word before it describes a thing.
  ['The regulator introduced a registration-based IPO system; Xiamen-based Qorvix listed first.', ['Qorvix']],
  ["Baidu's Qorvix Bot, SenseTime and iFlytek have launched chatbots.", ['Baidu', 'SenseTime', 'iFlytek']],
  ["Huawei's Qorvix OS, Xiaomi and Tambera Motors compete for buyers.", ['Huawei', 'Tambera Motors', 'Xiaomi']],
  ["Baidu's Qorvix Motors, SenseTime and iFlytek compete.", ['Baidu', 'Qorvix Motors', 'SenseTime', 'iFlytek']],
  // Two trades joined inside a name after a word of its own make a firm's name, and the name beside it one too;
  // the trades alone, or an association's name, do not.
  ['Hebei Iron and Steel and Qorvix have already closed several blast furnaces.', ['Hebei Iron and Steel', 'Qorvix']],
  ['Iron and Steel output fell, the China Iron and Steel Association said.', []],
  // A name that ends like a gerund is one inside a sentence; at its start it is the gerund.
  ['Retailers such as Suning and Qorvix have opened special channels.', ['Qorvix', 'Suning']],
  ['Building of new fabs slowed, chipmaker Qorvix said.', ['Qorvix']],
  // What only a business does: price an IPO, open its first store, raise money in any currency, buy a firm, build a plant.
  ['Qorvix Robotics priced its IPO in Hong Kong.', ['Qorvix Robotics']],
  ['Tambera Mart opened its first store in Paris.', ['Tambera Mart']],
  ['Holvan Bingcheng raised HKD 3.4 billion.', ['Holvan Bingcheng']],
  ['Lunex Sports bought Tambera Wolfskin.', ['Lunex Sports', 'Tambera Wolfskin']],
  ['Qorvix Precision will build a plant in Vietnam.', ['Qorvix Precision']],
  ['Shanghai opened its first pilot zone; Beijing will build a new data centre.', []],
  // A clause about the first of two firms joined by "and"; the investor money is raised from.
  ['Sinopec, which plans the largest green hydrogen project in Xinjiang, and Qorvix are already investing.', ['Qorvix', 'Sinopec']],
  ['The battery unit of Tambera raised USD 500 million from Qorvix Capital.', ['Qorvix Capital', 'Tambera']],
  ['Xiaomi secured fresh funding from Lunex last week.', ['Lunex', 'Xiaomi']],
  ['Xiaomi received approval from the MIIT and funding from Shanghai.', ['Xiaomi']],
  // A list goes on from a firm registered by part of its printed name, and from one that has its abbreviation after it.
  ['Western partners signed deals with BeiGene, Hengrui Medicine and Lunex Biologics.', ['BeiGene', 'Hengrui', 'Lunex Biologics']],
  ['Beneficiaries will include QVME, Yangtze Memory Technologies (YMTC) and Lunex Technology.', ['Lunex Technology', 'QVME', 'YMTC']],
  // "Science and Technology" is one firm's name, as "Iron and Steel" is.
  [
    'Private firms compete with the state-owned Tambera Aerospace Science and Technology Corporation (TASC).',
    ['Tambera Aerospace Science and Technology Corporation'],
  ],
  // A list goes on after "private" or "state-owned"; a name headed as a body's ("… Organization") is no firm.
  [
    "The plan follows the Qorvix Maritime Organization's strategy. State-owned CSSC and private Tambera Shipbuilding win most orders.",
    ['China State Shipbuilding Corporation', 'Tambera Shipbuilding'],
  ],
  // A technology's abbreviation behind a small letter is no firm.
  ['Guangdong is home to drone maker DJI and eVTOL developer Qorvix Air.', ['DJI', 'Qorvix Air']],
  // A place's possessive between the names of a list says where the next firm is; a name headed as a place's is none.
  ["Shenzhen-based start-up Qorvix and Shanghai's Lunex Intelligence have shown prototypes.", ['Lunex Intelligence', 'Qorvix']],
  ["Carmaker Tambera and Shanghai's Lingang Special Area signed a deal.", ['Tambera']],
  ['Carmaker Tambera and the Suzhou Industrial Park signed a deal with Qorvix Robotics and Haidian District.', ['Qorvix Robotics', 'Tambera']],
  // Firms picked out of a group ("notably", "led by"); deals signed after "already", with no article.
  ['Foreign firms, notably Qorvix and Tambera, still dominate.', ['Qorvix', 'Tambera']],
  ['Chinese carmakers led by Tambera are expanding abroad.', ['Tambera']],
  ['Provinces, notably Guangdong and Zhejiang, have set up funds.', []],
  ['Tambera Robotics has already signed deals with automakers.', ['Tambera Robotics']],
  // Contractors, integrators and assemblers are firms; so are the apps and services a writer names as such.
  ['Ride-hailing app Qorvix Chuxing and food delivery service Tambera.me have been fined.', ['Qorvix Chuxing', 'Tambera.me']],
  ['The Customs Service and the Public Security Service cooperate.', []],
  // Winners and beneficiaries listed, a market share held together, a firm valued or bought into.
  ['The biggest winners are Qorvix and Tambera Robotics.', ['Qorvix', 'Tambera Robotics']],
  ['Beneficiaries include Qorvix and Tambera.', ['Qorvix', 'Tambera']],
  ['The biggest winners are Guangdong and Jiangsu.', []],
  ['Qorvix, Tambera and Lunex together control 60 percent of the market.', ['Lunex', 'Qorvix', 'Tambera']],
  ['The deal values Qorvix at USD 10 billion.', ['Qorvix']],
  ['Tencent invested USD 1 billion in Lunex.', ['Lunex', 'Tencent']],
  // A firm named again in brackets right after its name is one firm, the registered one of the two.
  ['China Petroleum & Chemical Corporation (Sinopec) raised output.', ['Sinopec']],
  ['Chinese robot maker Qorvix Robotics (QRX) listed its shares.', ['Qorvix Robotics']],
  ['Defence contractors such as Qorvix and systems integrator Tambera Systems gain.', ['Qorvix', 'Tambera Systems']],
  // What a firm sells for a price says it is one, after a clause a colon closes too; a state's bonds say nothing.
  ['Start-ups moved faster than the state: Qorvix Robotics sells a quadruped for under USD 2,000.', ['Qorvix Robotics']],
  ['Tambera Foods sold its plant at USD 20 million.', ['Tambera Foods']],
  ['The Finance Ministry sells bonds for CNY 1 trillion.', []],
  // What a firm absorbed is a firm; losses are not.
  ['Giants such as Qorvix Steel and Tambera, which absorbed Lunex in 2021, will lead.', ['Lunex', 'Qorvix Steel', 'Tambera']],
  ['Qorvix Steel absorbed heavy losses.', []],
  // A name that ends in a trade and acts as a subject is a firm's; a common phrase opening a sentence, or a body, is none.
  ['Tambera Visual Technology, which has fought patent suits abroad, welcomed the draft.', ['Tambera Visual Technology']],
  // (What a firm's possessive names, joined to a firm, is taken for one, as "Alibaba's Alipay and Tencent" are.)
  ["Haier's Qorvix Plat and Tambera Cloud Technology lead the field.", ['Haier', 'Qorvix Plat', 'Tambera Cloud Technology']],
  ['Green Energy is the future of the province.', []],
  ['The Ministry of Science and Technology welcomed the draft.', []],
  // A name listed with others of its role; the suppliers goods are bought from.
  ['Qorvix Power Supply and other inverter makers expect a boom.', ['Qorvix Power Supply']],
  ['Robot makers still depend on imported reducers from Qorvix Drive and Tambera.', ['Qorvix Drive', 'Tambera']],
  // The firm a unit belongs to, named in an aside; a partner; a share of the market taken.
  ['Online lenders such as Qorvix and Lunex Bank, an affiliate of Tambera Financial, lend to traders.', ['Lunex Bank', 'Qorvix', 'Tambera Financial']],
  ['Holvan, which paid a large fine in 2015, now partners with Qorvix Huaxin in server chips.', ['Qorvix Huaxin']],
  ['Huawei wins most of the contracts, while Tambera takes about 10 percent.', ['Huawei', 'Tambera']],
  ['Germany takes about 10 percent of the exports, while Li Wei holds 5 percent.', []],
  // What only a business does, in a clause about the name: listing its shares on a market.
  ['The committee sits alongside Qorvix, which listed in Hong Kong in 2023.', ['Qorvix']],
  ['The plan, which listed in Annex 2 the tasks of each ministry, is long.', []],
  // Joint ventures named as such; specialists of a trade named as a group, one of them a person.
  ['Joint ventures such as Qorvix-GM and FAW-Tambera need to buy credits.', ['FAW-Tambera', 'Qorvix-GM']],
  ['Hydrogen specialists Qorvix and Tambera supply most stacks.', ['Qorvix', 'Tambera']],
  ['The IT specialist Li Wei said the rules are clear.', []],
  // What "its" names before a product noun is the firm's product; a unit "its" names is a firm.
  ['Holvan launched its Qorvix & Co brand in Europe; Tambera Group opened its Lunex platform to carmakers.', ['Tambera Group']],
  ['Tambera Group and its unit Tambera Music gained.', ['Tambera Group', 'Tambera Music']],
];

describe('unknown firms in a comment', () => {
  it.each(IN_COMMENT)('finds in "%s" the firms %j, in every shape', (comment, firms) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [{ ...oneEntry, comment }] }));
      expect(
        nodesOf(graph, 'Firm')
          .map((f) => f.name)
          .sort(),
      ).toEqual(firms);
    }
  });
});

describe('a body the entry lists as an issuer', () => {
  it('is no firm of the entry, though the comment names it as firms are named', () => {
    const comment = 'State-owned investors led by Tambera Development Bank and the lender Qorvix Bank put in CNY 200 billion.';
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [{ ...oneEntry, comment, issuers: 'MOF, Tambera Development Bank' }] }));
      expect(nodesOf(graph, 'Firm').map((f) => f.name)).toEqual(['Qorvix Bank']);
    }
  });
});

/** A line that lists the firms involved under a label of its own: every name in it is a firm, and it states no goal. */
describe('firms listed under a label', () => {
  it.each([
    ['Companies: Qorvix and Tambera Robotics lead; Holvan is preparing a listing', ['Holvan', 'Qorvix', 'Tambera Robotics']],
    ['Key players: Lunex, Qorvix Motors', ['Lunex', 'Qorvix Motors']],
    ['Firms involved: Qorvix; the MIIT oversees the pilots in Shanghai', ['Qorvix']],
  ])('reads "%s" as the firms %j and no goal, in every shape', (bullet, firms) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [{ ...oneEntry, bullets: [...oneEntry.bullets!, bullet] }] }));
      expect(
        nodesOf(graph, 'Firm')
          .map((f) => f.name)
          .sort(),
      ).toEqual(firms);
      expect(nodesOf(graph, 'Target').map((t) => t.text)).toEqual(oneEntry.bullets);
    }
  });
});

describe('firms in other authors’ words', () => {
  it.each(ITEMS)('finds in "%s" the firms %j', (item, firms) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [oneEntry], corporateNews: [item] }));
      expect(
        nodesOf(graph, 'Firm')
          .map((f) => f.name)
          .sort(),
      ).toEqual([...firms].sort());
    }
  });
});
