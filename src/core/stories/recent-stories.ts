import type { KeyValueStore } from '../store/key-value-store.js';

const NAMESPACE = 'stories-recent';
const KEY = 'list';
/** Enough for "the most covered story of the last week" on a busy beat, small enough to read at once. */
export const RECENT_STORIES_CAP = 500;

/**
 * An entry as stored: the story's id and its lastSeen in epoch milliseconds. As `{ id, lastSeen }`
 * objects with ISO dates (still read) the list took 62 bytes an entry, 31 KB in all, rewritten on
 * every article: the largest value a round wrote in `bench:stories`.
 */
type RecentEntry = [id: string, lastSeen: number];
type EarlierEntry = { id: string; lastSeen: string };

/** The stored list in the current form (a list is always written whole, in one form). */
function currentForm(list: readonly (RecentEntry | EarlierEntry)[]): RecentEntry[] {
  if (list.every(Array.isArray)) return list as RecentEntry[];
  return (list as EarlierEntry[]).map((entry) => [entry.id, Date.parse(entry.lastSeen)]);
}

/**
 * The most recently active stories, newest first, kept as one small record so that `/positions`
 * without a story need not read every story. It is a hint, not a ledger: two processes updating
 * it at once may drop an entry, which only means that story is looked up a little less eagerly.
 */
export function createRecentStories(kv: KeyValueStore) {
  const read = async () => {
    const list = await kv.get<(RecentEntry | EarlierEntry)[]>(NAMESPACE, KEY);
    return list ? currentForm(list) : null;
  };
  return {
    /** Records that a story gained an article (its lastSeen may have moved), and forgets stories merged into it. */
    touch: async (id: string, lastSeen: string, absorbed: readonly string[] = []): Promise<void> => {
      const list = (await read()) ?? [];
      const gone = new Set([id, ...absorbed]);
      const updated = list.filter(([entry]) => !gone.has(entry));
      const time = Date.parse(lastSeen);
      updated.splice(newerThan(updated, time), 0, [id, time]);
      await kv.set(NAMESPACE, KEY, updated.slice(0, RECENT_STORIES_CAP));
    },
    /** Ids of the most recently active stories, newest first; null before any was recorded. */
    ids: async (limit: number): Promise<string[] | null> => {
      const list = await read();
      return list ? list.slice(0, limit).map(([id]) => id) : null;
    },
  };
}

/**
 * How many entries of `list` (newest first, as every touch leaves it) were seen after `time`:
 * where the touched story goes, before those seen at the same time, as a stable sort of the list
 * with it in front would put it. A binary search: sorting the 500 entries again on every article
 * cost three times as much.
 */
function newerThan(list: readonly RecentEntry[], time: number): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as RecentEntry)[1] > time) low = middle + 1;
    else high = middle;
  }
  return low;
}
