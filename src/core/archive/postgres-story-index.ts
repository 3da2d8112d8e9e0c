import { rowChanges } from '../stories/story-index-store.js';
import type { Archive } from './archive.js';
import { inBuckets } from './in-buckets.js';
import type { PostgresSql } from './postgres-sql.js';
import { ADOPT_STORY_INDEX_VALUES } from './postgres-story-index-schema.js';

/**
 * The story assigner's counts and candidate index as rows of the archive schema (`story_terms`,
 * `story_keys`; schema version 4), as on SQLite (sqlite-story-index.ts): an article's counts are
 * one upsert, filing its story deletes and inserts only the entries that change. On the open
 * archive transaction's connection, under the archive lock.
 */
export function createPostgresStoryIndex(sql: PostgresSql): Archive['storyIndex'] {
  return {
    termCounts: async (terms) => {
      if (terms.length === 0) return [];
      // Joined from the list, for the reason given in postgres-value-store.ts's getMany.
      const rows = await sql.query<{ term: string; articles: string }>(
        `SELECT stored.term, stored.articles FROM unnest($1::text[]) AS wanted (term)
         JOIN story_terms AS stored ON stored.term = wanted.term`,
        [terms],
      );
      const found = new Map(rows.map((row) => [row.term, Number(row.articles)]));
      return terms.map((term) => found.get(term));
    },
    countTerms: async (terms) => {
      if (terms.length === 0) return;
      await sql.query(
        `INSERT INTO story_terms (term, articles) SELECT unnest($1::text[]), 1
         ON CONFLICT (term) DO UPDATE SET articles = story_terms.articles + 1`,
        [terms],
      );
    },
    buckets: async (keys) => {
      if (keys.length === 0) return [];
      const rows = await sql.query<{ key: string; story_id: string; minute: string }>(
        `SELECT stored.key, stored.story_id, stored.minute
         FROM (SELECT DISTINCT key FROM unnest($1::text[]) AS wanted (key)) AS wanted
         JOIN story_keys AS stored ON stored.key = wanted.key
         ORDER BY stored.key, stored.minute, stored.seq`,
        [keys],
      );
      return inBuckets(keys, rows);
    },
    fileStory: async (id, changes) => {
      const { removed, added } = rowChanges(id, changes);
      if (removed.length > 0) {
        await sql.query(
          `DELETE FROM story_keys AS stored USING unnest($1::text[], $2::text[]) AS gone (key, story_id)
           WHERE stored.key = gone.key AND stored.story_id = gone.story_id`,
          [removed.map(([key]) => key), removed.map(([, story]) => story)],
        );
      }
      if (added.length > 0) {
        await sql.query(
          `INSERT INTO story_keys (key, story_id, minute)
           SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])`,
          [added.map(([key]) => key), added.map(([, story]) => story), added.map(([, , minute]) => minute)],
        );
      }
    },
    adoptValues: async () => {
      await sql.query(ADOPT_STORY_INDEX_VALUES);
    },
  };
}
