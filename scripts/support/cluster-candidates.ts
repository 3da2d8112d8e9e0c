import { createMemoryKeyValueStore, type KeyValueStore } from '../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../src/core/stories/create-story-assigner.js';
import { type PairwiseScores, pairwiseScores } from '../../src/core/stories/pairwise-scores.js';
import type { StoryOptions } from '../../src/core/stories/story-options.js';
import { settleInBatches } from '../../src/core/stories/story-settling.js';
import { createStoryStore } from '../../src/core/stories/story-store.js';
import { ARRIVAL_ORDERS, type ArrivalOrder } from './arrival-orders.js';
import type { CandidateSet } from './story-candidates.js';

/**
 * Runs the production story assigner (in-memory kv, the same code as on SQLite) over all of a
 * corpus's cached candidates in the order `arrange` gives them (by default as `newsbot ingest
 * feeds/*.xml` does: feed files by name, each feed's items by publication date). Returns each article's story as stored at the end
 * (a story merged into another lists its articles there) and the store, whose document
 * frequencies error analysis reads.
 */
export async function storiesOf(
  set: CandidateSet,
  options: Partial<StoryOptions>,
  arrange: ArrivalOrder = ARRIVAL_ORDERS['feed by feed'],
): Promise<{ storyOf: Map<string, string>; kv: KeyValueStore }> {
  const candidates = arrange(set.candidates);
  const kv = createMemoryKeyValueStore();
  const assigner = createStoryAssigner(kv, options);
  for (const candidate of candidates) await assigner.assign(candidate);
  // As `newsbot ingest` ends: the stories settle (see `StoryAssigner.settle`).
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  await settleInBatches((limit) => assigner.settle(async (id) => byId.get(id), limit));
  const storyOf = new Map<string, string>();
  for (const story of await createStoryStore(kv).all())
    for (const id of story.articleIds) storyOf.set(id, story.id);
  return { storyOf, kv };
}

/**
 * Clusters every article (see `storiesOf`), then scores pairwise against the labels the articles
 * whose gold label `keep` accepts (copies take their original's story), so a half is scored at the
 * corpus's real density of similar events. Recall counts the kept labels' pairs; precision counts
 * the predicted pairs of kept articles and half of those joining a kept article to another, so a
 * false merge of two twin events, one in each half, counts against each half by half, as it counts
 * once on the whole corpus. With every label kept this is plain pairwise scoring.
 */
export async function clusterCandidates(
  set: CandidateSet,
  options: Partial<StoryOptions>,
  keep: (label: string) => boolean = () => true,
  arrange: ArrivalOrder = ARRIVAL_ORDERS['feed by feed'],
): Promise<PairwiseScores & { stories: number }> {
  const { storyOf } = await storiesOf(set, options, arrange);
  const scored = set.gold.map((item) => ({
    label: item.label,
    kept: keep(item.label),
    cluster: storyOf.get(item.original) ?? `unassigned:${item.original}`,
  }));
  const kept = pairwiseScores(scored.filter((item) => item.kept));
  const predictedPairs = (items: readonly { cluster: string }[]) => pairsBy(items, (item) => item.cluster);
  const truePairs = pairsBy(
    scored.filter((item) => item.kept),
    (item) => `${item.cluster}\u0000${item.label}`,
  );
  // A pair across the halves is half this half's: the halves' shares add up to the whole corpus.
  const inside = predictedPairs(scored.filter((item) => item.kept));
  const across = predictedPairs(scored) - inside - predictedPairs(scored.filter((item) => !item.kept));
  const predicted = inside + across / 2;
  const precision = predicted === 0 ? 1 : truePairs / predicted;
  const f1 = (2 * precision * kept.recall) / (precision + kept.recall || 1);
  return { precision, recall: kept.recall, f1, stories: new Set(storyOf.values()).size };
}

/** Pairs of items that share a key. */
function pairsBy<T>(items: readonly T[], key: (item: T) => string): number {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
}
