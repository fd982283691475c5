/**
 * Lineage stated in the words other authors use: each sentence, as a MERICS comment in either shape,
 * links the entry's policy to the document it names, with the relation its cue says — and the title
 * stops where the name does ("… Law in 2022" is the Law, dated).
 */
import { describe, expect, it } from 'vitest';
import { extractText, nodesOf, outgoing } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';

const STATED: [string, string, string][] = [
  ['The plan succeeds the Action Plan for the Industrial Internet released in 2021.', 'based-on', 'Action Plan for the Industrial Internet'],
  ['It replaces the Interim Measures for Data Export Security Assessment.', 'repeals', 'Interim Measures for Data Export Security Assessment'],
  ['The plan implements the Cybersecurity Law.', 'implements', 'Cybersecurity Law'],
  ['This is an updated version of the Measures for Cross-border Data Flows from 2022.', 'amends', 'Measures for Cross-border Data Flows'],
  ['It follows the revision of the Anti-Monopoly Law in 2022.', 'based-on', 'Anti-Monopoly Law'],
  ['The measures were first announced in the Opinions on Building a Unified National Market.', 'based-on', 'Opinions on Building a Unified National Market'],
  ['In line with the 14th Five-Year Plan for the Digital Economy, the plan sets targets.', 'cites', '14th Five-Year Plan for the Digital Economy'],
  ['The new rules supersede the Provisions on Automotive Data Security of 2021.', 'repeals', 'Provisions on Automotive Data Security'],
  ["Following last year's Action Plan for Carbon Peaking, the plan adds targets.", 'based-on', 'Action Plan for Carbon Peaking'],
  ['The plan is a successor to the Three-Year Action Plan for New Data Centers.', 'based-on', 'Three-Year Action Plan for New Data Centers'],
  ['The plan revises the Guidelines for the Construction of the Computing Network.', 'amends', 'Guidelines for the Construction of the Computing Network'],
  [
    'The plan was included as a new measure in the Work Plan for Stabilizing Growth in the Electronics Industry.',
    'amends',
    'Work Plan for Stabilizing Growth in the Electronics Industry',
  ],
  ['The plan elaborates on the Guiding Opinions on Promoting Green Computing.', 'based-on', 'Guiding Opinions on Promoting Green Computing'],
  [
    'It puts into practice the Opinions on Accelerating the Digital Transformation of SOEs.',
    'implements',
    'Opinions on Accelerating the Digital Transformation of SOEs',
  ],
  ['Its predecessor, the Action Plan for Data Centers (2019), expired last year.', 'based-on', 'Action Plan for Data Centers (2019)'],
  // Quotes around a title and an abbreviation inside it are the writer's, not the name's.
  ['It builds on the “National Strategy for Green Hydrogen 2035”.', 'based-on', 'National Strategy for Green Hydrogen 2035'],
  ['The plan implements the 14th Five-Year Plan (FYP) for the Robotics Industry.', 'implements', '14th Five-Year Plan for the Robotics Industry'],
  ['It refines the targets of the Guiding Opinions on Smart Manufacturing.', 'amends', 'Guiding Opinions on Smart Manufacturing'],
  ['The measures were drafted under the framework of the Data Security Law.', 'based-on', 'Data Security Law'],
  ['As called for in the 14th Five-Year Plan for the Digital Economy, the plan sets targets.', 'implements', '14th Five-Year Plan for the Digital Economy'],
  ['The plan upgrades the 2021 Three-Year Action Plan for Data Centers.', 'amends', 'Three-Year Action Plan for Data Centers'],
  // A part of a document named before it: the document.
  ['The plan translates the digital chapter of the Action Plan for New Data Centers into numbers.', 'implements', 'Action Plan for New Data Centers'],
  ['According to the Outline for Building a Quality Powerhouse, the plan focuses on standards.', 'cites', 'Outline for Building a Quality Powerhouse'],
  [
    'The rules supplement the Provisions on the Administration of Algorithmic Recommendations.',
    'based-on',
    'Provisions on the Administration of Algorithmic Recommendations',
  ],
  ['The guidelines are a step in carrying out the Action Plan for Carbon Peaking Before 2030.', 'implements', 'Action Plan for Carbon Peaking Before 2030'],
  // A policy the registries know, by a name without a kind of document.
  ['The document follows the Made in China 2025 strategy and adds targets.', 'based-on', 'Made in China 2025'],
  ['It builds on MIC 2025.', 'based-on', 'Made in China 2025'],
  // A writer's aside in brackets is no part of the title.
  [
    'It implements the Opinions on Building a Data Base System (the so-called "Data 20 Measures") of 2022.',
    'implements',
    'Opinions on Building a Data Base System',
  ],
  ['The initiative is part of Made in China 2025.', 'implements', 'Made in China 2025'],
  [
    'The opinions flesh out the energy storage chapter of the 14th Five-Year Plan for a Modern Energy System.',
    'implements',
    '14th Five-Year Plan for a Modern Energy System',
  ],
  ['The standard follows up on the Notice on Battery Recycling published in 2021.', 'based-on', 'Notice on Battery Recycling'],
  ['The notice expands on the Guidelines for Building a National Carbon Market.', 'based-on', 'Guidelines for Building a National Carbon Market'],
  ['It draws on the Guiding Opinions on Industrial Internet Development.', 'based-on', 'Guiding Opinions on Industrial Internet Development'],
  ['The measures complement the Outline for Building a Strong Trade Country.', 'based-on', 'Outline for Building a Strong Trade Country'],
  ['The rules are aligned with the Provisions on Deep Synthesis Services.', 'cites', 'Provisions on Deep Synthesis Services'],
  ['The plan stems from the Opinions on Building a Unified National Market.', 'based-on', 'Opinions on Building a Unified National Market'],
  [
    'It replaces the Catalogue of Technologies Prohibited or Restricted from Export.',
    'repeals',
    'Catalogue of Technologies Prohibited or Restricted from Export',
  ],
  ['The plan is the third iteration of the Action Plan for Industrial Robots.', 'amends', 'Action Plan for Industrial Robots'],
  ['It continues the work started by the 2021 Guiding Opinions on Smart Manufacturing.', 'based-on', 'Guiding Opinions on Smart Manufacturing'],
  ['The measures were first floated in the 2024 Government Work Report.', 'based-on', 'Government Work Report'],
  ['The measures put flesh on the bones of the Data Security Law.', 'implements', 'Data Security Law'],
  ['The regulations were drafted under the Export Control Law, which took effect in 2020.', 'based-on', 'Export Control Law'],
  ['The notice takes forward the Outline for Building a Strong Trade Country.', 'implements', 'Outline for Building a Strong Trade Country'],
  // What comes after a document, or on its heels, builds on it.
  ['They come after the Measures for Data Export Security Assessment of July 2022.', 'based-on', 'Measures for Data Export Security Assessment'],
  ['The rules come hot on the heels of the Data Security Law.', 'based-on', 'Data Security Law'],
  // The latest of a series that began with a document builds on it.
  ['The plan is the latest in a series of documents since the Made in China 2025 strategy of 2015.', 'based-on', 'Made in China 2025'],
  ['The rules are the third such document to follow the Data Security Law.', 'based-on', 'Data Security Law'],
  // A plural subject's verb has no "s": "The rules take forward …", "The measures translate …".
  [
    'The rules take forward the Development Plan for Intelligent Connected Vehicles of 2017.',
    'implements',
    'Development Plan for Intelligent Connected Vehicles',
  ],
  ['The measures translate the Outline for Building a Strong Trade Country into steps.', 'implements', 'Outline for Building a Strong Trade Country'],
  ['The rules originate in the Opinions on Building a Unified National Market.', 'based-on', 'Opinions on Building a Unified National Market'],
  [
    'The measures ease the Special Administrative Measures for Foreign Investment Access.',
    'amends',
    'Special Administrative Measures for Foreign Investment Access',
  ],
  ['It translates the goals of the 14th Five-Year Plan for the Digital Economy into measures.', 'implements', '14th Five-Year Plan for the Digital Economy'],
  ['The plan is modelled on the Action Plan for Computing Infrastructure.', 'based-on', 'Action Plan for Computing Infrastructure'],
  [
    'It is a sequel to the Three-Year Action Plan for Industrial Internet Development.',
    'based-on',
    'Three-Year Action Plan for Industrial Internet Development',
  ],
  // Whose the described document is, and when, are no part of its name.
  [
    "The plan follows the State Council's earlier notice on extending the Spring Festival holiday.",
    'based-on',
    'notice on extending the Spring Festival holiday',
  ],
  // "under" something that is no document links nothing.
  ['Under pressure from Washington, the plan adds export controls.', 'none', ''],
  ['The plan comes after a year of consultation with the Ministry of Commerce.', 'none', ''],
  // A title may list its subjects with a comma: the comma goes on with the name.
  [
    'The opinion is the successor of the 2018 Opinions on Deepening the Reform of Project Review, Talent Evaluation and Institutional Assessment.',
    'based-on',
    'Opinions on Deepening the Reform of Project Review, Talent Evaluation and Institutional Assessment',
  ],
  [
    'The plan implements the Opinions on Completely, Accurately and Comprehensively Implementing the New Philosophy and Doing a Good Job in Carbon Peaking of October 2021.',
    'implements',
    'Opinions on Completely, Accurately and Comprehensively Implementing the New Philosophy and Doing a Good Job in Carbon Peaking',
  ],
  // … and the year after such a title dates it.
  [
    'The opinions are the first document on the sector since the Guiding Opinions on Encouraging, Supporting and Guiding the Non-Public Economy of 2005.',
    'based-on',
    'Guiding Opinions on Encouraging, Supporting and Guiding the Non-Public Economy',
  ],
  ['It implements the Measures on Research, Development and Use of Civil Drones.', 'implements', 'Measures on Research, Development and Use of Civil Drones'],
  // The cue in any of its forms; a document named as an announcement, a list or conditions.
  [
    'It covers consumer drones, replacing the Announcement on Export Control of Certain Drone Items of 2015.',
    'repeals',
    'Announcement on Export Control of Certain Drone Items',
  ],
  ['The notice, superseding the Negative List for Market Access (2022), takes effect in May.', 'repeals', 'Negative List for Market Access (2022)'],
  ['The standard builds upon the Information Security Specification of 2018.', 'based-on', 'Information Security Specification'],
  ['It replaces the Battery Industry Standard Conditions (2021 Edition).', 'repeals', 'Battery Industry Standard Conditions (2021 Edition)'],
  // A numbered part of a document refers to the document.
  ['The measures flesh out Article 38 of the Personal Information Protection Law.', 'implements', 'Personal Information Protection Law'],
  ['The rules implement Articles 21 and 22 of the Data Security Law.', 'implements', 'Data Security Law'],
  ['MIIT is amending the Standard Conditions for the Lithium-ion Battery Industry.', 'amends', 'Standard Conditions for the Lithium-ion Battery Industry'],
  ['The rules, extending the Interim Measures for Green Certificates, add offshore wind.', 'amends', 'Interim Measures for Green Certificates'],
  // Replaced by a later document: the link is not this policy's to draw.
  ['It was replaced by the Announcement on Export Control of Certain Drone Items.', 'none', ''],
  // A draft named by its kind alone is this document's own; a kind alone otherwise names nothing.
  ['The plan is the final version of the draft published by MIIT in 2023.', 'final-version-of', 'Action Plan for Computing Power Infrastructure (Draft)'],
  ['It is the final version of the draft action plan released in May.', 'final-version-of', 'Action Plan for Computing Power Infrastructure (Draft)'],
  ['It follows the action plan released last year.', 'none', ''],
  // Guidance is a kind of document: "the Working Guidance for …".
  [
    'It is meant to implement the Working Guidance for Carbon Dioxide Peaking and Carbon Neutrality.',
    'implements',
    'Working Guidance for Carbon Dioxide Peaking and Carbon Neutrality',
  ],
  [
    'The plan carries forward the Notice on Improving the Subsidy Policy for New Energy Vehicles.',
    'based-on',
    'Notice on Improving the Subsidy Policy for New Energy Vehicles',
  ],
  ['It was revised in light of the Data Security Law.', 'cites', 'Data Security Law'],
  // The national plan by its outline's name.
  ['The target was first floated in the Outline of the 14th Five-Year Plan.', 'based-on', '14th Five-Year Plan'],
  ['The rules take over from the Interim Measures on Data Exports, which expire this month.', 'repeals', 'Interim Measures on Data Exports'],
  ['The catalogue derives from the Foreign Trade Law.', 'based-on', 'Foreign Trade Law'],
  ['The measures put the Personal Information Protection Law into practice.', 'implements', 'Personal Information Protection Law'],
  ['The plan gives teeth to the Anti-Monopoly Law.', 'implements', 'Anti-Monopoly Law'],
  ['It is the implementing document for the Export Control Law.', 'implements', 'Export Control Law'],
  // A year before a described document dates it: "a 2021 plan to …".
  ['The notice builds on a 2021 plan to develop the digital economy.', 'based-on', 'plan to develop the digital economy'],
  ["It is based on the State Council's 2020 opinions on new infrastructure.", 'based-on', 'opinions on new infrastructure'],
  // Replacing and updating name described documents too; "an update of" is a cue, "the first update since" none.
  ['The measures replace rules on online games from 2019.', 'repeals', 'rules on online games'],
  ['It updates a 2016 notice on steel overcapacity.', 'amends', 'notice on steel overcapacity'],
  ['It is the first update since the 2020 revision of the catalogue.', 'none', ''],
  ['The plan flows from the National Standardization Development Outline of 2021.', 'based-on', 'National Standardization Development Outline'],
  ['The rules are rooted in the Cybersecurity Law.', 'based-on', 'Cybersecurity Law'],
  ['The draft is grounded in the Cybersecurity Law.', 'based-on', 'Cybersecurity Law'],
  // An earlier edition of a document, named by its year, is that edition.
  ['It replaces the 2020 version of the Measures for Cybersecurity Review.', 'repeals', 'Measures for Cybersecurity Review (2020)'],
  // Overhauling, revamping and expanding a document amend it; expanding anything else is no lineage.
  ['The plan overhauls the targets of the 2021 Three-Year Action Plan for New Data Centers.', 'amends', 'Three-Year Action Plan for New Data Centers'],
  ['It revamps the Guiding Opinions on the Light Industry.', 'amends', 'Guiding Opinions on the Light Industry'],
  ['It is a major overhaul of the Interim Measures for Green Certificates.', 'amends', 'Interim Measures for Green Certificates'],
  ['The draft expands the Catalogue of Encouraged Industries by 127 items.', 'amends', 'Catalogue of Encouraged Industries'],
  ['Operators expand their data centres in Guizhou.', 'none', ''],
  ['The measures pick up where the Provisions on Deep Synthesis left off.', 'based-on', 'Provisions on Deep Synthesis'],
  ['The draft takes up rules from the Measures for Online Trading of 2014.', 'based-on', 'Measures for Online Trading'],
  // Where the idea was first put forward; a possessive before a described document is no part of it.
  ['Premier Li first presented the idea in his government work report in March.', 'based-on', 'government work report'],
  ['The minister first presented the award in Beijing.', 'none', ''],
  ['The opinions follow through on the Decision of the Fourth Plenum.', 'implements', 'Decision of the Fourth Plenum'],
  ['The measures fulfil a pledge made in the Action Plan for Robots.', 'implements', 'Action Plan for Robots'],
  ['The ministry fulfilled its promise to the workers.', 'none', ''],
  ['The rules sit within the framework of the Cybersecurity Law.', 'cites', 'Cybersecurity Law'],
  ['It was drawn up on the basis of the Foreign Trade Law.', 'based-on', 'Foreign Trade Law'],
  ['The opinions are in keeping with the Guiding Opinions on the AI Plus Initiative.', 'cites', 'Guiding Opinions on the AI Plus Initiative'],
  // Whose the document is stands before its title and is no part of it.
  ["It is in line with the State Council's Guiding Opinions on the AI Plus Initiative.", 'cites', 'Guiding Opinions on the AI Plus Initiative'],
  ["The measures build upon Tianjin's Hydrogen Energy Development Plan (2020-2022).", 'based-on', 'Hydrogen Energy Development Plan (2020-2022)'],
  // The earlier document named first, as the subject of the cue.
  ['The Foreign Trade Law, in force since 2022, is its legal basis.', 'based-on', 'Foreign Trade Law'],
  ['The Export Control Law provides the legal basis for the new rules.', 'based-on', 'Export Control Law'],
  ['The Data Security Law paved the way for it.', 'based-on', 'Data Security Law'],
  ['Many see the Data Security Law as the basis of future rules.', 'none', ''],
  // An earlier edition of this very document, named by its year (and kind) alone.
  ['The new plan supersedes the 2017 version and raises the targets.', 'repeals', 'Action Plan for Computing Power Infrastructure (2017)'],
  ['It expands the 2019 action plan by ten tasks.', 'amends', 'Action Plan for Computing Power Infrastructure (2019)'],
  ['It is the first overhaul of the 2017 rules.', 'none', ''],
  ['The new plan supersedes the pilot version of 2016.', 'repeals', 'Action Plan for Computing Power Infrastructure (2016)'],
  // An edition named as such after "a" is this document's; a kind after "a" is another document.
  ['The new plan replaces a 2017 version.', 'repeals', 'Action Plan for Computing Power Infrastructure (2017)'],
  ['The new plan replaces a version from 2016.', 'repeals', 'Action Plan for Computing Power Infrastructure (2016)'],
  // An earlier draft named by its year is an edition too.
  ['It is the successor to the 2017 draft, which the ministry presented.', 'based-on', 'Action Plan for Computing Power Infrastructure (2017)'],
  ['The revision updates the 2023 edition of the plan.', 'amends', 'Action Plan for Computing Power Infrastructure (2023)'],
  ['The revision updates the 2023 edition of the catalogue.', 'none', ''],
  // This document described by words of its title, dated after: an earlier edition; undated: the document itself.
  ['It is the first overhaul of the computing power infrastructure plan since 2017.', 'amends', 'Action Plan for Computing Power Infrastructure (2017)'],
  ['It is the first overhaul of the computing power infrastructure plan in years.', 'none', ''],
  // An edition named by its years: "the 2021-2023 action plan".
  ['The plan picks up where the 2021-2023 action plan left off.', 'based-on', 'Action Plan for Computing Power Infrastructure (2021-2023)'],
  // A period printed before a name is the document's, after it as titles print it; "picks up where" may describe it.
  ['The plan picks up where the 2021-2023 robot action plan left off.', 'based-on', 'robot action plan (2021-2023)'],
  ['It builds on the 2021–2023 Action Plan for Robots.', 'based-on', 'Action Plan for Robots (2021-2023)'],
  // Ending what an earlier document set up; serving its goals; an edition named by the year it was adopted.
  [
    'The plan ends the subsidy scheme that the 2015 Notice on Financial Support for New Energy Vehicles set up.',
    'repeals',
    'Notice on Financial Support for New Energy Vehicles',
  ],
  [
    'The plan serves as a roadmap for achieving the goals of the 14th Five-Year Plan for the Digital Economy.',
    'implements',
    '14th Five-Year Plan for the Digital Economy',
  ],
  ['The new plan supersedes the version adopted in 2017.', 'repeals', 'Action Plan for Computing Power Infrastructure (2017)'],
  ['The consultation ends on May 1.', 'none', ''],
  // "its" standing for another state named before: answering its law is no lineage.
  ['The plan answers the US decision to put Huawei on its Entity List.', 'none', ''],
  // Finalising a draft: this document's own draft.
  ['The plan finalises the draft released in November 2020.', 'final-version-of', 'Action Plan for Computing Power Infrastructure (Draft)'],
  // A successor in apposition.
  ['The document, the successor to the Three-Year Action Plan for New Data Centers, adds targets.', 'based-on', 'Three-Year Action Plan for New Data Centers'],

  // A year after the kind dates a described document, and what follows it is no more of its name.
  ['The rules replace the fuel consumption measures of 2013 and take effect in April.', 'repeals', 'fuel consumption measures'],
  // Other words for putting an earlier document to work, or going on from it.
  ['The opinions operationalise the Made in China 2025 strategy.', 'implements', 'Made in China 2025'],
  [
    'They take up where the Guiding Opinions on Integrating Manufacturing and the Internet left off.',
    'based-on',
    'Guiding Opinions on Integrating Manufacturing and the Internet',
  ],
  [
    "It puts into practice the State Council's Several Policies for the Integrated Circuit Industry.",
    'implements',
    'Several Policies for the Integrated Circuit Industry',
  ],
  // A name with its kind in lower case; a body's possessive and a year are no name.
  ['The list implements the Third Plenum decision of 2013.', 'implements', 'Third Plenum decision'],
  ["It implements the State Council's 2020 opinions.", 'none', ''],
  // A count of documents names none of them; a described document's title in apposition names it.
  ['It replaces the three laws that have governed foreign firms since 1979.', 'none', ''],
  [
    "The plan follows China's decarbonization blueprint, the Action Plan for Carbon Dioxide Peaking Before 2030, and more.",
    'based-on',
    'Action Plan for Carbon Dioxide Peaking Before 2030',
  ],
  ['It ties in with the 14th Five-Year Plan for a Modern Energy System.', 'cites', '14th Five-Year Plan for a Modern Energy System'],
  ['The guidelines dovetail with the AI Plus initiative.', 'cites', 'AI Plus initiative'],
  ['It implements MIIT and NDRC guidelines.', 'none', ''],
  ['The plan is an extension of the 13th Five-Year Plan for the Bio-industry.', 'based-on', '13th Five-Year Plan for the Bio-industry'],
  ['The plan is the successor document to the Three-Year Action Plan for Data Centers.', 'based-on', 'Three-Year Action Plan for Data Centers'],
  [
    'The draft relaxes the Measures for Security Assessment of Outbound Data Transfers.',
    'amends',
    'Measures for Security Assessment of Outbound Data Transfers',
  ],
  ['The rules tighten the Provisions on Automotive Data Security.', 'amends', 'Provisions on Automotive Data Security'],
  ['The plan was foreshadowed in the Opinions on Building a Unified National Market.', 'based-on', 'Opinions on Building a Unified National Market'],
  ['The plan was announced in March.', 'none', ''],
  ['The plan is based upon the Cybersecurity Law.', 'based-on', 'Cybersecurity Law'],
  ['Firms must register, as stipulated in the Data Security Law.', 'implements', 'Data Security Law'],
  ['The plan responds to the Guiding Opinions on the Digital Economy.', 'cites', 'Guiding Opinions on the Digital Economy'],
  // "Act" names a document in a title only.
  ['The new rules are modelled on the EU AI Act.', 'based-on', 'EU AI Act'],
  ['The rules follow an act of retaliation by the US.', 'none', ''],
  // The earlier document named first, and what this one does to it after "which".
  ['The Measures for Data Export Security Assessment, which the new rules replace, date from 2022.', 'repeals', 'Measures for Data Export Security Assessment'],
  [
    'It is the latest in a line of documents that began with the Action Plan for Shipbuilding (2016-2020).',
    'based-on',
    'Action Plan for Shipbuilding (2016-2020)',
  ],
  // What the cue's clause says after "and" and a verb of its own is no predecessor.
  ['It is a follow-up to the Made in China 2025 strategy and sits alongside the Action Plan for Carbon Peaking.', 'based-on', 'Made in China 2025'],
  // A document cited by its number is the one its apposition titles.
  [
    "The package supersedes the State Council's Document No. 4 of 2011, the Several Policies for Encouraging the Software Industry, and more.",
    'repeals',
    'Several Policies for Encouraging the Software Industry',
  ],
  // What the cue is about may be something a document did: the document is the relative clause's subject.
  [
    'The programme replaces the purchase subsidies that the Notice on Improving the Fiscal Subsidy Policy for New Energy Vehicles granted.',
    'repeals',
    'Notice on Improving the Fiscal Subsidy Policy for New Energy Vehicles',
  ],
  ['The rules implement the targets which the 14th Five-Year Plan for Energy set.', 'implements', '14th Five-Year Plan for Energy'],
  ['It follows the reform that the State Council launched.', 'none', ''],
  [
    'The law consolidates rules scattered across regulations, among them the Regulations on the Export Control of Dual-use Items of 2002.',
    'based-on',
    'Regulations on the Export Control of Dual-use Items',
  ],
  [
    "The action plan breaks down the city's 14th Five-Year Plan for Advanced Manufacturing to the chip sector.",
    'implements',
    '14th Five-Year Plan for Advanced Manufacturing',
  ],
  ['The plan reiterates the goals of the 14th Five-Year Plan for Energy.', 'cites', '14th Five-Year Plan for Energy'],
  ['The law codifies the Interim Measures for Cybersecurity Review.', 'based-on', 'Interim Measures for Cybersecurity Review'],
  [
    'The regulations elevate the Interim Measures for Rare Earth Quotas, which the MIIT issued in 2021, into a State Council regulation.',
    'based-on',
    'Interim Measures for Rare Earth Quotas',
  ],
  ['Firms must register, as laid down in the Data Security Law.', 'implements', 'Data Security Law'],
  // "revised" as a verb amends; as an adjective or in the passive it names no earlier document.
  ["The National People's Congress Standing Committee revised the Anti-Monopoly Law, the first amendment since 2008.", 'amends', 'Anti-Monopoly Law'],
  ['The revised Anti-Monopoly Law raises fines.', 'none', ''],
  ['The Foreign Trade Law was amended in 2022.', 'none', ''],
  ['The draft applies the Opinions on Building a Data Basic System of December 2022.', 'implements', 'Opinions on Building a Data Basic System'],
  ['The rules apply to the Data Security Law.', 'none', ''],
  [
    'This is the third revision of the Catalogue of Industries for Guiding Foreign Investment since 2017.',
    'amends',
    'Catalogue of Industries for Guiding Foreign Investment',
  ],
  ['The law goes beyond the Interim Measures for Generative AI Services of 2023.', 'based-on', 'Interim Measures for Generative AI Services'],
  ['The rules derive their authority from the Data Security Law.', 'based-on', 'Data Security Law'],
  // "one issued in 2019": this document's earlier edition, named by its year.
  ['The plan replaces one issued in 2019.', 'repeals', 'Action Plan for Computing Power Infrastructure (2019)'],
  [
    'The local plans answer the Medium and Long-term Plan for the Development of the Hydrogen Energy Industry (2021–2035).',
    'cites',
    'Medium and Long-term Plan for the Development of the Hydrogen Energy Industry (2021–2035)',
  ],
  ['The approval is the next stage of the Action Plan for Data Centers.', 'based-on', 'Action Plan for Data Centers'],
  // An article of a law named as where something is laid down.
  [
    'The standard contract is the third route for data exports laid down in Article 38 of the Personal Information Protection Law.',
    'implements',
    'Personal Information Protection Law',
  ],
  // "an answer to" as a noun: a reply to a foreign measure, not a document built on.
  ["The list is Beijing's answer to the US Entity List, onto which Huawei was put in May.", 'none', ''],
  // Cues in their plain form; "out of" inside a title.
  [
    'The cuts continue the Opinions on Resolving Overcapacity in the Steel Industry to Achieve Development out of Difficulties issued in 2016.',
    'based-on',
    'Opinions on Resolving Overcapacity in the Steel Industry to Achieve Development out of Difficulties',
  ],
  ['The draft specifies the Cybersecurity Law passed in November 2016.', 'implements', 'Cybersecurity Law'],
  ['The notice specifies that firms must register.', 'none', ''],
  // An adverb between a cue's words; a body's name before a kind in lower case names no document.
  ['They draw heavily on the Circular Economy Promotion Law of 2008.', 'based-on', 'Circular Economy Promotion Law'],
  ['The opinions build closely on the Third Plenum decision.', 'based-on', 'Third Plenum decision'],
  ['The draft elevates rules that were so far set out in ministry notices to the level of State Council regulations.', 'none', ''],
  // An implementing document names what it implements; a slogan in quotes with "+" is part of a title.
  [
    'The work plan is the annual implementation document of the Guiding Opinions on Deepening "Internet + Advanced Manufacturing" to Develop the Industrial Internet.',
    'implements',
    'Guiding Opinions on Deepening "Internet + Advanced Manufacturing" to Develop the Industrial Internet',
  ],
  // The annual first document of the Party centre, however it is numbered, and with its year.
  ["The move is in keeping with the 2022 No. 1 Central Document's call to stabilize hog production.", 'cites', 'No. 1 Central Document'],
  ['It implements the Central Document No. 1 of 2023.', 'implements', 'No. 1 Central Document'],
  // Reviving, reinforcing, turning into rules; a timetable set in a document, whose quoted strategy is no part of its name.
  ['The pilot revives the approach of the Opinions on Reforming Drug Review of 2017.', 'based-on', 'Opinions on Reforming Drug Review'],
  ['The opinions reinforce the National Plan for Animal Disease Control (2012–2020).', 'based-on', 'National Plan for Animal Disease Control (2012–2020)'],
  ['The law turns the Opinions on the Private Economy of July 2023 into binding rules.', 'implements', 'Opinions on the Private Economy'],
  ['The fines enforce the Anti-Monopoly Guidelines for the Platform Economy of February.', 'implements', 'Anti-Monopoly Guidelines for the Platform Economy'],
  ['The decision prolongs the Announcement on Vehicle Purchase Tax Exemption of 2020.', 'amends', 'Announcement on Vehicle Purchase Tax Exemption'],
  [
    'The licences bring forward the timetable set in the Opinions on Deepening 5G Networks of the "Broadband China" strategy.',
    'implements',
    'Opinions on Deepening 5G Networks',
  ],
  // Giving effect to a law; a part of a document named by the registries is that document.
  ['It gives effect to the Export Control Law.', 'implements', 'Export Control Law'],
  ['The plan puts into practice the robotics chapter of Made in China 2025.', 'implements', 'Made in China 2025'],
  ['The plan implements the key tasks of the Made in China 2025 strategy.', 'implements', 'Made in China 2025'],
  // Being part of a titled plan implements it; part of a push is no document.
  ['The measures are part of the Plan for Reforming Party and State Institutions.', 'implements', 'Plan for Reforming Party and State Institutions'],
  ['The move is part of a broader push to cut costs.', 'none', ''],
  ['The plan is part of the "Data Elements ×" Three-year Action Plan (2024–2026).', 'implements', '"Data Elements ×" Three-year Action Plan (2024–2026)'],
  // "follow on from", "follow up" and "succeed" name a predecessor; a kind with its subject after a year is another document.
  ['The plan follows on from the Guiding Opinions on Green Computing.', 'based-on', 'Guiding Opinions on Green Computing'],
  ['It follows up the Action Plan for New Data Centers.', 'based-on', 'Action Plan for New Data Centers'],
  ['The plan succeeds the 2021 plan on data centre construction, which first set targets.', 'based-on', 'plan on data centre construction'],
  ['The plan takes its cue from the Guiding Opinions on Humanoid Robots.', 'based-on', 'Guiding Opinions on Humanoid Robots'],
  ['It takes the place of the Action Plan for New Data Centers.', 'repeals', 'Action Plan for New Data Centers'],
  ['The plan fills in the details of the Interim Measures for Generative AI Services.', 'implements', 'Interim Measures for Generative AI Services'],
  ['The plan fills gaps left by the Data Security Law.', 'implements', 'Data Security Law'],
  ['The plan is a continuation of the Action Plan for New Data Centers of 2022.', 'based-on', 'Action Plan for New Data Centers'],
  ['It is an addendum to the Measures for Carbon Trading.', 'amends', 'Measures for Carbon Trading'],
  ['The plan supplants the Catalogue of Technologies Prohibited from Export.', 'repeals', 'Catalogue of Technologies Prohibited from Export'],
  ['With the plan, MIIT acts on the Opinions on Promoting Private Investment.', 'implements', 'Opinions on Promoting Private Investment'],
  ['The measures are designed to support the Action Plan for Carbon Peaking.', 'implements', 'Action Plan for Carbon Peaking'],
  ['The opinions give substance to the Action Plan for New Data Centers released in 2023.', 'implements', 'Action Plan for New Data Centers'],
  ['The measures spell out the security review that Article 35 of the Cybersecurity Law introduced.', 'implements', 'Cybersecurity Law'],
  ['It builds upon the groundwork laid by the 2018 notice on adjusting the subsidies.', 'based-on', 'notice on adjusting the subsidies'],
  ['The plan is a building block of the Action Plan for Carbon Peaking.', 'implements', 'Action Plan for Carbon Peaking'],
  ['It goes further than the Guiding Opinions on Promoting General Aviation issued in 2016.', 'based-on', 'Guiding Opinions on Promoting General Aviation'],
  // A title's possessive is no part of it.
  ["The plan follows the Government Work Report's call for AI.", 'based-on', 'Government Work Report'],
  // Words of the plan quoted after its title are no part of it.
  ['The plan translates into action the call of the 14th Five-Year Plan to "plan ahead for future industries".', 'implements', '14th Five-Year Plan'],
  // … but the same words inside a title's capitals are the title's.
  [
    'It extends the Announcement on the Continuation of the Tax Exemption for New Energy Vehicles.',
    'amends',
    'Announcement on the Continuation of the Tax Exemption for New Energy Vehicles',
  ],
  // The earlier document named before a relative clause that says so, after an opener that is no title's.
  ['Together with the Cybersecurity Law of 2017, on which it builds, the plan sets targets.', 'based-on', 'Cybersecurity Law'],
  ['The Data Security Law, which the plan implements, took effect in 2021.', 'implements', 'Data Security Law'],
  // Answering another state's law is a reaction to it, no lineage (being modelled on it still is, above).
  ['The rules answer the US BIOSECURE Act, which targets BGI Group.', 'none', ''],
  ["The rules respond to the EU's AI Act.", 'none', ''],
  ["The list was issued in response to Washington's CHIPS and Science Act.", 'none', ''],
  // A body set up under a plan says nothing of the document at hand.
  ['It is the first since the bureau was set up in 2023 under the Plan for Reforming Party and State Institutions.', 'none', ''],
  // A predecessor named by likeness, an offshoot, a law brought to life, revisions in the plural.
  ['Like the New Generation AI Development Plan before it, the plan sets targets for 2030.', 'based-on', 'New Generation AI Development Plan'],
  ['Like the Data Security Law, the plan came into force in 2021.', 'none', ''],
  ['The plan is an offshoot of the Made in China 2025 strategy.', 'based-on', 'Made in China 2025'],
  ['It breathes life into the Unreliable Entity List Provisions.', 'implements', 'Unreliable Entity List Provisions'],
  // What a document takes from an earlier one.
  ['They borrow the grading logic of the Network Data Security Management Regulations.', 'based-on', 'Network Data Security Management Regulations'],
  ['The rules borrow heavily from the Personal Information Protection Law.', 'based-on', 'Personal Information Protection Law'],
  ['The firm borrowed CNY 2 billion from the Agricultural Bank of China.', 'none', ''],
  ['The controls rest on the Export Control Law.', 'based-on', 'Export Control Law'],
  ['The measures rest squarely on the Data Security Law.', 'based-on', 'Data Security Law'],
  ['Chipmakers rely on Chinese supply of gallium.', 'none', ''],
  // More of the ways writers say where a document comes from.
  ['It is an upgraded version of the Robot Industry Development Plan.', 'amends', 'Robot Industry Development Plan'],
  ['The new plan picks up the thread of the Robot Industry Development Plan.', 'based-on', 'Robot Industry Development Plan'],
  ['Its targets go beyond those of the Robot Industry Development Plan, which it succeeds.', 'based-on', 'Robot Industry Development Plan'],
  ['The plan is guided by the Made in China 2025 strategy.', 'cites', 'Made in China 2025'],
  ['The Robot Industry Development Plan laid the groundwork for the new plan.', 'based-on', 'Robot Industry Development Plan'],
  ['It adds detail to the 14th Five-Year Plan for Robotics released in 2021.', 'implements', '14th Five-Year Plan for Robotics'],
  ['Much of its content was already contained in the 14th Five-Year Plan for Robotics.', 'based-on', '14th Five-Year Plan for Robotics'],
  ['It is a companion document to the Guidelines on Humanoid Robots issued last month.', 'based-on', 'Guidelines on Humanoid Robots'],
  ['With the plan, the ministry makes good on a promise in the 14th Five-Year Plan for Robotics.', 'implements', '14th Five-Year Plan for Robotics'],
  ['The plan serves to realise the goals of the 14th Five-Year Plan for Robotics.', 'implements', '14th Five-Year Plan for Robotics'],
  ['The Robot Industry Development Plan is replaced by the new plan.', 'repeals', 'Robot Industry Development Plan'],
  ['Its legal basis is the Opinions on Robot Safety from 2019.', 'based-on', 'Opinions on Robot Safety'],
  ['The new plan mirrors the Opinions on Robot Safety.', 'cites', 'Opinions on Robot Safety'],
  ['The opinions take up the robotics goals of the 14th Five-Year Plan for Robotics and narrow them.', 'based-on', '14th Five-Year Plan for Robotics'],
  ['The plan takes up the challenge of the 14th Five-Year Plan for Robotics.', 'none', ''],
  ['Humanoids were first named a frontier field in the 14th Five-Year Plan for Robotics.', 'based-on', '14th Five-Year Plan for Robotics'],
  ['AI was already listed as a priority in the Made in China 2025 strategy.', 'based-on', 'Made in China 2025'],
  ['Humanoids were named a frontier field in the 14th Five-Year Plan for Robotics.', 'none', ''],
  // Announced as part of a plan, foreshadowed by one, the first of its kind since one.
  ['The plan was announced as part of the 14th Five-Year Plan for Robotics.', 'implements', '14th Five-Year Plan for Robotics'],
  ['The plan was foreshadowed by the Opinions on Robot Safety.', 'based-on', 'Opinions on Robot Safety'],
  ['The plan was announced by the MIIT in March.', 'none', ''],
  ['It is the first national plan for the sector since the Robot Industry Development Plan expired.', 'based-on', 'Robot Industry Development Plan'],
  ['It is the first visit since the State Council meeting.', 'none', ''],
  // Meat on the bones of a law, doubling down on a strategy, a response to opinions; a plan carried out beside another builds on none.
  ['The rules put meat on the bones of the Opinions on Robot Safety.', 'implements', 'Opinions on Robot Safety'],
  ['It doubles down on the Made in China 2025 strategy.', 'based-on', 'Made in China 2025'],
  ['The measures are a response to the Opinions on Robot Safety.', 'cites', 'Opinions on Robot Safety'],
  ['The plan will be implemented alongside the Opinions on Robot Safety.', 'none', ''],
  ['They repeat the capacity ban first imposed after the 2016 Opinions on Robot Safety.', 'based-on', 'Opinions on Robot Safety'],
  ['The quota was originally set in the Opinions on Robot Safety.', 'based-on', 'Opinions on Robot Safety'],
  ['The ban was first imposed after the floods of 2016.', 'none', ''],
  // A list or plan set up under an earlier document builds on it; a bureau set up under one does not (below).
  ['The list was created under the Opinions on Robot Safety of 2017.', 'based-on', 'Opinions on Robot Safety'],
  ['The platforms were set up in 2019 under the Made in China 2025 strategy.', 'based-on', 'Made in China 2025'],
  // A programme the plan builds on, and the document the programme began with.
  [
    'The plan builds upon the "East Data, West Computing" project, which the NDRC launched in February 2022 with the Notice on Computing Hubs.',
    'based-on',
    'Notice on Computing Hubs',
  ],
  ['It continues the pilot programme, which was set up in 2019 under the Opinions on AI Pilot Zones.', 'based-on', 'Opinions on AI Pilot Zones'],
  ['It continues the pilot programme, which was set up in 2019, with the Opinions on AI Pilot Zones in mind.', 'none', ''],
  ['The plan was replaced by ordinary rules on robot safety.', 'none', ''],
  // A document cited as the basis, before or after the cue; a kind in lower case of two words.
  ['They cite the Internet Plus Action Plan of 2015 as their basis.', 'based-on', 'Internet Plus Action Plan'],
  ['The Internet Plus Action Plan, which they cite as their basis, came out in 2015.', 'based-on', 'Internet Plus Action Plan'],
  ['The opinions draw on the Internet Plus action plan of July 2015.', 'based-on', 'Internet Plus action plan'],
  // A described document given its title between dashes right after it.
  [
    'The guidelines translate the 2017 AI plan — the New Generation Artificial Intelligence Development Plan — into standards.',
    'implements',
    'New Generation Artificial Intelligence Development Plan',
  ],
  ['The rules implement the 2021 law – the Data Security Law – for industry.', 'implements', 'Data Security Law'],
  // A word opening the sentence, and a name before "and the" with no kind of document, are no part of the title.
  ['Like Tesla and the Export Control Law, which it implements, the rules are strict.', 'implements', 'Export Control Law'],
  ['These are the first revisions to the Anti-Monopoly Law since it came into force in 2008.', 'amends', 'Anti-Monopoly Law'],
  // Nor does a thing in lower case, followed by what it did under a law; a subject of its own keeps the link.
  ['The programme succeeds the debt swap that ran from 2015 to 2018 under the Budget Law revised in 2014.', 'none', ''],
  ['It is the first plan that the MIIT issued under the Data Security Law.', 'based-on', 'Data Security Law'],
  ['The plan implements the measures that the Opinions on Resolving Overcapacity called for.', 'implements', 'Opinions on Resolving Overcapacity'],
];

