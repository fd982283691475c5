/**
 * The PDF reader's units: text items as pdfjs-dist gives them, with their positions, and the lines they
 * make on a page.
 */
import { joiner } from '../text/join.ts';

export interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface Line {
  text: string;
  x: number;
  y: number;
  /** From the first item's left edge to the last one's right. */
  width: number;
  size: number;
  page: number;
  /** The items the line was made of, left to right (none for a line made of others, as a table's row). */
  items?: readonly Item[];
  /** Set out from its column's left edge: a list item's lines, when the PDF draws no bullet glyph. */
  indented?: boolean;
  /** A field's label in a table's first cell ("Document" | "Notice on …"): the label, and where its cell ends. */
  cell?: { label: string; labelEnd: number; valueX: number | null; apart: boolean };
}

/** The text of items on one baseline, left to right, with a space where a gap stands for one. */
export function itemsText(parts: readonly Item[]): string {
  let text = '';
  let end = -Infinity;
  for (const p of parts) {
    // A gap wider than a seventh of the font size is a space the PDF did not print as a character — but
    // Chinese has none: a justified line spreads its characters apart ("氢 能 产 业").
    if (text && p.x - end > p.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(p.str) && joiner(text, p.str) !== '') text += ' ';
    text += p.str;
    end = p.x + p.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

const HAN = /\p{Script=Han}/u;

/** Whether either of two lines holds Chinese characters. */
export function besideChinese(upper: string, lower: string): boolean {
  return HAN.test(upper) || HAN.test(lower);
}

/**
 * How many times the usual gap between a paragraph's lines two of its lines may stand apart. A line with Chinese
 * characters is set taller where the browser took a fallback font for them ("… Security (矿产资源安" / "全管理条例),
 * which …" stood 1.3 lines apart), so beside one the gap may be wider.
 */
export function wrapLeading(upper: string, lower: string): number {
  return besideChinese(upper, lower) ? 1.4 : 1.15;
}
