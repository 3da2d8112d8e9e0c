import type pg from 'pg';
import { inLockedTransaction } from './postgres-sql.js';
import { ADOPT_STORY_INDEX_VALUES } from './postgres-story-index-schema.js';

/**
 * The archive's tables on PostgreSQL, one entry per schema version, applied forward at start-up
 * (the `schema_version` table records the version reached). Never edit a released entry: add the
 * next one. Text columns compare bytewise (COLLATE "C"), as SQLite's do, so both order alike.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE articles (
     seq bigserial PRIMARY KEY,
     id text COLLATE "C" NOT NULL UNIQUE,
     feed text COLLATE "C" NOT NULL,
     item_key text COLLATE "C" NOT NULL,
     content_hash text,
     url text COLLATE "C" NOT NULL,
     story_id text COLLATE "C",
     first_seen_at text COLLATE "C" NOT NULL,
     published_at text COLLATE "C" NOT NULL,
     body text NOT NULL
   );
   CREATE INDEX articles_by_story ON articles (story_id) WHERE story_id IS NOT NULL;
   CREATE INDEX articles_by_first_seen ON articles (first_seen_at);
   CREATE INDEX articles_by_url ON articles (url);
   CREATE INDEX articles_by_item ON articles (feed, item_key);
   CREATE TABLE article_words (
     seq bigint PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
     words tsvector NOT NULL
   );
   CREATE INDEX article_words_search ON article_words USING gin (words);
   CREATE TABLE dedup_keys (key text COLLATE "C" PRIMARY KEY, article_id text NOT NULL);
   CREATE TABLE dedup_buckets (
     bucket bigint NOT NULL, minute bigint NOT NULL, article_id text COLLATE "C" NOT NULL,
     PRIMARY KEY (bucket, minute, article_id)
   );
   CREATE TABLE fingerprints (article_id text COLLATE "C" PRIMARY KEY, print text NOT NULL);
   CREATE TABLE archive_meta (key text PRIMARY KEY, value text NOT NULL);`,
  // The digest finds the stories of a window by their articles' publication dates.
  `CREATE INDEX articles_by_published ON articles (published_at, story_id) WHERE story_id IS NOT NULL;`,
  // Stories, their profiles and index, and analyses: records read and written by key inside an
  // article's transaction (archive-namespaces.ts), as JSON text.
  `CREATE TABLE archive_values (
     namespace text COLLATE "C" NOT NULL, key text COLLATE "C" NOT NULL, value text NOT NULL,
     PRIMARY KEY (namespace, key)
   );`,
  // The story assigner's document frequencies as counters and its candidate index as rows
  // (postgres-story-index.ts), converted once from the records that held them.
  `CREATE TABLE story_terms (term text COLLATE "C" PRIMARY KEY, articles bigint NOT NULL);
   CREATE TABLE story_keys (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     key text COLLATE "C" NOT NULL, story_id text COLLATE "C" NOT NULL, minute bigint NOT NULL,
     UNIQUE (key, story_id)
   );
   CREATE INDEX story_keys_in_order ON story_keys (key, minute, seq) INCLUDE (story_id);
   ${ADOPT_STORY_INDEX_VALUES}`,
  // Story profiles are now stored as lists (stored-profile.ts), which code before this version
  // would misread without an error: the step changes no table, it makes that code refuse the schema.
  'SELECT 1',
];

/** The schema version this code writes. */
export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Creates the schema if needed and brings it to the current version, in one transaction under an
 * advisory lock (two processes may start at once); refuses a schema written by newer code.
 */
export function migratePostgresArchive(pool: pg.Pool, schema: string): Promise<void> {
  return inLockedTransaction(pool, `newsbot-schema:${schema}`, async (client) => {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`SET LOCAL search_path TO ${schema}`);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
    const rows = (await client.query<{ version: number }>('SELECT version FROM schema_version')).rows;
    const version = rows[0]?.version ?? 0;
    if (version > MIGRATIONS.length) {
      throw new Error(
        `the archive is at schema version ${version}, newer than this newsbot knows (${MIGRATIONS.length})`,
      );
    }
    for (const migration of MIGRATIONS.slice(version)) await client.query(migration);
    await client.query('DELETE FROM schema_version');
    await client.query('INSERT INTO schema_version (version) VALUES ($1)', [MIGRATIONS.length]);
  });
}
