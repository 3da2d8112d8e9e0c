import { describe, expect, it } from 'vitest';
import { ANALYSED_TEXT_LIMIT, analysedText } from '../../../src/core/ingest/analysed-text.js';

const sentence = 'The envoys met again in Brussels on Tuesday. ';

describe('analysedText', () => {
  it('is the whole text when it is within the limit', () => {
    const text = sentence.repeat(Math.floor(ANALYSED_TEXT_LIMIT / sentence.length)).trim();
    expect(analysedText(text)).toBe(text);
  });

  it('is the opening of a longer text, cut at the last paragraph break before the limit', () => {
    const paragraph = `${sentence.repeat(20).trim()}\n\n`;
    const text = paragraph.repeat(Math.ceil((3 * ANALYSED_TEXT_LIMIT) / paragraph.length));
    const opening = analysedText(text);
    expect(opening.length).toBeLessThanOrEqual(ANALYSED_TEXT_LIMIT);
    expect(opening.length).toBeGreaterThan(ANALYSED_TEXT_LIMIT - paragraph.length);
    expect(text.startsWith(opening)).toBe(true);
    expect(opening.endsWith('Tuesday.')).toBe(true);
  });

  it('cuts one long paragraph at a sentence end, and unspaced Japanese at its full stop', () => {
    const english = analysedText(sentence.repeat(5000));
    expect(english.endsWith('on Tuesday.')).toBe(true);
    expect(english.length).toBeLessThanOrEqual(ANALYSED_TEXT_LIMIT);
    const japanese = analysedText('外相は記者会見で協力を歓迎すると述べた。'.repeat(5000));
    expect(japanese.endsWith('述べた。')).toBe(true);
    expect(japanese.length).toBeGreaterThan(ANALYSED_TEXT_LIMIT - 40);
  });

  it('cuts text with no boundary at the limit without splitting a character in two', () => {
    expect(analysedText('x'.repeat(ANALYSED_TEXT_LIMIT * 2))).toHaveLength(ANALYSED_TEXT_LIMIT);
    const emoji = `y${'😀'.repeat(ANALYSED_TEXT_LIMIT)}`;
    const opening = analysedText(emoji);
    expect(opening).toHaveLength(ANALYSED_TEXT_LIMIT - 1);
    expect(opening.endsWith('😀')).toBe(true);
  });
});
