import { createMemoryKeyValueStore } from '../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../src/core/stories/create-story-assigner.js';
import { type PairwiseScores, pairwiseScores } from '../../src/core/stories/pairwise-scores.js';
import type { StoryOptions } from '../../src/core/stories/story-options.js';
import type { CandidateSet } from './story-candidates.js';

/**
 * Runs the production story assigner (in-memory kv, the same code as on SQLite) over a corpus's
 * cached candidates in the order `newsbot ingest feeds/*.xml` gives them (feed files by name, each
 * feed's items by publication date), restricted to the gold labels `keep` accepts, and
 * scores the stories pairwise against the labels (copies take their original's story).
 */
export async function clusterCandidates(
  set: CandidateSet,
  options: Partial<StoryOptions>,
  keep: (label: string) => boolean = () => true,
): Promise<PairwiseScores & { stories: number }> {
  const gold = set.gold.filter((item) => keep(item.label));
  const wanted = new Set(gold.map((item) => item.original));
  const candidates = set.candidates
    .filter((candidate) => wanted.has(candidate.id))
    .sort((a, b) => a.feed.localeCompare(b.feed) || a.publishedAt.localeCompare(b.publishedAt));
  const assigner = createStoryAssigner(createMemoryKeyValueStore(), options);
  const storyOf = new Map<string, string>();
  for (const candidate of candidates) storyOf.set(candidate.id, (await assigner.assign(candidate)).story.id);
  const scored = gold.map((item) => ({
    label: item.label,
    cluster: storyOf.get(item.original) ?? `unassigned:${item.original}`,
  }));
  return { ...pairwiseScores(scored), stories: new Set(storyOf.values()).size };
}
