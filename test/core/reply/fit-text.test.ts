import { describe, expect, it } from 'vitest';
import { splitIntoChunks, truncateAtWord } from '../../../src/core/reply/fit-text.js';

describe('truncateAtWord', () => {
  it('leaves short text alone', () => {
    expect(truncateAtWord('NATO office in Tokyo', 50)).toBe('NATO office in Tokyo');
  });

  it('cuts at a word boundary and marks the cut', () => {
    const out = truncateAtWord('NATO plans a liaison office in Tokyo to deepen ties', 30);
    expect(out.length).toBeLessThanOrEqual(30);
    expect(out).toBe('NATO plans a liaison office…');
  });
});

describe('splitIntoChunks', () => {
  it('keeps every word and prefers paragraph breaks', () => {
    const text = `${'alpha '.repeat(30).trim()}\n\n${'beta '.repeat(30).trim()}`;
    const chunks = splitIntoChunks(text, 200);
    expect(chunks).toHaveLength(2);
    expect(chunks.every((chunk) => chunk.length <= 200)).toBe(true);
    expect(chunks.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
  });
});
