import { describe, expect, it } from 'vitest';
import { notifyFeedPaused } from '../../src/app/notify-feed-paused.js';
import type { ChannelMessenger } from '../../src/core/digest/channel-messenger.js';
import { createSubscriptionStore } from '../../src/core/digest/subscription-store.js';
import { silentLogger } from '../../src/core/logging/logger.js';
import type { Reply } from '../../src/core/reply/reply.js';
import { createMemoryKeyValueStore } from '../../src/core/store/key-value-store.js';

function recording(platform: 'discord' | 'slack', told: string[], fail = false): ChannelMessenger {
  return {
    platform,
    post: async () => ({ ok: true }),
    notifyAdmins: async (workspaceId: string, reply: Reply) => {
      if (fail) throw new Error('admins unreachable');
      told.push(`${platform}:${workspaceId}: ${reply.title} — ${reply.text}`);
    },
  };
}

describe('a feed paused after failures', () => {
  it('is told once to the admins of every workspace that gets digests, on its own platform', async () => {
    const subscriptions = createSubscriptionStore(createMemoryKeyValueStore());
    const schedule = { cron: '0 8 * * *', timezone: 'UTC' };
    await subscriptions.set({ platform: 'discord', workspaceId: 'G1', channelId: 'c1' }, schedule);
    await subscriptions.set({ platform: 'discord', workspaceId: 'G1', channelId: 'c2' }, schedule);
    await subscriptions.set({ platform: 'slack', workspaceId: 'T1', channelId: 'c3' }, schedule);
    await subscriptions.set({ platform: 'slack', workspaceId: 'T2', channelId: 'c4' }, schedule);
    const told: string[] = [];
    const messengers = { discord: recording('discord', told), slack: recording('slack', told) };
    const count = await notifyFeedPaused(
      {
        type: 'feed-paused',
        feed: 'https://wire.example/rss',
        at: '2024-05-06T06:00:00Z',
        error: 'https://wire.example/rss: HTTP 503 Service Unavailable',
        consecutiveFailures: 5,
      },
      {
        subscriptions,
        messengerFor: (platform) => messengers[platform as 'discord' | 'slack'],
        logger: silentLogger,
      },
    );
    expect(count).toBe(3);
    expect(told.sort()).toEqual([
      'discord:G1: A feed was paused — https://wire.example/rss failed 5 times in a row and is no longer polled. Last error: https://wire.example/rss: HTTP 503 Service Unavailable',
      'slack:T1: A feed was paused — https://wire.example/rss failed 5 times in a row and is no longer polled. Last error: https://wire.example/rss: HTTP 503 Service Unavailable',
      'slack:T2: A feed was paused — https://wire.example/rss failed 5 times in a row and is no longer polled. Last error: https://wire.example/rss: HTTP 503 Service Unavailable',
    ]);
  });

  it('an unreachable admin is logged, not thrown, and the others are still told', async () => {
    const subscriptions = createSubscriptionStore(createMemoryKeyValueStore());
    const schedule = { cron: '0 8 * * *', timezone: 'UTC' };
    await subscriptions.set({ platform: 'discord', workspaceId: 'G1', channelId: 'c1' }, schedule);
    await subscriptions.set({ platform: 'slack', workspaceId: 'T1', channelId: 'c2' }, schedule);
    const told: string[] = [];
    const messengers = { discord: recording('discord', told, true), slack: recording('slack', told) };
    const count = await notifyFeedPaused(
      { type: 'feed-paused', feed: 'https://wire.example/rss', at: '', error: 'x', consecutiveFailures: 5 },
      {
        subscriptions,
        messengerFor: (platform) => messengers[platform as 'discord' | 'slack'],
        logger: silentLogger,
      },
    );
    expect(count).toBe(1);
    expect(told).toHaveLength(1);
  });
});
