import type { Article } from '../articles/article.js';
import type { KeyValueStore } from './key-value-store.js';

const NAMESPACE = 'articles';

/** Every fetched item, relevant or not, keyed by `articleIdFor(canonicalUrl)`. */
export interface ArticleStore {
  get(id: string): Promise<Article | undefined>;
  /** The articles found, in the order of `ids`; missing ids are skipped. */
  getMany(ids: readonly string[]): Promise<Article[]>;
  /** Inserts or replaces. */
  put(article: Article): Promise<void>;
  /** Every stored article, oldest first (by first seen, then id). */
  all(): Promise<Article[]>;
}

export function createArticleStore(kv: KeyValueStore): ArticleStore {
  const getMany = async (ids: readonly string[]) =>
    (await kv.getMany<Article>(NAMESPACE, ids)).filter((found): found is Article => found !== undefined);
  return {
    get: (id) => kv.get<Article>(NAMESPACE, id),
    getMany,
    put: (article) => kv.set(NAMESPACE, article.id, article),
    all: async () => {
      const ids: string[] = [];
      for await (const id of kv.keys(NAMESPACE)) ids.push(id);
      const articles = await getMany(ids);
      return articles.sort(
        (a, b) => a.firstSeenAt.localeCompare(b.firstSeenAt) || a.publishedAt.localeCompare(b.publishedAt),
      );
    },
  };
}
