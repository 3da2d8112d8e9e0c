/**
 * The storage port every store in core/ is built on: namespaced keys holding JSON values.
 * Backed by keyv (SQLite by default, Postgres or Redis when processes share state) in production
 * and by `createMemoryKeyValueStore` in unit tests. keyv has no queries, so stores keep the
 * indexes they need as keys of their own.
 */
export interface KeyValueStore {
  get<T>(namespace: string, key: string): Promise<T | undefined>;
  /** Values in the order of `keys`; missing keys give undefined. */
  getMany<T>(namespace: string, keys: readonly string[]): Promise<(T | undefined)[]>;
  set<T>(namespace: string, key: string, value: T): Promise<void>;
  delete(namespace: string, key: string): Promise<boolean>;
  /**
   * Stores `value` only when `key` is absent and says whether it did. Atomic across processes
   * where the backend has such an operation (SQL INSERT ... ON CONFLICT DO NOTHING, Redis SET NX):
   * use it for leases, digest slots and anything two processes could race for.
   */
  setIfAbsent<T>(namespace: string, key: string, value: T): Promise<boolean>;
  /**
   * Replaces the value under `key` by `change(current)` so that no concurrent write is lost:
   * compare-and-set with retry (another writer changed the value between the read and the write:
   * read again and apply `change` again), atomic across processes on every backend. `change` must
   * be pure; returning undefined leaves the value as it is. Resolves to the value then stored.
   * For records two processes (or two admins) may edit at once: settings, subscriptions, feed state.
   */
  update<T>(
    namespace: string,
    key: string,
    change: (current: T | undefined) => T | undefined,
  ): Promise<T | undefined>;
  /**
   * Every key of a namespace, or only those starting with `prefix` (an index read by range, as
   * `articles-by-story` keys `storyId:articleId`). Stores without TTLs only (see PLATFORM-NOTES).
   */
  keys(namespace: string, prefix?: string): AsyncIterable<string>;
  close(): Promise<void>;
}

/** A plain in-memory implementation of the port, for unit tests and benchmarks' baselines. */
export function createMemoryKeyValueStore(): KeyValueStore {
  const spaces = new Map<string, Map<string, string>>();
  const space = (namespace: string) => {
    let found = spaces.get(namespace);
    if (!found) {
      found = new Map();
      spaces.set(namespace, found);
    }
    return found;
  };
  // Values are copied through JSON so callers cannot mutate what is stored, as with a real backend.
  const read = <T>(raw: string | undefined): T | undefined =>
    raw === undefined ? undefined : (JSON.parse(raw) as T);
  return {
    get: async (namespace, key) => read(space(namespace).get(key)),
    getMany: async (namespace, keys) => keys.map((key) => read(space(namespace).get(key))),
    set: async (namespace, key, value) => {
      space(namespace).set(key, JSON.stringify(value));
    },
    delete: async (namespace, key) => space(namespace).delete(key),
    setIfAbsent: async (namespace, key, value) => {
      const map = space(namespace);
      if (map.has(key)) return false;
      map.set(key, JSON.stringify(value));
      return true;
    },
    update: async <T>(namespace: string, key: string, change: (current: T | undefined) => T | undefined) => {
      const map = space(namespace);
      const next = change(read<T>(map.get(key)));
      if (next === undefined) return read<T>(map.get(key));
      map.set(key, JSON.stringify(next));
      return read<T>(map.get(key));
    },
    keys: (namespace, prefix = '') =>
      iterate([...space(namespace).keys()].filter((key) => key.startsWith(prefix))),
    close: async () => {},
  };
}

async function* iterate(keys: string[]): AsyncIterable<string> {
  yield* keys;
}
