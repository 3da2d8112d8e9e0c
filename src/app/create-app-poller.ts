import { fetchFeed } from '../core/feeds/fetch-feed.js';
import { createPoller, type FeedEvent, type Poller, systemClock } from '../core/feeds/poller.js';
import type { NewsbotApp } from './create-app.js';

export interface PollerHooks {
  onEvent?: (event: FeedEvent) => void;
  onProgress?: (done: number, total: number, feedUrl: string) => void;
}

/** The poller over the app's feed registry, fetcher and pipeline, with the config's timings. */
export function createAppPoller(app: NewsbotApp, hooks: PollerHooks = {}): Poller {
  const { polling } = app.config;
  return createPoller({
    feeds: () => app.registry.list(),
    state: app.feedState,
    fetch: (url, previous) => fetchFeed(url, { ...app.fetchOptions, previous }),
    ingest: async (feed, xml) => {
      const { items, counts } = await app.feeds.ingestXml(feed, xml);
      return { items, ...counts };
    },
    // Reports left alone in a story of their own join the story their event's coverage formed.
    afterRound: () => app.pipeline.settle(),
    clock: systemClock,
    concurrency: polling.concurrency,
    defaultIntervalMinutes: polling.intervalMinutes,
    maxAgeCapMinutes: polling.maxAgeCapMinutes,
    pauseAfterFailures: polling.pauseAfterFailures,
    logger: app.logger.child({ component: 'poller' }),
    // The poller logs failures and pauses itself; the hook is for people watching a terminal.
    onEvent: (event) => hooks.onEvent?.(event),
    ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
  });
}
