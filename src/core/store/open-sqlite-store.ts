import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import type { KeyValueStore } from './key-value-store.js';
import { createKeyvKeyValueStore } from './keyv-key-value-store.js';
import { openSqliteReader } from './sqlite-reader.js';

const TABLE = 'newsbot';
/** Well under SQLite's limit of bound parameters per statement (two per row). */
const ROWS_PER_STATEMENT = 400;

/**
 * The embedded default: one SQLite file. WAL and a busy timeout let several processes share the
 * file (PLATFORM-NOTES); synchronous=NORMAL keeps per-article writes cheap without risking
 * corruption (a power cut may lose the last transactions, which the next poll fetches again).
 */
export async function openSqliteStore(file: string): Promise<KeyValueStore> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, table: TABLE, busyTimeout: 5000 });
  await adapter.query('PRAGMA journal_mode=WAL');
  await adapter.query('PRAGMA synchronous=NORMAL');
  const keyv = new Keyv({ store: adapter, namespace: undefined, useKeyPrefix: false, throwOnErrors: true });
  // An in-memory database is private to its connection: only a file gets the second, reading one.
  const reader = file === ':memory:' ? null : await openSqliteReader(file, TABLE);
  return createKeyvKeyValueStore(keyv, {
    ...(reader ? { readMany: reader.readMany } : {}),
    insertIfAbsent: async (key, serialized) => {
      const rows: unknown[] = await adapter.query(
        `INSERT INTO ${TABLE} (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING RETURNING key`,
        key,
        serialized,
      );
      return rows.length === 1;
    },
    readRaw: async (key) =>
      ((await adapter.query(`SELECT value FROM ${TABLE} WHERE key = ?`, key)) as { value: string }[])[0]
        ?.value,
    compareAndSet: async (key, expected, next) => {
      const rows: unknown[] =
        expected === undefined
          ? await adapter.query(
              `INSERT INTO ${TABLE} (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING RETURNING key`,
              key,
              next,
            )
          : await adapter.query(
              `UPDATE ${TABLE} SET value = ? WHERE key = ? AND value = ? RETURNING key`,
              next,
              key,
              expected,
            );
      return rows.length === 1;
    },
    keysWithPrefix: (prefix) =>
      selectKeys(
        (from, to) =>
          adapter.query(`SELECT key FROM ${TABLE} WHERE key >= ? AND key < ? ORDER BY key`, from, to),
        prefix,
      ),
    upsertMany: async (entries) => {
      for (let start = 0; start < entries.length; start += ROWS_PER_STATEMENT) {
        const rows = entries.slice(start, start + ROWS_PER_STATEMENT);
        await adapter.query(
          `INSERT INTO ${TABLE} (key, value) VALUES ${rows.map(() => '(?, ?)').join(', ')} ` +
            'ON CONFLICT(key) DO UPDATE SET value = excluded.value',
          ...rows.flat(),
        );
      }
    },
    close: async () => {
      await reader?.close();
      await keyv.disconnect();
    },
  });
}

/** Lists keys in the half-open range [prefix, prefix with its last character incremented). */
export async function* selectKeys(
  query: (from: string, to: string) => Promise<{ key: string }[]>,
  prefix: string,
): AsyncIterable<string> {
  const upper = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  for (const row of await query(prefix, upper)) yield row.key;
}
