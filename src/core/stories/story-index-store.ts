import type { Posting } from '../dedup/posting-lists.js';
import type { KeyValueStore } from '../store/key-value-store.js';

/** Key-value namespaces of the fallback (and of stores written before the archive's tables). */
export const FREQUENCIES_NAMESPACE = 'stories-df';
export const KEY_INDEX_NAMESPACE = 'stories-keys';

/** One bucket of the candidate index as filing a story changes it. */
export interface BucketChange {
  key: string;
  /** The bucket as read in this transaction (empty when the key had none). */
  before: readonly Posting[];
  /** The bucket after filing: `before` pruned and capped, with the story's entry (see `filedBucket`). */
  after: readonly Posting[];
}

/**
 * The assigner's counted records, kept where they cost least: document frequencies (how many
 * articles carried each term) and the candidate index (key -> stories filed under it, oldest
 * first). The archive keeps them as rows (a counter per term, a row per story and key:
 * sqlite-story-index.ts, postgres-story-index.ts), so counting an article is one statement and
 * filing a story writes only the entries that change; any other store keeps them as key-value
 * records (`createKeyValueStoryIndex`).
 */
export interface StoryIndexStore {
  /** How many counted articles carried each term; undefined for a term never counted. */
  termCounts(terms: readonly string[]): Promise<(number | undefined)[]>;
  /**
   * Counts one more article for each of `terms` (distinct). `after` is each count once added (as
   * read in this transaction plus one): what a key-value store writes and the cache remembers.
   */
  countTerms(terms: readonly string[], after: readonly number[]): Promise<void>;
  /** Each key's bucket in filing order (publication minute, then filing order); undefined when empty. */
  buckets(keys: readonly string[]): Promise<(Posting[] | undefined)[]>;
  /** Files story `id` under each change's key: the bucket becomes its `after` (distinct keys). */
  fileStory(id: string, changes: readonly BucketChange[]): Promise<void>;
}

/** The same records as key-value records: one count per term, one JSON bucket per key. */
export function createKeyValueStoryIndex(kv: KeyValueStore): StoryIndexStore {
  return {
    termCounts: (terms) => kv.getMany<number>(FREQUENCIES_NAMESPACE, terms),
    countTerms: async (terms, after) => {
      await Promise.all(terms.map((term, i) => kv.set(FREQUENCIES_NAMESPACE, term, after[i])));
    },
    buckets: (keys) => kv.getMany<Posting[]>(KEY_INDEX_NAMESPACE, keys),
    fileStory: async (_id, changes) => {
      await Promise.all(changes.map((change) => kv.set(KEY_INDEX_NAMESPACE, change.key, change.after)));
    },
  };
}

/**
 * A bucket once story `id` is filed in it at `minute`: entries older than `oldestMinute` dropped,
 * the story's earlier entry replaced, ordered by minute (ties keep their filing order, the new
 * entry last) and only the newest `cap` kept.
 */
export function filedBucket(
  before: readonly Posting[],
  id: string,
  minute: number,
  oldestMinute: number,
  cap: number,
): Posting[] {
  const kept = before.filter(([other, at]) => at >= oldestMinute && other !== id);
  const merged = [...kept, [id, minute] as Posting].sort((a, b) => a[1] - b[1]);
  return merged.slice(-cap);
}

/**
 * The rows a change removes (entries of `before` no longer in `after`, and the story's own earlier
 * entry, re-filed with a new filing order) and the story's entry to add, if it made the cap.
 */
export function rowChanges(id: string, changes: readonly BucketChange[]) {
  const removed: [key: string, id: string][] = [];
  const added: [key: string, id: string, minute: number][] = [];
  for (const { key, before, after } of changes) {
    const remaining = new Set(after.map(([other]) => other));
    for (const [other] of before) if (other === id || !remaining.has(other)) removed.push([key, other]);
    const entry = after.find(([other]) => other === id);
    if (entry) added.push([key, id, entry[1]]);
  }
  return { removed, added };
}
