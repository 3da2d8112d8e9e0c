import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/support/generate-feed.js';
import { intersectionSize, sharedCount } from '../../../src/core/dedup/shingles.js';

/** A sorted set of distinct values drawn from 0..range-1. */
function sortedSet(random: () => number, size: number, range: number): Uint32Array {
  const values = new Set<number>();
  while (values.size < size) values.add(Math.floor(random() * range));
  return Uint32Array.from([...values].sort((a, b) => a - b));
}

describe('sharedCount', () => {
  it('stops early only below the threshold, and counts in full otherwise, on 300 random pairs', () => {
    const random = seededRandom(12);
    for (let pair = 0; pair < 300; pair += 1) {
      const range = 50 + Math.floor(random() * 400);
      const a = sortedSet(random, Math.floor(random() * 40), range);
      const b = sortedSet(random, Math.floor(random() * 40), range);
      const shared = [...a].filter((value) => b.includes(value)).length;
      expect(intersectionSize(a, b)).toBe(shared);
      for (let needed = 0; needed <= 42; needed += 1) {
        const counted = sharedCount(a, b, needed);
        if (shared >= needed) expect(counted).toBe(shared);
        else expect(counted).toBeLessThan(needed);
      }
    }
  });
});
