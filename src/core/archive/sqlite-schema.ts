import type Database from 'better-sqlite3';
import { adoptStoryIndexValues } from './sqlite-story-index-schema.js';

/**
 * The archive's tables, one entry per schema version, applied forward at start-up inside one
 * transaction each (PRAGMA user_version records the version reached). Never edit a released
 * entry: add the next one.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE articles (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     feed TEXT NOT NULL,
     item_key TEXT NOT NULL,
     content_hash TEXT,
     url TEXT NOT NULL,
     story_id TEXT,
     first_seen_at TEXT NOT NULL,
     published_at TEXT NOT NULL,
     body TEXT NOT NULL
   );
   CREATE INDEX articles_by_story ON articles (story_id) WHERE story_id IS NOT NULL;
   CREATE INDEX articles_by_first_seen ON articles (first_seen_at);
   CREATE INDEX articles_by_url ON articles (url);
   CREATE INDEX articles_by_item ON articles (feed, item_key);
   CREATE VIRTUAL TABLE article_words USING fts5 (
     words, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
   );
   CREATE TABLE dedup_keys (key TEXT PRIMARY KEY, article_id TEXT NOT NULL) WITHOUT ROWID;
   CREATE TABLE dedup_buckets (
     bucket INTEGER NOT NULL, minute INTEGER NOT NULL, article_id TEXT NOT NULL,
     PRIMARY KEY (bucket, minute, article_id)
   ) WITHOUT ROWID;
   CREATE TABLE fingerprints (article_id TEXT PRIMARY KEY, print TEXT NOT NULL) WITHOUT ROWID;
   CREATE TABLE analyses (article_id TEXT PRIMARY KEY, analysis TEXT NOT NULL) WITHOUT ROWID;
   CREATE TABLE archive_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;`,
  // The digest finds the stories of a window by their articles' publication dates.
  `CREATE INDEX articles_by_published ON articles (published_at, story_id) WHERE story_id IS NOT NULL;`,
  // Stories, their profiles and index, and analyses: records read and written by key inside an
  // article's transaction (archive-namespaces.ts), as plain JSON.
  `CREATE TABLE archive_values (
     namespace TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (namespace, key)
   ) WITHOUT ROWID;`,
  // The story assigner's document frequencies as counters and its candidate index as rows
  // (sqlite-story-index.ts), converted once from the records that held them.
  `CREATE TABLE story_terms (term TEXT PRIMARY KEY, articles INTEGER NOT NULL) WITHOUT ROWID;
   CREATE TABLE story_keys (
     seq INTEGER PRIMARY KEY, key TEXT NOT NULL, story_id TEXT NOT NULL, minute INTEGER NOT NULL
   );
   CREATE UNIQUE INDEX story_keys_by_story ON story_keys (key, story_id);
   CREATE INDEX story_keys_in_order ON story_keys (key, minute, seq, story_id);
   ${adoptStoryIndexValues('schema4')}`,
  // The candidate index in one B-tree, in the order it is read (key, minute, then filing order
  // within the key): filing a story no longer writes a table and two indexes per entry.
  `CREATE TABLE story_key_rows (
     key TEXT NOT NULL, minute INTEGER NOT NULL, seq INTEGER NOT NULL, story_id TEXT NOT NULL,
     PRIMARY KEY (key, minute, seq)
   ) WITHOUT ROWID;
   INSERT INTO story_key_rows (key, minute, seq, story_id) SELECT key, minute, seq, story_id FROM story_keys;
   DROP TABLE story_keys;
   ALTER TABLE story_key_rows RENAME TO story_keys;`,
  // A quiet poll asks, for each of a feed's items, whether its key is stored with this content
  // hash: with the hash in the index the answer comes from the index alone, without a look-up of
  // each article's row (2.3x less CPU for the check, a twentieth of a quiet poll).
  `DROP INDEX articles_by_item;
   CREATE INDEX articles_by_item ON articles (feed, item_key, content_hash);`,
  // Story profiles are now stored as lists (stored-profile.ts), which code before this version
  // would misread without an error: the step changes no table, it makes that code refuse the file.
  'SELECT 1;',
];

/** The schema version this code writes. */
export const SQLITE_SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database to the current version; refuses a database written by newer code. */
export function migrateSqliteArchive(db: Database.Database): void {
  // Each step re-reads the version under the write lock: two processes may start at once.
  const step = db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new Error(
        `the archive is at schema version ${version}, newer than this newsbot knows (${MIGRATIONS.length})`,
      );
    }
    if (version === MIGRATIONS.length) return false;
    db.exec(MIGRATIONS[version] as string);
    db.pragma(`user_version = ${version + 1}`);
    return true;
  });
  // Current already (every start but the first): no write lock. Taking it here made a process
  // starting beside a busy ingest wait past the busy timeout ("database is locked"): SQLite's
  // busy handler does not queue waiters, and the ingest re-takes the lock after each article.
  if (db.pragma('user_version', { simple: true }) === MIGRATIONS.length) return;
  while (step.immediate()) {}
}
