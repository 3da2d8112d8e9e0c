import type { Article } from '../core/articles/article.js';
import type { ArticleStore } from '../core/store/article-store.js';
import { type CliOutput, printJson } from './cli-output.js';

/** The stable shape `newsbot articles --json` promises: every stored item. */
export function articleJson(article: Article) {
  return {
    id: article.id,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    feed: article.feed,
    source: article.source,
    publishedAt: article.publishedAt,
    firstSeenAt: article.firstSeenAt,
    language: article.language,
    relevant: article.relevant,
    matchedKeywords: article.matchedKeywords,
    duplicateOf: article.duplicateOf,
    storyId: article.storyId,
  };
}

export async function listArticles(articles: ArticleStore, output: CliOutput, json: boolean): Promise<void> {
  const all = await articles.all();
  if (json) return printJson(output, all.map(articleJson));
  if (all.length === 0) return output.out('No articles stored yet. Try: newsbot ingest <feed-url-or-file>');
  for (const article of all) {
    const status = !article.relevant
      ? 'not relevant'
      : article.duplicateOf
        ? `copy of ${article.duplicateOf}`
        : 'new';
    output.out(
      `${article.publishedAt.slice(0, 10)}  ${article.id}  [${status}]  ${article.title}  (${article.source})`,
    );
  }
}
