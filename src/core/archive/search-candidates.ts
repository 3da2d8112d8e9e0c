/** One search match as the index returns it: enough to order and group without the body. */
export interface SearchCandidate {
  seq: number | string;
  id: string;
  story_id: string | null;
  published_at: string;
}

/**
 * The search index is read once per command: the candidates (at most the count limit) come back
 * with their dates and stories, and are counted, ordered and grouped here. Reading them twice
 * (once for the rows shown, once for the count) cost two full-text evaluations.
 */
export function newestCandidates(candidates: readonly SearchCandidate[], limit: number): SearchCandidate[] {
  return [...candidates]
    .sort((a, b) => b.published_at.localeCompare(a.published_at) || compare(a.id, b.id))
    .slice(0, limit);
}

/** The candidates' stories, most recently published first: at most `limit`, and how many in all. */
export function candidateStories(
  candidates: readonly SearchCandidate[],
  limit: number,
): { ids: string[]; total: number } {
  const latest = new Map<string, string>();
  for (const { story_id: story, published_at: at } of candidates) {
    if (story !== null && at > (latest.get(story) ?? '')) latest.set(story, at);
  }
  const ids = [...latest.entries()]
    .sort((a, b) => b[1].localeCompare(a[1]) || compare(a[0], b[0]))
    .map(([id]) => id);
  return { ids: ids.slice(0, limit), total: ids.length };
}

/** Bytewise, as the tables' ORDER BY compares ids. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
