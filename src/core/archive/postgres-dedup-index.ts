import { bucketKeysOf, type DedupIndex, lookupKeysOf } from '../dedup/dedup-index.js';
import type { DedupOptions } from '../dedup/dedup-options.js';
import { decodeFingerprint, encodeFingerprint, type StoredFingerprint } from '../dedup/fingerprint-codec.js';
import { bucketNumber, minuteOf } from './bucket-number.js';
import { inOrderOf } from './in-order-of.js';
import type { PostgresSql } from './postgres-sql.js';

/**
 * The duplicate index in PostgreSQL tables, laid out as in SQLite (sqlite-dedup-index.ts): exact
 * keys claimed with ON CONFLICT DO NOTHING (the first insert wins, in any process), bucket rows
 * keyed by (bucket, minute) so a check reads only its window, fingerprints by article. Every
 * write is one statement over arrays, whatever the number of rows.
 */
export function createPostgresDedupIndex(sql: PostgresSql, settings: DedupOptions): DedupIndex {
  const windowMinutes = minuteOf(settings.windowDays * 86_400_000);
  return {
    lookup: async (print, exactKeys) => {
      const minute = minuteOf(print.time);
      const buckets = [...new Set(lookupKeysOf(print, settings))].map(bucketNumber);
      const [exact, candidates] = await Promise.all([
        sql.query<{ key: string; article_id: string }>(
          'SELECT key, article_id FROM dedup_keys WHERE key = ANY($1::text[])',
          [exactKeys],
        ),
        sql.query<{ article_id: string }>(
          `SELECT article_id FROM dedup_buckets
           WHERE bucket = ANY($1::bigint[]) AND minute BETWEEN $2 AND $3 AND article_id <> $4
           GROUP BY article_id ORDER BY count(*) DESC, max(minute) DESC LIMIT $5`,
          [buckets, minute - windowMinutes, minute + windowMinutes, print.id, settings.bucketCap],
        ),
      ]);
      const byKey = new Map(exact.map((row) => [row.key, row.article_id]));
      return {
        exact: exactKeys.map((key) => byKey.get(key)),
        candidates: candidates.map((row) => row.article_id),
      };
    },
    record: async (prints) => {
      const rows = prints.flatMap((print) =>
        [...new Set(bucketKeysOf(print, settings))].map((key) => [
          bucketNumber(key),
          minuteOf(print.time),
          print.id,
        ]),
      );
      if (rows.length === 0) return;
      await sql.query(
        `INSERT INTO dedup_buckets (bucket, minute, article_id)
         SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[]) ON CONFLICT DO NOTHING`,
        columns(rows, 3),
      );
    },
    // Rows go in the claims' order: of two claims of one key in a batch, the first wins.
    claim: async (claims) => {
      if (claims.length === 0) return;
      await sql.query(
        `INSERT INTO dedup_keys (key, article_id)
         SELECT key, article_id FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS claim (key, article_id, n)
         ORDER BY n ON CONFLICT DO NOTHING`,
        [claims.map((claim) => claim.key), claims.map((claim) => claim.id)],
      );
    },
    saveFingerprints: async (prints) => {
      // The last print of an id wins, as one save after another would.
      const latest = new Map(prints.map((print) => [print.id, print]));
      if (latest.size === 0) return;
      await sql.query(
        `INSERT INTO fingerprints (article_id, print) SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT (article_id) DO UPDATE SET print = excluded.print`,
        [[...latest.keys()], [...latest.values()].map((print) => JSON.stringify(encodeFingerprint(print)))],
      );
    },
    fingerprints: async (ids) =>
      inOrderOf(
        ids,
        await sql.query<{ id: string; value: string }>(
          'SELECT article_id AS id, print AS value FROM fingerprints WHERE article_id = ANY($1::text[])',
          [ids],
        ),
        (print) => decodeFingerprint(JSON.parse(print) as StoredFingerprint),
      ),
  };
}

/** Rows of `width` values as `width` column arrays, the shape unnest() takes. */
function columns(rows: readonly unknown[][], width: number): unknown[][] {
  return Array.from({ length: width }, (_, column) => rows.map((row) => row[column]));
}
