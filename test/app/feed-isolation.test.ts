import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load-config.js';
import { createApp, type NewsbotApp } from '../../src/app/create-app.js';
import { createAppPoller } from '../../src/app/create-app-poller.js';
import { silentLogger } from '../../src/core/logging/logger.js';
import { startFeedServer } from '../core/feeds/feed-test-server.js';
import { feedWith, oversizedBody } from '../core/ingest/support/oversized-feed.js';

/** One 4.5 MB item, then ordinary ones: the huge feed's poll lasts as long as all of them. */
const hugeFeed = feedWith('Huge', 'https://huge.example/r', [
  oversizedBody(4_500_000, 1),
  ...Array.from({ length: 20 }, (_, n) => oversizedBody(2_000, 100 + n)),
]);
const smallFeed = feedWith('Small', 'https://small.example/r', [
  oversizedBody(2_000, 7),
  oversizedBody(2_000, 8),
  oversizedBody(2_000, 9),
]);

let dir: string;
let app: NewsbotApp;
const server = await startFeedServer({
  '/huge': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(hugeFeed);
  },
  // Answered once the huge item is stored: the huge feed's other items are then still to come.
  '/small': (_request, response) => {
    hugeItemStored().then(() =>
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(smallFeed),
    );
  },
});

async function hugeItemStored(): Promise<void> {
  while ((await app.articles.withUrl('https://huge.example/r/0')).length === 0) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-isolation-'));
  const loaded = await loadConfig();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  app = await createApp({
    config: loaded.config,
    dataDir: dir,
    logger: silentLogger,
    now: () => new Date('2024-06-02T00:00:00Z'),
    allowPrivateAddresses: true,
  });
});
afterAll(async () => {
  await app.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a feed with a 4.5 MB item, polled beside an ordinary feed', () => {
  it('does not hold back the other feed: its items are stored while the huge feed is still ingesting', async () => {
    const finished: string[] = [];
    const poller = createAppPoller(app, { onProgress: (_done, _total, url) => finished.push(url) });
    const results = await poller.pollOnce([{ url: server.url('/huge') }, { url: server.url('/small') }]);
    expect(results.map((result) => result.status)).toEqual(['ok', 'ok']);
    expect(results.map((result) => (result.status === 'ok' ? result.summary.new : 0))).toEqual([21, 3]);
    // The small feed was answered only after the huge item was stored, yet its poll ends first.
    expect(finished).toEqual([server.url('/small'), server.url('/huge')]);
  }, 120_000);
});
