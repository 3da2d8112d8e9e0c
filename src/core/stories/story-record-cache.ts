import { randomUUID } from 'node:crypto';
import type { KeyValueStore } from '../store/key-value-store.js';
import { createRecentlyUsed } from './recently-used.js';
import { FREQUENCIES_NAMESPACE, KEY_INDEX_NAMESPACE, type StoryIndexStore } from './story-index-store.js';

/** Where the token naming the current state of the cached records is kept. */
const GENERATION = { namespace: 'stories-meta', key: 'generation' } as const;
/** Marks a key read and found absent (a new term, a story without a bucket yet). */
const ABSENT = Symbol('absent');

type Entry = unknown | typeof ABSENT;

/** A kv whose reads of some namespaces are served from memory while no one else wrote them. */
export interface StoryRecordCache {
  /** Reads of the cached namespaces come from memory when they can; every write goes through. */
  kv: KeyValueStore;
  /**
   * The same for the counts and the candidate index kept in `index`, cached under the namespaces
   * they have as key-value records (`stories-df`, `stories-keys`).
   */
  index(index: StoryIndexStore): StoryIndexStore;
  /**
   * Wraps each method of `methods` so it first checks that the store still holds the state this
   * process last wrote (else the cache is dropped), and after writing names the new state.
   */
  guarded<M extends Record<string, (...args: never[]) => Promise<unknown>>>(methods: M): M;
}

/**
 * An in-process cache of the story assigner's records (profiles, the candidate index, document
 * frequencies, the recent list), so an article's assignment does not re-read and re-parse the
 * same few thousand records that the previous articles read.
 *
 * It stays correct when processes share the store: every guarded call that wrote records ends by
 * writing a fresh random token (`stories-meta:generation`) beside them, in the same transaction;
 * every guarded call starts by reading the stored token, and if it is not the one this process
 * wrote last, another process (or a rolled-back transaction) changed the records and the whole
 * cache is dropped. Calls that fail drop it too. The check is made inside the archive transaction
 * (the ingest pipeline assigns inside it), so no other process writes between the check and the
 * reads. Any other code writing these namespaces must go through a guarded call of this cache.
 */
export function createStoryRecordCache(
  store: KeyValueStore,
  capacities: Readonly<Record<string, number>>,
  /** What the cache keeps (and reads return) of a namespace's values in place of the values. */
  decoders: Readonly<Record<string, (value: unknown) => unknown>> = {},
): StoryRecordCache {
  const decoded = (namespace: string, value: unknown) => decoders[namespace]?.(value) ?? value;
  const spaces = new Map(
    Object.entries(capacities).map(([namespace, capacity]) => [
      namespace,
      createRecentlyUsed<Entry>(capacity),
    ]),
  );
  /** The token this process wrote last; undefined when the cache cannot be trusted. */
  let ours: string | undefined;
  let wrote = false;
  const clear = () => {
    for (const space of spaces.values()) space.clear();
  };
  /** A write through this cache: the state is no longer the one named by `ours`. */
  const written = (namespace: string, key: string, value?: Entry) => {
    const space = spaces.get(namespace);
    if (!space) return;
    wrote = true;
    ours = undefined;
    if (value === undefined) space.delete(key);
    else space.set(key, value === ABSENT ? value : decoded(namespace, value));
  };
  /** Values of `keys` in `namespace`, from memory when cached, else through `read` (then cached). */
  const cachedRead = async <T>(
    namespace: string,
    keys: readonly string[],
    read: (missing: readonly string[]) => Promise<(T | undefined)[]>,
  ): Promise<(T | undefined)[]> => {
    const space = spaces.get(namespace);
    if (!space) return read(keys);
    const values = keys.map((key): Entry => space.get(key));
    const missing = [...new Set(keys.filter((_, i) => values[i] === undefined))];
    if (missing.length > 0) {
      const fetched = await read(missing);
      const fetchedByKey = new Map<string, Entry>();
      for (const [i, key] of missing.entries()) {
        const raw = fetched[i] ?? ABSENT;
        const value = raw === ABSENT ? raw : decoded(namespace, raw);
        fetchedByKey.set(key, value);
        space.set(key, value);
      }
      for (const [i, key] of keys.entries()) if (values[i] === undefined) values[i] = fetchedByKey.get(key);
    }
    return values.map((value) => (value === ABSENT ? undefined : (value as T | undefined)));
  };
  const getMany = <T>(namespace: string, keys: readonly string[]) =>
    cachedRead<T>(namespace, keys, (missing) => store.getMany<T>(namespace, missing));
  const kv: KeyValueStore = {
    get: async <T>(namespace: string, key: string) => (await getMany<T>(namespace, [key]))[0],
    getMany,
    set: async (namespace, key, value) => {
      written(namespace, key, value);
      await store.set(namespace, key, value);
    },
    delete: async (namespace, key) => {
      written(namespace, key, ABSENT);
      return store.delete(namespace, key);
    },
    // Their outcome depends on what is stored: forgotten, read again when next asked for.
    setIfAbsent: async (namespace, key, value) => {
      written(namespace, key);
      return store.setIfAbsent(namespace, key, value);
    },
    update: async (namespace, key, change) => {
      written(namespace, key);
      return store.update(namespace, key, change);
    },
    keys: (namespace, prefix) => store.keys(namespace, prefix),
    close: () => store.close(),
  };
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    const stored = await store.get<string>(GENERATION.namespace, GENERATION.key);
    if (ours === undefined || stored !== ours) clear();
    ours = stored;
    wrote = false;
    try {
      const result = await work();
      if (wrote) {
        const token = randomUUID();
        await store.set(GENERATION.namespace, GENERATION.key, token);
        ours = token;
      }
      return result;
    } catch (error) {
      ours = undefined;
      throw error;
    }
  };
  const index = (stored: StoryIndexStore): StoryIndexStore => ({
    termCounts: (terms) => cachedRead(FREQUENCIES_NAMESPACE, terms, stored.termCounts),
    countTerms: async (terms, after) => {
      for (const [i, term] of terms.entries()) written(FREQUENCIES_NAMESPACE, term, after[i]);
      await stored.countTerms(terms, after);
    },
    buckets: (keys) => cachedRead(KEY_INDEX_NAMESPACE, keys, stored.buckets),
    fileStory: async (id, changes) => {
      for (const change of changes) written(KEY_INDEX_NAMESPACE, change.key, change.after);
      await stored.fileStory(id, changes);
    },
  });
  return {
    kv,
    index,
    guarded: (methods) =>
      Object.fromEntries(
        Object.entries(methods).map(([name, method]) => [
          name,
          (...args: never[]) => guard(() => method(...args)),
        ]),
      ) as typeof methods,
  };
}
