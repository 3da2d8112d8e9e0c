/**
 * `npm run eval:story-order`: how much the stories depend on arrival order. Replays each
 * development corpus's cached assigner inputs (see story-candidates.ts; ../shared/corpora,
 * skipped when absent) through the production assigner in three orders (feed by feed as `newsbot
 * ingest feeds/*.xml` gives them, all items by publication date, a fixed pseudo-random order),
 * with re-linking off (mergeThreshold, fragmentMergeThreshold, settleThreshold and
 * pairSettleThreshold 2: no bridge, no settling at the end) and at the fitted values, and prints
 * pairwise scores. Order independent stories would score the same in every row.
 */
import { pairwiseScores } from '../src/core/stories/pairwise-scores.js';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from '../src/core/stories/story-options.js';
import { ARRIVAL_ORDERS, type ArrivalOrder } from './support/arrival-orders.js';
import { storiesOf } from './support/cluster-candidates.js';
import { type CandidateSet, candidatesOf } from './support/story-candidates.js';
import { corpusDir, labelledCorpora } from './support/story-corpora.js';

type Relink = Pick<
  StoryOptions,
  'mergeThreshold' | 'fragmentMergeThreshold' | 'settleThreshold' | 'pairSettleThreshold'
>;

async function score(set: CandidateSet, arrange: ArrivalOrder, relink: Relink) {
  const { storyOf } = await storiesOf(set, relink, arrange);
  const result = pairwiseScores(
    set.gold.map((item) => ({
      label: item.label,
      cluster: storyOf.get(item.original) ?? `u:${item.original}`,
    })),
  );
  return `P ${result.precision.toFixed(3)} R ${result.recall.toFixed(3)} F1 ${result.f1.toFixed(3)}`;
}

for (const name of (await labelledCorpora()).byStory) {
  const found = corpusDir(name);
  if ('missing' in found) {
    console.log(`${name}: skipped (${found.missing})`);
    continue;
  }
  const set = await candidatesOf(found.dir);
  for (const [order, arrange] of Object.entries(ARRIVAL_ORDERS)) {
    const off = await score(set, arrange, {
      mergeThreshold: 2,
      fragmentMergeThreshold: 2,
      settleThreshold: 2,
      pairSettleThreshold: 2,
    });
    const { mergeThreshold, fragmentMergeThreshold, settleThreshold, pairSettleThreshold } =
      DEFAULT_STORY_OPTIONS;
    const on = await score(set, arrange, {
      mergeThreshold,
      fragmentMergeThreshold,
      settleThreshold,
      pairSettleThreshold,
    });
    console.log(`${name.padEnd(8)} ${order.padEnd(13)} re-link off ${off} | on ${on}`);
  }
}
