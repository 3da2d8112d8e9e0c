import type { Article } from '../articles/article.js';
import { type ArticleStore, RECENT_ROWS_PER_STORY } from '../store/article-store.js';
import { articleRow } from './article-row.js';
import { inOrderOf } from './in-order-of.js';
import type { PostgresSql } from './postgres-sql.js';
import { candidateStories, newestCandidates, type SearchCandidate } from './search-candidates.js';
import { tsqueryLiteral, tsvectorLiteral } from './search-terms.js';

const ORDERED = 'ORDER BY first_seen_at, published_at, id';

/** Articles read per story wanted by `recentStories` at first: stories of a busy beat hold a few each. */
const ROWS_PER_RECENT_STORY = 4;
const NEWEST_IN_STORIES =
  'SELECT story_id FROM articles WHERE story_id IS NOT NULL ORDER BY published_at DESC LIMIT $1';

/**
 * The candidates of a search: the newest `$countLimit` matches by insertion, within the window
 * ($2, $3). A common word costs a bounded read; dates and order apply to those candidates only.
 */
const MATCHING = `SELECT articles.seq, articles.story_id, articles.published_at, articles.id FROM (
    SELECT seq FROM article_words WHERE words @@ $1::tsquery ORDER BY seq DESC LIMIT $4
  ) AS hit JOIN articles ON articles.seq = hit.seq
  WHERE first_seen_at >= $2 AND first_seen_at <= $3`;

/**
 * Articles in their PostgreSQL table: the same reads as the SQLite archive, each through an
 * index, with search on a `tsvector` column under a GIN index (words as search-terms.ts cuts them).
 */
export function createPostgresArticleStore(sql: PostgresSql): ArticleStore {
  const bodies = async (text: string, values: readonly unknown[]) =>
    (await sql.query<{ body: string }>(text, values)).map((row) => JSON.parse(row.body) as Article);
  // No round trip for nothing: a search or a digest often has no article left to show.
  const getMany = async (ids: readonly string[]) =>
    ids.length === 0
      ? []
      : inOrderOf(
          ids,
          await sql.query<{ id: string; value: string }>(
            'SELECT id, body AS value FROM articles WHERE id = ANY($1::text[])',
            [ids],
          ),
          (body) => JSON.parse(body) as Article,
        );
  return {
    get: async (id) => (await bodies('SELECT body FROM articles WHERE id = $1', [id]))[0],
    getMany,
    put: async (article) => {
      const row = articleRow(article);
      const words =
        article.relevant && article.duplicateOf === null
          ? tsvectorLiteral(`${article.title}\n${article.text}`)
          : null;
      // One statement: the row and its search entry change together even outside a transaction.
      await sql.query(
        `WITH stored AS (
           INSERT INTO articles (id, feed, item_key, content_hash, url, story_id, first_seen_at, published_at, body)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (id) DO UPDATE SET feed = excluded.feed, item_key = excluded.item_key,
             content_hash = excluded.content_hash, url = excluded.url, story_id = excluded.story_id,
             first_seen_at = excluded.first_seen_at, published_at = excluded.published_at, body = excluded.body
           RETURNING seq
         ), unindexed AS (
           DELETE FROM article_words WHERE $10::tsvector IS NULL AND seq IN (SELECT seq FROM stored)
         )
         INSERT INTO article_words (seq, words) SELECT seq, $10::tsvector FROM stored WHERE $10::tsvector IS NOT NULL
         ON CONFLICT (seq) DO UPDATE SET words = excluded.words`,
        [
          row.id,
          row.feed,
          row.itemKey,
          row.contentHash,
          row.url,
          row.storyId,
          row.firstSeenAt,
          row.publishedAt,
          row.body,
          words,
        ],
      );
    },
    all: () => bodies(`SELECT body FROM articles ${ORDERED}`, []),
    inStory: (storyId) => bodies(`SELECT body FROM articles WHERE story_id = $1 ${ORDERED}`, [storyId]),
    firstSeenSince: (since, until) =>
      bodies(`SELECT body FROM articles WHERE first_seen_at >= $1 AND first_seen_at <= $2 ${ORDERED}`, [
        since.toISOString(),
        until.toISOString(),
      ]),
    withUrl: (url) => bodies(`SELECT body FROM articles WHERE url = $1 ${ORDERED}`, [url]),
    search: async (words, options) => {
      const query = tsqueryLiteral(words);
      if (query === null) return { articles: [], total: 0 };
      const found = await sql.query<SearchCandidate>(MATCHING, [
        query,
        options.since.toISOString(),
        options.until.toISOString(),
        options.countLimit,
      ]);
      const shown = newestCandidates(found, options.limit).map((candidate) => candidate.id);
      return { articles: await getMany(shown), total: found.length };
    },
    storiesPublishedIn: async (since, until, limit) =>
      (
        await sql.query<{ story_id: string }>(
          `SELECT story_id FROM articles WHERE published_at > $1 AND published_at <= $2 AND story_id IS NOT NULL
           GROUP BY story_id ORDER BY max(published_at) DESC LIMIT $3`,
          [since.toISOString(), until.toISOString(), limit],
        )
      ).map((row) => row.story_id),
    recentStories: async (limit) => {
      // The newest articles of stories through their index, in prefixes of growing length until
      // one holds `limit` stories (a story of many recent articles fills a prefix with itself).
      for (let rows = limit * ROWS_PER_RECENT_STORY; ; rows *= 2) {
        const found = await sql.query<{ story_id: string }>(NEWEST_IN_STORIES, [rows]);
        const ids = [...new Set(found.map((row) => row.story_id))];
        const enough = ids.length >= limit || found.length < rows;
        if (enough || rows >= limit * RECENT_ROWS_PER_STORY) return ids.slice(0, limit);
      }
    },
    storiesMatching: async (words, options) => {
      const query = tsqueryLiteral(words);
      if (query === null) return { ids: [], total: 0 };
      const found = await sql.query<SearchCandidate>(MATCHING, [query, '', '\uffff', options.countLimit]);
      return candidateStories(found, options.limit);
    },
  };
}
