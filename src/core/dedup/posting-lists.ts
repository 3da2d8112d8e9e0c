import type { KeyValueStore } from '../store/key-value-store.js';

/** One bucket entry: article id and its publication time in epoch minutes (small JSON). */
export type Posting = [id: string, minute: number];

/** What to file: `id`, published at `time` (epoch ms), under each of `keys`. */
export interface PostingEntry {
  keys: readonly string[];
  id: string;
  time: number;
}

/**
 * Keys per read when filing: @keyv/sqlite matches returned rows to keys by a linear search, so one
 * read of tens of thousands of keys would cost their product.
 */
const READ_CHUNK = 500;

const toMinute = (ms: number) => Math.floor(ms / 60_000);

/** Buckets key -> recent ids, kept in one kv namespace: the index that makes checks O(bucket), not O(archive). */
export interface PostingLists {
  /** Ids found under any of `keys` with entries within `windowMs` of `time`, and how many keys each was under. */
  lookup(keys: readonly string[], time: number, windowMs: number): Promise<Map<string, number>>;
  /** Adds `id` under each key, dropping entries too old to match anything new and the oldest beyond `cap`. */
  append(keys: readonly string[], id: string, time: number, windowMs: number): Promise<void>;
}

/** Posting lists in `namespace` behind the PostingLists interface (also used by src/core/stories). */
export function createPostingLists(kv: KeyValueStore, namespace: string, cap: number): PostingLists {
  return {
    lookup: async (keys, time, windowMs) =>
      idsWithin(await kv.getMany<Posting[]>(namespace, keys), time, windowMs),
    append: (keys, id, time, windowMs) =>
      appendPostings(kv, namespace, [{ keys, id, time }], { cap, windowMs }),
  };
}

/** Ids in `lists` filed within `windowMs` of `time`, and how many of the lists each was in. */
export function idsWithin(
  lists: readonly (Posting[] | undefined)[],
  time: number,
  windowMs: number,
): Map<string, number> {
  const from = toMinute(time - windowMs);
  const to = toMinute(time + windowMs);
  const hits = new Map<string, number>();
  for (const list of lists) {
    for (const [id, minute] of list ?? []) {
      if (minute >= from && minute <= to) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
  }
  return hits;
}

/**
 * Files every entry under its keys in `namespace`: each bucket touched is read once and written
 * once, all writes in one turn of the event loop (the SQLite store turns them into a few multi-row
 * upserts). Drops entries too old to match anything new and the oldest beyond `cap`.
 */
export async function appendPostings(
  kv: KeyValueStore,
  namespace: string,
  entries: readonly PostingEntry[],
  settings: { cap: number; windowMs: number },
): Promise<void> {
  const added = new Map<string, Posting[]>();
  for (const { keys, id, time } of entries) {
    for (const key of new Set(keys)) {
      const list = added.get(key) ?? [];
      list.push([id, toMinute(time)]);
      added.set(key, list);
    }
  }
  const keys = [...added.keys()];
  const lists = await getManyChunked<Posting[]>(kv, namespace, keys);
  // Items can arrive late, so keep twice the window before forgetting an entry.
  const newest = Math.max(...entries.map((entry) => entry.time));
  const oldest = toMinute(newest - 2 * settings.windowMs);
  await Promise.all(
    keys.map((key, index) => {
      const fresh = added.get(key) ?? [];
      const ids = new Set(fresh.map(([id]) => id));
      const kept = (lists[index] ?? []).filter(([id, minute]) => minute >= oldest && !ids.has(id));
      const merged = [...kept, ...fresh].sort((a, b) => a[1] - b[1]);
      return kv.set(namespace, key, merged.slice(-settings.cap));
    }),
  );
}

/** `kv.getMany` of many keys, issued as concurrent reads of READ_CHUNK keys. */
export async function getManyChunked<T>(kv: KeyValueStore, namespace: string, keys: readonly string[]) {
  const reads: Promise<(T | undefined)[]>[] = [];
  for (let start = 0; start < keys.length; start += READ_CHUNK) {
    reads.push(kv.getMany<T>(namespace, keys.slice(start, start + READ_CHUNK)));
  }
  return (await Promise.all(reads)).flat();
}
