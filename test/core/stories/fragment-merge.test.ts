import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
import type { StoryOptions } from '../../../src/core/stories/story-options.js';
import { createStoryStore } from '../../../src/core/stories/story-store.js';
import { englishReport } from './support/english-report.js';

/**
 * Our own reports of one invented event: a short early bulletin, then two fuller reports that match
 * each other better than either matches the bulletin. Only re-linking can put the bulletin with them.
 */
const report = englishReport;

const bulletin = (publishedAt: string) =>
  report(
    'bulletin',
    publishedAt,
    'Ferry missing in storm',
    'A ferry lost contact during a storm near Tsushima, the coast guard said.',
  );
const FIRST_FULL = report(
  'first-full',
  '2025-05-06T14:00:00Z',
  'Divers reach the Kaiun Maru as storm eases in the strait',
  'Coast guard divers reached the hull of the Kaiun Maru on Tuesday evening after the storm in the Tsushima Strait eased. ' +
    'Captain Reiko Anzai, who leads the rescue, said 31 of the 40 passengers had been lifted off by helicopter and nine were missing.',
);
const SECOND_FULL = report(
  'second-full',
  '2025-05-07T06:00:00Z',
  'Nine still missing from the Kaiun Maru, says rescue chief Anzai',
  'Captain Reiko Anzai said on Wednesday that divers would search the hull of the Kaiun Maru again at first light. ' +
    'The ferry, carrying 40 passengers near Tsushima, lost contact with the coast guard during Tuesday’s storm; 31 were rescued by helicopter.',
);

/** The stories, each as its reports' ids in order, after assigning `reports` in turn. */
async function storiesAfter(reports: ReturnType<typeof report>[], options: Partial<StoryOptions>) {
  const kv = createMemoryKeyValueStore();
  const assigner = createStoryAssigner(kv, options);
  for (const item of reports) await assigner.assign(item);
  return (await createStoryStore(kv).all()).map((story) => [...story.articleIds].sort().join(' ')).sort();
}

// The bulletin scores under the join threshold against each full report; re-linking by the
// ordinary bridge is off here, so only the rule under test can join it.
const relinkOff = { mergeThreshold: 2, fragmentMergeThreshold: 2 };
const fragmentsOnly = { mergeThreshold: 2, fragmentMergeThreshold: 0.05 };

describe('an early report left alone is merged into the story its event gathered', () => {
  it('a report joining its story bridges an open story of one report it matches', async () => {
    const reports = [bulletin('2025-05-06T03:00:00Z'), FIRST_FULL, SECOND_FULL];
    expect(await storiesAfter(reports, relinkOff)).toEqual(['bulletin', 'first-full second-full']);
    expect(await storiesAfter(reports, fragmentsOnly)).toEqual(['bulletin first-full second-full']);
  });

  it('a dormant story of one report is not merged, even when it matches well enough to be revived', async () => {
    // Two months earlier: past the open window, and revivable at this low revival threshold.
    const reports = [bulletin('2025-03-04T03:00:00Z'), FIRST_FULL, SECOND_FULL];
    const revivable = { reviveThreshold: 0.05, threshold: 0.26 };
    expect(await storiesAfter(reports, { ...fragmentsOnly, ...revivable })).toEqual([
      'bulletin',
      'first-full second-full',
    ]);
  });
});
