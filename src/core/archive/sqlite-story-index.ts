import type Database from 'better-sqlite3';
import { rowChanges } from '../stories/story-index-store.js';
import type { Archive } from './archive.js';
import { inBuckets } from './in-buckets.js';
import { ADOPT_STORY_INDEX_VALUES } from './sqlite-story-index-schema.js';

/**
 * The story assigner's counts and candidate index as rows of the archive file (`story_terms`,
 * `story_keys`; schema version 4): an article's counts are one upsert statement, and filing its
 * story deletes and inserts only the entries that change, in two statements. Inside the open
 * archive transaction, as every archive write.
 */
export function createSqliteStoryIndex(db: Database.Database): Archive['storyIndex'] {
  const counts = db.prepare<[string], { term: string; articles: number }>(
    'SELECT term, articles FROM story_terms WHERE term IN (SELECT value FROM json_each(?))',
  );
  const count = db.prepare<[string]>(
    `INSERT INTO story_terms (term, articles) SELECT value, 1 FROM json_each(?) WHERE true
     ON CONFLICT (term) DO UPDATE SET articles = articles + 1`,
  );
  const buckets = db.prepare<[string], { key: string; story_id: string; minute: number }>(
    `SELECT key, story_id, minute FROM story_keys WHERE key IN (SELECT value FROM json_each(?))
     ORDER BY key, minute, seq`,
  );
  const remove = db.prepare<[string]>(
    `DELETE FROM story_keys WHERE (key, story_id) IN
     (SELECT value ->> 0, value ->> 1 FROM json_each(?))`,
  );
  // Each row takes the next seq: the newest filed comes last among entries of the same minute.
  const add = db.prepare<[string]>(
    `INSERT INTO story_keys (key, story_id, minute)
     SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)`,
  );
  return {
    termCounts: async (terms) => {
      if (terms.length === 0) return [];
      const found = new Map(counts.all(JSON.stringify(terms)).map((row) => [row.term, row.articles]));
      return terms.map((term) => found.get(term));
    },
    countTerms: async (terms) => {
      if (terms.length > 0) count.run(JSON.stringify(terms));
    },
    buckets: async (keys) => {
      if (keys.length === 0) return [];
      return inBuckets(keys, buckets.all(JSON.stringify(keys)));
    },
    fileStory: async (id, changes) => {
      const { removed, added } = rowChanges(id, changes);
      if (removed.length > 0) remove.run(JSON.stringify(removed));
      if (added.length > 0) add.run(JSON.stringify(added));
    },
    adoptValues: async () => {
      db.exec(ADOPT_STORY_INDEX_VALUES);
    },
  };
}
