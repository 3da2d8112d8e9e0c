import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Archive } from './archive.js';
import { createSqliteArticleStore } from './sqlite-article-store.js';
import { createSqliteDedupIndex } from './sqlite-dedup-index.js';
import { migrateSqliteArchive } from './sqlite-schema.js';
import { createSqliteStoryIndex } from './sqlite-story-index.js';
import { createSqliteTransactions } from './sqlite-transactions.js';
import { createSqliteValueStore } from './sqlite-value-store.js';

/**
 * The embedded archive: one SQLite file through better-sqlite3 (synchronous, statements prepared
 * once). WAL and a busy timeout let several processes share the file; synchronous=NORMAL may lose
 * the last transactions on a power cut, never corrupt (the next poll fetches them again).
 */
export function openSqliteArchive(file: string): Archive {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  useWriteAheadLog(db);
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Each article commits on its own: checkpointing the WAL every 1,000 pages (SQLite's default)
  // copied the same hot index pages to the file every few articles. 8 MB of page cache holds the
  // bucket index's upper levels; 32 MB added ~30 MB of RSS at 100k stored, against a 250 MB target
  // (Amendment 4 measured 8 MB 15% slower in one run; not measured apart since: 0004, amendment 8).
  db.pragma('wal_autocheckpoint = 16384');
  db.pragma('cache_size = -8192');
  migrateSqliteArchive(db);
  // The entries (by position) NOT stored unchanged: a quiet poll's lookup returns no row, where
  // returning every stored key and hash to compare here cost half again as much per entry.
  const notKnown = db
    .prepare<[string, string], number>(
      `SELECT entry.key FROM json_each(?) AS entry WHERE NOT EXISTS (
         SELECT 1 FROM articles
         WHERE feed = ? AND item_key = entry.value ->> 0 AND content_hash = entry.value ->> 1)`,
    )
    .pluck();
  const anyArticle = db.prepare('SELECT 1 FROM articles LIMIT 1').pluck();
  const readNote = db.prepare<[string], { value: string }>('SELECT value FROM archive_meta WHERE key = ?');
  const writeNote = db.prepare('INSERT OR REPLACE INTO archive_meta (key, value) VALUES (?, ?)');
  return {
    kind: 'sqlite',
    articles: createSqliteArticleStore(db),
    dedupIndex: (settings) => createSqliteDedupIndex(db, settings),
    values: createSqliteValueStore(db),
    storyIndex: createSqliteStoryIndex(db),
    ...createSqliteTransactions(db),
    knownItems: async (feed, items) => {
      const entries = JSON.stringify(items.map((item) => [item.itemKey, item.contentHash]));
      const unknown = new Set(notKnown.all(entries, feed));
      return new Set(items.flatMap((item, i) => (unknown.has(i) ? [] : [item.itemKey])));
    },
    refreshStatistics: async () => {
      db.exec('ANALYZE');
      db.pragma('optimize');
    },
    hasArticles: async () => anyArticle.get() !== undefined,
    readNote: async (key) => readNote.get(key)?.value,
    writeNote: async (key, value) => {
      writeNote.run(key, value);
    },
    close: async () => {
      db.close();
    },
  };
}

/** How long a statement waits for another process's lock before it fails. */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * Switches the file to WAL, retrying while another process holds a lock. Processes that open a new
 * file at the same moment race for it, and SQLite then answers "database is locked" at once rather
 * than call the busy handler (it would risk a deadlock), so the timeout alone does not cover it.
 */
function useWriteAheadLog(db: Database.Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      const busy = error instanceof Database.SqliteError && error.code === 'SQLITE_BUSY';
      if (!busy || Date.now() > deadline) throw error;
      sleepSync(10 + Math.random() * 40);
    }
  }
}

/** Blocks the thread for `ms`: opening the archive is synchronous, as better-sqlite3 is. */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
