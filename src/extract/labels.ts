/**
 * The labels that structure a TOP entry, with the spellings newsletters use for each. One list
 * serves both shapes: the PDF reader starts a block at a label, the entry reader sorts by it.
 */
export type LabelRole = 'glance' | 'comment' | 'title' | 'issuers' | 'date' | 'explainer' | 'more';

const SPELLINGS: Record<LabelRole, string> = {
  glance: 'At a glance|In brief|Summary',
  comment: '(?:MERICS\\s+)?comment|Our view|Analysis',
  title: 'Article|Policy name|Policy|Document|Title|Official title',
  issuers: 'Issuing bod(?:y|ies)|Issuing authorit(?:y|ies)|Issuing agenc(?:y|ies)|Issuing institutions?|Issued by|Issuers?',
  date: 'Date|Date of issue|Issue date|Release date|Date issued|Published',
  explainer: 'Explainer|Background|Box',
  more: 'More on the topic|Further reading|Read more',
};

const ALL = Object.values(SPELLINGS).join('|');

/** A label at the start of a line: "At a glance:", "Issuing bodies:", "MERICS comment:". */
export const FIELD_LABEL = new RegExp(`^\\s*(?:${ALL})\\s*:`, 'i');

/** The same, capturing the label and swallowing the space after the colon. */
export const LABEL_PREFIX = new RegExp(`^\\s*(${ALL})\\s*:\\s*`, 'i');

const ROLES = Object.entries(SPELLINGS).map(([role, spellings]) => ({
  role: role as LabelRole,
  re: new RegExp(`^(?:${spellings})$`, 'i'),
}));

export function labelRole(label: string): LabelRole {
  return ROLES.find((r) => r.re.test(label.trim()))!.role;
}
