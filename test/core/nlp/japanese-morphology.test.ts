import { describe, expect, it } from 'vitest';
import { japaneseMorphology } from '../../../src/core/nlp/japanese-morphology.js';

describe('the Japanese morphological analyser', () => {
  it('splits a sentence into morphemes with readings, classes and offsets into the text', () => {
    const text = '林外相は会見で「連携を深める」と述べた。';
    const morphemes = japaneseMorphology().tokenize(text);
    const surname = morphemes.find((m) => m.surface === '林');
    expect(surname).toMatchObject({ pos: '名詞', reading: 'ハヤシ' });
    expect(surname?.posDetail).toContain('固有名詞');
    const verb = morphemes.find((m) => m.surface === '述べ');
    expect(verb).toMatchObject({ pos: '動詞', basic: '述べる' });
    for (const m of morphemes) expect(text.slice(m.start, m.start + m.surface.length)).toBe(m.surface);
  });

  it('is loaded once and shared by every caller', () => {
    expect(japaneseMorphology()).toBe(japaneseMorphology());
  });
});
