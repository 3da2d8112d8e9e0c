import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
import type { StoryOptions } from '../../../src/core/stories/story-options.js';
import { createUnsettledStories, settleInBatches } from '../../../src/core/stories/story-settling.js';
import { createStoryStore } from '../../../src/core/stories/story-store.js';
import { englishReport as report } from './support/english-report.js';
import { FERRY_BULLETIN, FERRY_FULL_REPORTS } from './support/ferry-reports.js';

type Report = ReturnType<typeof report>;

const bulletin = (publishedAt: string) =>
  report(FERRY_BULLETIN.key, publishedAt, FERRY_BULLETIN.title, FERRY_BULLETIN.text);
const [FIRST_FULL, SECOND_FULL] = FERRY_FULL_REPORTS.map((full) =>
  report(full.key, full.publishedAt, full.title, full.text),
) as [Report, Report];
const OTHER_BULLETIN = report(
  'other-bulletin',
  '2025-05-06T05:00:00Z',
  'Storm closes ferry routes',
  'Ferry routes near Tsushima were closed during the storm, the coast guard said.',
);

/** The stories (each as its reports' ids) after assigning `reports`, before and after they settle. */
async function storiesSettled(reports: readonly Report[], options: Partial<StoryOptions>) {
  const kv = createMemoryKeyValueStore();
  const assigner = createStoryAssigner(kv, options);
  const stories = async () =>
    (await createStoryStore(kv).all()).map((story) => [...story.articleIds].sort().join(' ')).sort();
  for (const item of reports) await assigner.assign(item);
  const before = await stories();
  const byId = new Map(reports.map((item) => [item.id, item]));
  const asked: string[] = [];
  const { merges } = await assigner.settle(async (id) => {
    asked.push(id);
    return byId.get(id);
  });
  return { before, after: await stories(), merges, asked };
}

// Re-linking while assigning is off, so only settling can join the bulletin to its story.
const relinkOff = { mergeThreshold: 2, fragmentMergeThreshold: 2 };
const settling = { ...relinkOff, settleThreshold: 0.05, settleDays: 2 };

describe('stories settle: a report left alone joins the story its event gathered', () => {
  it('moves an early report into the story of several that it now matches', async () => {
    const { before, after, merges } = await storiesSettled(
      [bulletin('2025-05-06T03:00:00Z'), FIRST_FULL, SECOND_FULL],
      settling,
    );
    expect(before).toEqual(['bulletin', 'first-full second-full']);
    expect(after).toEqual(['bulletin first-full second-full']);
    // The bulletin came first, so its story keeps the id: links already posted still lead there.
    expect(merges).toEqual([{ into: expect.any(String), absorbed: [expect.any(String)] }]);
  });

  it('leaves it alone when the threshold is not reached', async () => {
    const { after } = await storiesSettled([bulletin('2025-05-06T03:00:00Z'), FIRST_FULL, SECOND_FULL], {
      ...relinkOff,
      settleThreshold: 2,
    });
    expect(after).toEqual(['bulletin', 'first-full second-full']);
  });

  it('leaves a report published more than settleDays from the story’s span alone', async () => {
    // Five days before the coverage: within the open window, outside the settling window.
    const { before, after } = await storiesSettled(
      [bulletin('2025-05-01T03:00:00Z'), FIRST_FULL, SECOND_FULL],
      settling,
    );
    expect(before).toEqual(['bulletin', 'first-full second-full']);
    expect(after).toEqual(before);
  });

  it('merges two stories of one report only when each is the other’s best, at pairSettleThreshold', async () => {
    // They would join each other while assigned: a join threshold out of reach keeps them apart.
    const apart = { ...settling, threshold: 2, marginThreshold: 0 };
    const paired = await storiesSettled([bulletin('2025-05-06T03:00:00Z'), OTHER_BULLETIN], apart);
    expect(paired.after).toEqual(['bulletin other-bulletin']);
    // A third report that matches the second better: the first's best is not the second's.
    const third = report(
      'third-bulletin',
      '2025-05-06T06:00:00Z',
      'Storm closes ferry routes near Tsushima',
      'Ferry routes near Tsushima were closed during the storm, the coast guard said on Tuesday.',
    );
    const triple = await storiesSettled([bulletin('2025-05-06T03:00:00Z'), OTHER_BULLETIN, third], apart);
    expect(triple.after).toEqual(['bulletin', 'other-bulletin third-bulletin']);
  });

  it('merges a pair whose other half waits for a later batch', async () => {
    const kv = createMemoryKeyValueStore();
    const assigner = createStoryAssigner(kv, { ...settling, threshold: 2, marginThreshold: 0 });
    const reports = [bulletin('2025-05-06T03:00:00Z'), OTHER_BULLETIN];
    for (const item of reports) await assigner.assign(item);
    // A batch of one: the other half is not in it.
    const { merges, remaining } = await assigner.settle(
      async (id) => reports.find((item) => item.id === id),
      1,
    );
    expect(merges).toHaveLength(1);
    expect(remaining).toBe(1);
    expect((await createStoryStore(kv).all()).map((story) => story.articleIds.length)).toEqual([2]);
  });

  it('never merges two stories of one report with pairs off', async () => {
    const apart = { ...settling, threshold: 2, marginThreshold: 0, pairSettleThreshold: 2 };
    const { after, merges } = await storiesSettled([bulletin('2025-05-06T03:00:00Z'), OTHER_BULLETIN], apart);
    expect(after).toEqual(['bulletin', 'other-bulletin']);
    expect(merges).toEqual([]);
  });

  it('looks at each remembered report once: a second settle reads nothing', async () => {
    const kv = createMemoryKeyValueStore();
    const assigner = createStoryAssigner(kv, settling);
    const reports = [bulletin('2025-05-06T03:00:00Z'), FIRST_FULL, SECOND_FULL];
    for (const item of reports) await assigner.assign(item);
    const asked: string[] = [];
    const reportOf = async (id: string) => {
      asked.push(id);
      return reports.find((item) => item.id === id);
    };
    await assigner.settle(reportOf);
    expect(asked).toEqual(['bulletin']);
    await assigner.settle(reportOf);
    expect(asked).toEqual(['bulletin']);
  });
});

