import KeyvPostgres from '@keyv/postgres';
import Keyv from 'keyv';
import { postgresTarget } from '../archive/postgres-target.js';
import type { KeyValueStore } from './key-value-store.js';
import { createKeyvKeyValueStore } from './keyv-key-value-store.js';
import { selectKeys } from './open-sqlite-store.js';

const TABLE = 'newsbot';

/**
 * @keyv/postgres keeps one pg pool per process, shared by every adapter on the same URI, and
 * ending it twice throws: only the last store to close ends it.
 */
let openStores = 0;

/**
 * A shared Postgres, for several bot processes serving one community; the URL's `?schema=` (if
 * any) holds the table, as it holds the archive's.
 */
export async function openPostgresStore(url: string): Promise<KeyValueStore> {
  const target = postgresTarget(url);
  const schema = target.schema ?? 'public';
  const adapter = new KeyvPostgres({ uri: target.connectionString, table: TABLE, schema });
  const table = `${schema}.${TABLE}`;
  const keyv = new Keyv({ store: adapter, namespace: undefined, useKeyPrefix: false, throwOnErrors: true });
  // The adapter creates its table lazily on first use; touch it so the raw queries below find it.
  await keyv.get('newsbot:ready');
  openStores += 1;
  return createKeyvKeyValueStore(keyv, {
    insertIfAbsent: async (key, serialized) => {
      const rows = await adapter.query(
        `INSERT INTO ${table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`,
        [key, serialized],
      );
      return rows.length === 1;
    },
    readRaw: async (key) =>
      ((await adapter.query(`SELECT value FROM ${table} WHERE key = $1`, [key])) as { value: string }[])[0]
        ?.value,
    compareAndSet: async (key, expected, next) => {
      const rows =
        expected === undefined
          ? await adapter.query(
              `INSERT INTO ${table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`,
              [key, next],
            )
          : await adapter.query(
              `UPDATE ${table} SET value = $1 WHERE key = $2 AND value = $3 RETURNING key`,
              [next, key, expected],
            );
      return rows.length === 1;
    },
    keysWithPrefix: (prefix) =>
      selectKeys(
        (from, to) =>
          adapter.query(`SELECT key FROM ${table} WHERE key >= $1 AND key < $2 ORDER BY key`, [from, to]),
        prefix,
      ),
    close: async () => {
      openStores -= 1;
      if (openStores === 0) await keyv.disconnect();
    },
  });
}
