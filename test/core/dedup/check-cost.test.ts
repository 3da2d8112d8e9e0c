import { describe, expect, it } from 'vitest';
import { createCorpus } from '../../../bench/support/dedup-corpus.js';
import { createDuplicateFinder } from '../../../src/core/dedup/create-duplicate-finder.js';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';

/** A real in-memory store that counts the keys each read touches and the reads (round trips). */
function countingStore(): { kv: KeyValueStore; reads: () => number; calls: () => number } {
  const inner = createMemoryKeyValueStore();
  let reads = 0;
  let calls = 0;
  const kv: KeyValueStore = {
    ...inner,
    get: (namespace, key) => {
      reads += 1;
      calls += 1;
      return inner.get(namespace, key);
    },
    getMany: (namespace, keys) => {
      reads += keys.length;
      calls += 1;
      return inner.getMany(namespace, keys);
    },
  };
  return { kv, reads: () => reads, calls: () => calls };
}

/** Keys read by one duplicate check and one story assignment after `stored` articles. */
async function readsPerCheck(stored: number) {
  const { kv, reads, calls } = countingStore();
  const finder = createDuplicateFinder(kv);
  const stories = createStoryAssigner(kv);
  const corpus = createCorpus(3);
  for (let i = 0; i < stored; i += 1) {
    const article = corpus.article(i);
    await finder.add(article);
    // Every story shares a key term (Tokyo), so its index bucket grows with the archive.
    if (i % 10 === 0) await stories.assign({ ...article, title: `Tokyo: ${article.title}`, source: 'Bench' });
  }
  // The same probe text for every archive size, published just after the archive.
  const text = createCorpus(99).article(0);
  const probe = {
    ...text,
    id: 'probe',
    feed: 'https://probe.example/rss',
    guid: null,
    title: `Tokyo: ${text.title}`,
    publishedAt: corpus.article(stored).publishedAt,
  };
  const before = reads();
  const callsBefore = calls();
  await finder.find(probe);
  const dedup = reads() - before;
  const dedupCalls = calls() - callsBefore;
  // A new assigner, whose record cache is empty: it reads every key the assignment touches.
  await createStoryAssigner(kv).assign({ ...probe, source: 'Bench' });
  return { dedup, dedupCalls, stories: reads() - before - dedup };
}

describe('the cost of a check', () => {
  it('reads the same number of keys whether 200 or 2,000 articles are stored', async () => {
    const small = await readsPerCheck(200);
    const large = await readsPerCheck(2000);
    console.log(
      `keys read per check, 200 vs 2,000 stored: ${JSON.stringify(small)} vs ${JSON.stringify(large)}`,
    );
    expect(large.dedup).toBe(small.dedup);
    // The exact keys and all buckets in one round trip; the probe is new, so no fingerprints follow.
    expect(large.dedupCalls).toBe(1);
    expect(large.stories).toBe(small.stories);
  });
});
