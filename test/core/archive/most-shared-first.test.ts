import { describe, expect, it } from 'vitest';
import { mostSharedFirst } from '../../../src/core/archive/most-shared-first.js';

describe('mostSharedFirst (the candidate order of the SQLite duplicate index)', () => {
  it('ranks by shared buckets, then the newest, then the id, leaving out the article itself', () => {
    const rows: [string, number][] = [
      ['b', 10],
      ['self', 10],
      ['a', 5],
      ['c', 7],
      ['b', 3],
      ['d', 7],
      ['a', 4],
      ['e', 9],
    ];
    expect(mostSharedFirst(rows, 'self', 10)).toEqual(['b', 'a', 'e', 'c', 'd']);
  });

  it('keeps at most the limit', () => {
    expect(
      mostSharedFirst(
        [
          ['x', 1],
          ['y', 2],
          ['y', 1],
        ],
        'z',
        1,
      ),
    ).toEqual(['y']);
  });
});
