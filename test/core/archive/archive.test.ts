import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/core/archive/archive.js';
import type { Article } from '../../../src/core/articles/article.js';
import { createDuplicateFinderOn } from '../../../src/core/dedup/create-duplicate-finder.js';
import { storedArticle } from '../../fixtures/commands/stored-article.js';
import { type ArchivePlace, archiveBackends } from './support/archive-backends.js';

const ids = (found: Article[]) => found.map((a) => a.id);
const window = { since: new Date('2024-01-01T00:00:00Z'), until: new Date('2024-12-31T00:00:00Z') };

describe.each(archiveBackends)('the $name archive', (backend) => {
  let place: ArchivePlace;
  beforeEach(async () => {
    place = await backend.place();
  });
  afterEach(async () => {
    await place.drop();
  });

  it("finds a story's articles, a window's items and a link by index", async () => {
    const archive = await place.open();
    const put = (id: string, at: string, storyId: string | null, url = `https://wire.example/${id}`) =>
      archive.articles.put({
        ...storedArticle({ id, title: `Report ${id}`, publishedAt: at, storyId }),
        url,
      });
    await put('a1', '2024-05-01T10:00:00.000Z', 's1');
    await put('a2', '2024-05-03T10:00:00.000Z', 's2');
    await put('a3', '2024-05-08T23:30:00.000Z', 's1', 'https://wire.example/a3?utm_source=x');
    await put('a4', '2024-05-09T00:10:00.000Z', null);
    // Moving an article to another story replaces its row: the old story no longer lists it.
    await put('a2', '2024-05-03T10:00:00.000Z', 's1');
    expect(ids(await archive.articles.inStory('s1'))).toEqual(['a1', 'a2', 'a3']);
    expect(ids(await archive.articles.inStory('s2'))).toEqual([]);
    expect(
      ids(
        await archive.articles.firstSeenSince(
          new Date('2024-05-03T09:00:00Z'),
          new Date('2024-05-09T00:00:00Z'),
        ),
      ),
    ).toEqual(['a2', 'a3']);
    expect(ids(await archive.articles.withUrl('https://wire.example/a3?utm_source=x'))).toEqual(['a3']);
    expect(ids(await archive.articles.getMany(['a4', 'missing', 'a1']))).toEqual(['a4', 'a1']);
    const stories = (since: string, until: string, limit = 5) =>
      archive.articles.storiesPublishedIn(new Date(since), new Date(until), limit);
    expect(await stories('2024-05-01T00:00:00Z', '2024-05-31T00:00:00Z')).toEqual(['s1']);
    await put('a5', '2024-05-10T00:00:00.000Z', 's3');
    expect(await stories('2024-05-01T00:00:00Z', '2024-05-31T00:00:00Z')).toEqual(['s3', 's1']);
    expect(await stories('2024-05-01T00:00:00Z', '2024-05-31T00:00:00Z', 1)).toEqual(['s3']);
    // After `since`, up to and including `until`.
    expect(await stories('2024-05-08T23:30:00Z', '2024-05-10T00:00:00Z')).toEqual(['s3']);
    await archive.close();
  });

  it('names the most recently active stories, newest first, from the articles stored with their story', async () => {
    const archive = await place.open();
    const recent = (limit: number) => archive.articles.recentStories?.(limit);
    expect(await recent(3)).toEqual([]);
    const put = (id: string, day: number, storyId: string | null) =>
      archive.articles.put(
        storedArticle({
          id,
          title: id,
          publishedAt: `2024-05-${String(day).padStart(2, '0')}T10:00:00.000Z`,
          storyId,
        }),
      );
    // s1 has the newest articles (many: the stories after them are further back), then s3, then
    // s2; an article of no story is not a story.
    await put('a1', 1, 's1');
    await put('a2', 2, 's2');
    await put('a3', 3, 's3');
    await put('a4', 4, null);
    for (let day = 10; day <= 25; day += 1) await put(`busy${day}`, day, 's1');
    expect(await recent(5)).toEqual(['s1', 's3', 's2']);
    expect(await recent(2)).toEqual(['s1', 's3']);
    // A story that absorbed another gets its articles: the absorbed one is no longer named.
    await put('a2', 2, 's1');
    expect(await recent(5)).toEqual(['s1', 's3']);
    expect(await recent(0)).toEqual([]);
    // A bounded read: 16 articles a story asked for. One story with the newest 16 hides the rest.
    expect(await recent(1)).toEqual(['s1']);
    for (let day = 26; day <= 31; day += 1) await put(`busier${day}`, day, 's1');
    for (let hour = 10; hour < 20; hour += 1)
      await archive.articles.put(
        storedArticle({
          id: `late${hour}`,
          title: 'late',
          publishedAt: `2024-06-01T${hour}:00:00.000Z`,
          storyId: 's1',
        }),
      );
    expect(await recent(2)).toEqual(['s1']);
    expect(await recent(3)).toEqual(['s1', 's3']);
    await archive.close();
  });

  it('searches English by word starts and Japanese by its two-character words, originals only, newest first', async () => {
    const archive = await place.open();
    const text = (id: string, title: string, publishedAt: string, body: string, storyId = 's1') =>
      storedArticle({ id, title, publishedAt, text: body, storyId });
    await archive.articles.put(
      text('en1', 'Alliance deployments', '2024-03-01T00:00:00Z', 'Troops were deployed.'),
    );
    await archive.articles.put(
      text('en2', 'Ministers meet', '2024-03-05T00:00:00Z', 'They discussed a deployment.'),
    );
    await archive.articles.put({
      ...text('en3', 'Deployment copy', '2024-03-06T00:00:00Z', 'A deployment, copied.'),
      duplicateOf: 'en2',
    });
    await archive.articles.put({
      ...text('en4', 'Deployment elsewhere', '2024-03-07T00:00:00Z', 'Not watched.'),
      relevant: false,
    });
    await archive.articles.put({
      ...text(
        'ja1',
        '北大西洋条約機構',
        '2024-03-08T00:00:00Z',
        '東京に連絡事務所を開設する計画について防衛相が説明した。',
        's2',
      ),
      language: 'ja',
    });
    const found = await archive.articles.search(['deploy'], { ...window, limit: 1, countLimit: 100 });
    expect({ ids: ids(found.articles), total: found.total }).toEqual({ ids: ['en2'], total: 2 });
    const japanese = await archive.articles.search(['防衛', '事務所'], {
      ...window,
      limit: 5,
      countLimit: 100,
    });
    expect(ids(japanese.articles)).toEqual(['ja1']);
    expect((await archive.articles.search(['防衛省'], { ...window, limit: 5, countLimit: 100 })).total).toBe(
      0,
    );
    expect(
      (await archive.articles.search(['troops', 'ministers'], { ...window, limit: 5, countLimit: 9 })).total,
    ).toBe(0);
    expect(await archive.articles.storiesMatching(['東京'], { limit: 5, countLimit: 100 })).toEqual({
      ids: ['s2'],
      total: 1,
    });
    await archive.close();
  });

  it('migrates a new file forward once and refuses a file written by a newer schema', async () => {
    await (await place.open()).close();
    const reopened = await place.open();
    await reopened.articles.put(
      storedArticle({ id: 'a1', title: 'Kept', publishedAt: '2024-01-02T00:00:00Z' }),
    );
    await reopened.close();
    const again = await place.open();
    expect((await again.articles.all()).map((a) => a.title)).toEqual(['Kept']);
    await again.close();
    await place.bumpSchemaVersion();
    await expect(place.open()).rejects.toThrow(/newer than this newsbot knows/);
  });

  it('commits a transaction whole or, when its work throws, not at all', async () => {
    const archive = await place.open();
    const article = (id: string) => storedArticle({ id, title: id, publishedAt: '2024-01-02T00:00:00Z' });
    await archive.transaction(async () => {
      await archive.articles.put(article('kept'));
    });
    await expect(
      archive.transaction(async () => {
        await archive.articles.put(article('lost'));
        throw new Error('crash between writes');
      }),
    ).rejects.toThrow('crash between writes');
    expect(ids(await archive.articles.all())).toEqual(['kept']);
    await archive.close();
  });

  it('gathers the statistics the query planner reads when asked to, after a bulk load', async () => {
    const archive = await place.open();
    await archive.transaction(async () => {
      for (let i = 0; i < 50; i += 1)
        await archive.articles.put(
          storedArticle({ id: `a${i}`, title: `t${i}`, publishedAt: '2024-01-02T00:00:00Z' }),
        );
    });
    expect(await place.statisticsOf('articles')).toBe(0);
    await archive.refreshStatistics();
    expect(await place.statisticsOf('articles')).toBeGreaterThan(0);
    await archive.close();
  });
});

