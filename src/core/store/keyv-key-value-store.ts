import type Keyv from 'keyv';
import type { KeyValueStore } from './key-value-store.js';

/**
 * What keyv's API lacks and each backend has natively: an atomic insert-if-absent and a way to list
 * a namespace's keys without keyv's paging iterator (which is slow and skips entries under TTLs).
 */
export interface BackendExtras {
  /** Inserts `serialized` under `key` unless present; true when it inserted. Atomic in the backend. */
  insertIfAbsent(key: string, serialized: string): Promise<boolean>;
  /** Every key starting with `prefix`, in any order. */
  keysWithPrefix(prefix: string): AsyncIterable<string>;
  /** Releases the connection (keyv's disconnect, or the client's own). */
  close(): Promise<void>;
}

/** Keys are stored as `namespace:key` so all backends share one table or keyspace. */
const fullKey = (namespace: string, key: string) => `${namespace}:${key}`;

/**
 * The production KeyValueStore: keyv for reads and writes (its serializer and adapters), plus the
 * backend's own atomic insert and key listing. `keyv` must be built with `useKeyPrefix: false`
 * and `throwOnErrors: true` (keyv swallows errors by default).
 */
export function createKeyvKeyValueStore(keyv: Keyv, extras: BackendExtras): KeyValueStore {
  return {
    get: async <T>(namespace: string, key: string) =>
      (await keyv.get<T>(fullKey(namespace, key))) ?? undefined,
    getMany: async <T>(namespace: string, keys: readonly string[]) => {
      if (keys.length === 0) return [];
      const values = await keyv.get<T>(keys.map((key) => fullKey(namespace, key)));
      return values.map((value) => value ?? undefined);
    },
    set: async (namespace, key, value) => {
      await keyv.set(fullKey(namespace, key), value);
    },
    delete: (namespace, key) => keyv.delete(fullKey(namespace, key)),
    setIfAbsent: async (namespace, key, value) => {
      const serialize = keyv.serialize;
      if (!serialize) throw new Error('keyv store has no serializer: cannot write raw values');
      return extras.insertIfAbsent(fullKey(namespace, key), await serialize({ value, expires: undefined }));
    },
    keys: (namespace) => stripPrefix(extras.keysWithPrefix(`${namespace}:`), namespace.length + 1),
    close: () => extras.close(),
  };
}

async function* stripPrefix(keys: AsyncIterable<string>, length: number): AsyncIterable<string> {
  for await (const key of keys) yield key.slice(length);
}
