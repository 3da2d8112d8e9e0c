import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../src/core/text/all-matches.js';

const asFound = (matches: Iterable<RegExpMatchArray>) =>
  [...matches].map((match) => ({ at: match.index, text: match[0], groups: [...match] }));

describe('allMatches', () => {
  it.each([
    [/\b(said|says)\b/g, 'Ito said no; Lee says yes, and said it twice.'],
    [/(\d+)-(\d+)/g, 'scores 3-1, 10-12 and 7-7'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/\p{Script=Han}+/gu, '日米首脳会談 in Tokyo 東京'],
    [/nothing/g, 'no match here'],
  ])('finds what matchAll finds for %s', (pattern, text) => {
    expect(asFound(allMatches(pattern, text))).toEqual(asFound(text.matchAll(new RegExp(pattern))));
  });

  it('leaves the pattern ready for its next use, even inside a loop over its own matches', () => {
    const word = /\w+/g;
    const pairs = allMatches(word, 'one two').map((outer) => allMatches(word, outer[0]).length);
    expect(pairs).toEqual([1, 1]);
    expect(word.lastIndex).toBe(0);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => allMatches(/said/, 'he said')).toThrow(/global/);
  });
});
