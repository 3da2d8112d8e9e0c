import { describe, expect, it } from 'vitest';
import { clearlyBest } from '../../../src/core/stories/clearly-best.js';

describe('clearlyBest: a report under the threshold that only one story fits', () => {
  const settings = { marginThreshold: 0.2, marginRatio: 3 };

  it('joins the best story when it is far ahead of the next candidate', () => {
    expect(clearlyBest([0.22, 0.05, 0.01], settings)).toBe(true);
  });

  it('does not join a lone candidate this way: without a competitor there is no margin', () => {
    expect(clearlyBest([0.22], settings)).toBe(false);
  });

  it('stays apart when a similar story scores close to the best', () => {
    expect(clearlyBest([0.22, 0.1], settings)).toBe(false);
  });

  it('stays apart under the margin threshold, or when the margin join is off', () => {
    expect(clearlyBest([0.15, 0], settings)).toBe(false);
    expect(clearlyBest([0.5, 0], { ...settings, marginThreshold: 0 })).toBe(false);
    expect(clearlyBest([], settings)).toBe(false);
  });
});