describe('the stories a settle looks at again', () => {
  it('are kept up to the cap, the least recently seen forgotten first, and handed over once', () => {
    const unsettled = createUnsettledStories(3);
    unsettled.remember(['a', 'b', 'c']);
    unsettled.remember(['a', 'd']);
    expect(unsettled.take()).toEqual(['c', 'a', 'd']);
    expect(unsettled.take()).toEqual([]);
  });

  it('are handed over in batches, the longest remembered first', () => {
    const unsettled = createUnsettledStories();
    unsettled.remember(['a', 'b', 'c']);
    expect(unsettled.take(2)).toEqual(['a', 'b']);
    expect(unsettled.size).toBe(1);
    expect(unsettled.take(2)).toEqual(['c']);
    expect(unsettled.size).toBe(0);
  });
});

describe('after a restart', () => {
  it('the first settle looks at the recently active stories of one report', async () => {
    const kv = createMemoryKeyValueStore();
    const before = createStoryAssigner(kv, settling);
    for (const item of [bulletin('2025-05-06T03:00:00Z'), FIRST_FULL, SECOND_FULL]) await before.assign(item);
    // The process stops before it settles; the next one starts on the same store.
    const after = createStoryAssigner(kv, settling);
    await after.warm();
    const reports = new Map(
      [bulletin('2025-05-06T03:00:00Z'), FIRST_FULL, SECOND_FULL].map((r) => [r.id, r]),
    );
    const { merges, remaining } = await after.settle(async (id) => reports.get(id));
    expect(remaining).toBe(0);
    expect(merges).toHaveLength(1);
    expect((await createStoryStore(kv).all()).map((story) => story.articleIds.length)).toEqual([3]);
  });
});

describe('a settle in batches', () => {
  it('asks for batches until none remain, and counts the reports moved', async () => {
    const asked: number[] = [];
    let remaining = 600;
    const moved = await settleInBatches(async (limit) => {
      asked.push(limit);
      const done = Math.min(limit, remaining);
      remaining -= done;
      return { merges: [{ into: 's', absorbed: ['a', 'b'] }], remaining };
    });
    expect(asked).toEqual([256, 256, 256]);
    expect(moved).toBe(6);
  });

  it('stops after its last batch even when an ingest keeps remembering new stories', async () => {
    let batches = 0;
    await settleInBatches(async () => {
      batches += 1;
      return { merges: [], remaining: 1 };
    });
    expect(batches).toBe(100);
  });
});
