import type { StoryOptions } from './story-options.js';

/**
 * Whether the best candidate story takes a report that scores under `threshold` against it: when
 * it reaches `marginThreshold` and is at least `marginRatio` times the next candidate's score. A
 * short or oddly worded report of an event scores low against every story, its own included; far
 * ahead of every other candidate, it is still that story's. Where a similar event competes (two
 * earthquakes of one region in one week), the margin is small and it stays apart. A lone candidate
 * never qualifies: without a competitor there is no margin to judge by (arriving by date, a
 * topic's second event would join the first one's story before its own existed). `scores` are the
 * candidates' scores, best first.
 */
export function clearlyBest(
  scores: readonly number[],
  { marginThreshold, marginRatio }: Pick<StoryOptions, 'marginThreshold' | 'marginRatio'>,
): boolean {
  const [best, next] = scores;
  return (
    marginThreshold > 0 &&
    best !== undefined &&
    next !== undefined &&
    best >= marginThreshold &&
    best >= marginRatio * next
  );
}
