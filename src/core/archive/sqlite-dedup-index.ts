import type Database from 'better-sqlite3';
import { bucketKeysOf, type DedupIndex, lookupKeysOf } from '../dedup/dedup-index.js';
import type { DedupOptions } from '../dedup/dedup-options.js';
import type { Fingerprint } from '../dedup/fingerprint.js';
import { decodeFingerprint, encodeFingerprint, type StoredFingerprint } from '../dedup/fingerprint-codec.js';
import { bucketNumber, minuteOf } from './bucket-number.js';
import { mostSharedFirst } from './most-shared-first.js';
import { atomically } from './sqlite-atomic.js';

/**
 * Staged bucket rows moved into the large table at once. An article's ~45 rows, keyed by a hash,
 * each dirtied a page of its own in the large table at every commit (68% of the pages a batch
 * wrote, 0004 amendment 9); the staging table is a few hundred pages that stay in the cache, and
 * a merge of this many rows, in key order, writes each page of the large table once for the many
 * rows it receives.
 */
export const STAGED_ROWS_BEFORE_MERGE = 10_000;

/**
 * The duplicate index as tables: exact keys under a primary key (the first insert wins, in any
 * process), one row per bucket entry keyed by (bucket, minute) so a check reads only the window,
 * and fingerprints by article. A check reads the exact keys and at most `bucketCap` candidates,
 * those sharing the most buckets first.
 */
export function createSqliteDedupIndex(
  db: Database.Database,
  settings: DedupOptions,
  mergeAt = STAGED_ROWS_BEFORE_MERGE,
): DedupIndex {
  const windowMinutes = minuteOf(settings.windowDays * 86_400_000);
  const exact = db.prepare<[string], { article_id: string }>(
    'SELECT article_id FROM dedup_keys WHERE key = ?',
  );
  const claim = db.prepare('INSERT INTO dedup_keys (key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
  // One statement per article for all its buckets. OR IGNORE (rather than ON CONFLICT DO
  // NOTHING) leaves the statement nothing to abort half-way, so SQLite keeps no statement journal.
  const file = db.prepare(
    'INSERT OR IGNORE INTO dedup_bucket_staging (bucket, minute, article_id) SELECT value, ?, ? FROM json_each(?)',
  );
  const staged = db.prepare('SELECT count(*) FROM dedup_bucket_staging').pluck();
  // The staging table's primary key is the large table's, so its rows come out in key order.
  const merge = db.prepare(
    'INSERT OR IGNORE INTO dedup_buckets (bucket, minute, article_id) SELECT bucket, minute, article_id FROM dedup_bucket_staging ORDER BY bucket, minute, article_id',
  );
  const emptyStaging = db.prepare('DELETE FROM dedup_bucket_staging');
  // The rows only: grouping and ranking them in SQL (two temporary sorts) cost three times as much.
  const hits = db
    .prepare<[string, number, number, string, number, number], [string, number]>(
      // A staged row already in the large table (an article filed again after a merge) is
      // counted once, as it was when rows went straight into the large table.
      `SELECT article_id, minute FROM dedup_buckets
       WHERE bucket IN (SELECT value FROM json_each(?)) AND minute BETWEEN ? AND ?
       UNION ALL
       SELECT s.article_id, s.minute FROM dedup_bucket_staging s
       WHERE s.bucket IN (SELECT value FROM json_each(?)) AND s.minute BETWEEN ? AND ?
         AND NOT EXISTS (SELECT 1 FROM dedup_buckets d
                         WHERE d.bucket = s.bucket AND d.minute = s.minute AND d.article_id = s.article_id)`,
    )
    .raw();
  const save = db.prepare('INSERT OR REPLACE INTO fingerprints (article_id, print) VALUES (?, ?)');
  const load = db.prepare<[string], { print: string }>('SELECT print FROM fingerprints WHERE article_id = ?');
  const record = atomically(db, (prints: readonly Fingerprint[]) => {
    for (const print of prints) {
      const buckets = [...new Set(bucketKeysOf(print, settings))].map(bucketNumber);
      file.run(minuteOf(print.time), print.id, JSON.stringify(buckets));
    }
    // In the same transaction as the filing: a row is in one table or the other, never neither,
    // and another process merging meanwhile waits for the write lock.
    if ((staged.get() as number) >= mergeAt) {
      merge.run();
      emptyStaging.run();
    }
  });
  const claimAll = atomically(db, (claims: readonly { key: string; id: string }[]) => {
    for (const { key, id } of claims) claim.run(key, id);
  });
  const saveAll = atomically(db, (prints: readonly Fingerprint[]) => {
    for (const print of prints) save.run(print.id, JSON.stringify(encodeFingerprint(print)));
  });
  return {
    lookup: async (print, exactKeys) => {
      const minute = minuteOf(print.time);
      const buckets = JSON.stringify([...new Set(lookupKeysOf(print, settings))].map(bucketNumber));
      const from = minute - windowMinutes;
      const to = minute + windowMinutes;
      const rows = hits.all(buckets, from, to, buckets, from, to);
      return {
        exact: exactKeys.map((key) => exact.get(key)?.article_id),
        candidates: mostSharedFirst(rows, print.id, settings.bucketCap),
      };
    },
    record: async (prints) => record(prints),
    claim: async (claims) => claimAll(claims),
    saveFingerprints: async (prints) => saveAll(prints),
    fingerprints: async (ids) =>
      ids.flatMap((id) => {
        const row = load.get(id);
        return row ? [decodeFingerprint(JSON.parse(row.print) as StoredFingerprint)] : [];
      }),
  };
}
