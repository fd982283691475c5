/**
 * The graph contract: every node and edge kind, with its attributes, defined once.
 * The extractor validates what it emits against these schemas; the docs in README.md
 * describe the same shapes for analysts.
 */
import { z } from 'zod';
import { MERGE_RULES } from './kinds.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (YYYY-MM-DD)');

/** Where a fact was read: the input file, the character span in it, and the sentence quoted. */
export const Source = z.object({
  file: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  /** Read from a PDF: the page (from 1) the quote stands on. */
  page: z.number().int().positive().optional(),
  /** Read from a PDF: the box around the quote's lines on that page, in points, [left, bottom, right, top] from the page's bottom left. */
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
});
export type Source = z.infer<typeof Source>;

const withSources = { sources: z.array(Source).min(1) };

const statedValue = z.union([z.string(), z.number(), z.boolean()]);
/** Newsletters that disagree about an attribute: every value with who states it, and the one the kind's rule chose (kinds.ts). */
export const ConflictSchema = z.object({
  attribute: z.string(),
  chosen: statedValue,
  rule: z.enum(MERGE_RULES),
  values: z.array(z.object({ value: statedValue, newsletters: z.array(z.string()) })).min(2),
});
/** A node's sources, and the disagreements among them when there are any. */
const withStatements = { ...withSources, conflicts: z.array(ConflictSchema).optional() };

export const AGENCY_LEVELS = ['central', 'provincial', 'municipal', 'party', 'other'] as const;
export const SECTIONS = ['top', 'policy-news', 'corporate-news'] as const;
/** The input shapes a newsletter is read from, each by a reader of its own (src/extract/blocks). */
export const SHAPES = ['markdown', 'pdf-text', 'html', 'web-text', 'pdf'] as const;
/** Document-to-document relations, after the EU's ELI ontology. */
export const LINEAGE_RELATIONS = ['based-on', 'implements', 'amends', 'repeals', 'final-version-of', 'cites'] as const;

export const NewsletterNode = z.object({
  kind: z.literal('Newsletter'),
  source: z.string(),
  /** How analysts name the issue: "China Industries · 7 Dec 2021". */
  title: z.string(),
  shape: z.enum(SHAPES),
  date: isoDate.nullable(),
  dateInferred: z.boolean(),
  periodFrom: isoDate.nullable(),
  periodTo: isoDate.nullable(),
  ...withStatements,
});

export const EntryNode = z.object({
  kind: z.literal('Entry'),
  section: z.enum(SECTIONS),
  rank: z.number().int().positive(),
  headline: z.string(),
  date: isoDate.nullable(),
  text: z.string(),
  ...withStatements,
});

export const PolicyNode = z.object({
  kind: z.literal('Policy'),
  title: z.string().min(1),
  titleZh: z.string().nullable(),
  date: isoDate.nullable(),
  draft: z.boolean(),
  /** True when no entry covers the policy: it is only referred to by another one. */
  stub: z.boolean(),
  /** Other titles it goes by, in newsletters whose mentions were merged into this node. */
  aliases: z.array(z.string()),
  /** Official document addresses ("miit.gov.cn/art_…") cited for it: the strongest evidence two mentions are one policy. */
  documentAddresses: z.array(z.string()),
  /** When mentions were merged into this node: which evidence joined them ("document-address miit.gov.cn/art_… ← policy:…"). */
  mergedBy: z.array(z.string()),
  /** Policies that may be this one, by weaker evidence than a merge needs: for a person to judge (`kg resolve`). */
  candidates: z.array(z.object({ key: z.string(), title: z.string(), similarity: z.number(), reason: z.string() })).optional(),
  ...withStatements,
});

export const AgencyNode = z.object({
  kind: z.literal('Agency'),
  name: z.string(),
  abbreviation: z.string().nullable(),
  nameZh: z.string().nullable(),
  level: z.enum(AGENCY_LEVELS),
  /** False for a body the registry does not know yet: its name is as printed. */
  registered: z.boolean(),
  ...withStatements,
});

export const FirmNode = z.object({
  kind: z.literal('Firm'),
  name: z.string(),
  aliases: z.array(z.string()),
  ...withStatements,
});

export const SectorNode = z.object({
  kind: z.literal('Sector'),
  name: z.string(),
  ...withStatements,
});

export const TargetNode = z.object({
  kind: z.literal('Target'),
  text: z.string().min(1),
  year: z.number().int().nullable(),
  ...withStatements,
});

