import type { Article } from '../articles/article.js';
import { createDuplicateFinderOn } from '../dedup/create-duplicate-finder.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import type { Archive } from './archive.js';

/** The key-value namespace articles lived in before the archive had tables (article-store.ts). */
const KV_ARTICLES = 'articles';
const NOTE = 'kv-articles-migrated';
const CHUNK = 500;

/**
 * Copies the articles of an older, key-value archive into the archive's tables, once: articles
 * with their search and URL indexes, and the duplicate index rebuilt from the originals, all in
 * one transaction (a crash leaves nothing half-copied; the next start does it again). The old
 * keys are left in place. Returns how many articles were copied.
 */
export async function migrateKvArticles(kv: KeyValueStore, archive: Archive): Promise<number> {
  if ((await archive.readNote(NOTE)) !== undefined) return 0;
  const finder = createDuplicateFinderOn(archive.dedupIndex);
  return archive.transaction(async () => {
    const ids: string[] = [];
    for await (const id of kv.keys(KV_ARTICLES)) ids.push(id);
    for (let start = 0; start < ids.length; start += CHUNK) {
      const found = await kv.getMany<Article>(KV_ARTICLES, ids.slice(start, start + CHUNK));
      const articles = found.filter((article): article is Article => article !== undefined);
      for (const article of articles) await archive.articles.put(article);
      await finder.addMany(articles.filter((article) => article.relevant && article.duplicateOf === null));
    }
    await archive.writeNote(NOTE, new Date().toISOString());
    return ids.length;
  });
}
