import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
import { FISHERIES_DEAL, KISHIDA_FOLLOW_UP, KISHIDA_SPEECH } from './support/kishida-reports.js';

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

/** A store holding two stories (the speech, the fisheries deal), written by another assigner. */
async function filledStore() {
  const kv = createMemoryKeyValueStore();
  const filling = createStoryAssigner(kv);
  await filling.assign(KISHIDA_SPEECH);
  await filling.assign(FISHERIES_DEAL);
  return kv;
}

describe('the story assigner reading ahead at start', () => {
  it('reads the recent stories’ profiles at once, so the next article reads none; it joins as without it', async () => {
    const ahead = countingProfileReads(await filledStore());
    const assigner = createStoryAssigner(ahead.store);
    await assigner.warm();
    expect(ahead.counted.reads).toBe(2);
    const joined = await assigner.assign(KISHIDA_FOLLOW_UP);
    expect(ahead.counted.reads).toBe(2);

    const cold = countingProfileReads(await filledStore());
    const unjoined = await createStoryAssigner(cold.store).assign(KISHIDA_FOLLOW_UP);
    expect(cold.counted.reads).toBeGreaterThan(0);
    expect(joined).toEqual(unjoined);
    expect(joined.isNew).toBe(false);
  });
});