/** Several documents named after one cue: each is a predecessor. */
const LISTED: [string, string[]][] = [
  // A second title opens where a kind of document does after "and" ("and the Opinions on …"), though no kind ended the first.
  ['The plan implements the spirit of the Central Economic Work Conference and the Opinions on Robot Safety.', ['Opinions on Robot Safety']],
  ['It builds on the Opinions on Robot Safety and Measures for Drone Exports.', ['Opinions on Robot Safety', 'Measures for Drone Exports']],
  ['It builds on the Law on Science and Technology Progress.', ['Law on Science and Technology Progress']],
  // Named before the cue, a list of documents.
  [
    'The opinions marry two programmes: Made in China 2025 and the Internet Plus action plan of July 2015, which they cite as their basis.',
    ['Made in China 2025', 'Internet Plus action plan'],
  ],
  // A policy the registries know ends its title before "and".
  ['It builds on Made in China 2025 and the Internet Plus action plan.', ['Made in China 2025', 'Internet Plus action plan']],
  [
    'The rules build on the Data Security Law, the Cybersecurity Law and the Personal Information Protection Law.',
    ['Data Security Law', 'Cybersecurity Law', 'Personal Information Protection Law'],
  ],
  ['The rules build on the Data Security Law, Cybersecurity Law and Export Control Law.', ['Data Security Law', 'Cybersecurity Law', 'Export Control Law']],
  ['It implements the Export Control Law and the Foreign Trade Law.', ['Export Control Law', 'Foreign Trade Law']],
  // A year that dates the first title opens no second one.
  [
    'The draft builds on the Interim Measures for Generative AI Services of 2023 and on the Provisions on Deep Synthesis.',
    ['Interim Measures for Generative AI Services', 'Provisions on Deep Synthesis'],
  ],
  // Named after a colon that the cue's own words introduce.
  ['The plan builds on two earlier documents: the Data Security Law and the Cybersecurity Law.', ['Data Security Law', 'Cybersecurity Law']],
  // A comma that ends the clause ends the list: what comes after is no predecessor.
  ['It implements the Export Control Law, Xinhua reported on Monday.', ['Export Control Law']],
  // Brackets in a title's capitals are the title's; a cue word in a title's capitals is no cue.
  [
    'The lists amend the Special Measures for Investment Access (Negative List) (2018 Edition) and prepare for the Foreign Investment Law, which takes effect in January.',
    ['Special Measures for Investment Access (Negative List) (2018 Edition)'],
  ],
  [
    'The decision relaxes the policy introduced in the Decision on Implementing the Two-Child Policy of 2015.',
    ['Decision on Implementing the Two-Child Policy'],
  ],
  // Two verbs, each naming its own document with its own relation; "Implementing Rules" is a title's own name.
  [
    'The regulations implement the Foreign Investment Law and supersede the Implementing Rules of the Joint Venture Law.',
    ['Foreign Investment Law', 'Implementing Rules of the Joint Venture Law'],
  ],
  // "a turn from" is a noun, no cue.
  ['The checks mark a turn from the policy that the 12th Five-Year Plan had promoted.', []],
  // A plan's years are a time, not the plan.
  ['The NEA released an implementation plan for storage during the 14th Five-Year Plan period.', []],
  // A clause about one document between two of the list.
  [
    'The draft complements the Data Security Law, which takes effect on 1 September, and the Cybersecurity Law of 2017.',
    ['Data Security Law', 'Cybersecurity Law'],
  ],
];

