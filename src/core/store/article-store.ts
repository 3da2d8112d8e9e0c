import { createHash } from 'node:crypto';
import type { Article } from '../articles/article.js';
import type { KeyValueStore } from './key-value-store.js';

const NAMESPACE = 'articles';
/** Index keys `storyId:articleId`, `YYYY-MM-DD:articleId` (first seen) and `urlHash:articleId`. */
const BY_STORY = 'articles-by-story';
const BY_DAY = 'articles-by-day';
const BY_URL = 'articles-by-url';

/** See `ArticleStore.recentStories`. */
export const RECENT_ROWS_PER_STORY = 16;

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
  /**
   * Relevant originals (copies left out) first seen from `since` to `until` whose title or text holds every
   * word (a word's end may be cut: "deploy" finds "deployment"), newest published first: at most
   * `limit` of them, and how many matched in all (counted up to `countLimit`).
   */
  search(words: readonly string[], options: SearchOptions): Promise<SearchResult>;
  /**
   * Ids of the stories with an article published after `since` and up to `until`, the most
   * recently published first, at most `limit`: a digest's candidates without reading every story.
   */
  storiesPublishedIn(since: Date, until: Date, limit: number): Promise<string[]>;
  /**
   * Ids of the most recently active stories (those with the latest published articles), newest
   * first, at most `limit`: what the story assigner reads ahead at start and `/positions` picks
   * from. The archive answers from its index of articles by publication; a key-value store has no
   * such index (its stories keep a list of their own: recent-stories.ts). A hint, read in bounded
   * time: at most `RECENT_ROWS_PER_STORY` articles per story asked for are read, so when a few
   * stories hold nearly every recent article, fewer than `limit` are named.
   */
  recentStories?(limit: number): Promise<string[]>;
  /**
   * The stories of the relevant originals (of any date) holding every word, most recently
   * published first: at most `limit` ids, and how many in all (counted up to `countLimit`).
   */
  storiesMatching(
    words: readonly string[],
    options: Pick<SearchOptions, 'limit' | 'countLimit'>,
  ): Promise<{ ids: string[]; total: number }>;
}

export interface SearchOptions {
  since: Date;
  until: Date;
  limit: number;
  /** Matches are counted up to this many: the count of a common word stays cheap. */
  countLimit: number;
}

export interface SearchResult {
  articles: Article[];
  /** How many matched, at most `countLimit`. */
  total: number;
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
  const getAll = async () => {
    const ids: string[] = [];
    for await (const id of kv.keys(NAMESPACE)) ids.push(id);
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
    all: getAll,
    inStory: async (storyId) =>
      (await indexed(BY_STORY, storyId)).filter((article) => article.storyId === storyId),
    firstSeenSince: async (since, until) => {
      const found = await Promise.all(daysBetween(since, until).map((day) => indexed(BY_DAY, day)));
      const from = since.toISOString();
      return sortByFirstSeen(found.flat().filter((article) => article.firstSeenAt >= from));
    },
    withUrl: async (url) => (await indexed(BY_URL, urlKey(url))).filter((article) => article.url === url),
    // Key-value stores have no text index: this reads the window's articles (the shared-store path
    // until PostgreSQL has archive tables; see docs/decisions/0004-store.md).
    search: async (words, options) => {
      const dayIndexes = daysBetween(options.since, options.until);
      const found = (await Promise.all(dayIndexes.map((day) => indexed(BY_DAY, day))))
        .flat()
        .filter((article) => article.firstSeenAt >= options.since.toISOString())
        .filter(matchesAll(words))
        .sort(newestFirst);
      return { articles: found.slice(0, options.limit), total: Math.min(found.length, options.countLimit) };
    },
    storiesPublishedIn: async (since, until, limit) => {
      const from = since.toISOString();
      const to = until.toISOString();
      const found = (await Promise.all(daysBetween(since, until).map((day) => indexed(BY_DAY, day))))
        .flat()
        .filter((article) => article.publishedAt > from && article.publishedAt <= to)
        .sort(newestFirst);
      return [...new Set(found.flatMap((article) => (article.storyId ? [article.storyId] : [])))].slice(
        0,
        limit,
      );
    },
    storiesMatching: async (words, options) => {
      const ids = new Set<string>();
      for (const article of (await getAll()).filter(matchesAll(words)).sort(newestFirst)) {
        if (article.storyId) ids.add(article.storyId);
      }
      return { ids: [...ids].slice(0, options.limit), total: Math.min(ids.size, options.countLimit) };
    },
  };
}

/** A relevant original whose title or text holds every word (the text index's rule, by scanning). */
const matchesAll = (words: readonly string[]) => {
  const wanted = words.map((word) => word.toLowerCase());
  return (article: Article) => {
    if (!article.relevant || article.duplicateOf !== null) return false;
    const text = `${article.title}\n${article.text}`.toLowerCase();
    return wanted.every((word) => text.includes(word));
  };
};

const newestFirst = (a: Article, b: Article) => b.publishedAt.localeCompare(a.publishedAt);

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
