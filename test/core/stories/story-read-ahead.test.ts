import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';

const report = (id: string, publishedAt: string, title: string, text: string) => ({
  id,
  title,
  text,
  language: 'en' as const,
  publishedAt,
  source: `outlet-${id}`,
});
const first = report(
  'r1',
  '2024-04-10T08:00:00Z',
  'Kishida addresses US Congress on Indo-Pacific security',
  'Prime Minister Fumio Kishida told a joint meeting of the US Congress that Japan stands with America as a global partner.',
);
const other = report(
  'r2',
  '2024-04-10T09:00:00Z',
  'Wellington signs fisheries deal with Pacific island states',
  'New Zealand signed a fisheries management agreement with twelve Pacific island countries on Wednesday.',
);
const second = report(
  'r3',
  '2024-04-11T09:00:00Z',
  'In Congress speech, Kishida urges Americans to keep faith with allies',
  'Speaking to US lawmakers on Capitol Hill, Kishida said Japan was ready to shoulder more of the burden.',
);

/** `kv`, counting the profiles read through it. */
function countingProfileReads(kv: KeyValueStore) {
  const counted = { reads: 0 };
  const store: KeyValueStore = {
    ...kv,
    get: (namespace, key) => {
      if (namespace === 'stories-profile') counted.reads += 1;
      return kv.get(namespace, key);
    },
    getMany: (namespace, keys) => {
      if (namespace === 'stories-profile') counted.reads += keys.length;
      return kv.getMany(namespace, keys);
    },
  };
  return { store, counted };
}

/** A store holding the two stories of `first` and `other`, written by another assigner. */
async function filledStore() {
  const kv = createMemoryKeyValueStore();
  const filling = createStoryAssigner(kv);
  await filling.assign(first);
  await filling.assign(other);
  return kv;
}

describe('the story assigner reading ahead at start', () => {
  it('reads the recent stories’ profiles at once, so the next article reads none; it joins as without it', async () => {
    const ahead = countingProfileReads(await filledStore());
    const assigner = createStoryAssigner(ahead.store);
    await assigner.warm();
    expect(ahead.counted.reads).toBe(2);
    const joined = await assigner.assign(second);
    expect(ahead.counted.reads).toBe(2);

    const cold = countingProfileReads(await filledStore());
    const unjoined = await createStoryAssigner(cold.store).assign(second);
    expect(cold.counted.reads).toBeGreaterThan(0);
    expect(joined).toEqual(unjoined);
    expect(joined.isNew).toBe(false);
  });
});