describe('lineage in other authors’ words', () => {
  it.each(STATED)('reads "%s" as %s %s, in every shape', (sentence, relation, title) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [{ ...oneEntry, comment: sentence }] }));
      const policy = nodesOf(graph, 'Policy').find((p) => p.title === 'Action Plan for Computing Power Infrastructure')!;
      const links = outgoing(graph, policy.key, 'BUILDS_ON').map((e) => [(e.edge as { relation?: string }).relation, (e.node as { title?: string }).title]);
      expect(links).toEqual(relation === 'none' ? [] : [[relation, title]]);
    }
  });

  it.each(LISTED)('reads every document listed in "%s", in every shape', (sentence, titles) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [{ ...oneEntry, comment: sentence }] }));
      const policy = nodesOf(graph, 'Policy').find((p) => p.title === 'Action Plan for Computing Power Infrastructure')!;
      expect(outgoing(graph, policy.key, 'BUILDS_ON').map((e) => (e.node as { title?: string }).title)).toEqual(titles);
    }
  });

  it.each([
    'The revision updates the 2023 edition of the catalogue.',
    'The revision updates the catalogue of 2023.',
    'The revision replaces the catalogue issued in 2023.',
  ])('links an edition named beside the name all editions share once, to that edition, in every shape: "%s"', (comment) => {
    const entry = {
      ...oneEntry,
      glance: 'The Ministry of Commerce (MOFCOM) revised the Catalogue of Encouraged Industries.',
      comment,
      article: 'Catalogue of Encouraged Industries (2026 Revision) (鼓励外商投资产业目录（2026年版）)',
    };
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [entry] }));
      const policy = nodesOf(graph, 'Policy').find((p) => p.title === 'Catalogue of Encouraged Industries (2026 Revision)')!;
      expect(outgoing(graph, policy.key, 'BUILDS_ON').map((e) => (e.node as { title?: string }).title)).toEqual(['Catalogue of Encouraged Industries (2023)']);
    }
  });

  it('takes a law described by the body its title names for an earlier edition of it, in every shape', () => {
    const entry = {
      ...oneEntry,
      glance: 'The PBOC released the draft revision of the Law on the People’s Bank of China for comment.',
      comment: 'The draft is the first overhaul of the central bank law since 2003.',
      article: 'Law of the People’s Republic of China on the People’s Bank of China (Revised) (中华人民共和国中国人民银行法（修订）)',
    };
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [entry] }));
      const policy = nodesOf(graph, 'Policy').find((p) => p.title.startsWith('Law of the People’s Republic of China on the'))!;
      const earlier = outgoing(graph, policy.key, 'BUILDS_ON').map((e) => (e.node as { title?: string }).title);
      expect(earlier).toEqual(['Law of the People’s Republic of China on the People’s Bank of China (2003)']);
    }
  });

  it('takes the name all editions share, named in the prose, for the revised document itself, in every shape', () => {
    const entry = {
      ...oneEntry,
      glance: 'The NPCSC passed the revised Mineral Resources Law, which takes effect in July.',
      comment: 'It is the first overhaul of the mineral resources law since 1996.',
      article: 'Mineral Resources Law (Revised) (矿产资源法（修订）)',
    };
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const titles = nodesOf(extractText(shape({ top: [entry] })), 'Policy').map((p) => p.title);
      expect(titles.sort()).toEqual(['Mineral Resources Law (1996)', 'Mineral Resources Law (Revised)']);
    }
  });

  // "a revised version of the standard conditions for …" says once more what the edition named says.
  it.each([
    ['The conditions revise the Standard Conditions for the Battery Industry (2021 Edition).', 'Standard Conditions for the Battery Industry (2021 Edition)'],
    ['This edition replaces the 2021 version of the conditions.', 'Standard Conditions for the Battery Industry (2021)'],
  ])('links a described earlier document once, when "%s" names its edition, in every shape', (comment, earlier) => {
    const entry = {
      ...oneEntry,
      glance: 'The MIIT released a revised version of the standard conditions for the battery industry.',
      comment,
      article: 'Standard Conditions for the Battery Industry (2024 Edition) (锂离子电池行业规范条件（2024年本）)',
    };
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [entry] }));
      const policy = nodesOf(graph, 'Policy').find((p) => p.title === 'Standard Conditions for the Battery Industry (2024 Edition)')!;
      expect(outgoing(graph, policy.key, 'BUILDS_ON').map((e) => (e.node as { title?: string }).title)).toEqual([earlier]);
    }
  });

  // A title that is itself an edition of a year: an earlier edition of any kind the comment names is its own.
  it.each([
    ['Special Measures on Access to Foreign Investment (2019 edition)', ['Special Measures on Access to Foreign Investment (2018)']],
    ['Special Measures on Access to Foreign Investment', []],
  ])('links "the 2018 edition of the negative list" to an earlier edition of %s, in every shape', (title, earlier) => {
    const entry = {
      ...oneEntry,
      glance: 'The NDRC released a shorter negative list for foreign investment.',
      comment: 'The list updates the 2018 edition of the negative list.',
      article: `${title} (外商投资准入特别管理措施)`,
    };
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [entry] }));
      const policy = nodesOf(graph, 'Policy').find((p) => p.title === title)!;
      expect(outgoing(graph, policy.key, 'BUILDS_ON').map((e) => (e.node as { title?: string }).title)).toEqual(earlier);
    }
  });

  it('links a second draft that "revises the first draft" to this document\'s earlier draft, in every shape', () => {
    const entry = {
      ...oneEntry,
      comment: 'The draft revises the first draft of April 2017.',
      article: 'Measures for Security Assessment of Data Leaving the Country (Draft for Comment) (数据出境安全评估办法（征求意见稿）)',
    };
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [entry] }));
      const policy = nodesOf(graph, 'Policy').find((p) => p.title.startsWith('Measures for Security Assessment'))!;
      expect(outgoing(graph, policy.key, 'BUILDS_ON').map((e) => [(e.edge as { relation?: string }).relation, (e.node as { title?: string }).title])).toEqual([
        ['amends', 'Measures for Security Assessment of Data Leaving the Country (Draft)'],
      ]);
    }
  });

  it('gives each of two coordinated verbs its own relation, in every shape', () => {
    const comment = 'The regulations implement the Foreign Investment Law and supersede the Implementing Rules of the Joint Venture Law.';
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [{ ...oneEntry, comment }] }));
      const policy = nodesOf(graph, 'Policy').find((p) => p.title === 'Action Plan for Computing Power Infrastructure')!;
      expect(outgoing(graph, policy.key, 'BUILDS_ON').map((e) => (e.edge as { relation?: string }).relation)).toEqual(['implements', 'repeals']);
    }
  });

  it('keeps a year that is part of the name', () => {
    const graph = extractText(pdfSnippet({ top: [{ ...oneEntry, comment: 'The plan builds on Made in China 2025 and its goals.' }] }));
    expect(nodesOf(graph, 'Policy').map((p) => p.title)).toContain('Made in China 2025');
  });
});

