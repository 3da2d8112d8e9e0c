import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandServices } from '../../commands/command-services.js';
import type { ChannelMessenger } from '../../src/core/digest/channel-messenger.js';
import { deliverDigest } from '../../src/core/digest/deliver-digest.js';
import type { ChannelRef, Subscription } from '../../src/core/digest/subscription-store.js';
import { silentLogger } from '../../src/core/logging/logger.js';
import { commandHint } from '../../src/core/reply/platform-wording.js';
import type { KeyValueStore } from '../../src/core/store/key-value-store.js';
import { openStore } from '../../src/core/store/open-store.js';
import { startDiscordBot } from '../../src/platforms/discord/start-discord-bot.js';
import { createSlackMessenger } from '../../src/platforms/slack/slack-messenger.js';
import { type FakeGuild, FORBIDDEN, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { startFakeSlackApi } from '../fakes/slack/fake-slack-api.js';
import { createDigestWorld } from '../fixtures/commands/digest-world.js';

let dir: string;
let kv: KeyValueStore;
const clock = new Date('2024-05-12T08:00:00Z');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-wording-'));
  kv = await openStore({ dataDir: dir });
});
afterAll(async () => {
  await kv.close();
  await rm(dir, { recursive: true, force: true });
});

/** A digest for `channel` that the platform refuses, delivered through `messenger`. */
async function refusedDigest(messenger: ChannelMessenger, channel: ChannelRef) {
  const world = createDigestWorld(kv, messenger, silentLogger, () => clock);
  await world.subscriptions.set(channel, { cron: '0 8 * * *', timezone: 'Asia/Tokyo' });
  await world.publish(`a-${channel.channelId}`, 'AP4 ministers meet in Brussels', '2024-05-11T10:00:00Z');
  const subscription = (await world.subscriptions.get(channel)) as Subscription;
  return deliverDigest(world.deps, subscription, clock);
}

describe('hints in each platform’s own syntax', () => {
  it('writes a command as it is typed on Slack, Discord and the console', () => {
    const when = [{ name: 'when', value: '08:00' }];
    expect(commandHint('slack', ['schedule', 'set'], when)).toBe('/news schedule set 08:00');
    expect(commandHint('discord', ['schedule', 'set'], when)).toBe('/schedule set when:08:00');
    expect(commandHint('console', ['schedule', 'set'], when)).toBe('/schedule set 08:00');
    const usage = [{ name: 'keyword' }, { name: 'limit', optional: true }];
    expect(commandHint('discord', ['watch', 'add'], usage)).toBe('/watch add keyword:<keyword> [limit]');
    expect(commandHint('slack', ['watch', 'add'], usage)).toBe('/news watch add <keyword> [limit]');
  });
});

describe('the notice after a refused digest', () => {
  it('on Slack: mentions the channel, says to /invite the bot and how to type /news schedule set', async () => {
    const api = await startFakeSlackApi();
    try {
      api.script('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
      const client = new webApi.WebClient('xoxb-test', {
        slackApiUrl: api.apiUrl,
        retryConfig: { retries: 0 },
      });
      const messenger = createSlackMessenger(client, { adminUserIds: ['UADMIN'], logger: silentLogger });
      const outcome = await refusedDigest(messenger, {
        platform: 'slack',
        workspaceId: 'T1',
        channelId: 'C0LOCKED',
      });
      expect(outcome).toMatchObject({ kind: 'failed', reason: 'forbidden' });
      const dm = JSON.stringify(
        api.calls('chat.postMessage').find((call) => call.body.channel === 'UADMIN')?.body,
      );
      expect(dm).toContain('<#C0LOCKED>');
      expect(dm).toContain('/invite');
      expect(dm).toContain('/news schedule set 08:00 Asia/Tokyo');
      expect(dm).not.toMatch(/channel C0LOCKED|run \/schedule/);
    } finally {
      await api.close();
    }
  });

  it('on Discord: mentions the channel and names the permissions and /schedule set with its options', async () => {
    const guild: FakeGuild = {
      id: '170000000000000001',
      name: 'Newsroom',
      ownerId: '270000000000000001',
      systemChannelId: '370000000000000001',
      channelIds: ['370000000000000001', '777777777777777770'],
    };
    const discord = await startFakeDiscord({ guilds: [guild] });
    const bot = await startDiscordBot({
      token: discord.token,
      applicationId: discord.applicationId,
      apiUrl: discord.apiUrl,
      commands: [],
      services: {} as CommandServices,
      logger: silentLogger,
    });
    try {
      discord.rest.failChannel('777777777777777770', FORBIDDEN);
      const outcome = await refusedDigest(bot.messenger, {
        platform: 'discord',
        workspaceId: guild.id,
        channelId: '777777777777777770',
      });
      expect(outcome).toMatchObject({ kind: 'failed', reason: 'forbidden' });
      const [notice] = discord.find('POST', '/channels/370000000000000001/messages');
      const shown = JSON.stringify(notice?.body);
      expect(shown).toContain('<#777777777777777770>');
      expect(shown).toContain('Send Messages');
      expect(shown).toContain('/schedule set when:08:00 timezone:Asia/Tokyo');
      expect(shown).not.toContain('/news');
    } finally {
      await bot.stop();
      await discord.close();
    }
  });
});
