/** Keys derived from content, so the same input always gives the same keys. */
import { createHash } from 'node:crypto';
import type { NodeKind } from '../../graph-schema/schema.ts';

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

export const keys = {
  newsletter: (source: string) => `newsletter:${slug(source.replace(/\.[^.]+$/, ''))}`,
  entry: (newsletterKey: string, section: string, rank: number) => `entry:${newsletterKey.slice('newsletter:'.length)}:${section}:${rank}`,
  policy: (title: string) => `policy:${slug(title)}`,
  agency: (registryKey: string) => `agency:${registryKey.toLowerCase()}`,
  unregisteredAgency: (name: string) => `agency:unregistered-${slug(name)}`,
  firm: (name: string) => `firm:${slug(name)}`,
  sector: (key: string) => `sector:${key}`,
  target: (policyKey: string, text: string) => `target:${policyKey.slice('policy:'.length)}:${shortHash(text)}`,
};

const KIND_OF_PREFIX: Record<string, NodeKind> = {
  newsletter: 'Newsletter',
  entry: 'Entry',
  policy: 'Policy',
  agency: 'Agency',
  firm: 'Firm',
  sector: 'Sector',
  target: 'Target',
};

/** The kind of node a key names ("agency:miit" → Agency), or null when the prefix is not one of ours. */
export function kindOfKey(key: string): NodeKind | null {
  const prefix = key.slice(0, key.indexOf(':'));
  return Object.hasOwn(KIND_OF_PREFIX, prefix) ? KIND_OF_PREFIX[prefix]! : null;
}
