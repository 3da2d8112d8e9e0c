import { createLimiter } from './create-limiter.js';
import type { FeedPollResult } from './feed-poll-result.js';
import type { FeedSource } from './feed-source.js';
import { type PollFeedDeps, pollFeed } from './poll-feed.js';
import { createScheduleLoop } from './schedule-loop.js';

export type { FeedEvent, FeedIngestSummary, FeedPollResult, PollerClock } from './feed-poll-result.js';
export { systemClock } from './feed-poll-result.js';

/** What the poller needs. Times in minutes are per feed unless the feed sets its own interval. */
export interface PollerDeps extends Omit<PollFeedDeps, 'maxBackoffMinutes' | 'feedTimeoutMs'> {
  feeds: () => Promise<FeedSource[]>;
  /** Feeds polled at the same time, at most. */
  concurrency: number;
  /** Longest wait after failures (default 6 hours). */
  maxBackoffMinutes?: number;
  /** A poll (fetch + ingest) that takes longer counts as failed (default 2 minutes). */
  feedTimeoutMs?: number;
  /** Longest time between looks at the feed list, to notice added feeds (default 60 s). */
  rescanMs?: number;
  onProgress?: (done: number, total: number, feedUrl: string) => void;
  /**
   * Runs after a round of polls (the stories settle: see `IngestPipeline.settle`): when every feed
   * of a `pollOnce` is done, and on schedules whenever no poll is in flight, at most once per
   * `afterRoundEveryMinutes` (default 60). A failure is logged; it never fails a poll.
   */
  afterRound?: () => Promise<unknown>;
  afterRoundEveryMinutes?: number;
}

export interface Poller {
  /** Polls the given feeds (default: all) now, whatever their schedule; paused feeds are reported as such. */
  pollOnce(feeds?: FeedSource[]): Promise<FeedPollResult[]>;
  /** Polls every feed at its own slot until `stop`. */
  start(): void;
  /** Stops scheduling and waits for polls in progress. */
  stop(): Promise<void>;
  /** Un-pauses a feed paused after failures; it is polled at the next scan. */
  resumeFeed(url: string): Promise<'resumed' | 'not-paused'>;
}

const minute = 60_000;

/**
 * Polls feeds with bounded concurrency, each at its own slot (see poll-schedule.ts). A feed is
 * never polled twice at once: a scheduled poll and a `pollOnce` of the same feed share one run.
 */
export function createPoller(deps: PollerDeps): Poller {
  const feedDeps: PollFeedDeps = {
    ...deps,
    maxBackoffMinutes: deps.maxBackoffMinutes ?? 360,
    feedTimeoutMs: deps.feedTimeoutMs ?? 2 * minute,
  };
  const limit = createLimiter(Math.max(1, deps.concurrency));
  const inFlight = new Map<string, Promise<FeedPollResult>>();
  const rounds = createRounds(deps);
  const run = (feed: FeedSource) => {
    const existing = inFlight.get(feed.url);
    if (existing) return existing;
    const started = limit(() => pollFeed(feed, feedDeps))
      .catch((error: unknown) => storeFailure(feed, error, deps))
      .finally(() => {
        inFlight.delete(feed.url);
        if (inFlight.size === 0) rounds.idle();
      });
    inFlight.set(feed.url, started);
    return started;
  };
  const schedule = createScheduleLoop(deps, inFlight, run);
  return {
    pollOnce: async (feeds) => {
      const list = feeds ?? (await deps.feeds());
      let done = 0;
      return rounds.once(() =>
        Promise.all(
          list.map(async (feed) => {
            const result = await run(feed);
            deps.onProgress?.(++done, list.length, feed.url);
            return result;
          }),
        ),
      );
    },
    start: schedule.start,
    stop: async () => {
      schedule.stop();
      await Promise.allSettled([...inFlight.values()]);
      await rounds.done();
    },
    resumeFeed: async (url) => {
      const outcome = await deps.state.resume(url, deps.clock.now());
      if (outcome === 'resumed') schedule.wake();
      return outcome;
    },
  };
}

/**
 * When `afterRound` runs: at the end of each `pollOnce`, and when the scheduled polls go idle if
 * `afterRoundEveryMinutes` have passed since it last ran (not while a `pollOnce` is going on: it runs
 * at that one's end).
 */
function createRounds(deps: PollerDeps) {
  const everyMs = (deps.afterRoundEveryMinutes ?? 60) * minute;
  let last = deps.clock.now().getTime();
  let onceRunning = 0;
  let running: Promise<unknown> = Promise.resolve();
  const runAfterRound = () => {
    last = deps.clock.now().getTime();
    running = running
      .then(() => deps.afterRound?.())
      .catch((error: unknown) =>
        deps.logger.error('the work after a round of polls failed', {
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    return running;
  };
  return {
    idle: () => {
      if (onceRunning === 0 && deps.clock.now().getTime() - last >= everyMs) void runAfterRound();
    },
    /** Waits for a run in progress. */
    done: () => running,
    once: async <T>(work: () => Promise<T>): Promise<T> => {
      onceRunning += 1;
      try {
        return await work();
      } finally {
        onceRunning -= 1;
        await runAfterRound();
      }
    },
  };
}

/**
 * pollFeed turns every feed problem into a result; what still throws is the state store itself.
 * That is reported for the feed too, so one store hiccup does not fail a whole `pollOnce`.
 */
function storeFailure(feed: FeedSource, error: unknown, deps: PollerDeps): FeedPollResult {
  const message = `feed state could not be read or saved: ${error instanceof Error ? error.message : String(error)}`;
  deps.logger.error('feed poll failed', { feed: feed.url, error: message });
  return {
    feed: feed.url,
    status: 'failed',
    error: message,
    consecutiveFailures: 0,
    paused: false,
    nextDueAt: null,
  };
}
