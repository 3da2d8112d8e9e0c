import { describe, expect, it } from 'vitest';
import { leadOf } from '../../../src/core/digest/build-digest.js';

describe("a digest story's one-line lead", () => {
  it('is the first sentence, not cut at an abbreviation', () => {
    expect(
      leadOf(
        'NATO members are not discussing an office in Tokyo, a senior U.S. official said on Monday. He added more.',
        'en',
      ),
    ).toBe('NATO members are not discussing an office in Tokyo, a senior U.S. official said on Monday.');
  });

  it('takes the first Japanese sentence and shortens a long one at a word with a marker', () => {
    expect(leadOf('北大西洋条約機構が東京に事務所を検討している。詳細は未定だ。', 'ja')).toBe(
      '北大西洋条約機構が東京に事務所を検討している。',
    );
    const long = `${'word '.repeat(80)}end.`;
    const lead = leadOf(long, 'en');
    expect(lead.length).toBeLessThanOrEqual(200);
    expect(lead.endsWith('word…')).toBe(true);
  });
});
