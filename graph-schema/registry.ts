/** The registries kept as data beside the schema: bodies, firms and sectors, validated on load. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AGENCY_LEVELS, LINEAGE_RELATIONS } from './schema.ts';

const AgencyEntry = z.object({
  key: z.string().regex(/^[A-Z0-9_]+$/),
  name: z.string(),
  abbreviations: z.array(z.string()),
  aliases: z.array(z.string()),
  nameZh: z.string().nullable(),
  /** Other Chinese names analysts type ("工信部", "发改委"): for search, never matched in the English text. */
  namesZh: z.array(z.string()).optional(),
  level: z.enum(AGENCY_LEVELS),
  parent: z.string().optional(),
});
export type AgencyEntry = z.infer<typeof AgencyEntry>;

const FirmEntry = z.object({ name: z.string(), aliases: z.array(z.string()) });
export type FirmEntry = z.infer<typeof FirmEntry>;

const SectorEntry = z.object({ key: z.string(), name: z.string(), keywords: z.array(z.string()).min(1) });
export type SectorEntry = z.infer<typeof SectorEntry>;

function load<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const url = new URL(file, import.meta.url);
  const parsed = schema.safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) {
    throw new Error(`graph-schema/${file}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const agencyRegistry: readonly AgencyEntry[] = load('agencies.json', z.object({ agencies: z.array(AgencyEntry) })).agencies;

const firmsFile = load('firms.json', z.object({ firms: z.array(FirmEntry), media: z.array(z.string()) }));
export const firmRegistry: readonly FirmEntry[] = firmsFile.firms;
export const mediaOutlets: readonly string[] = firmsFile.media;

export const sectorVocabulary: readonly SectorEntry[] = load('sectors.json', z.object({ sectors: z.array(SectorEntry) })).sectors;

/** Names of one policy that nothing in the text ties together; the first of each group is the name kept. */
export const policyAliases: readonly (readonly string[])[] = load('policy-aliases.json', z.object({ aliases: z.array(z.array(z.string()).min(2)) })).aliases;

/** What the read-only Cypher console lets through, by grammar rule (see console-policy.json). */
export const consolePolicy = load(
  'console-policy.json',
  z.object({
    readClauses: z.array(z.string()).min(1),
    refusedRules: z.record(z.string(), z.string()),
    refusedClause: z.string(),
    readOnlyProcedures: z.array(z.string()),
  }),
);

/** How headers and footers name the issue date and the reporting period (see issue-date-labels.json). */
export const issueDateLabels = load(
  'issue-date-labels.json',
  z.object({ masthead: z.array(z.string()), issueLabels: z.array(z.string()), periodLabels: z.array(z.string()) }),
);

/** The words that say a document builds on an earlier one (see lineage-cues.json). */
export const lineageCues = load(
  'lineage-cues.json',
  z.object({
    cues: z
      .array(z.object({ pattern: z.string(), relation: z.enum(LINEAGE_RELATIONS), titledOnly: z.boolean(), earlierBefore: z.boolean().optional() }))
      .min(1),
  }),
).cues;

/** Phrases that name the same thing inside a body's name, and names that may carry a term's ordinal (see name-variants.json). */
export const nameVariants: { groups: readonly (readonly string[])[]; termed: readonly string[] } = load(
  'name-variants.json',
  z.object({ groups: z.array(z.array(z.string()).min(2)), termed: z.array(z.string()) }),
);

/** Words that make a name a Party or state body, never a firm (see body-words.json). */
export const bodyWords: readonly string[] = load('body-words.json', z.object({ words: z.array(z.string()).min(1) })).words;

/** Words that make a capitalised name no firm: places and sentence openers (see firm-stop-words.json). */
export const firmStopWords = load(
  'firm-stop-words.json',
  z.object({ places: z.array(z.string()), notFirms: z.array(z.string()), placeHeads: z.array(z.string()) }),
);

/**
 * China's places whose governments newsletters name without a level, by that level, and the places whose
 * name alone stands for the central government (see local-governments.json).
 */
export const localGovernments = load(
  'local-governments.json',
  z.object({
    levels: z.object({ Municipal: z.array(z.string()), Provincial: z.array(z.string()), Regional: z.array(z.string()) }),
    standsForCentre: z.array(z.string()),
  }),
);

/** Nouns that call a name a firm, and words that open a firm's name in print without being part of it (see firm-roles.json). */
export const firmRoles = load(
  'firm-roles.json',
  z.object({
    roles: z.array(z.string()).min(1),
    compoundRoles: z.array(z.string()),
    notRoles: z.array(z.string()),
    groupNouns: z.array(z.string()),
    openers: z.array(z.string()),
    businessWords: z.array(z.string()),
    productNouns: z.array(z.string().min(1)),
    productEndings: z.array(z.string().min(1)),
    businessActs: z.array(z.string()),
    holdingsBefore: z.array(z.string()),
    rivalryBefore: z.array(z.string()),
    penaltyBefore: z.array(z.string()),
    stakeBefore: z.array(z.string()),
    listedAfter: z.array(z.string()),
    tradeEndings: z.array(z.string().min(1)),
    organisationHeads: z.array(z.string().min(1)),
    joinedTrades: z.array(z.string().regex(/^\S+ and \S+$/)),
    namesGoOnWithOf: z.array(z.string().min(1)),
    listLabels: z.array(z.string().min(1)),
  }),
);

/** How newsletters name kinds of documents and official pages (see document-vocabulary.json). */
export const documentVocabulary = load(
  'document-vocabulary.json',
  z.object({
    documentKinds: z.array(z.string()).min(1),
    titleOnlyKinds: z.array(z.string()),
    kindModifiers: z.array(z.string()),
    officialHosts: z.array(z.string()).min(1),
    partsOfDocument: z.array(z.string()).min(1),
    foreignOwners: z.array(z.string()).min(1),
    measureNouns: z.array(z.string()).min(1),
    referenceOpeners: z.array(z.string()).min(1),
    publicationVerbs: z.array(z.string()).min(1),
    introducingVerbs: z.array(z.string()).min(1),
    sectionHeadings: z.object({
      top: z.array(z.string()).min(1),
      news: z.array(z.string()).min(1),
      policyNews: z.array(z.string()).min(1),
      corporateNews: z.array(z.string()).min(1),
      backMatter: z.array(z.string()).min(1),
    }),
    entryLabels: z.object({
      glance: z.array(z.string()).min(1),
      comment: z.array(z.string()).min(1),
      title: z.array(z.string()).min(1),
      issuers: z.array(z.string()).min(1),
      date: z.array(z.string()).min(1),
      citation: z.array(z.string()).min(1),
      explainer: z.array(z.string()).min(1),
      more: z.array(z.string()).min(1),
    }),
  }),
);

/**
 * Everything the extractor reads the language with, as one value: extraction takes it as a parameter
 * (src/extract/registries.ts), so a test or another deployment can supply its own.
 */
export interface Registries {
  agencies: readonly AgencyEntry[];
  firms: readonly FirmEntry[];
  media: readonly string[];
  sectors: readonly SectorEntry[];
  policyAliases: readonly (readonly string[])[];
  nameVariants: typeof nameVariants;
  bodyWords: readonly string[];
  firmStopWords: { places: readonly string[]; notFirms: readonly string[]; placeHeads: readonly string[] };
  localGovernments: typeof localGovernments;
  firmRoles: typeof firmRoles;
  lineageCues: typeof lineageCues;
  documentVocabulary: typeof documentVocabulary;
  issueDateLabels: typeof issueDateLabels;
}

/** The registries of graph-schema/, as shipped. */
export const defaultRegistries: Registries = {
  agencies: agencyRegistry,
  firms: firmRegistry,
  media: mediaOutlets,
  sectors: sectorVocabulary,
  policyAliases,
  nameVariants,
  bodyWords,
  firmStopWords,
  localGovernments,
  firmRoles,
  lineageCues,
  documentVocabulary,
  issueDateLabels,
};

/** The shipped registries with some replaced, for a test that needs a registry of its own. */
export function registriesWith(changes: Partial<Registries>): Registries {
  return { ...defaultRegistries, ...changes };
}
