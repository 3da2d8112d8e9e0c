import type { FeedSource } from '../../../src/core/feeds/feed-source.js';
import { createFeedStateStore } from '../../../src/core/feeds/feed-state-store.js';
import type { FetchOutcome, PreviousFetch } from '../../../src/core/feeds/fetch-outcome.js';
import { createPoller, type FeedEvent, type PollerDeps } from '../../../src/core/feeds/poller.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createFakeClock } from './fake-clock.js';

export type FeedBehaviour = (previous: PreviousFetch) => Promise<FetchOutcome>;

export const fetched = (
  body: string,
  extra: Partial<FetchOutcome & { kind: 'fetched' }> = {},
): FetchOutcome => ({
  kind: 'fetched',
  body,
  finalUrl: 'x',
  etag: null,
  lastModified: null,
  maxAgeSeconds: null,
  ...extra,
});

/**
 * A poller over injected fetch and ingest functions that answer per feed URL as the test says,
 * recording when each feed was fetched (in fake-clock minutes since the start) and the events.
 */
export function pollerHarness(
  feeds: FeedSource[],
  behaviours: Record<string, FeedBehaviour>,
  options: Partial<PollerDeps> & { kv?: KeyValueStore; start?: string } = {},
) {
  const clock = createFakeClock(options.start ?? '2024-07-01T00:00:00.000Z');
  const startMs = clock.now().getTime();
  const kv = options.kv ?? createMemoryKeyValueStore();
  const state = createFeedStateStore(kv);
  const fetches: { feed: string; minute: number; previous: PreviousFetch }[] = [];
  const events: FeedEvent[] = [];
  const ingested: string[] = [];
  const poller = createPoller({
    feeds: async () => feeds,
    state,
    fetch: (url, previous) => {
      fetches.push({ feed: url, minute: (clock.now().getTime() - startMs) / 60_000, previous });
      const behaviour = behaviours[url];
      return behaviour ? behaviour(previous) : Promise.reject(new Error(`no behaviour for ${url}`));
    },
    ingest: async (feed, xml) => {
      ingested.push(`${feed.url} ${xml}`);
      return { items: 1, new: 1, duplicate: 0, notRelevant: 0, seen: 0 };
    },
    clock,
    concurrency: 4,
    defaultIntervalMinutes: 10,
    maxAgeCapMinutes: 60,
    pauseAfterFailures: 4,
    logger: silentLogger,
    onEvent: (event) => events.push(event),
    ...options,
  });
  const minutesOf = (feed: string) => fetches.filter((call) => call.feed === feed).map((call) => call.minute);
  return { clock, kv, state, poller, fetches, events, ingested, minutesOf };
}
