import { createHash } from 'node:crypto';
import type { Article } from '../articles/article.js';
import type { KeyValueStore } from './key-value-store.js';

const NAMESPACE = 'articles';
/** Index keys `storyId:articleId`, `YYYY-MM-DD:articleId` (first seen) and `urlHash:articleId`. */
const BY_STORY = 'articles-by-story';
const BY_DAY = 'articles-by-day';
const BY_URL = 'articles-by-url';

/** Every fetched item, relevant or not, keyed by `articleIdFor(canonicalUrl)`. */
export interface ArticleStore {
  get(id: string): Promise<Article | undefined>;
  /** The articles found, in the order of `ids`; missing ids are skipped. */
  getMany(ids: readonly string[]): Promise<Article[]>;
  /** Inserts or replaces. */
  put(article: Article): Promise<void>;
  /** Every stored article, oldest first (by first seen, then id). */
  all(): Promise<Article[]>;
  /** The articles of a story, copies included, oldest first. */
  inStory(storyId: string): Promise<Article[]>;
  /** Articles first seen at or after `since`, oldest first. */
  firstSeenSince(since: Date, until: Date): Promise<Article[]>;
  /** Articles whose link, as their feed printed it, is exactly `url`. */
  withUrl(url: string): Promise<Article[]>;
}

/**
 * Articles plus three indexes written beside each one, so commands read a story's articles, a
 * week's items or one link without scanning the archive. Index entries are keys only (nothing is
 * read before writing them); a stale entry (an article moved to another story) is filtered out on read.
 */
export function createArticleStore(kv: KeyValueStore): ArticleStore {
  const getMany = async (ids: readonly string[]) =>
    (await kv.getMany<Article>(NAMESPACE, ids)).filter((found): found is Article => found !== undefined);
  const indexed = async (namespace: string, prefix: string) => {
    const ids: string[] = [];
    for await (const key of kv.keys(namespace, `${prefix}:`)) ids.push(key.slice(prefix.length + 1));
    return sortByFirstSeen(await getMany(ids));
  };
  return {
    get: (id) => kv.get<Article>(NAMESPACE, id),
    getMany,
    put: async (article) => {
      await Promise.all([
        kv.set(NAMESPACE, article.id, article),
        kv.set(BY_DAY, `${article.firstSeenAt.slice(0, 10)}:${article.id}`, 1),
        kv.set(BY_URL, `${urlKey(article.url)}:${article.id}`, 1),
        article.storyId ? kv.set(BY_STORY, `${article.storyId}:${article.id}`, 1) : undefined,
      ]);
    },
    all: async () => {
      const ids: string[] = [];
      for await (const id of kv.keys(NAMESPACE)) ids.push(id);
      return sortByFirstSeen(await getMany(ids));
    },
    inStory: async (storyId) =>
      (await indexed(BY_STORY, storyId)).filter((article) => article.storyId === storyId),
    firstSeenSince: async (since, until) => {
      const found = await Promise.all(daysBetween(since, until).map((day) => indexed(BY_DAY, day)));
      const from = since.toISOString();
      return sortByFirstSeen(found.flat().filter((article) => article.firstSeenAt >= from));
    },
    withUrl: async (url) => (await indexed(BY_URL, urlKey(url))).filter((article) => article.url === url),
  };
}

function sortByFirstSeen(articles: Article[]): Article[] {
  return articles.sort(
    (a, b) =>
      a.firstSeenAt.localeCompare(b.firstSeenAt) ||
      a.publishedAt.localeCompare(b.publishedAt) ||
      a.id.localeCompare(b.id),
  );
}

/** Links can be longer than a store's key column: index them by a short hash. */
function urlKey(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 20);
}

/** UTC days from `since` to `until` inclusive, as YYYY-MM-DD. */
function daysBetween(since: Date, until: Date): string[] {
  const days: string[] = [];
  const day = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate());
  for (let at = day; at <= until.getTime(); at += 86_400_000)
    days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}
