import { describe, expect, it } from 'vitest';
import { compileTerm, latinTermPattern, matchableText } from '../../../src/core/relevance/compile-term.js';

/** The pattern alone, without the word check in front of it: what compileTerm must agree with. */
function patternOnly(term: string): (text: string) => boolean {
  const pattern = latinTermPattern(term);
  return (text) => pattern.test(text.normalize('NFKC'));
}

describe('compileTerm: the word check before the pattern changes no verdict', () => {
  const terms = [
    'NATO',
    'Japan',
    'prime minister',
    'G7',
    'U.S.',
    'Foreign Ministry',
    'kiss',
    'treaty',
    'missile',
    'Shin',
  ];
  const texts = [
    "Japan's envoy met the Prime-Minister\u00a0today.",
    'A donation to the club; no alliance named.',
    'NATO連絡事務所 opened, said the PRIME   MINISTER.',
    'The g7 and the U.S. agreed; the foreign-ministry spokesman spoke.',
    'ＮＡＴＯ and ｊａｐａｎ in full width.',
    'A ki\u017Fs (long s) and a prime\nminister across a line.',
    'Japanese and Nations and G77 are other words.',
    'Two treaties, three missiles, the kisses and Prime Ministers; missileman and treatys are not.',
    'The spotlight shines on Shin.',
  ];
  for (const term of terms) {
    it(term, () => {
      const test = compileTerm(term);
      const reference = patternOnly(term);
      for (const text of texts) expect(test(matchableText(text)), text).toBe(reference(text));
    });
  }
});

describe('compileTerm: plurals', () => {
  const finds = (term: string, text: string) => compileTerm(term)(matchableText(text));

  it("finds a term's last word in its regular plural", () => {
    expect(finds('missile', 'North Korea fired two missiles')).toBe(true);
    expect(finds('treaty', 'the treaties were signed')).toBe(true);
    expect(finds('foreign minister', 'the foreign ministers met')).toBe(true);
    expect(finds('kiss', 'kisses')).toBe(true);
  });

  it('still matches whole words only', () => {
    expect(finds('missile', 'a missileman')).toBe(false);
    expect(finds('summit', 'summitry')).toBe(false);
    expect(finds('treaty', 'treatys')).toBe(false);
    expect(finds('foreign minister', 'foreigns minister')).toBe(false);
  });

  it('matches a name as written: a capitalised term is no common noun', () => {
    expect(finds('Shin', 'the spotlight shines')).toBe(false);
    expect(finds('Shin', 'Shin said')).toBe(true);
    expect(finds('NATO', 'NATOs')).toBe(false);
  });
});
