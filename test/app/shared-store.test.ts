import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type NewsbotConfig } from '../../config/load-config.js';
import { createApp, type NewsbotApp } from '../../src/app/create-app.js';
import type { ChannelMessenger } from '../../src/core/digest/channel-messenger.js';
import { createDeliverDeps } from '../../src/core/digest/create-deliver-deps.js';
import { deliverDigest } from '../../src/core/digest/deliver-digest.js';
import { silentLogger } from '../../src/core/logging/logger.js';
import { serveFiles } from '../cli/serve-files.js';

// A schema of its own on the shared server (tables of earlier runs would be "seen"), dropped after.
const postgresSchema = `shared_store_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
const postgresUrl =
  process.env.NEWSBOT_TEST_POSTGRES_URL && withSchema(process.env.NEWSBOT_TEST_POSTGRES_URL);
// Keys of its own in a database of its own: parallel runs and the store tests never meet them.
const redisUrl =
  process.env.NEWSBOT_TEST_REDIS_URL &&
  `${process.env.NEWSBOT_TEST_REDIS_URL}/3?prefix=shared-store-${randomUUID().slice(0, 8)}:`;
const demoFeeds = fileURLToPath(new URL('../../demo/feeds/', import.meta.url));
// Just after the newest demo item (10 July 2024), so the first digest has a story to post.
const NOW = new Date('2024-07-11T00:00:00Z');

let config: NewsbotConfig;
let server: Awaited<ReturnType<typeof serveFiles>>;
let dir: string;

beforeAll(async () => {
  const loaded = await loadConfig();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  config = loaded.config;
  server = await serveFiles(demoFeeds);
  dir = await mkdtemp(join(tmpdir(), 'newsbot-shared-'));
});

afterAll(async () => {
  if (process.env.NEWSBOT_TEST_POSTGRES_URL) {
    const client = new pg.Client({ connectionString: process.env.NEWSBOT_TEST_POSTGRES_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${postgresSchema} CASCADE`);
    await client.end();
  }
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function withSchema(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('schema', postgresSchema);
  return parsed.toString();
}

/** A bot process as main.ts builds it, on the shared store (its own data directory). */
const openProcess = (storeUrl: string, name: string) =>
  createApp({
    config,
    dataDir: join(dir, name),
    storeUrl,
    logger: silentLogger,
    now: () => NOW,
    allowPrivateAddresses: true,
  });

function recordingMessenger(posts: string[]): ChannelMessenger {
  return {
    platform: 'discord',
    post: async (channelId) => {
      posts.push(channelId);
      return { ok: true, messageId: `m${posts.length}` };
    },
    notifyAdmins: async () => {},
  };
}

const deliverOn = (app: NewsbotApp, messenger: ChannelMessenger) =>
  createDeliverDeps({
    kv: app.kv,
    articles: app.articles,
    messenger,
    subscriptions: app.subscriptions,
    stories: app.stories,
    positions: app.positions,
    keywords: app.services.keywords,
    maxStories: 10,
    now: () => NOW,
    logger: silentLogger,
  });

// Redis holds settings and state only: the archive is the SQLite file in the data directory, so
// processes sharing a Redis share it through a common data directory (docs/decisions/0004-store.md).
describe.each([
  ['PostgreSQL', postgresUrl, false],
  ['Redis', redisUrl, true],
])('two bot processes on one shared %s store', (_name, url, shareDataDir) => {
  it.skipIf(!url)('see the same articles, recognise each other’s copies and post a digest once', async () => {
    const first = await openProcess(url as string, 'first');
    const second = await openProcess(url as string, shareDataDir ? 'first' : 'second');
    try {
      // Expects fresh databases, as .ci/start-services.sh makes for every run.
      const feed = `${server.base}/pacific-wire.xml`;
      const one = await first.feeds.ingestOnce({ url: feed });
      expect(one).toMatchObject({ ok: true, counts: { new: 4 } });
      const again = await second.feeds.ingestOnce({ url: feed });
      expect(again).toMatchObject({ ok: true, counts: { new: 0, seen: 4 } });
      // The second process finds the first one's fingerprints: the republished copy is a copy.
      const copies = await second.feeds.ingestOnce({
        url: `${server.base}/capital-ledger.xml`,
      });
      expect(copies).toMatchObject({ ok: true, counts: { new: 1, duplicate: 1, notRelevant: 1 } });

      const channel = { platform: 'discord' as const, workspaceId: 'w', channelId: `c-${randomUUID()}` };
      await first.subscriptions.set(channel, { cron: '0 8 * * *', timezone: 'Asia/Tokyo' });
      const subscription = await second.subscriptions.get(channel);
      if (!subscription) throw new Error('the second process does not see the subscription');
      expect(subscription.cron).toBe('0 8 * * *');
      const posts: string[] = [];
      const messenger = recordingMessenger(posts);
      const scheduledAt = NOW;
      const outcomes = await Promise.all([
        deliverDigest(deliverOn(first, messenger), subscription, scheduledAt),
        deliverDigest(deliverOn(second, messenger), subscription, scheduledAt),
      ]);
      expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['sent', 'slot-taken']);
      expect(posts).toEqual([channel.channelId]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
