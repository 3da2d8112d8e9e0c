import type { Logger } from '../logging/logger.js';
import type { FeedEvent, FeedIngestSummary, FeedPollResult, PollerClock } from './feed-poll-result.js';
import type { FeedSource } from './feed-source.js';
import { type FeedState, type FeedStateStore, initialFeedState } from './feed-state-store.js';
import type { FetchOutcome, PreviousFetch } from './fetch-outcome.js';
import { nextDueAt } from './poll-schedule.js';

/** What polling one feed needs; a subset of the poller's deps. */
export interface PollFeedDeps {
  state: FeedStateStore;
  fetch: (url: string, previous: PreviousFetch) => Promise<FetchOutcome>;
  ingest: (feed: FeedSource, xml: string) => Promise<FeedIngestSummary>;
  clock: PollerClock;
  defaultIntervalMinutes: number;
  maxAgeCapMinutes: number;
  maxBackoffMinutes: number;
  pauseAfterFailures: number;
  feedTimeoutMs: number;
  logger: Logger;
  onEvent: (event: FeedEvent) => void;
}

const minute = 60_000;

/**
 * Polls one feed: a conditional fetch, ingest, then the state transition (validators, next slot,
 * backoff, pause after too many failures) and the events admins see. Never throws: a failure is
 * a result, so one feed cannot stop the others.
 */
export async function pollFeed(feed: FeedSource, deps: PollFeedDeps): Promise<FeedPollResult> {
  const state = (await deps.state.get(feed.url)) ?? initialFeedState(feed.url);
  if (state.pausedAt)
    return { feed: feed.url, status: 'paused', since: state.pausedAt, error: state.lastError };
  const startedAt = deps.clock.now();
  try {
    const outcome = await withDeadline(
      deps.fetch(feed.url, { etag: state.etag, lastModified: state.lastModified }),
      deps,
    );
    const summary =
      outcome.kind === 'fetched' ? await withDeadline(deps.ingest(feed, outcome.body), deps) : null;
    return await recordSuccess(feed, state, startedAt, outcome, summary, deps);
  } catch (error) {
    return recordFailure(feed, startedAt, error instanceof Error ? error.message : String(error), deps);
  }
}

async function recordSuccess(
  feed: FeedSource,
  state: FeedState,
  startedAt: Date,
  outcome: FetchOutcome,
  summary: FeedIngestSummary | null,
  deps: PollFeedDeps,
): Promise<FeedPollResult> {
  const now = deps.clock.now().toISOString();
  const due = schedule(feed, startedAt, outcome.maxAgeSeconds, 0, deps);
  const validators =
    outcome.kind === 'fetched' ? { etag: outcome.etag, lastModified: outcome.lastModified } : {};
  await deps.state.update(feed.url, (current) => ({
    ...current,
    ...validators,
    lastPolledAt: now,
    lastSuccessAt: now,
    consecutiveFailures: 0,
    pausedAt: null,
    nextDueAt: due,
  }));
  if (state.consecutiveFailures > 0) {
    deps.onEvent({
      type: 'feed-recovered',
      feed: feed.url,
      at: now,
      afterFailures: state.consecutiveFailures,
    });
  }
  deps.logger.info('feed polled', { feed: feed.url, status: outcome.kind, ...summary });
  return summary
    ? { feed: feed.url, status: 'ok', summary, nextDueAt: due }
    : { feed: feed.url, status: 'not-modified', nextDueAt: due };
}

async function recordFailure(
  feed: FeedSource,
  startedAt: Date,
  error: string,
  deps: PollFeedDeps,
): Promise<FeedPollResult> {
  const at = deps.clock.now().toISOString();
  // Counted on the freshest state: another process's failure of the same feed meanwhile counts too.
  const next = await deps.state.update(feed.url, (current) => {
    const failures = current.consecutiveFailures + 1;
    const paused = failures >= deps.pauseAfterFailures;
    return {
      ...current,
      lastPolledAt: at,
      consecutiveFailures: failures,
      lastError: error,
      pausedAt: paused ? (current.pausedAt ?? at) : null,
      nextDueAt: paused ? null : schedule(feed, startedAt, null, failures, deps),
    };
  });
  const failures = next.consecutiveFailures;
  const paused = next.pausedAt !== null;
  const due = next.nextDueAt;
  deps.logger.warn(paused ? 'feed paused' : 'feed failed', { feed: feed.url, error, failures });
  deps.onEvent(
    due === null
      ? { type: 'feed-paused', feed: feed.url, at, error, consecutiveFailures: failures }
      : { type: 'feed-failed', feed: feed.url, at, error, consecutiveFailures: failures, nextDueAt: due },
  );
  return { feed: feed.url, status: 'failed', error, consecutiveFailures: failures, paused, nextDueAt: due };
}

function schedule(
  feed: FeedSource,
  startedAt: Date,
  maxAgeSeconds: number | null,
  failures: number,
  deps: PollFeedDeps,
): string {
  const due = nextDueAt({
    url: feed.url,
    startedAt: startedAt.getTime(),
    intervalMs: (feed.intervalMinutes ?? deps.defaultIntervalMinutes) * minute,
    maxAgeMs: maxAgeSeconds === null ? null : maxAgeSeconds * 1000,
    maxAgeCapMs: deps.maxAgeCapMinutes * minute,
    consecutiveFailures: failures,
    maxBackoffMs: deps.maxBackoffMinutes * minute,
  });
  return new Date(due).toISOString();
}

/** A fetch or ingest that never settles must not hold a concurrency slot forever. */
function withDeadline<T>(work: Promise<T>, deps: PollFeedDeps): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = deps.clock.setTimeout(
      () => reject(new Error(`gave up after ${deps.feedTimeoutMs} ms without an answer`)),
      deps.feedTimeoutMs,
    );
    work.then(
      (value) => {
        deps.clock.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        deps.clock.clearTimeout(timer);
        reject(error);
      },
    );
  });
}
