import type { KeyValueStore } from '../store/key-value-store.js';
import { inOrderOfKeys } from './in-order-of-keys.js';
import { afterPrefix, listed } from './key-range.js';
import type { PostgresSql } from './postgres-sql.js';

/**
 * Records kept by key in the archive schema (`archive_values`), as JSON text: on the open archive
 * transaction's connection when there is one (postgres-sql.ts), so a story's update commits with
 * its article and runs under the archive lock. `close` is the archive's.
 */
export function createPostgresValueStore(sql: PostgresSql): KeyValueStore {
  const write = (conflict: string) =>
    `INSERT INTO archive_values (namespace, key, value) VALUES ($1, $2, $3) ${conflict} RETURNING key`;
  return {
    get: async <T>(namespace: string, key: string) => {
      const rows = await sql.query<{ value: string }>(
        'SELECT value FROM archive_values WHERE namespace = $1 AND key = $2',
        [namespace, key],
      );
      return rows[0] === undefined ? undefined : (JSON.parse(rows[0].value) as T);
    },
    getMany: async <T>(namespace: string, keys: readonly string[]) => {
      if (keys.length === 0) return [];
      // One primary-key lookup per key. Written as `key = ANY($2)`, a table whose statistics are
      // not gathered yet (a fresh or fast-growing archive) was read by namespace and filtered:
      // 8-14 ms instead of 1 for the 384 stories of a digest week among 120k values.
      const rows = await sql.query<{ key: string; value: string }>(
        `SELECT stored.key, stored.value FROM unnest($2::text[]) AS wanted (key)
         JOIN archive_values AS stored ON stored.namespace = $1 AND stored.key = wanted.key`,
        [namespace, keys],
      );
      return inOrderOfKeys<T>(keys, rows);
    },
    set: async (namespace, key, value) => {
      await sql.query(write('ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value'), [
        namespace,
        key,
        JSON.stringify(value),
      ]);
    },
    delete: async (namespace, key) =>
      (
        await sql.query('DELETE FROM archive_values WHERE namespace = $1 AND key = $2 RETURNING key', [
          namespace,
          key,
        ])
      ).length > 0,
    setIfAbsent: async (namespace, key, value) =>
      (await sql.query(write('ON CONFLICT DO NOTHING'), [namespace, key, JSON.stringify(value)])).length > 0,
    // Compare-and-set on the raw text, read again when another writer came first.
    update: async <T>(namespace: string, key: string, change: (current: T | undefined) => T | undefined) => {
      for (;;) {
        const rows = await sql.query<{ value: string }>(
          'SELECT value FROM archive_values WHERE namespace = $1 AND key = $2',
          [namespace, key],
        );
        const raw = rows[0]?.value;
        const next = change(raw === undefined ? undefined : (JSON.parse(raw) as T));
        if (next === undefined) return raw === undefined ? undefined : (JSON.parse(raw) as T);
        const written =
          raw === undefined
            ? await sql.query(write('ON CONFLICT DO NOTHING'), [namespace, key, JSON.stringify(next)])
            : await sql.query(
                'UPDATE archive_values SET value = $3 WHERE namespace = $1 AND key = $2 AND value = $4 RETURNING key',
                [namespace, key, JSON.stringify(next), raw],
              );
        if (written.length > 0) return next;
      }
    },
    keys: (namespace, prefix = '') => listedLater(sql, namespace, prefix),
    close: async () => {},
  };
}

async function* listedLater(sql: PostgresSql, namespace: string, prefix: string): AsyncIterable<string> {
  const rows = await sql.query<{ key: string }>(
    'SELECT key FROM archive_values WHERE namespace = $1 AND key >= $2 AND key < $3 ORDER BY key',
    [namespace, prefix, afterPrefix(prefix)],
  );
  yield* listed(rows.map((row) => row.key));
}
