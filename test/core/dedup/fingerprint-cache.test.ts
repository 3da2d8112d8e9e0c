import { describe, expect, it } from 'vitest';
import { createDedupIndex, type DedupIndex } from '../../../src/core/dedup/dedup-index.js';
import { DEFAULT_DEDUP_OPTIONS } from '../../../src/core/dedup/dedup-options.js';
import { fingerprintOf } from '../../../src/core/dedup/fingerprint.js';
import { withFingerprintCache } from '../../../src/core/dedup/fingerprint-cache.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';

const printOf = (id: string, text: string) =>
  fingerprintOf(
    {
      id,
      feed: 'f',
      guid: null,
      title: `Title ${id}`,
      text,
      language: 'en',
      publishedAt: '2024-09-06T02:00:00Z',
    },
    DEFAULT_DEDUP_OPTIONS,
  );

/** The memory index, counting the ids each `fingerprints` call reads. */
function countingIndex(): { index: DedupIndex; reads: string[][] } {
  const inner = createDedupIndex(createMemoryKeyValueStore(), DEFAULT_DEDUP_OPTIONS);
  const reads: string[][] = [];
  return {
    reads,
    index: {
      ...inner,
      fingerprints: async (ids) => {
        reads.push([...ids]);
        return inner.fingerprints(ids);
      },
    },
  };
}

describe('withFingerprintCache', () => {
  it('reads a print from the index once, then from memory, in the order asked for', async () => {
    const { index, reads } = countingIndex();
    const cached = withFingerprintCache(index, 10);
    await cached.saveFingerprints([printOf('a', 'first text here'), printOf('b', 'second text there')]);
    expect((await cached.fingerprints(['b', 'missing', 'a'])).map((print) => print.id)).toEqual(['b', 'a']);
    expect((await cached.fingerprints(['a', 'b'])).map((print) => print.id)).toEqual(['a', 'b']);
    expect(reads).toEqual([['b', 'missing', 'a']]);
  });

  it('forgets a print when it is saved again, and the least recently used one past its capacity', async () => {
    const { index, reads } = countingIndex();
    const cached = withFingerprintCache(index, 2);
    await cached.saveFingerprints([printOf('a', 'one'), printOf('b', 'two'), printOf('c', 'three')]);
    await cached.fingerprints(['a', 'b']);
    await cached.fingerprints(['c']);
    await cached.fingerprints(['b', 'c']);
    expect(reads).toEqual([['a', 'b'], ['c']]);
    await cached.saveFingerprints([printOf('b', 'two, edited')]);
    const [again] = await cached.fingerprints(['b']);
    expect(again?.titleLead).toEqual(printOf('b', 'two, edited').titleLead);
    await cached.fingerprints(['a']);
    expect(reads).toEqual([['a', 'b'], ['c'], ['b'], ['a']]);
  });
});
