import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteArchive } from '../../../src/core/archive/open-sqlite-archive.js';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
import { storedArticle } from '../../fixtures/commands/stored-article.js';
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

  it('on an archive, reads ahead the stories of the newest stored articles and keeps no list of its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbot-read-ahead-'));
    const archive = openSqliteArchive(join(dir, 'archive.sqlite'));
    try {
      const records = (values: KeyValueStore) => ({
        values,
        storyIndex: archive.storyIndex,
        recentStories: archive.articles.recentStories,
      });
      const filling = createStoryAssigner(records(archive.values));
      // As the ingest stores them: each article with the story it joined.
      for (const report of [KISHIDA_SPEECH, FISHERIES_DEAL]) {
        const { story } = await archive.transaction(() => filling.assign(report));
        await archive.articles.put(storedArticle({ ...report, storyId: story.id }));
      }
      expect(await archive.values.get('stories-recent', 'list')).toBeUndefined();
      const ahead = countingProfileReads(archive.values);
      const assigner = createStoryAssigner(records(ahead.store));
      await archive.transaction(() => assigner.warm());
      expect(ahead.counted.reads).toBe(2);
      const joined = await archive.transaction(() => assigner.assign(KISHIDA_FOLLOW_UP));
      expect(ahead.counted.reads).toBe(2);
      expect(joined.isNew).toBe(false);
    } finally {
      await archive.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
