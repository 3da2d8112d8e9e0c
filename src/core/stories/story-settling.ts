import type { StoryCandidate } from '../ingest/ingest-ports.js';
import type { Scored } from './ranked-stories.js';
import { daysOutside } from './score-story.js';
import type { Story } from './story.js';
import type { StoryOptions } from './story-options.js';

/**
 * Stories a settle looks at per batch (one transaction in the pipeline; ~1 ms each: a backlog's
 * thousands in one would hold the archive's lock for seconds), and at most this many batches, so
 * an ingest that keeps remembering new ones cannot keep a settle going.
 */
const SETTLE_BATCH = 256;
const MAX_SETTLE_BATCHES = 100;

/** One batch of a settle (see `StoryAssigner.settle`): the stories merged, how many still to look at. */
export interface SettledBatch {
  merges: { into: string; absorbed: string[] }[];
  remaining: number;
}

/** Runs `batch` until no remembered story remains (or `MAX_SETTLE_BATCHES`); the reports moved. */
export async function settleInBatches(
  batch: (limit: number) => Promise<SettledBatch | undefined>,
): Promise<number> {
  let moved = 0;
  for (let batches = 0, remaining = 1; remaining > 0 && batches < MAX_SETTLE_BATCHES; batches += 1) {
    const settled = await batch(SETTLE_BATCH);
    for (const merge of settled?.merges ?? []) moved += merge.absorbed.length;
    remaining = settled?.remaining ?? 0;
  }
  return moved;
}

/**
 * Most stories of one report remembered for the next settle (the oldest are forgotten first): a
 * process that never settles keeps no more than this.
 */
const UNSETTLED_CAP = 20_000;

/**
 * The stories of one report that a report was scored against, or started, since the last settle:
 * those a settle looks at again (ids only, in this process).
 */
export function createUnsettledStories(cap = UNSETTLED_CAP) {
  const ids = new Set<string>();
  return {
    remember: (seen: readonly string[]) => {
      for (const id of seen) {
        ids.delete(id);
        ids.add(id);
      }
      for (const id of ids) {
        if (ids.size <= cap) break;
        ids.delete(id);
      }
    },
    /** Up to `limit` remembered ids, the longest remembered first, forgotten as they are handed over. */
    take: (limit = Number.POSITIVE_INFINITY): string[] => {
      const taken: string[] = [];
      for (const id of ids) {
        if (taken.length >= limit) break;
        taken.push(id);
      }
      for (const id of taken) ids.delete(id);
      return taken;
    },
    get size() {
      return ids.size;
    },
  };
}

/**
 * Where each story still of one report settles: its report is scored again against its candidates
 * as they stand now (`rank`), and it moves into its best candidate when that spans to within
 * `settleDays` of the report and is a story of several reports scoring at least `settleThreshold`,
 * or a story of one report scoring at least `pairSettleThreshold` whose own best candidate is this
 * one (the two merge). Returns home -> the stories of one report moving there; all are decided
 * before any moves, so the order they are looked at in does not matter.
 */
export async function settledHomes(
  stories: readonly (Story | undefined)[],
  deps: {
    reportOf: (articleId: string) => Promise<StoryCandidate | undefined>;
    rank: (report: StoryCandidate) => Promise<readonly Scored[]>;
    /** Stories by id: the other half of a pair, when it is not among `stories`. */
    storiesOf: (ids: readonly string[]) => Promise<readonly (Story | undefined)[]>;
  },
  settings: StoryOptions,
): Promise<Map<string, string[]>> {
  /** A story of one report's best candidate within `settleDays`, if any. */
  const bestOf = async (story: Story | undefined) => {
    const [only, ...others] = story?.articleIds ?? [];
    if (!story || only === undefined || others.length > 0) return undefined;
    const report = await deps.reportOf(only);
    if (!report) return undefined;
    const home = (await deps.rank(report)).find((scored) => scored.id !== story.id);
    return home && daysOutside(home.span, Date.parse(report.publishedAt)) <= settings.settleDays
      ? { story, home }
      : undefined;
  };
  const homes = new Map<string, string[]>();
  const pairedWith = new Map<string, string>();
  const pairUp = (found: Awaited<ReturnType<typeof bestOf>>) => {
    if (found?.home.profile.articles === 1 && found.home.score >= settings.pairSettleThreshold)
      pairedWith.set(found.story.id, found.home.id);
  };
  for (const story of stories) {
    const found = await bestOf(story);
    // Its best candidate, and one of several reports: where another report left alone matches it
    // better, the coverage it belongs to has not gathered (or it is of neither).
    if (found && found.home.profile.articles > 1 && found.home.score >= settings.settleThreshold)
      homes.set(found.home.id, [...(homes.get(found.home.id) ?? []), found.story.id]);
    else pairUp(found);
  }
  // The other half of a pair may be waiting for a later batch, or not be remembered at all.
  const looked = new Set(stories.flatMap((story) => (story ? [story.id] : [])));
  const unseen = [...new Set(pairedWith.values())].filter((id) => !looked.has(id));
  for (const story of await deps.storiesOf(unseen)) pairUp(await bestOf(story));
  // Two reports left alone, each the other's best candidate: one event's first two reports.
  for (const [one, other] of pairedWith)
    if (one < other && pairedWith.get(other) === one) homes.set(other, [...(homes.get(other) ?? []), one]);
  return homes;
}
