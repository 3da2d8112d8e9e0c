import { createMemoryKeyValueStore, type KeyValueStore } from '../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../src/core/stories/create-story-assigner.js';
import { type PairwiseScores, pairwiseScores } from '../../src/core/stories/pairwise-scores.js';
import type { StoryOptions } from '../../src/core/stories/story-options.js';
import { createStoryStore } from '../../src/core/stories/story-store.js';
import type { CandidateSet } from './story-candidates.js';

/**
 * Runs the production story assigner (in-memory kv, the same code as on SQLite) over all of a
 * corpus's cached candidates in the order `newsbot ingest feeds/*.xml` gives them (feed files by
 * name, each feed's items by publication date). Returns each article's story as stored at the end
 * (a story merged into another lists its articles there) and the store, whose document
 * frequencies error analysis reads.
 */
export async function storiesOf(
  set: CandidateSet,
  options: Partial<StoryOptions>,
): Promise<{ storyOf: Map<string, string>; kv: KeyValueStore }> {
  const candidates = [...set.candidates].sort(
    (a, b) => a.feed.localeCompare(b.feed) || a.publishedAt.localeCompare(b.publishedAt),
  );
  const kv = createMemoryKeyValueStore();
  const assigner = createStoryAssigner(kv, options);
  for (const candidate of candidates) await assigner.assign(candidate);
  const storyOf = new Map<string, string>();
  for (const story of await createStoryStore(kv).all())
    for (const id of story.articleIds) storyOf.set(id, story.id);
  return { storyOf, kv };
}

/**
 * Clusters every article (see `storiesOf`), then scores pairwise against the labels only the
 * articles whose gold label `keep` accepts (copies take their original's story), so a half is
 * scored at the corpus's real density of similar events.
 */
export async function clusterCandidates(
  set: CandidateSet,
  options: Partial<StoryOptions>,
  keep: (label: string) => boolean = () => true,
): Promise<PairwiseScores & { stories: number }> {
  const { storyOf } = await storiesOf(set, options);
  const scored = set.gold
    .filter((item) => keep(item.label))
    .map((item) => ({
      label: item.label,
      cluster: storyOf.get(item.original) ?? `unassigned:${item.original}`,
    }));
  return { ...pairwiseScores(scored), stories: new Set(storyOf.values()).size };
}
