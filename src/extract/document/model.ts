/** The typed document model a newsletter is parsed into: newsletter → sections → entries. */
import type { SHAPES } from '../../../graph-schema/schema.ts';
import type { Link } from '../blocks/block.ts';
import type { MappedText, Span } from '../text/mapped-text.ts';

export type Shape = (typeof SHAPES)[number];

export interface IssueDate {
  /** ISO date of the issue, or null when neither printed nor inferable. */
  date: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  /** True when nothing was printed and the dates were inferred from the items. */
  inferred: boolean;
  /** Where the date was read, when it was printed. */
  printedAt: MappedText | null;
}

export interface TargetBullet {
  text: MappedText;
  /** The sentence that introduces the list, e.g. "Key targets for 2025 include:". */
  leadIn: MappedText | null;
}

/** One of the TOP entries: a headline, a summary with bullets, a comment, and the document's fields. */
export interface TopEntry {
  rank: number;
  headline: MappedText;
  /** "At a glance" paragraphs, label removed, bullets excluded. */
  glance: MappedText[];
  bullets: TargetBullet[];
  /** "MERICS comment" paragraphs, without explainer boxes and "More on the topic" lines. */
  comment: MappedText[];
  /** Explainer boxes and reading tips printed inside the comment. */
  asides: MappedText[];
  /** The raw values of the document fields. */
  fields: {
    title: MappedText | null;
    issuers: MappedText | null;
    date: MappedText | null;
  };
  span: Span;
  /** Links printed with the entry (its URL blocks), in order: the document's own link is among them. */
  links: Link[];
}

export type NewsSection = 'policy-news' | 'corporate-news';

export interface NewsItem {
  section: NewsSection;
  rank: number;
  month: number;
  day: number;
  /** The year, when the item prints one. */
  year?: number;
  /** The item without its date prefix. */
  body: MappedText;
  span: Span;
}

export interface NewsletterDoc {
  source: string;
  shape: Shape;
  issue: IssueDate;
  top: TopEntry[];
  news: NewsItem[];
  /** What was odd about the text: missing sections or fields, each naming where. */
  warnings: string[];
}
