/**
 * `npm run eval:story-order`: how much the stories depend on arrival order. Replays each
 * development corpus's cached assigner inputs (see story-candidates.ts; ../shared/corpora,
 * skipped when absent) through the production assigner in three orders (feed by feed as `newsbot
 * ingest feeds/*.xml` gives them, all items by publication date, a fixed pseudo-random order),
 * with re-linking off (mergeThreshold and fragmentMergeThreshold 2) and at the fitted values, and
 * prints pairwise scores.
 * Order independent stories would score the same in every row.
 */
import { createMemoryKeyValueStore } from '../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../src/core/stories/create-story-assigner.js';
import { pairwiseScores } from '../src/core/stories/pairwise-scores.js';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from '../src/core/stories/story-options.js';
import { createStoryStore } from '../src/core/stories/story-store.js';
import { ARRIVAL_ORDERS } from './support/arrival-orders.js';
import { type CandidateSet, candidatesOf, type StoryCandidate } from './support/story-candidates.js';
import { corpusDir, STORY_CORPORA } from './support/story-corpora.js';

type Relink = Pick<StoryOptions, 'mergeThreshold' | 'fragmentMergeThreshold'>;

async function score(set: CandidateSet, order: readonly StoryCandidate[], relink: Relink) {
  const kv = createMemoryKeyValueStore();
  const assigner = createStoryAssigner(kv, relink);
  for (const candidate of order) await assigner.assign(candidate);
  const storyOf = new Map<string, string>();
  for (const story of await createStoryStore(kv).all())
    for (const id of story.articleIds) storyOf.set(id, story.id);
  const result = pairwiseScores(
    set.gold.map((item) => ({
      label: item.label,
      cluster: storyOf.get(item.original) ?? `u:${item.original}`,
    })),
  );
  return `P ${result.precision.toFixed(3)} R ${result.recall.toFixed(3)} F1 ${result.f1.toFixed(3)}`;
}

for (const name of STORY_CORPORA) {
  const found = corpusDir(name);
  if ('missing' in found) {
    console.log(`${name}: skipped (${found.missing})`);
    continue;
  }
  const set = await candidatesOf(found.dir);
  for (const [order, arrange] of Object.entries(ARRIVAL_ORDERS)) {
    const items = arrange(set.candidates);
    const off = await score(set, items, { mergeThreshold: 2, fragmentMergeThreshold: 2 });
    const { mergeThreshold, fragmentMergeThreshold } = DEFAULT_STORY_OPTIONS;
    const on = await score(set, items, { mergeThreshold, fragmentMergeThreshold });
    console.log(`${name.padEnd(8)} ${order.padEnd(13)} re-link off ${off} | on ${on}`);
  }
}
