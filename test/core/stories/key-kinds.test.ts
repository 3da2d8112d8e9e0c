import { describe, expect, it } from 'vitest';
import { keyKind, kindWeights, namesAnEvent } from '../../../src/core/stories/key-kinds.js';

describe('key kinds', () => {
  it('tells actors, places, numbers, days, single names and whole names apart by their keys', () => {
    expect(['e:nato', 'p:vilnius', '#:31', 'd:2024-03-05', 'n:ksd', 'n:mrks drn'].map(keyKind)).toEqual([
      'actor',
      'place',
      'number',
      'date',
      'name',
      'fullName',
    ]);
  });

  it('weighs each kind by its option, actors at 1 and days at 0 (they count through the same-day bonus)', () => {
    const byKind = kindWeights({
      placeKeyWeight: 2,
      nameKeyWeight: 0.25,
      fullNameKeyWeight: 3,
      numberKeyWeight: 0.5,
    });
    const weight = (key: string) => byKind[keyKind(key)];
    expect(['e:nato', 'p:vilnius', 'n:ksd', 'n:mrks drn', '#:31', 'd:2024-03-05'].map(weight)).toEqual([
      1, 2, 0.25, 3, 0.5, 0,
    ]);
  });

  it('a day alone names no event; every other kind can', () => {
    expect(namesAnEvent('d:2024-03-05')).toBe(false);
    expect(['e:nato', 'p:vilnius', '#:31', 'n:ksd'].every(namesAnEvent)).toBe(true);
  });
});
