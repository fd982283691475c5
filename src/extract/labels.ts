/**
 * The labels that structure a TOP entry, with the spellings newsletters use for each — vocabulary
 * kept in graph-schema/document-vocabulary.json (`entryLabels`). One list serves every shape: the
 * PDF and web-text readers start a block at a label, the entry reader sorts by it.
 */
import { derived } from './registries.ts';
import { firstOf, type TextPattern } from './text/regexp.ts';

export type LabelRole = 'glance' | 'comment' | 'title' | 'issuers' | 'date' | 'citation' | 'explainer' | 'more';

const ROLE_NAMES: readonly LabelRole[] = ['glance', 'comment', 'title', 'issuers', 'date', 'citation', 'explainer', 'more'];

/** The fields that describe the document itself: its name, its issuers, its date. */
const DOCUMENT_FIELDS: readonly LabelRole[] = ['title', 'issuers', 'date'];

/** A label's last word may give its plural beside it: "Issuing body/bodies", "Issuer(s)", "Authority/ies". */
const PLURAL_BESIDE = String.raw`(?:\s*\/\s*[A-Za-z]+|\(s\))?`;
const withPlurals = (sources: readonly string[]) => sources.map((s) => `(?:${s})${PLURAL_BESIDE}`).join('|');

const patterns = derived(({ documentVocabulary: { entryLabels } }) => {
  const all = withPlurals(ROLE_NAMES.flatMap((role) => entryLabels[role]));
  const documentLabels = withPlurals(DOCUMENT_FIELDS.flatMap((role) => entryLabels[role]));
  // A colon ends a label, or a dash between spaces: "What happened – The NDRC …".
  const end = '(?:\\s*:|\\s+[–—-]\\s)';
  return {
    field: new RegExp(`^\\s*(?:${all})${end}`, 'i'),
    prefix: new RegExp(`^\\s*(${all})${end}\\s*`, 'i'),
    alone: new RegExp(`^\\s*(${all})\\s*$`, 'i'),
    roles: ROLE_NAMES.map((role) => ({ role, re: new RegExp(`^(?:${withPlurals(entryLabels[role])})$`, 'i') })),
    document: new RegExp(`^\\s*(?:${documentLabels})${end}`, 'i'),
    innerDocument: new RegExp(`\\s(?=(?:${documentLabels})\\s*:(?:\\s|$))`, 'gi'),
    // The same labels set in capitals and run into their text with no colon ("SUMMARY The State Council
    // …", "ISSUED BY MIIT DATE 4 March"), as a printed page sets them in bold or small capitals.
    capitalsRunIn: new RegExp(`^\\s*(${inCapitalsSource(all)})\\s+(?=${RUN_IN_TEXT})`, 'u'),
    innerCapitals: new RegExp(`\\s(?=(?:${inCapitalsSource(documentLabels)})\\s+${RUN_IN_TEXT})`, 'gu'),
    bareDocument: new RegExp(`^\\s*(${documentLabels})\\s+(?=${RUN_IN_TEXT})`, 'iu'),
  };
});

/** What text run into a label in capitals opens with: a capital, a figure, a Chinese character, a quote or bracket. */
const RUN_IN_TEXT = '[\\p{Lu}\\d\\p{Script=Han}"“(]';
const RUN_IN_OPENING = new RegExp(`^${RUN_IN_TEXT}`, 'u');

/** A case-insensitive pattern source made to match its words in capitals only ("\\s" kept as it is). */
function inCapitalsSource(source: string): string {
  return source.replace(/(\\.)|(\p{Ll})/gu, (m, escape: string | undefined) => escape ?? m.toUpperCase());
}

/** A label at the start of a line: "At a glance:", "Issuing bodies:", "MERICS comment:", "SUMMARY The …". */
export function fieldLabel(): TextPattern {
  return fieldPattern;
}

/** The same, capturing the label (group 1) and swallowing the space after the colon. */
export function labelPrefix(): TextPattern {
  return prefixPattern;
}

const prefixPattern = firstOf((text) => patterns().prefix.exec(text), capitalsRunIn);
const fieldPattern = firstOf((text) => patterns().field.exec(text), capitalsRunIn);

/**
 * A label in capitals run into its text: "SUMMARY The State Council …", "ISSUED BY MIIT, NDRC". A
 * headline set in capitals ("POLICY BANKS LEND MORE") is none: after a label of one word, the text must
 * have a lower-case letter.
 */
function capitalsRunIn(text: string): RegExpExecArray | null {
  const label = patterns().capitalsRunIn.exec(text);
  if (!label) return null;
  const oneWord = !/\s/.test(label[1]!.trim());
  return oneWord && !/\p{Ll}/u.test(text.slice(label[0].length)) ? null : label;
}

export function labelRole(label: string): LabelRole {
  return patterns().roles.find((r) => r.re.test(label.trim()))!.role;
}

/**
 * A label printed as a small heading of its own, with no colon: "At a glance", "MERICS comment",
 * "Issuing bodies" on a line, their text under them. Read like `labelPrefix`: the label is group 1.
 */
