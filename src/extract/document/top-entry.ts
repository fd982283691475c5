/**
 * Reads one TOP entry from its units: the headline, "At a glance" with its bullets, the
 * "MERICS comment" (setting aside explainer boxes and reading tips), and the document's
 * fields — the title (which may wrap over lines and blank lines inside its Chinese part),
 * the issuing bodies and the date.
 */
import { MappedText } from '../text/mapped-text.ts';
import { joiner } from '../text/join.ts';
import type { TopEntry } from './model.ts';
import type { Unit } from './units.ts';

const HEADLINE_NUMBER = /^\d{1,2}[.)]\s+/;

const LABEL =
  /^\s*(At a glance|MERICS comment|Article|Policy name|Issuing bod(?:y|ies)|Date|Explainer|More on the topic)\s*:\s*/i;

type Part = 'glance' | 'comment' | 'aside' | 'fields';
type Field = keyof TopEntry['fields'];

function fieldOf(label: string): Field | null {
  const l = label.toLowerCase();
  if (l === 'article' || l === 'policy name') return 'title';
  if (l.startsWith('issuing')) return 'issuers';
  if (l === 'date') return 'date';
  return null;
}

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
  };
  let part: Part = 'glance';
  let partBeforeAside: Part = 'glance';
  let openField: Field | null = null;
  let sawGlance = false;

  for (const unit of body) {
    const label = LABEL.exec(unit.text.text);
    const value = label ? unit.text.slice(label[0].length).trim() : unit.text;
    const field = label ? fieldOf(label[1]!) : null;

    if (openField && !label && openField === 'title' && openBrackets(entry.fields.title!.text) > 0) {
      entry.fields.title = MappedText.concat([entry.fields.title!, joiner(entry.fields.title!.text, value.text), value]);
      continue;
    }
    openField = null;

    if (field) {
      part = 'fields';
      if (entry.fields[field] === null) entry.fields[field] = value;
      openField = field;
      continue;
    }
    if (label) {
      const name = label[1]!.toLowerCase();
      if (name === 'at a glance') {
        part = 'glance';
        sawGlance = true;
      } else if (name === 'merics comment') {
        part = 'comment';
      } else {
        // Explainer boxes run to the next page break; a reading tip is one paragraph.
        if (part !== 'aside') partBeforeAside = part;
        entry.asides.push(value);
        part = name === 'explainer' ? 'aside' : partBeforeAside;
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
