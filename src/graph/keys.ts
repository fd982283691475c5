/** Keys derived from content, so the same input always gives the same keys. */
import { createHash } from 'node:crypto';
import { KINDS } from '../../graph-schema/kinds.ts';

const MAX_SLUG = 80;

export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 10);
}

/** A readable key part: "Action Plan for … (2023-2025)" → "action-plan-for-…-2023-2025". */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length === 0) return shortHash(text);
  if (s.length <= MAX_SLUG) return s;
  return `${s.slice(0, MAX_SLUG).replace(/-+$/, '')}-${shortHash(s)}`;
}

/** A slug cut after its last whole word within `max` characters. */
function wordsUpTo(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1));
}

/** A key of a kind: its declared prefix (graph-schema/kinds.ts), a colon, and the parts. */
const keyOf = (kind: keyof typeof KINDS, ...parts: string[]) => [KINDS[kind].prefix, ...parts].join(':');
/** A key without its kind's prefix, to build another key from. */
const bare = (kind: keyof typeof KINDS, key: string) => key.slice(KINDS[kind].prefix.length + 1);

export const keys = {
  newsletter: (source: string) => keyOf('Newsletter', slug(source.replace(/\.[^.]+$/, ''))),
  /**
   * From what the entry says, not where it stands: a corrected issue that drops an item keeps the
   * other entries' keys. The date is part of it because a brief may repeat a headline on another day.
   */
  entry: (newsletterKey: string, section: string, headline: string, date: string | null) =>
    keyOf(
      'Entry',
      bare('Newsletter', newsletterKey),
      section,
      `${wordsUpTo(slug(headline), 40)}-${shortHash(`${headline.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}|${date ?? ''}`).slice(0, 6)}`,
    ),
  policy: (title: string) => keyOf('Policy', slug(title)),
  agency: (registryKey: string) => keyOf('Agency', registryKey.toLowerCase()),
  unregisteredAgency: (name: string) => keyOf('Agency', `unregistered-${slug(name)}`),
  firm: (name: string) => keyOf('Firm', slug(name)),
  sector: (key: string) => keyOf('Sector', key),
  target: (policyKey: string, text: string) => keyOf('Target', bare('Policy', policyKey), shortHash(text)),
};

/** The kind a key names: declared with the kinds in graph-schema/kinds.ts. */
export { kindOfKey } from '../../graph-schema/kinds.ts';
