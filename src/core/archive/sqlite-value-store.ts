import type Database from 'better-sqlite3';
import type { KeyValueStore } from '../store/key-value-store.js';
import { inOrderOfKeys } from './in-order-of-keys.js';
import { afterPrefix, listed } from './key-range.js';
import { atomically } from './sqlite-atomic.js';

/** Up to this many keys are read one primary-key look-up each (2-3x cheaper than json_each for 1-3 keys). */
const FEW_KEYS = 4;

/**
 * Records kept by key in the archive file (`archive_values`): plain JSON, statements prepared once,
 * and inside the open archive transaction when there is one, so a story's update commits with its
 * article. `close` is the archive's.
 */
export function createSqliteValueStore(db: Database.Database): KeyValueStore {
  const get = db
    .prepare<[string, string], string>('SELECT value FROM archive_values WHERE namespace = ? AND key = ?')
    .pluck();
  const getMany = db.prepare<[string, string], { key: string; value: string }>(
    `SELECT key, value FROM archive_values
     WHERE namespace = ? AND key IN (SELECT value FROM json_each(?))`,
  );
  const set = db.prepare(
    `INSERT INTO archive_values (namespace, key, value) VALUES (?, ?, ?)
     ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value`,
  );
  const insert = db.prepare(
    'INSERT INTO archive_values (namespace, key, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const remove = db.prepare('DELETE FROM archive_values WHERE namespace = ? AND key = ?');
  const keys = db
    .prepare<[string, string, string], string>(
      'SELECT key FROM archive_values WHERE namespace = ? AND key >= ? AND key < ? ORDER BY key',
    )
    .pluck();
  const parse = <T>(raw: string | undefined) => (raw === undefined ? undefined : (JSON.parse(raw) as T));
  // Read, change and write under the write lock: inside an open transaction as plain statements
  // (a savepoint per call copied pages into a sub-journal, see atomically). The value returned is
  // what a read would give back: the JSON round trip of what was written.
  const readChangeWrite = atomically(
    db,
    (namespace: string, key: string, change: (current: unknown) => unknown): unknown => {
      const current = parse(get.get(namespace, key));
      const next = change(current);
      if (next === undefined) return current;
      const json = JSON.stringify(next);
      set.run(namespace, key, json);
      return JSON.parse(json);
    },
  );
  return {
    get: async <T>(namespace: string, key: string) => parse<T>(get.get(namespace, key)),
    getMany: async <T>(namespace: string, wanted: readonly string[]) => {
      if (wanted.length === 0) return [];
      // A few keys (the merged pointers the assigner follows for each article, a story or two it
      // joins) cost less as look-ups of the primary key than as one `IN (json_each)` statement.
      if (wanted.length <= FEW_KEYS) return wanted.map((key) => parse<T>(get.get(namespace, key)));
      const rows = getMany.all(namespace, JSON.stringify(wanted));
      return inOrderOfKeys<T>(wanted, rows);
    },
    set: async (namespace, key, value) => {
      set.run(namespace, key, JSON.stringify(value));
    },
    delete: async (namespace, key) => remove.run(namespace, key).changes > 0,
    setIfAbsent: async (namespace, key, value) =>
      insert.run(namespace, key, JSON.stringify(value)).changes > 0,
    update: async <T>(namespace: string, key: string, change: (current: T | undefined) => T | undefined) =>
      readChangeWrite(namespace, key, change as (current: unknown) => unknown) as T | undefined,
    keys: (namespace, prefix = '') => listed(keys.all(namespace, prefix, afterPrefix(prefix))),
    close: async () => {},
  };
}
