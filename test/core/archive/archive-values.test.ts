import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARCHIVE_NAMESPACES, withArchiveNamespaces } from '../../../src/core/archive/archive-namespaces.js';
import { migrateKvValues } from '../../../src/core/archive/migrate-kv-values.js';
import { STORIES_NAMESPACE } from '../../../src/core/stories/story-store.js';
import { storedArticle } from '../../fixtures/commands/stored-article.js';
import { type ArchivePlace, archiveBackends } from './support/archive-backends.js';

const story = { id: 's1', title: 'Alliance opens liaison office', articleIds: ['a1', 'a2'] };

describe.each(archiveBackends)('records kept in the $name archive', (backend) => {
  let place: ArchivePlace;
  beforeEach(async () => {
    place = await backend.place();
  });
  afterEach(async () => {
    await place.drop();
  });

  it('reads, lists, replaces and deletes records by key as the key-value port does', async () => {
    const archive = await place.open();
    const values = archive.values;
    await values.set('stories', 's1', story);
    await values.set('stories', 's2', { ...story, id: 's2' });
    await values.set('stories-keys', 'n:rutte', [['s1', 5]]);
    expect(await values.get('stories', 's1')).toEqual(story);
    expect(await values.getMany('stories', ['s2', 'missing', 's1'])).toEqual([
      { ...story, id: 's2' },
      undefined,
      story,
    ]);
    // Many keys are read in one statement, a few one by one: the same answers in the order asked.
    const asked = ['s1', 'missing', 's2', 's1', 'other', 's2'];
    const eachAlone = await Promise.all(asked.map((key) => values.get('stories', key)));
    expect(await values.getMany('stories', asked)).toEqual(eachAlone);
    const listed: string[] = [];
    for await (const key of values.keys('stories')) listed.push(key);
    expect(listed).toEqual(['s1', 's2']);
    const prefixed: string[] = [];
    for await (const key of values.keys('stories-keys', 'n:')) prefixed.push(key);
    expect(prefixed).toEqual(['n:rutte']);
    expect(await values.setIfAbsent('stories', 's1', { other: true })).toBe(false);
    expect(await values.setIfAbsent('stories', 's3', story)).toBe(true);
    await values.set('stories', 's1', { ...story, title: 'Renamed' });
    expect(await values.get('stories', 's1')).toMatchObject({ title: 'Renamed' });
    expect(await values.delete('stories', 's1')).toBe(true);
    expect(await values.delete('stories', 's1')).toBe(false);
    expect(await values.get('stories', 's1')).toBeUndefined();
    await archive.close();
  });

  it('rolls a story update back with the article transaction it was written in', async () => {
    const archive = await place.open();
    await archive.values.set('stories', 's1', story);
    const failing = archive.transaction(async () => {
      await archive.values.set('stories', 's1', { ...story, articleIds: ['a1', 'a2', 'a3'] });
      throw new Error('analysis failed');
    });
    await expect(failing).rejects.toThrow('analysis failed');
    expect(await archive.values.get('stories', 's1')).toEqual(story);
    await archive.close();
  });

  it("moves an older store's stories and analyses out of keyv once; settings stay in keyv", async () => {
    const kv = await place.openKv();
    await kv.set(STORIES_NAMESPACE, 's1', story);
    await kv.set('analysis', 'a1', { articleId: 'a1', statements: [] });
    await kv.set('settings', 'keywords', ['nato']);
    const archive = await place.open();
    await archive.articles.put(
      storedArticle({
        id: 'a1',
        title: 'Liaison office',
        publishedAt: '2024-04-02T08:00:00.000Z',
        storyId: 's1',
      }),
    );
    expect(await migrateKvValues(kv, archive)).toBe(2);
    expect(await migrateKvValues(kv, archive)).toBe(0);
    const routed = withArchiveNamespaces(kv, archive.values);
    expect(await routed.get(STORIES_NAMESPACE, 's1')).toEqual(story);
    expect(await archive.values.get('analysis', 'a1')).toEqual({ articleId: 'a1', statements: [] });
    expect(await archive.values.get('settings', 'keywords')).toBeUndefined();
    await routed.set('settings', 'keywords', ['nato', 'japan']);
    expect(await kv.get('settings', 'keywords')).toEqual(['nato', 'japan']);
    expect(ARCHIVE_NAMESPACES).toContain(STORIES_NAMESPACE);
    await archive.close();
    await routed.close();
  });

  it('an empty archive adopts no stories from a keyv that other bots share', async () => {
    const kv = await place.openKv();
    await kv.set(STORIES_NAMESPACE, 's9', story);
    const archive = await place.open();
    expect(await migrateKvValues(kv, archive)).toBe(0);
    expect(await archive.values.get(STORIES_NAMESPACE, 's9')).toBeUndefined();
    await archive.close();
    await kv.close();
  });
});
