import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateKvArticles } from '../../../src/core/archive/migrate-kv-articles.js';
import { createDuplicateFinderOn } from '../../../src/core/dedup/create-duplicate-finder.js';
import { createArticleStore } from '../../../src/core/store/article-store.js';
import { storedArticle } from '../../fixtures/commands/stored-article.js';
import { type ArchivePlace, archiveBackends } from './support/archive-backends.js';

const longText =
  'The alliance agreed on Tuesday to open a liaison office in the region, diplomats said, after ' +
  'months of talks in which partners weighed the costs of a permanent presence against the gains ' +
  'in coordination on cyber defence, maritime patrols and the exchange of intelligence assessments.';

describe.each(archiveBackends)('moving a key-value archive into the $name archive tables', (backend) => {
  let place: ArchivePlace;
  beforeEach(async () => {
    place = await backend.place();
  });
  afterEach(async () => {
    await place.drop();
  });

  it('copies every article once, with its indexes, and copies of them are still recognised', async () => {
    const kv = await place.openKv();
    const old = createArticleStore(kv);
    const original = storedArticle({
      id: 'a1',
      title: 'Alliance to open liaison office',
      publishedAt: '2024-04-02T08:00:00.000Z',
      text: longText,
      storyId: 's1',
    });
    await old.put(original);
    await old.put({
      ...storedArticle({ id: 'a2', title: 'Weather', publishedAt: '2024-04-02T09:00:00.000Z' }),
      relevant: false,
    });
    const archive = await place.open();
    expect(await migrateKvArticles(kv, archive)).toBe(2);
    expect(await migrateKvArticles(kv, archive)).toBe(0);
    expect((await archive.articles.all()).map((a) => a.id)).toEqual(['a1', 'a2']);
    expect((await archive.articles.inStory('s1')).map((a) => a.id)).toEqual(['a1']);
    const finder = createDuplicateFinderOn(archive.dedupIndex);
    const copy = { ...original, id: 'b1', feed: 'https://other.example/rss', guid: null };
    expect(await finder.find(copy)).toMatchObject({ of: 'a1', method: 'text' });
    await archive.close();
    await kv.close();
  });
});
