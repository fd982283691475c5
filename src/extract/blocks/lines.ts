import { MappedText } from '../text/mapped-text.ts';

/** Splits text into lines, each mapped to its offset in the file. */
export function splitLines(text: string): MappedText[] {
  const lines: MappedText[] = [];
  const re = /\r?\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push(MappedText.fromSource(text.slice(start, m.index), start));
    start = m.index + m[0].length;
  }
  lines.push(MappedText.fromSource(text.slice(start), start));
  return withoutMailQuotes(lines);
}

/** The marks a mail client sets before each line it quotes: "> ", "> > ", ">". */
const MAIL_QUOTE = /^(?:>[ \t]?)+/;
/** How many of a text's lines a forwarded newsletter quotes: nearly all, but the forwarding mail's header. */
const QUOTED_SHARE = 0.6;

/**
 * A newsletter forwarded in a plain-text mail: every line of it quoted ("> MERICS TOP 5"), after the
 * mail's own header ("From: …", "Date: Tue, 5 Mar 2019", "Subject: …"), which is no part of it. The
 * quoted lines only, without their marks; a text quoted in few lines is left as it is.
 */
function withoutMailQuotes(lines: MappedText[]): MappedText[] {
  const written = lines.filter((l) => l.text.trim().length > 0);
  const quoted = written.filter((l) => MAIL_QUOTE.test(l.text));
  if (quoted.length < 5 || quoted.length < written.length * QUOTED_SHARE) return lines;
  return lines.flatMap((l) => {
    const mark = MAIL_QUOTE.exec(l.text);
    if (mark) return [l.slice(mark[0].length)];
    // (A blank line between the quoted ones stays a blank line.)
    return l.text.trim().length === 0 ? [l] : [];
  });
}

/** A table-of-contents line: a title, a dotted leader and a page number. */
export const TOC_LINE = /\.{3,}\s*\d{1,3}\s*$/;
/** A page number on a line of its own: "7", "Page 3", "3 of 12", "3/12". */
export const PAGE_NUMBER_LINE = /^\s*(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?\s*$/i;

/** The page a running line ends on, after a separator: "… | page 3", "… · p. 3 of 9". */
export const PAGE_MARK = /\s[|·•–—]\s*(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?\s*$/i;

/** A rule, or a heading's underline, drawn with characters as plain-text mail prints them: "==========", "-----". */
export const RULE_LINE = /^\s*(?:[=_*~-]\s*){3,}$/;

/** A line that is only a link target, as PDFs print them after a page's text and web copies keep them. */
export const URL_LINE = /^\s*(?:https?:\/\/|www\.)\S*\s*$/i;

/**
 * The reading time a web page prints under its title ("13 min read", "Reading time: 8 minutes", "14 Minuten
 * Lesedauer"): page chrome, no PDF has one.
 */
export const READING_TIME = String.raw`(?:\d{1,3}\s+(?:min(?:ute)?s?\.?\s+read|Minuten\s+Lesedauer)|(?:Estimated\s+)?reading\s+time:?\s+\d{1,3}\s+min(?:ute)?s?\.?)`;
