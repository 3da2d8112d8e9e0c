import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubscriptionStore } from '../../../src/core/digest/subscription-store.js';
import { systemClock } from '../../../src/core/feeds/feed-poll-result.js';
import { createFeedStateStore } from '../../../src/core/feeds/feed-state-store.js';
import { fetchFeed } from '../../../src/core/feeds/fetch-feed.js';
import { pollFeed } from '../../../src/core/feeds/poll-feed.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { createWorkspaceKeywords } from '../../../src/core/settings/workspace-keywords.js';
import { openStore } from '../../../src/core/store/open-store.js';
import { startFeedServer } from '../feeds/feed-test-server.js';

// Two connections to one store stand for two bot processes: each has its own client or SQLite
// connection, so their reads and writes interleave in the backend as two processes' would.
const postgresUrl = process.env.NEWSBOT_TEST_POSTGRES_URL;
const redisUrl = process.env.NEWSBOT_TEST_REDIS_URL;
const run = randomUUID().replaceAll('-', '').slice(0, 12);
let dir: string;
// A feed that is down: every poll of it fails with HTTP 503.
const server = await startFeedServer({
  '/down': (_request, response) => {
    response.writeHead(503, 'Service Unavailable').end();
  },
});
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-update-'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const backends: [string, () => string | undefined][] = [
  ['SQLite', () => `sqlite://${join(dir, 'store.sqlite')}`],
  ...(postgresUrl ? [['PostgreSQL', () => postgresUrl] as [string, () => string]] : []),
  ...(redisUrl ? [['Redis', () => `${redisUrl}/5?prefix=update-${run}:`] as [string, () => string]] : []),
];

describe.each(backends)('two processes updating one record on the %s store', (_name, url) => {
  const open = () => openStore({ url: url(), dataDir: dir });

  it('lose no increment of a counter both change at once', async () => {
    const [first, second] = await Promise.all([open(), open()]);
    const key = `counter-${randomUUID()}`;
    try {
      const increment = (store: typeof first) =>
        store.update<number>('test-update', key, (count) => (count ?? 0) + 1);
      await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? increment(first) : increment(second))));
      expect(await first.get('test-update', key)).toBe(40);
    } finally {
      await first.delete('test-update', key);
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('keep every keyword two admins add to one workspace at the same moment', async () => {
    const [first, second] = await Promise.all([open(), open()]);
    const workspace = `w-${randomUUID()}`;
    const defaults = { keywords: [{ term: 'NATO' }] };
    const [one, two] = [createWorkspaceKeywords(first, defaults), createWorkspaceKeywords(second, defaults)];
    try {
      const terms = Array.from({ length: 20 }, (_, i) => `term ${i}`);
      const outcomes = await Promise.all(terms.map((term, i) => (i % 2 ? one : two).add(workspace, term)));
      expect(outcomes.every((outcome) => outcome === 'added')).toBe(true);
      const stored = (await one.list(workspace)).keywords.map((keyword) => keyword.term);
      expect(stored.sort()).toEqual(['NATO', ...terms].sort());
    } finally {
      await first.delete('settings', `keywords:${workspace}`);
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('never let a digest marked sent undo a schedule change made at the same time', async () => {
    const [first, second] = await Promise.all([open(), open()]);
    const channel = { platform: 'slack' as const, workspaceId: 'T1', channelId: `C${randomUUID()}` };
    const [bot, admin] = [createSubscriptionStore(first), createSubscriptionStore(second)];
    try {
      await admin.set(channel, { cron: '0 8 * * *', timezone: 'UTC' });
      const at = new Date('2024-06-02T08:00:00Z');
      await Promise.all([
        ...Array.from({ length: 10 }, () => bot.markDigested(channel, at)),
        admin.set(channel, { cron: '30 18 * * 1-5', timezone: 'Asia/Tokyo' }),
      ]);
      expect(await bot.get(channel)).toMatchObject({
        cron: '30 18 * * 1-5',
        timezone: 'Asia/Tokyo',
        lastDigestAt: at.toISOString(),
      });
    } finally {
      await admin.remove(channel);
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('count every failure of a feed both poll at once, and pause it at the limit', async () => {
    const [first, second] = await Promise.all([open(), open()]);
    const feed = { url: `${server.url('/down')}?run=${randomUUID()}` };
    const deps = (store: typeof first) => ({
      state: createFeedStateStore(store),
      fetch: (url: string) =>
        fetchFeed(url, {
          timeoutMs: 10_000,
          maxBytes: 1_000_000,
          maxRedirects: 2,
          userAgent: 'newsbot-test',
          allowPrivateAddresses: true,
        }),
      ingest: () => Promise.reject(new Error('not reached: the feed is down')),
      clock: systemClock,
      defaultIntervalMinutes: 10,
      maxAgeCapMinutes: 60,
      maxBackoffMinutes: 60,
      pauseAfterFailures: 12,
      feedTimeoutMs: 10_000,
      logger: silentLogger,
      onEvent: () => {},
    });
    try {
      const polls = Array.from({ length: 12 }, (_, i) => pollFeed(feed, deps(i % 2 ? first : second)));
      const results = await Promise.all(polls);
      expect(results.every((result) => result.status === 'failed')).toBe(true);
      expect(await createFeedStateStore(first).get(feed.url)).toMatchObject({
        consecutiveFailures: 12,
        lastError: expect.stringContaining('503'),
        pausedAt: expect.any(String),
      });
    } finally {
      await first.delete('feed-state', feed.url);
      await Promise.all([first.close(), second.close()]);
    }
  });
});
