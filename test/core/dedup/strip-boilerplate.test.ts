import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../../src/core/dedup/strip-boilerplate.js';

describe('stripBoilerplate', () => {
  it('drops the lines outlets add around a wire text and keeps the report', () => {
    const text = [
      'TOKYO (Kyodo) -- Japan and NATO agreed on Tuesday to deepen cyber cooperation.',
      'Photo: Officials meet in Tokyo. (Kyodo)',
      'The two sides will hold yearly talks.',
      'Related coverage: NATO and the Indo-Pacific',
      '© 2024 Kyodo News. All rights reserved.',
      'Subscribe to our newsletter',
      'Read more: analysis',
    ].join('\n\n');
    expect(stripBoilerplate(text)).toBe(
      'TOKYO Japan and NATO agreed on Tuesday to deepen cyber cooperation.\n\nThe two sides will hold yearly talks.',
    );
  });

  it('drops Japanese credit and related-article lines but keeps sentences that merely start alike', () => {
    const text = [
      '写真：会談する両首脳（共同）',
      '提供された資料によると、会談は1時間続いた。',
      '関連記事：日NATO協力',
    ].join('\n');
    expect(stripBoilerplate(text)).toBe('提供された資料によると、会談は1時間続いた。');
  });
});
