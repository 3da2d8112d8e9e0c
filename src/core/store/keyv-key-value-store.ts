import type Keyv from 'keyv';
import type { KeyValueStore } from './key-value-store.js';
import { updateWithRetry } from './update-with-retry.js';
import { createWriteBatcher } from './write-batcher.js';

/**
 * What keyv's API lacks and each backend has natively: an atomic insert-if-absent and a way to list
 * a namespace's keys without keyv's paging iterator (which is slow and skips entries under TTLs).
 */
export interface BackendExtras {
  /** Inserts `serialized` under `key` unless present; true when it inserted. Atomic in the backend. */
  insertIfAbsent(key: string, serialized: string): Promise<boolean>;
  /** The raw (serialized) value under `key`, read from the backend now, or undefined. */
  readRaw(key: string): Promise<string | undefined>;
  /**
   * Writes `next` under `key` only if its raw value is still `expected` (undefined: absent);
   * true when it wrote. One atomic statement or script in the backend.
   */
  compareAndSet(key: string, expected: string | undefined, next: string): Promise<boolean>;
  /** Every key starting with `prefix`, in any order. */
  keysWithPrefix(prefix: string): AsyncIterable<string>;
  /** Releases the connection (keyv's disconnect, or the client's own). */
  close(): Promise<void>;
  /** Writes many serialized values in one statement; when present, `set` calls are batched. */
  upsertMany?(entries: [string, string][]): Promise<void>;
  /** Reads raw values by key faster than keyv does; when present, `get` and `getMany` use it. */
  readMany?(keys: readonly string[]): Promise<Map<string, string>>;
}

/**
 * Keys are stored as `namespace:key` so all backends share one table or keyspace; `keyPrefix`
 * goes before them when several bots (or test runs) share one keyspace, as a Redis database.
 */
export interface KeyvStoreOptions {
  keyPrefix?: string;
}

/**
 * The production KeyValueStore: keyv for reads and writes (its serializer and adapters), plus the
 * backend's own atomic insert and key listing. `keyv` must be built with `useKeyPrefix: false`
 * and `throwOnErrors: true` (keyv swallows errors by default).
 */
export function createKeyvKeyValueStore(
  keyv: Keyv,
  extras: BackendExtras,
  options: KeyvStoreOptions = {},
): KeyValueStore {
  const keyPrefix = options.keyPrefix ?? '';
  const fullKey = (namespace: string, key: string) => `${keyPrefix}${namespace}:${key}`;
  const serialize = async (value: unknown) => {
    if (!keyv.serialize) throw new Error('keyv store has no serializer: cannot write raw values');
    return keyv.serialize({ value, expires: undefined });
  };
  const batcher = extras.upsertMany ? createWriteBatcher(extras.upsertMany) : null;
  const readMany = extras.readMany ? rawReader(keyv, extras.readMany) : null;
  // Writes still being serialized have not reached the batcher yet: they are waited for too.
  const serializing = new Set<Promise<unknown>>();
  // A read waits for queued writes of the keys it reads (all of them when `keys` is absent: key
  // listings), so a reader always sees what was written before it, and never waits for others.
  const settled = async (keys?: readonly string[]) => {
    if (serializing.size > 0) await Promise.allSettled([...serializing]);
    if (!batcher) return;
    if (keys === undefined || keys.some((key) => batcher.isPending(key))) await batcher.flush();
  };
  return {
    get: async <T>(namespace: string, key: string) => {
      await settled([fullKey(namespace, key)]);
      if (readMany) return (await readMany<T>([fullKey(namespace, key)]))[0];
      return (await keyv.get<T>(fullKey(namespace, key))) ?? undefined;
    },
    getMany: async <T>(namespace: string, keys: readonly string[]) => {
      if (keys.length === 0) return [];
      const full = keys.map((key) => fullKey(namespace, key));
      await settled(full);
      if (readMany) return readMany<T>(full);
      const values = await keyv.get<T>(full);
      return values.map((value) => value ?? undefined);
    },
    set: async (namespace, key, value) => {
      if (batcher) {
        const serialized = serialize(value);
        serializing.add(serialized);
        try {
          const text = await serialized;
          return batcher.set(fullKey(namespace, key), text);
        } finally {
          serializing.delete(serialized);
        }
      }
      await keyv.set(fullKey(namespace, key), value);
    },
    delete: async (namespace, key) => {
      await settled([fullKey(namespace, key)]);
      return keyv.delete(fullKey(namespace, key));
    },
    setIfAbsent: async (namespace, key, value) => {
      await settled([fullKey(namespace, key)]);
      return extras.insertIfAbsent(fullKey(namespace, key), await serialize(value));
    },
    update: async <T>(namespace: string, key: string, change: (current: T | undefined) => T | undefined) => {
      const full = fullKey(namespace, key);
      await settled([full]);
      return updateWithRetry(
        full,
        {
          readRaw: () => extras.readRaw(full),
          compareAndSet: (expected, next) => extras.compareAndSet(full, expected, next),
          parse: (raw) => deserialize(keyv, raw),
          serialize,
        },
        change,
      );
    },
    keys: (namespace, prefix = '') =>
      stripPrefix(
        settledKeys(settled, extras, fullKey(namespace, prefix)),
        keyPrefix.length + namespace.length + 1,
      ),
    close: async () => {
      await settled();
      await extras.close();
    },
  };
}

async function deserialize<T>(keyv: Keyv, raw: string): Promise<T | undefined> {
  if (!keyv.deserialize) throw new Error('keyv store has no deserializer: cannot read raw values');
  return (await keyv.deserialize<T>(raw))?.value;
}

async function* settledKeys(settled: () => Promise<void>, extras: BackendExtras, prefix: string) {
  await settled();
  yield* extras.keysWithPrefix(prefix);
}

async function* stripPrefix(keys: AsyncIterable<string>, length: number): AsyncIterable<string> {
  for await (const key of keys) yield key.slice(length);
}

/** Reads raw rows and deserializes them as keyv would (values are stored as `{value, expires}`). */
function rawReader(keyv: Keyv, read: NonNullable<BackendExtras['readMany']>) {
  return async <T>(keys: readonly string[]): Promise<(T | undefined)[]> => {
    const deserialize = keyv.deserialize;
    if (!deserialize) throw new Error('keyv store has no deserializer: cannot read raw values');
    const rows = await read(keys);
    return Promise.all(
      keys.map(async (key) => {
        const raw = rows.get(key);
        return raw === undefined ? undefined : (await deserialize<T>(raw))?.value;
      }),
    );
  };
}
