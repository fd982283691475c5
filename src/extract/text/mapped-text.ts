/**
 * Text assembled from pieces of a source file that remembers, for every character,
 * where it came from. Joining wrapped lines or dropping markup changes the text but
 * never loses the way back to the file: that is what makes each fact's span exact.
 */
export interface Span {
  start: number;
  end: number;
}

/** An anchor says: from local index `at` on, characters come from source offset `src` onwards. */
interface Anchor {
  at: number;
  src: number;
}

export class MappedText {
  private constructor(
    readonly text: string,
    private readonly anchors: readonly Anchor[],
  ) {}

  static fromSource(text: string, sourceOffset: number): MappedText {
    return new MappedText(text, [{ at: 0, src: sourceOffset }]);
  }

  get length(): number {
    return this.text.length;
  }

  /** The source offset of the character at local index `i`. */
  sourceOffset(i: number): number {
    const anchors = this.anchors;
    if (anchors.length === 0) return 0;
    let lo = 0;
    let hi = anchors.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (anchors[mid]!.at <= i) lo = mid;
      else hi = mid - 1;
    }
    const a = anchors[lo]!;
    return a.src + Math.max(0, i - a.at);
  }

  /** The source span covered by local characters [start, end). */
  span(start = 0, end = this.text.length): Span {
    if (end <= start) {
      const at = this.sourceOffset(start);
      return { start: at, end: at };
    }
    return { start: this.sourceOffset(start), end: this.sourceOffset(end - 1) + 1 };
  }

  slice(start: number, end = this.text.length): MappedText {
    start = Math.max(0, Math.min(start, this.text.length));
    end = Math.max(start, Math.min(end, this.text.length));
    const anchors: Anchor[] = [{ at: 0, src: this.sourceOffset(start) }];
    for (const a of this.anchors) {
      if (a.at > start && a.at < end) anchors.push({ at: a.at - start, src: a.src });
    }
    return new MappedText(this.text.slice(start, end), anchors);
  }

  trim(): MappedText {
    const lead = this.text.length - this.text.trimStart().length;
    const trail = this.text.length - this.text.trimEnd().length;
    return this.slice(lead, this.text.length - trail);
  }

  /** The slice after the first match of `pattern` (which must not be global). */
  after(pattern: RegExp): MappedText {
    const m = pattern.exec(this.text);
    return m ? this.slice(m.index + m[0].length) : this;
  }

  static concat(parts: readonly (MappedText | string)[]): MappedText {
    let text = '';
    const anchors: Anchor[] = [];
    let lastSrc: number | null = null;
    /** Inserted characters before any mapped ones: they map to where the first mapped part starts. */
    const leading: Anchor[] = [];
    for (const part of parts) {
      if (typeof part === 'string') {
        // Inserted characters (a joining space) map to the end of what came before them.
        if (part.length > 0) {
          const anchor = { at: text.length, src: lastSrc ?? 0 };
          anchors.push(anchor);
          if (lastSrc === null) leading.push(anchor);
        }
        text += part;
        continue;
      }
      if (lastSrc === null && part.length > 0) for (const a of leading) a.src = part.sourceOffset(0);
      for (const a of part.anchors) anchors.push({ at: a.at + text.length, src: a.src });
      if (part.length > 0) lastSrc = part.sourceOffset(part.length - 1) + 1;
      text += part.text;
    }
    return new MappedText(text, anchors);
  }
}