export const NodeAttributes = z.discriminatedUnion('kind', [NewsletterNode, EntryNode, PolicyNode, AgencyNode, FirmNode, SectorNode, TargetNode]);
export type NodeAttributes = z.infer<typeof NodeAttributes>;
export type NodeKind = NodeAttributes['kind'];

export const EdgeAttributes = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('PUBLISHED_IN'), ...withSources }),
  z.object({ kind: z.literal('COVERS'), ...withSources }),
  z.object({ kind: z.literal('ISSUED_BY'), lead: z.boolean(), ...withSources }),
  z.object({ kind: z.literal('SETS_TARGET'), ...withSources }),
  z.object({
    kind: z.literal('BUILDS_ON'),
    relation: z.enum(LINEAGE_RELATIONS),
    evidence: z.string(),
    cue: z.string(),
    ...withSources,
  }),
  z.object({ kind: z.literal('MENTIONS'), ...withSources }),
  z.object({ kind: z.literal('IN_SECTOR'), ...withSources }),
  /** A body administered by another (the National Data Bureau by the NDRC), from the registry. */
  z.object({ kind: z.literal('PART_OF'), ...withSources }),
  /** Duties one body hands to another, on the date the text gives. */
  z.object({ kind: z.literal('TRANSFERS_DUTIES_TO'), date: isoDate.nullable(), evidence: z.string(), ...withSources }),
  /** A firm that is another's unit, partner or joint-venture partner, as the text says. */
  z.object({ kind: z.literal('AFFILIATED_WITH'), relation: z.enum(['unit-of', 'partner-of']), evidence: z.string(), ...withSources }),
]);
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;
export type EdgeKind = EdgeAttributes['kind'];

export const NODE_KINDS = NodeAttributes.options.map((o) => o.shape.kind.value);
export const EDGE_KINDS = EdgeAttributes.options.map((o) => o.shape.kind.value);

/**
 * The only way a label or relationship type enters Cypher text: named by the schema, never taken
 * from a stored or imported string (Cypher has no parameters for labels and types).
 */
export function cypherLabel(kind: string): NodeKind {
  if (!(NODE_KINDS as readonly string[]).includes(kind)) throw new Error(`"${kind}" is not a node kind of the schema`);
  return kind as NodeKind;
}

export function cypherRelationshipType(kind: string): EdgeKind {
  if (!(EDGE_KINDS as readonly string[]).includes(kind)) throw new Error(`"${kind}" is not a relationship kind of the schema`);
  return kind as EdgeKind;
}

/** Which node kinds each edge kind joins (source → target). */
export const EDGE_ENDPOINTS: Record<EdgeKind, { from: NodeKind[]; to: NodeKind[] }> = {
  PUBLISHED_IN: { from: ['Entry'], to: ['Newsletter'] },
  COVERS: { from: ['Entry'], to: ['Policy'] },
  ISSUED_BY: { from: ['Policy'], to: ['Agency'] },
  SETS_TARGET: { from: ['Policy'], to: ['Target'] },
  BUILDS_ON: { from: ['Policy'], to: ['Policy'] },
  MENTIONS: { from: ['Entry'], to: ['Firm', 'Agency', 'Policy', 'Sector'] },
  IN_SECTOR: { from: ['Policy'], to: ['Sector'] },
  PART_OF: { from: ['Agency'], to: ['Agency'] },
  TRANSFERS_DUTIES_TO: { from: ['Agency'], to: ['Agency'] },
  AFFILIATED_WITH: { from: ['Firm'], to: ['Firm'] },
};

/**
 * The graph holds one edge between two nodes. When resolution joins two nodes that an entry both
 * covers and mentions ("adopted the Data Security Law", in the entry covering the Data Security Law
 * of the People's Republic of China), the mention gives way to the stronger link.
 */
export const YIELDING_EDGE_KINDS: readonly EdgeKind[] = ['MENTIONS'];

/** graphology's serialisation of the whole graph, as `kg extract --format json` prints it. */
export const SerializedGraph = z.object({
  attributes: z.record(z.string(), z.unknown()),
  options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }),
  nodes: z.array(z.object({ key: z.string(), attributes: NodeAttributes })),
  edges: z.array(z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: EdgeAttributes })),
});
export type SerializedGraph = z.infer<typeof SerializedGraph>;