/** Ten reports with no words in common: none is a near copy of another. */
const wireText = (n: number) => Array.from({ length: 40 }, (_, k) => `term${n}x${k}`).join(' ');

describe.each(archiveBackends.filter((backend) => backend.concurrentInOneProcess))(
  'two bots sharing the $name archive',
  (backend) => {
    it('store each text once as an original when both see it at the same moment', async () => {
      const place = await backend.place();
      const bots = await Promise.all([place.open(), place.open()]);
      // What ingest does with an item, inside the archive's transaction: check, then store.
      const ingest = (archive: Archive, article: Article) =>
        archive.transaction(async () => {
          const finder = createDuplicateFinderOn(archive.dedupIndex);
          const match = await finder.find(article);
          await archive.articles.put({ ...article, duplicateOf: match?.of ?? null });
          if (!match) await finder.add(article);
        });
      const copies = (bot: number) =>
        Array.from({ length: 10 }, (_, n) => ({
          ...storedArticle({
            id: `bot${bot}-${n}`,
            title: `Report ${n}`,
            publishedAt: '2024-04-02T08:00:00Z',
          }),
          text: wireText(n),
          outlet: bot,
        }));
      try {
        await Promise.all(
          bots.map((bot, i) => Promise.all(copies(i).map((article) => ingest(bot, article)))),
        );
        const stored = await (bots[0] as Archive).articles.all();
        expect(stored).toHaveLength(20);
        const originals = stored.filter((article) => article.duplicateOf === null);
        expect(new Set(originals.map((article) => article.text)).size).toBe(10);
        expect(originals).toHaveLength(10);
      } finally {
        await Promise.all(bots.map((bot) => bot.close()));
        await place.drop();
      }
    });
  },
);
