import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Article } from '../articles/article.js';
import { type ArticleStore, RECENT_ROWS_PER_STORY } from '../store/article-store.js';
import { articleRow } from './article-row.js';
import { inOrderOf } from './in-order-of.js';
import { candidateStories, newestCandidates, type SearchCandidate } from './search-candidates.js';
import { fts5Query, searchableText } from './search-terms.js';
import { atomically } from './sqlite-atomic.js';

/** What an item is recognised by before it is normalized: its feed, GUID (or link) and content. */
export interface ItemKey {
  feed: string;
  /** The GUID, or the link as printed when the feed gives none. */
  itemKey: string;
  contentHash: string;
}

/** Articles in their table; every read goes through an index and reads only rows it returns. */
export function createSqliteArticleStore(db: Database.Database): ArticleStore {
  const byId = db.prepare<[string], { body: string }>('SELECT body FROM articles WHERE id = ?');
  // Looked up, then inserted or updated: an upsert with RETURNING seq cost ~40% more CPU per row.
  const seqOf = db.prepare<[string], number>('SELECT seq FROM articles WHERE id = ?').pluck();
  const insert = db.prepare(
    `INSERT INTO articles (id, feed, item_key, content_hash, url, story_id, first_seen_at, published_at, body)
     VALUES (@id, @feed, @itemKey, @contentHash, @url, @storyId, @firstSeenAt, @publishedAt, @body)`,
  );
  const update = db.prepare(
    `UPDATE articles SET feed = @feed, item_key = @itemKey, content_hash = @contentHash, url = @url,
       story_id = @storyId, first_seen_at = @firstSeenAt, published_at = @publishedAt, body = @body
     WHERE id = @id`,
  );
  const unindex = db.prepare('DELETE FROM article_words WHERE rowid = ?');
  const index = db.prepare('INSERT INTO article_words (rowid, words) VALUES (?, ?)');
  const ordered = 'ORDER BY first_seen_at, published_at, id';
  const all = db.prepare<[], { body: string }>(`SELECT body FROM articles ${ordered}`);
  const inStory = db.prepare<[string], { body: string }>(
    `SELECT body FROM articles WHERE story_id = ? ${ordered}`,
  );
  const since = db.prepare<[string, string], { body: string }>(
    `SELECT body FROM articles WHERE first_seen_at >= ? AND first_seen_at <= ? ${ordered}`,
  );
  const withUrl = db.prepare<[string], { body: string }>(
    `SELECT body FROM articles WHERE url = ? ${ordered}`,
  );
  // The candidates are the newest `countLimit` matches by insertion (FTS5 walks its rowids
  // backwards), so a common word costs a bounded read; dates and order are applied to those.
  const matching = db.prepare<Record<string, unknown>, SearchCandidate>(
    `SELECT articles.seq, articles.id, articles.story_id, articles.published_at FROM (
       SELECT rowid FROM article_words WHERE article_words MATCH @query ORDER BY rowid DESC LIMIT @countLimit
     ) AS hit JOIN articles ON articles.seq = hit.rowid
     WHERE first_seen_at >= @since AND first_seen_at <= @until`,
  );
  const bySeq = db.prepare<[string], { id: string; value: string }>(
    'SELECT id, body AS value FROM articles WHERE seq IN (SELECT value FROM json_each(?))',
  );
  const publishedIn = db.prepare<[string, string, number], { story_id: string }>(
    `SELECT story_id FROM articles WHERE published_at > ? AND published_at <= ? AND story_id IS NOT NULL
     GROUP BY story_id ORDER BY max(published_at) DESC LIMIT ?`,
  );
  // The index of articles by publication (stories only), newest first: read lazily, so a reader
  // stops once it has met the stories it wants.
  const newestInStories = db
    .prepare<[number], string>(
      'SELECT story_id FROM articles WHERE story_id IS NOT NULL ORDER BY published_at DESC LIMIT ?',
    )
    .pluck();
  const bodies = (rows: { body: string }[]) => rows.map((row) => JSON.parse(row.body) as Article);
  const put = atomically(db, (article: Article) => {
    const row = articleRow(article);
    let seq = seqOf.get(article.id);
    if (seq === undefined) {
      // A new row's seq was never indexed: articles are never deleted, so no words are left under it.
      seq = Number(insert.run(row).lastInsertRowid);
    } else {
      update.run(row);
      unindex.run(seq);
    }
    if (article.relevant && article.duplicateOf === null) {
      index.run(seq, searchableText(article.title, article.text));
    }
  });
  return {
    get: async (id) => {
      const row = byId.get(id);
      return row ? (JSON.parse(row.body) as Article) : undefined;
    },
    getMany: async (ids) =>
      ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [JSON.parse(row.body) as Article] : [];
      }),
    put: async (article) => put(article),
    all: async () => bodies(all.all()),
    inStory: async (storyId) => bodies(inStory.all(storyId)),
    firstSeenSince: async (from, until) => bodies(since.all(from.toISOString(), until.toISOString())),
    withUrl: async (url) => bodies(withUrl.all(url)),
    search: async (words, options) => {
      const query = fts5Query(words);
      if (query === null) return { articles: [], total: 0 };
      const found = matching.all({
        query,
        since: options.since.toISOString(),
        until: options.until.toISOString(),
        countLimit: options.countLimit,
      });
      const shown = newestCandidates(found, options.limit);
      const rows = bySeq.all(JSON.stringify(shown.map((candidate) => candidate.seq)));
      const articles = inOrderOf(
        shown.map((candidate) => candidate.id),
        rows,
        (body) => JSON.parse(body) as Article,
      );
      return { articles, total: found.length };
    },
    storiesPublishedIn: async (since, until, limit) =>
      publishedIn.all(since.toISOString(), until.toISOString(), limit).map((row) => row.story_id),
    recentStories: async (limit) => {
      if (limit <= 0) return [];
      const ids = new Set<string>();
      for (const id of newestInStories.iterate(limit * RECENT_ROWS_PER_STORY)) {
        ids.add(id);
        if (ids.size === limit) break;
      }
      return [...ids];
    },
    storiesMatching: async (words, options) => {
      const query = fts5Query(words);
      if (query === null) return { ids: [], total: 0 };
      const found = matching.all({ query, since: '', until: '\uffff', countLimit: options.countLimit });
      return candidateStories(found, options.limit);
    },
  };
}

/** The hash an item's raw title and body are recognised by on the next poll. */
export function contentHashOf(title: string, body: string): string {
  return createHash('sha256').update(`${title}\n${body}`).digest('base64url').slice(0, 22);
}
