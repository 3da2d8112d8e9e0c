import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
import type { StoryOptions } from '../../../src/core/stories/story-options.js';
import { createStoryStore } from '../../../src/core/stories/story-store.js';
import { englishReport } from './support/english-report.js';
import { FERRY_BULLETIN, FERRY_FULL_REPORTS } from './support/ferry-reports.js';

const report = englishReport;
const bulletin = (publishedAt: string) =>
  report(FERRY_BULLETIN.key, publishedAt, FERRY_BULLETIN.title, FERRY_BULLETIN.text);
const [FIRST_FULL, SECOND_FULL] = FERRY_FULL_REPORTS.map((full) =>
  report(full.key, full.publishedAt, full.title, full.text),
) as [ReturnType<typeof report>, ReturnType<typeof report>];

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