export function labelAlone(text: string): RegExpExecArray | null {
  // A label heads its text capitalised; "policy" alone on a line is a wrapped headline's last word.
  return /^\s*\p{Lu}/u.test(text) ? patterns().alone.exec(text) : null;
}

/** The label a unit opens with, printed with a colon ("At a glance: …") or alone on its line ("At a glance"). */
export function leadingLabel(text: string): RegExpExecArray | null {
  return labelPrefix().exec(text) ?? labelAlone(text);
}

/** The role of the label a text opens with ("Issuer: MIIT" → issuers), or null when it opens with none. */
export function leadingRole(text: string): LabelRole | null {
  const label = leadingLabel(text);
  return label === null ? null : labelRole(label[1]!);
}

/** Whether a text opens with the label of a field of the document itself, with a colon or alone: "Issued by", "Date:". */
export function opensDocumentField(text: string): boolean {
  const role = leadingRole(text);
  return role !== null && DOCUMENT_FIELDS.includes(role);
}

/** Whether a text opens with an entry's summary label: "At a glance: …", "Key facts", "In brief:". */
export function opensSummary(text: string): boolean {
  return leadingRole(text) === 'glance';
}

/** A line that is a label and nothing else: "At a glance:". */
export function isBareLabel(text: string): boolean {
  const label = labelPrefix().exec(text);
  return label !== null && text.slice(label.index + label[0].length).trim() === '';
}

/**
 * Where the next fields start in a line of run-on document fields: "Document: … (…) Issued by: MIIT;
 * NDRC Released: 3 July 2019", as a page prints fields that its markup set inline. Only a line that
 * opens with such a field, or goes on with one (`inField`: "(MOFCOM) Released: 31 May 2019" wrapped in
 * a PDF), is cut, and only at a capitalised label of another such field.
 */
export function runOnFieldStarts(line: string, inField = false): number[] {
  if (!inField && !isDocumentField(line)) return [];
  const starts: number[] = [];
  for (const m of line.matchAll(patterns().innerDocument)) {
    const at = m.index + m[0].length;
    if (/\p{Lu}/u.test(line.charAt(at)) && !insideLongerLabel(line, at)) starts.push(at);
  }
  for (const m of line.matchAll(patterns().innerCapitals)) {
    const at = m.index + m[0].length;
    if (!insideLongerLabel(line, at)) starts.push(at);
  }
  return starts.sort((a, b) => a - b);
}

/**
 * Whether a label at `at` ends a longer one that opens a word or two before: "DATE:" of "ISSUE DATE:" — but
 * not of a field before it ("Issuing body: NPC Date: …"), whose words end in a colon.
 */
function insideLongerLabel(line: string, at: number): boolean {
  const before = /(?:\S+\s+){1,2}$/.exec(line.slice(0, at));
  if (!before) return false;
  const words = before[0].split(/(?<=\s)(?=\S)/);
  return words.some((_, i) => !words.slice(i).join('').includes(':') && isDocumentField(words.slice(i).join('') + line.slice(at)));
}

/**
 * A line that opens with the document's title field: "Article:", "Policy name:", "Official title:", "DOCUMENT"
 * alone — or a citation that names the document: "Source: MOF, \"Measures for …\" (…办法), 18/05/2016".
 */
export function isTitleField(line: string): boolean {
  const label = leadingLabel(line);
  if (label === null) return false;
  const role = labelRole(label[1]!);
  return role === 'title' || (role === 'citation' && citesDocument(line.slice(label[0].length)));
}

/** A line that opens with a field of the document itself: "Policy name:", "Issuing bodies:", "Date:", a citation of it. */
export function isDocumentField(line: string): boolean {
  if (patterns().document.test(line) || isTitleField(line)) return true;
  const label = capitalsRunIn(line);
  return label !== null && DOCUMENT_FIELDS.includes(labelRole(label[1]!));
}

/**
 * A document field's label that opens a line with no colon, capitalised, its value after a space: "Issuer
 * CAC, NDRC", "Released 12 June 2023" — as a page prints a fact box whose labels only a style set apart.
 * Whether the line is a field, only the lines around it can tell (see units.ts).
 */
export function bareDocumentLabel(line: string): { label: RegExpExecArray; role: LabelRole } | null {
  if (!/^\s*\p{Lu}/u.test(line) || fieldLabel().test(line)) return null;
  const label = patterns().bareDocument.exec(line);
  // The label is matched in any case, but what runs into it must open in earnest — a capital, not "news"
  // after "Policy" (a case-insensitive pattern's \p{Lu} matches any letter).
  if (!label || !RUN_IN_OPENING.test(line.slice(label[0].length))) return null;
  return { label, role: labelRole(label[1]!) };
}

/** A document's title in quotes, or its Chinese title in brackets: what a citation of the document itself holds. */
const CITED_TITLE = /["“][^"”]{8,}["”]|[(（][^()（）]*\p{Script=Han}/u;

/** Whether a citation's text names a document ("State Council, \"Opinions on …\", 2016"), not only a source ("Xinhua"). */
export function citesDocument(text: string): boolean {
  return CITED_TITLE.test(text);
}
