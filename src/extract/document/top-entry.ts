/**
 * Reads one TOP entry from its units: the headline, "At a glance" with its bullets, the
 * "MERICS comment" (setting aside explainer boxes and reading tips), and the document's
 * fields — the title (which may wrap over lines and blank lines inside its Chinese part),
 * the issuing bodies and the date.
 */
import { MappedText } from '../text/mapped-text.ts';
import { joiner } from '../text/join.ts';
import type { TopEntry } from './model.ts';
import { HEADLINE_NUMBER, type Unit } from './units.ts';
import { labelAlone, labelPrefix, labelRole, type LabelRole } from '../labels.ts';

type Part = 'glance' | 'comment' | 'aside' | 'fields';
type Field = keyof TopEntry['fields'];

const FIELD_OF: Partial<Record<LabelRole, Field>> = { title: 'title', issuers: 'issuers', date: 'date' };

/** Brackets still open in the text: a title whose Chinese part wrapped is not finished yet. */
function openBrackets(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth += 1;
    else if ((ch === ')' || ch === '）') && depth > 0) depth -= 1;
  }
  return depth;
}

export function readTopEntry(units: readonly Unit[], rank: number, warnings: string[]): TopEntry {
  const [headlineUnit, ...body] = units;
  const headline = headlineUnit!.text.after(HEADLINE_NUMBER);
  const entry: TopEntry = {
    rank,
    headline,
    glance: [],
    bullets: [],
    comment: [],
    asides: [],
    fields: { title: null, issuers: null, date: null },
    span: joinSpan(units),
    links: [],
  };
  let part: Part = 'glance';
  let partBeforeAside: Part = 'glance';
  let openField: Field | null = null;
  let sawGlance = false;

  for (const unit of body) {
    const label = labelPrefix().exec(unit.text.text) ?? labelAlone(unit.text.text);
    const value = label ? unit.text.slice(label[0].length).trim() : unit.text;
    const role = label ? labelRole(label[1]!) : null;
    const field = role ? (FIELD_OF[role] ?? null) : null;

    // A field's value may stand on the lines after its label, and a wrapped Chinese title may run past a blank line.
    if (openField && !label) {
      const sofar = entry.fields[openField]!;
      if (sofar.length === 0 || (openField === 'title' && openBrackets(sofar.text) > 0)) {
        entry.fields[openField] = sofar.length === 0 ? value : MappedText.concat([sofar, joiner(sofar.text, value.text), value]);
        continue;
      }
    }
    openField = null;

    if (field) {
      part = 'fields';
      if (entry.fields[field] === null) entry.fields[field] = value;
      openField = field;
      continue;
    }
    if (role) {
      if (role === 'glance') {
        part = 'glance';
        sawGlance = true;
      } else if (role === 'comment') {
        part = 'comment';
      } else {
        // Explainer boxes run to the next page break; a reading tip is one paragraph.
        if (part !== 'aside') partBeforeAside = part;
        if (value.length > 0) entry.asides.push(value);
        part = role === 'explainer' ? 'aside' : partBeforeAside;
        continue;
      }
      if (value.length > 0) (part === 'glance' ? entry.glance : entry.comment).push(value);
      continue;
    }
    if (part === 'aside' && unit.afterPageBreak) part = partBeforeAside;
    if (part === 'aside') entry.asides.push(value);
    else if (part === 'glance' && unit.kind === 'bullet') {
      entry.bullets.push({ text: value, leadIn: entry.glance.at(-1) ?? null });
    } else if (part === 'glance') entry.glance.push(value);
    else if (part === 'comment') entry.comment.push(value);
    // Text after the fields (an exhibit caption) belongs to no part.
  }

  const where = `entry ${rank}`;
  if (!sawGlance) warnings.push(`no "At a glance:" in ${where}`);
  if (!entry.fields.title) warnings.push(`no "Article:" or "Policy name:" line in ${where}`);
  if (!entry.fields.issuers) warnings.push(`no "Issuing body:" line in ${where}`);
  if (!entry.fields.date) warnings.push(`no "Date:" line in ${where}`);
  return entry;
}

function joinSpan(units: readonly Unit[]) {
  const first = units[0]!.text.span();
  const last = units.at(-1)!.text.span();
  return { start: first.start, end: Math.max(first.end, last.end) };
}
