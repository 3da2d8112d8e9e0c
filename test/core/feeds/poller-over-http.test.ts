import { afterAll, describe, expect, it } from 'vitest';
import { createFeedStateStore } from '../../../src/core/feeds/feed-state-store.js';
import { fetchFeed } from '../../../src/core/feeds/fetch-feed.js';
import { createPoller, type FeedEvent, systemClock } from '../../../src/core/feeds/poller.js';
import { readFeed } from '../../../src/core/feeds/read-feed.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { fixtureBytes } from './feed-fixtures.js';
import { startFeedServer } from './feed-test-server.js';

const server = await startFeedServer({
  '/rss': (request, response) => {
    if (request.headers['if-none-match'] === '"rss-1"') return response.writeHead(304).end();
    response
      .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"rss-1"' })
      .end(fixtureBytes('rss-20.xml'));
  },
  '/broken': (_request, response) => response.writeHead(500, 'Internal Server Error').end(),
});
afterAll(() => server.close());

describe('the poller with the real fetcher and parser on loopback', () => {
  it('ingests a feed, then finds it unchanged, and reports a broken one by its HTTP status', async () => {
    const state = createFeedStateStore(createMemoryKeyValueStore());
    const events: FeedEvent[] = [];
    const feeds = [{ url: server.url('/rss') }, { url: server.url('/broken') }];
    const poller = createPoller({
      feeds: async () => feeds,
      state,
      fetch: (url, previous) =>
        fetchFeed(url, {
          timeoutMs: 2000,
          maxBytes: 1_000_000,
          maxRedirects: 5,
          userAgent: 'newsbot-test',
          allowPrivateAddresses: true,
          previous,
        }),
      ingest: async (feed, xml) => {
        const { items } = await readFeed(xml, feed.url, new Date());
        return { items: items.length, new: items.length, duplicate: 0, notRelevant: 0, seen: 0 };
      },
      clock: systemClock,
      concurrency: 2,
      defaultIntervalMinutes: 10,
      maxAgeCapMinutes: 60,
      pauseAfterFailures: 3,
      logger: silentLogger,
      onEvent: (event) => events.push(event),
    });

    const first = await poller.pollOnce();
    expect(first.map((result) => result.status)).toEqual(['ok', 'failed']);
    expect(first[0]).toMatchObject({ summary: { items: 3, new: 3 } });
    expect(first[1]).toMatchObject({ error: `${server.url('/broken')}: HTTP 500 Internal Server Error` });
    expect(events).toEqual([expect.objectContaining({ type: 'feed-failed', feed: server.url('/broken') })]);
    expect((await state.get(server.url('/rss')))?.etag).toBe('"rss-1"');

    const second = await poller.pollOnce([feeds[0] ?? { url: '' }]);
    expect(second.map((result) => result.status)).toEqual(['not-modified']);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"rss-1"');
  });
});
