import type { KeyValueStore } from '../store/key-value-store.js';

/** One bucket entry: article id and its publication time in epoch minutes (small JSON). */
type Posting = [id: string, minute: number];

/** Buckets key -> recent ids, kept in one kv namespace: the index that makes checks O(bucket), not O(archive). */
export interface PostingLists {
  /** Ids found under any of `keys` with entries within `windowMs` of `time`, and how many keys each was under. */
  lookup(keys: readonly string[], time: number, windowMs: number): Promise<Map<string, number>>;
  /** Adds `id` under each key, dropping entries too old to match anything new and the oldest beyond `cap`. */
  append(keys: readonly string[], id: string, time: number, windowMs: number): Promise<void>;
}

const toMinute = (ms: number) => Math.floor(ms / 60_000);

export function createPostingLists(kv: KeyValueStore, namespace: string, cap: number): PostingLists {
  return {
    lookup: async (keys, time, windowMs) => {
      const lists = await kv.getMany<Posting[]>(namespace, keys);
      const from = toMinute(time - windowMs);
      const to = toMinute(time + windowMs);
      const hits = new Map<string, number>();
      for (const list of lists) {
        for (const [id, minute] of list ?? []) {
          if (minute >= from && minute <= to) hits.set(id, (hits.get(id) ?? 0) + 1);
        }
      }
      return hits;
    },
    append: async (keys, id, time, windowMs) => {
      const unique = [...new Set(keys)];
      const lists = await kv.getMany<Posting[]>(namespace, unique);
      // Items can arrive late, so keep twice the window before forgetting an entry.
      const oldest = toMinute(time - 2 * windowMs);
      await Promise.all(
        unique.map((key, index) => {
          const kept = (lists[index] ?? []).filter(([other, minute]) => minute >= oldest && other !== id);
          kept.push([id, toMinute(time)]);
          kept.sort((a, b) => a[1] - b[1]);
          return kv.set(namespace, key, kept.slice(-cap));
        }),
      );
    },
  };
}
