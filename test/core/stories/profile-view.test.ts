import { describe, expect, it } from 'vitest';
import {
  namedValue,
  namedValuesFrom,
  nameHash,
  positionOf,
  viewOf,
} from '../../../src/core/stories/profile-view.js';
import { storedProfile } from '../../../src/core/stories/stored-profile.js';

/** Two different names with the same `nameHash`, found by trying names until two collide. */
function collidingNames(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i += 1) {
    const name = `term-${i}`;
    const earlier = seen.get(nameHash(name));
    if (earlier !== undefined) return [earlier, name];
    seen.set(nameHash(name), name);
  }
}

describe('named values', () => {
  it('finds every name at its position and nothing for a name it lacks', () => {
    const names = Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? `n:${i}` : `会談${i}`));
    const named = namedValuesFrom(
      names,
      Float64Array.from(names, (_, i) => i * 0.5),
    );
    names.forEach((name, i) => {
      expect(positionOf(named, name, nameHash(name))).toBe(i);
      expect(namedValue(named, name)).toBe(i * 0.5);
    });
    expect(namedValue(named, 'n:absent')).toBeUndefined();
    expect(namedValue(namedValuesFrom([], new Float64Array(0)), 'n:1')).toBeUndefined();
  });

  it('tells apart two names with the same hash', () => {
    const [first, second] = collidingNames();
    const named = namedValuesFrom([first, 'other', second], Float64Array.of(1, 2, 3));
    expect(namedValue(named, first)).toBe(1);
    expect(namedValue(named, second)).toBe(3);
    expect(namedValue(namedValuesFrom([first], Float64Array.of(1)), second)).toBeUndefined();
  });

  it('gives a profile and its stored form the same values', () => {
    const profile = { terms: { summit: 2, tokyo: 1 }, keys: { 'p:tokyo': 2 }, articles: 2 };
    for (const view of [viewOf(profile), viewOf(storedProfile(profile))]) {
      expect(namedValue(view.terms, 'summit')).toBe(2);
      expect(namedValue(view.keys, 'p:tokyo')).toBe(2);
      expect(viewOf(view)).toBe(view);
    }
  });
});
