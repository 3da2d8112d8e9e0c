import type { Article } from '../articles/article.js';
import { UserError } from '../reply/user-error.js';
import type { ArticleStore } from '../store/article-store.js';

/** Articles read per alternative: a long-running issue over years of a busy beat fits within. */
export const TOPIC_ARTICLE_LIMIT = 500;

/**
 * Stored relevant originals, of any date, holding every word of the topic (the archive's
 * full-text search: English words and Japanese alike). Alternatives separated by `|` or ` OR `
 * ("liaison office | 連絡事務所") are searched each and joined, so one topic can follow an issue
 * across languages.
 */
export async function articlesOnTopic(
  articles: Pick<ArticleStore, 'search'>,
  topic: string,
  now: Date,
): Promise<Article[]> {
  const alternatives = topic
    .split(/\s*\|\s*|\s+OR\s+/)
    .map((alternative) => alternative.split(/\s+/).filter((word) => word !== ''))
    .filter((words) => words.length > 0);
  if (alternatives.length === 0) throw new UserError('empty-topic', 'Which topic? Give one or more words.');
  const found = new Map<string, Article>();
  for (const words of alternatives) {
    const { articles: matched } = await articles.search(words, {
      since: new Date(0),
      until: now,
      limit: TOPIC_ARTICLE_LIMIT,
      countLimit: TOPIC_ARTICLE_LIMIT,
    });
    for (const article of matched) found.set(article.id, article);
  }
  return [...found.values()];
}