describe('lineage of a second document the summary brings in', () => {
  const glance = [
    'The MIIT published the Standard Conditions for Battery Recycling on 27 December.',
    'The State Council also approved an action plan on 31 December to improve the recycling system.',
  ].join('\n\n');

  it.each([
    // The sentence's subject names the second document's kind, not the covered one's: the second document's lineage.
    ['The action plan follows up on the Opinions on Waste Recycling.', 'Action plan to improve the recycling system'],
    // A subject of the covered document's kind, or of neither, keeps the lineage with the covered document.
    ['The standard conditions follow up on the Opinions on Waste Recycling.', 'Standard Conditions for Battery Recycling'],
    ['Both follow up on the Opinions on Waste Recycling.', 'Standard Conditions for Battery Recycling'],
  ])('reads "%s" as lineage of %s, in every shape', (comment, owner) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const graph = extractText(shape({ top: [{ ...oneEntry, glance, bullets: [], comment, article: undefined, issuers: undefined, date: undefined }] }));
      const links = graph
        .filterEdges((_e, a) => a.kind === 'BUILDS_ON')
        .map((e) => [
          (graph.getNodeAttributes(graph.source(e)) as { title?: string }).title,
          (graph.getNodeAttributes(graph.target(e)) as { title?: string }).title,
        ]);
      expect(links).toEqual([[owner, 'Opinions on Waste Recycling']]);
    }
  });
});
