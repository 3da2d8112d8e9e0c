import type Database from 'better-sqlite3';
import { bucketKeysOf, type DedupIndex, lookupKeysOf } from '../dedup/dedup-index.js';
import type { DedupOptions } from '../dedup/dedup-options.js';
import type { Fingerprint } from '../dedup/fingerprint.js';
import { decodeFingerprint, encodeFingerprint, type StoredFingerprint } from '../dedup/fingerprint-codec.js';
import { bucketNumber, minuteOf } from './bucket-number.js';
import { mostSharedFirst } from './most-shared-first.js';
import { atomically } from './sqlite-atomic.js';

/**
 * The duplicate index as tables: exact keys under a primary key (the first insert wins, in any
 * process), one row per bucket entry keyed by (bucket, minute) so a check reads only the window,
 * and fingerprints by article. A check reads the exact keys and at most `bucketCap` candidates,
 * those sharing the most buckets first.
 */
export function createSqliteDedupIndex(db: Database.Database, settings: DedupOptions): DedupIndex {
  const windowMinutes = minuteOf(settings.windowDays * 86_400_000);
  const exact = db.prepare<[string], { article_id: string }>(
    'SELECT article_id FROM dedup_keys WHERE key = ?',
  );
  const claim = db.prepare('INSERT INTO dedup_keys (key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
  // One statement per article for all its buckets. OR IGNORE (rather than ON CONFLICT DO
  // NOTHING) leaves the statement nothing to abort half-way, so SQLite keeps no statement journal.
  const file = db.prepare(
    'INSERT OR IGNORE INTO dedup_buckets (bucket, minute, article_id) SELECT value, ?, ? FROM json_each(?)',
  );
  // The rows only: grouping and ranking them in SQL (two temporary sorts) cost three times as much.
  const hits = db
    .prepare<[string, number, number], [string, number]>(
      `SELECT article_id, minute FROM dedup_buckets
       WHERE bucket IN (SELECT value FROM json_each(?)) AND minute BETWEEN ? AND ?`,
    )
    .raw();
  const save = db.prepare('INSERT OR REPLACE INTO fingerprints (article_id, print) VALUES (?, ?)');
  const load = db.prepare<[string], { print: string }>('SELECT print FROM fingerprints WHERE article_id = ?');
  const record = atomically(db, (prints: readonly Fingerprint[]) => {
    for (const print of prints) {
      const buckets = [...new Set(bucketKeysOf(print, settings))].map(bucketNumber);
      file.run(minuteOf(print.time), print.id, JSON.stringify(buckets));
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
      const rows = hits.all(buckets, minute - windowMinutes, minute + windowMinutes);
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
