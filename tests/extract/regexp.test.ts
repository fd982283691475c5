import { describe, expect, it } from 'vitest';
import { LETTER_OR_DIGIT, matchesNotAfter } from '../../src/extract/text/regexp.ts';

/** What the pattern with a leading lookbehind finds: the behaviour matchesNotAfter must keep. */
const withLookbehind = (text: string, source: string) => [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})`, 'gu'))];
const bare = (text: string, source: string) => [...matchesNotAfter(text, new RegExp(source, 'gu'), LETTER_OR_DIGIT)];
const found = (matches: RegExpExecArray[] | RegExpMatchArray[]) => matches.map((m) => `${m.index}:${m[0]}`);

describe('matchesNotAfter', () => {
  it.each([
    ['a name after a space, a bracket, at the start', 'BYD and (BYD) BYD', 'BYD'],
    ['not inside a word, but again one further on', 'XBYD BYDBYD BYD', 'BYD'],
    ['a longer alternative that fails gives way to a shorter one further on', 'aSAIC Motor SAIC', 'SAIC Motor|SAIC'],
    ['a name that starts inside a refused match', 'xSino-BYD', 'Sino-BYD|BYD'],
    ['a letter outside the basic plane before the name', '𝐀BYD 𝐀 BYD', 'BYD'],
    ['a refused match that opens with a letter outside the basic plane', 'a𝐀𝐁 𝐂', '\\p{Lu}+'],
    ['Chinese before a name is a letter too', '比亚迪BYD 比亚迪 BYD', 'BYD'],
    ['a digit before', '3BYD 3 BYD', 'BYD'],
  ])('%s: the same matches as a leading lookbehind', (_what, text, source) => {
    expect(found(bare(text, source))).toEqual(found(withLookbehind(text, source)));
    expect(bare(text, source).length).toBeGreaterThan(0);
  });

  it('leaves the pattern ready for the next text', () => {
    const re = /BYD/gu;
    expect(matchesNotAfter('BYD BYD', re, LETTER_OR_DIGIT)).toHaveLength(2);
    expect(re.lastIndex).toBe(0);
    expect(matchesNotAfter('BYD', re, LETTER_OR_DIGIT)).toHaveLength(1);
  });
});
