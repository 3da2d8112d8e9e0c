import type { FeedRegistry } from '../src/core/feeds/feed-registry.js';
import { type FeedStateStore, initialFeedState } from '../src/core/feeds/feed-state-store.js';
import type { FeedAdmin, FeedPreview } from './command-services.js';

/** The feed registry and the poller's state, as `/feeds` sees them. */
export function createFeedAdmin(
  registry: FeedRegistry,
  states: Pick<FeedStateStore, 'get' | 'resume'>,
  preview: (url: string) => Promise<FeedPreview>,
  now: () => Date = () => new Date(),
): FeedAdmin {
  return {
    list: () => registry.list(),
    add: (feed) => registry.add(feed),
    remove: (url) => registry.remove(url),
    status: async () => {
      const feeds = await registry.list();
      return Promise.all(
        feeds.map(async (feed) => {
          const state = (await states.get(feed.url)) ?? initialFeedState(feed.url);
          const { consecutiveFailures, lastError, lastSuccessAt, pausedAt, nextDueAt } = state;
          const base = { url: feed.url, consecutiveFailures, lastError, lastSuccessAt, pausedAt, nextDueAt };
          return feed.name === undefined ? base : { ...base, name: feed.name };
        }),
      );
    },
    resume: (url) => states.resume(url, now()),
    preview,
  };
}
