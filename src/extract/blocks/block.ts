/**
 * The shape-independent view of a newsletter: a flat run of blocks (headings, paragraphs,
 * bullets) whose lines map back to the file. Each input shape has its own reader that
 * produces blocks; everything after that is shared.
 */
import type { MappedText } from '../text/mapped-text.ts';

export interface Block {
  kind: 'heading' | 'paragraph' | 'bullet';
  /** The block's lines as printed, markup and bullet glyphs removed. */
  lines: MappedText[];
  /** Heading level for markdown headings; 0 otherwise. */
  level: number;
  /** The block starts a new page: a URL block or a running footer came just before it. */
  afterPageBreak: boolean;
}

/** Facts a reader found outside the blocks, such as a running footer's issue date. */
export interface PageFurniture {
  /** Lines recognised as running headers or footers, kept for the issue date. */
  footers: MappedText[];
  /**
   * The date a web page's metadata gives for its publication (`article:published_time`,
   * `datePublished`), where it is: the issue date when no line of the page prints one.
   */
  published?: MappedText[];
}

/** A link target printed in the text (a PDF's URL block) or carried by markup (a markdown link). */
export interface Link {
  url: string;
  /** Offset in the file where the link was printed. */
  at: number;
}

export interface BlockReading {
  blocks: Block[];
  furniture: PageFurniture;
  links: Link[];
}
