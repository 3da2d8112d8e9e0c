import { describe, expect, it } from 'vitest';
import { stripControlCharacters } from '../../../src/core/text/strip-control-characters.js';

describe('stripControlCharacters', () => {
  it.each([
    ['a right-to-left override', 'report\u202Efdp.exe', 'reportfdp.exe'],
    ['embeddings and a pop', '\u202Aleft\u202B right\u202C', 'left right'],
    ['isolates', '\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['direction marks', 'NATO\u200E \u200FTokyo\u061C', 'NATO Tokyo'],
    ['zero-width characters and a BOM', '\uFEFFN\u200BA\u2060TO', 'NATO'],
    ['C0 and C1 controls, DEL and escapes', 'a\u0000b\u0007c\u001b[31md\u007fe\u0085f\u009bg', 'abc[31mdefg'],
    ['line and paragraph separators', 'one\u2028two\u2029three', 'onetwothree'],
    ['a soft hyphen', 'defen\u00ADce', 'defence'],
  ])('removes %s', (_what, input, expected) => {
    expect(stripControlCharacters(input)).toBe(expected);
  });

  it('keeps tabs, newlines, Japanese and emoji', () => {
    const text = 'NATO東京連絡事務所\n\t「慎重」 — café 🇯🇵';
    expect(stripControlCharacters(text)).toBe(text);
  });
});
