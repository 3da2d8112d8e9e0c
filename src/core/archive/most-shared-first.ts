/**
 * The ids of bucket rows (`[article id, minute]`, one per shared bucket) other than `self`, most
 * shared buckets first, then the newest, then by id; at most `limit`. The order SQL's
 * `GROUP BY article_id ORDER BY count(*) DESC, max(minute) DESC` gave, with ties settled.
 */
export function mostSharedFirst(
  rows: readonly (readonly [string, number])[],
  self: string,
  limit: number,
): string[] {
  const tally = new Map<string, { shared: number; newest: number }>();
  for (const [id, minute] of rows) {
    if (id === self) continue;
    const seen = tally.get(id);
    if (!seen) tally.set(id, { shared: 1, newest: minute });
    else {
      seen.shared += 1;
      if (minute > seen.newest) seen.newest = minute;
    }
  }
  return [...tally]
    .sort(([a, x], [b, y]) => y.shared - x.shared || y.newest - x.newest || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([id]) => id);
}
