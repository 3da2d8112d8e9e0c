import { describe, expect, it } from 'vitest';
import { compileTerm, matchableText } from '../../../src/core/relevance/compile-term.js';

/** The pattern alone, without the word check in front of it: what compileTerm must agree with. */
function patternOnly(term: string): (text: string) => boolean {
  const words = term
    .normalize('NFKC')
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(
    `(?<![\\p{Script=Latin}\\p{N}])${words.join('[\\s\\u00a0-]+')}(?![\\p{Script=Latin}\\p{N}])`,
    'iu',
  );
  return (text) => pattern.test(text.normalize('NFKC'));
}

describe('compileTerm: the word check before the pattern changes no verdict', () => {
  const terms = ['NATO', 'Japan', 'prime minister', 'G7', 'U.S.', 'Foreign Ministry', 'kiss'];
  const texts = [
    "Japan's envoy met the Prime-Minister\u00a0today.",
    'A donation to the club; no alliance named.',
    'NATO連絡事務所 opened, said the PRIME   MINISTER.',
    'The g7 and the U.S. agreed; the foreign-ministry spokesman spoke.',
    'ＮＡＴＯ and ｊａｐａｎ in full width.',
    'A ki\u017Fs (long s) and a prime\nminister across a line.',
    'Japanese and Nations and G77 are other words.',
  ];
  for (const term of terms) {
    it(term, () => {
      const test = compileTerm(term);
      const reference = patternOnly(term);
      for (const text of texts) expect(test(matchableText(text)), text).toBe(reference(text));
    });
  }
});
