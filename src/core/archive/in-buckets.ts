import type { Posting } from '../dedup/posting-lists.js';

/**
 * Most story ids `inBuckets` shares at once. A story is filed under ~30 keys, so without sharing
 * every entry read is a new copy of its id, and the story assigner's cache keeps the buckets:
 * those copies were a sixth of what a round of `bench:stories` left alive (0002, amendment "stop
 * 33"). Past the bound the table starts afresh.
 */
const SHARED_IDS = 20_000;
const sharedIds = new Map<string, string>();

function sharedId(id: string): string {
  const shared = sharedIds.get(id);
  if (shared !== undefined) return shared;
  if (sharedIds.size >= SHARED_IDS) sharedIds.clear();
  sharedIds.set(id, id);
  return id;
}

/**
 * The candidate index's rows (ordered by key, then filing order) as one bucket per key asked
 * for, in the order asked; undefined for a key without rows.
 */
export function inBuckets(
  keys: readonly string[],
  rows: readonly { key: string; story_id: string; minute: number | string }[],
): (Posting[] | undefined)[] {
  const byKey = new Map<string, Posting[]>();
  for (const row of rows) {
    let bucket = byKey.get(row.key);
    if (!bucket) {
      bucket = [];
      byKey.set(row.key, bucket);
    }
    bucket.push([sharedId(row.story_id), Number(row.minute)]);
  }
  return keys.map((key) => byKey.get(key));
}
