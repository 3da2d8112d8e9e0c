import { describe, expect, it } from 'vitest';
import { analyseText } from './analyse-text.js';

// Deterministic pseudo-random text made of the characters that drive the scanners.
function oddText(seed: number): string {
  const pieces = [
    '"',
    '“',
    '”',
    '‘',
    '’',
    "'",
    '「',
    '」',
    '『',
    '』',
    '。',
    '. ',
    ', ',
    '\n\n',
    'said',
    ' he ',
    'Tomita',
    'China',
    '林外相は',
    'と述べた',
    'word',
    ' ',
  ];
  let state = seed;
  let text = '';
  for (let i = 0; i < 80; i += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += pieces[state % pieces.length];
  }
  return text;
}

describe('analysis of malformed text', () => {
  it('never throws and every quote stays an exact substring, whatever the marks', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const text = oddText(seed);
      for (const language of ['en', 'ja'] as const) {
        for (const statement of analyseText(text, language)) {
          expect(text).toContain(statement.text);
          expect(statement.text.trim()).not.toBe('');
        }
      }
    }
  });

  it('an empty article has no statements', () => {
    expect(analyseText('')).toEqual([]);
    expect(analyseText('\n\n', 'ja')).toEqual([]);
  });
});
