/**
 * The labels that structure a TOP entry, with the spellings newsletters use for each — vocabulary
 * kept in graph-schema/document-vocabulary.json (`entryLabels`). One list serves every shape: the
 * PDF and web-text readers start a block at a label, the entry reader sorts by it.
 */
import { derived } from './registries.ts';

export type LabelRole = 'glance' | 'comment' | 'title' | 'issuers' | 'date' | 'explainer' | 'more';

const ROLE_NAMES: readonly LabelRole[] = ['glance', 'comment', 'title', 'issuers', 'date', 'explainer', 'more'];

const patterns = derived(({ documentVocabulary: { entryLabels } }) => {
  const all = ROLE_NAMES.flatMap((role) => entryLabels[role]).join('|');
  return {
    field: new RegExp(`^\\s*(?:${all})\\s*:`, 'i'),
    prefix: new RegExp(`^\\s*(${all})\\s*:\\s*`, 'i'),
    roles: ROLE_NAMES.map((role) => ({ role, re: new RegExp(`^(?:${entryLabels[role].join('|')})$`, 'i') })),
  };
});

/** A label at the start of a line: "At a glance:", "Issuing bodies:", "MERICS comment:". */
export function fieldLabel(): RegExp {
  return patterns().field;
}

/** The same, capturing the label and swallowing the space after the colon. */
export function labelPrefix(): RegExp {
  return patterns().prefix;
}

export function labelRole(label: string): LabelRole {
  return patterns().roles.find((r) => r.re.test(label.trim()))!.role;
}

/** A line that is a label and nothing else: "At a glance:". */
export function isBareLabel(text: string): boolean {
  const label = labelPrefix().exec(text);
  return label !== null && text.slice(label.index + label[0].length).trim() === '';
}
