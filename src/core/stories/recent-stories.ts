import type { KeyValueStore } from '../store/key-value-store.js';

const NAMESPACE = 'stories-recent';
const KEY = 'list';
/** Enough for "the most covered story of the last week" on a busy beat, small enough to read at once. */
export const RECENT_STORIES_CAP = 500;

interface RecentEntry {
  id: string;
  lastSeen: string;
}

/**
 * The most recently active stories, newest first, kept as one small record so that `/positions`
 * without a story need not read every story. It is a hint, not a ledger: two processes updating
 * it at once may drop an entry, which only means that story is looked up a little less eagerly.
 */
export function createRecentStories(kv: KeyValueStore) {
  return {
    /** Records that a story gained an article (its lastSeen may have moved), and forgets stories merged into it. */
    touch: async (id: string, lastSeen: string, absorbed: readonly string[] = []): Promise<void> => {
      const list = (await kv.get<RecentEntry[]>(NAMESPACE, KEY)) ?? [];
      const gone = new Set([id, ...absorbed]);
      const updated = list.filter((entry) => !gone.has(entry.id));
      updated.splice(newerThan(updated, lastSeen), 0, { id, lastSeen });
      await kv.set(NAMESPACE, KEY, updated.slice(0, RECENT_STORIES_CAP));
    },
    /** Ids of the most recently active stories, newest first; null before any was recorded. */
    ids: async (limit: number): Promise<string[] | null> => {
      const list = await kv.get<RecentEntry[]>(NAMESPACE, KEY);
      return list ? list.slice(0, limit).map((entry) => entry.id) : null;
    },
  };
}

/**
 * How many entries of `list` (newest first, as every touch leaves it) were seen after `lastSeen`:
 * where the touched story goes, before those seen at the same time, as a stable sort of the list
 * with it in front would put it. A binary search: sorting the 500 entries again with
 * `localeCompare` on every article cost three times as much (0.053 against 0.018 ms a touch).
 */
function newerThan(list: readonly RecentEntry[], lastSeen: string): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as RecentEntry).lastSeen.localeCompare(lastSeen) > 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
