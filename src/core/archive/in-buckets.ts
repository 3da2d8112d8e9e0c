import type { Posting } from '../dedup/posting-lists.js';

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
    bucket.push([row.story_id, Number(row.minute)]);
  }
  return keys.map((key) => byKey.get(key));
}
