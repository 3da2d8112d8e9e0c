import type { Article } from '../articles/article.js';

/** An article as the archive tables' columns hold it: indexed fields beside the JSON body. */
export function articleRow(article: Article) {
  return {
    id: article.id,
    feed: article.feed,
    itemKey: article.guid ?? article.url,
    contentHash: article.contentHash ?? null,
    url: article.url,
    storyId: article.storyId,
    firstSeenAt: article.firstSeenAt,
    publishedAt: article.publishedAt,
    body: JSON.stringify(article),
  };
}
