/**
 * Each node kind declared once, as data (after FollowTheMoney's schema): its key prefix, the
 * attributes that name it on screen, its date attributes, its colour, and how each attribute merges
 * when several newsletters state it. The fragment builder's keys, the resolver's merge, the loader's
 * dates, the API's labels and the explorer's colours all read this table; a new kind is one entry here
 * and one zod shape in schema.ts.
 *
 * Plain data without imports, so the explorer's bundle can read it too.
 */

/**
 * How the values several newsletters state for one attribute become the node's one value:
 * - union: every value, once (aliases, document addresses);
 * - all: true only when every statement says so (a policy is a stub only if no newsletter covers it);
 * - any: true when any statement says so (a lead issuer);
 * - latest-issue: the newest issue's value, since a later newsletter's spelling is the one readers now meet;
 * - covering-then-latest: the value of a newsletter that covers the document over one that only
 *   refers to it (the official document's own date over a reference's), then the newest issue's.
 * Ties go to the value more newsletters state.
 */
export const MERGE_RULES = ['union', 'all', 'any', 'latest-issue', 'covering-then-latest'] as const;
export type MergeRule = (typeof MERGE_RULES)[number];

export interface KindDeclaration {
  /** Every key of the kind starts with this and a colon. */
  prefix: string;
  /** The attributes that name a node on screen, the first one present winning. */
  label: readonly string[];
  /** Attributes holding ISO dates: stored as Neo4j dates. */
  dates: readonly string[];
  /** Scalar attributes whose differing values across newsletters are kept as statements and shown as conflicts. */
  merge: Readonly<Record<string, MergeRule>>;
  colour: string;
}

export const KINDS = {
  Newsletter: { prefix: 'newsletter', label: ['title', 'source'], dates: ['date', 'periodFrom', 'periodTo'], merge: {}, colour: '#30343f' },
  Entry: { prefix: 'entry', label: ['headline'], dates: ['date'], merge: {}, colour: '#9aa3b5' },
  Policy: {
    prefix: 'policy',
    label: ['title'],
    dates: ['date'],
    // The title is resolution's: the surviving mention's, the others kept as aliases (src/resolve).
    merge: {
      titleZh: 'covering-then-latest',
      date: 'covering-then-latest',
      draft: 'covering-then-latest',
      stub: 'all',
      aliases: 'union',
      documentAddresses: 'union',
      mergedBy: 'union',
    },
    colour: '#2457c5',
  },
  Agency: { prefix: 'agency', label: ['abbreviation', 'name'], dates: [], merge: { name: 'latest-issue', nameZh: 'latest-issue' }, colour: '#d1495b' },
  Firm: { prefix: 'firm', label: ['name'], dates: [], merge: { name: 'latest-issue', aliases: 'union' }, colour: '#edae49' },
  Sector: { prefix: 'sector', label: ['name'], dates: [], merge: {}, colour: '#00798c' },
  Target: { prefix: 'target', label: ['text'], dates: [], merge: { year: 'latest-issue' }, colour: '#8d6cab' },
} as const satisfies Record<string, KindDeclaration>;

export type DeclaredKind = keyof typeof KINDS;

/** Relationship attributes holding ISO dates, by relationship type. */
const RELATIONSHIP_DATES: Readonly<Record<string, readonly string[]>> = { TRANSFERS_DUTIES_TO: ['date'] };

/** The date attributes of a node kind or relationship type: stored as Neo4j dates. */
export function datesOf(kindOrType: string): readonly string[] {
  return (KINDS as Record<string, KindDeclaration>)[kindOrType]?.dates ?? RELATIONSHIP_DATES[kindOrType] ?? [];
}

/** The kind a key names ("agency:miit" → Agency), or null when its prefix is none of ours. */
export function kindOfKey(key: string): DeclaredKind | null {
  const prefix = key.slice(0, key.indexOf(':'));
  for (const [kind, declaration] of Object.entries(KINDS)) if (declaration.prefix === prefix) return kind as DeclaredKind;
  return null;
}

/** What a node is called on screen: the first of its kind's label attributes that it has. */
export function labelOf(kind: string, attributes: Readonly<Record<string, unknown>>): string {
  const declared: readonly string[] = (KINDS as Record<string, KindDeclaration>)[kind]?.label ?? [];
  for (const attribute of declared) {
    const v = attributes[attribute];
    if (v !== null && v !== undefined && v !== '') return String(v);
  }
  return String(attributes.key ?? '');
}

/** The merge rule of one attribute of a kind, or null when its first value simply stays. */
export function mergeRuleOf(kind: string, attribute: string): MergeRule | null {
  const rules: Readonly<Record<string, MergeRule>> = (KINDS as Record<string, KindDeclaration>)[kind]?.merge ?? {};
  return Object.hasOwn(rules, attribute) ? rules[attribute]! : null;
}

/** A disagreement between newsletters about one attribute: every value with the newsletters that state it. */
export interface Conflict {
  attribute: string;
  chosen: string | number | boolean;
  rule: MergeRule;
  values: { value: string | number | boolean; newsletters: string[] }[];
}
