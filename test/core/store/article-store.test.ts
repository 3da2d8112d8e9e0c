import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/articles/article.js';
import { createArticleStore } from '../../../src/core/store/article-store.js';
import type { KeyValueStore } from '../../../src/core/store/key-value-store.js';
import { openStore } from '../../../src/core/store/open-store.js';
import { storedArticle } from '../../fixtures/commands/stored-article.js';

let dir: string;
let kv: KeyValueStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-articles-'));
  kv = await openStore({ dataDir: dir });
});
afterEach(async () => {
  await kv.close();
  await rm(dir, { recursive: true, force: true });
});

/** A stored article first seen (and published) at `firstSeenAt`, with the link as its feed printed it. */
function article(
  id: string,
  firstSeenAt: string,
  storyId: string | null,
  url = `https://wire.example/${id}`,
): Article {
  return {
    ...storedArticle({ id, title: `Report ${id}`, publishedAt: firstSeenAt, storyId }),
    url,
    canonicalUrl: url,
  };
}

describe('the article store indexes', () => {
  it("find a story's articles, a week's items and a link without reading the archive", async () => {
    const articles = createArticleStore(kv);
    await articles.put(article('a1', '2024-05-01T10:00:00.000Z', 's1'));
    await articles.put(article('a2', '2024-05-03T10:00:00.000Z', 's2'));
    await articles.put(
      article('a3', '2024-05-08T23:30:00.000Z', 's1', 'https://wire.example/a3?utm_source=x'),
    );
    await articles.put(article('a4', '2024-05-09T00:10:00.000Z', null));
    const ids = (found: Article[]) => found.map((a) => a.id);
    expect(ids(await articles.inStory('s1'))).toEqual(['a1', 'a3']);
    expect(
      ids(await articles.firstSeenSince(new Date('2024-05-03T09:00:00Z'), new Date('2024-05-09T12:00:00Z'))),
    ).toEqual(['a2', 'a3', 'a4']);
    expect(ids(await articles.withUrl('https://wire.example/a3?utm_source=x'))).toEqual(['a3']);
    expect(await articles.withUrl('https://wire.example/a3')).toEqual([]);
  });

  it('an article that moves to another story is found only in its new one', async () => {
    const articles = createArticleStore(kv);
    await articles.put(article('a1', '2024-05-01T10:00:00.000Z', 's1'));
    await articles.put(article('a1', '2024-05-01T10:00:00.000Z', 's2'));
    expect(await articles.inStory('s1')).toEqual([]);
    expect((await articles.inStory('s2')).map((a) => a.id)).toEqual(['a1']);
  });
});
