import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandServices } from '../../../commands/command-services.js';
import { createJsonLogger } from '../../../src/core/logging/logger.js';
import type { Reply } from '../../../src/core/reply/reply.js';
import { type DiscordBot, startDiscordBot } from '../../../src/platforms/discord/start-discord-bot.js';
import {
  type FakeDiscord,
  type FakeGuild,
  FORBIDDEN,
  startFakeDiscord,
  UNKNOWN_CHANNEL,
} from '../../fakes/discord/fake-discord.js';

const OPEN: FakeGuild = {
  id: '110000000000000001',
  name: 'Open newsroom',
  ownerId: '210000000000000001',
  systemChannelId: '310000000000000002',
  channelIds: ['310000000000000001', '310000000000000002'],
};
const QUIET_SYSTEM: FakeGuild = {
  id: '120000000000000001',
  name: 'Read-only welcome',
  ownerId: '220000000000000001',
  systemChannelId: '320000000000000001',
  channelIds: ['320000000000000001', '320000000000000002', '320000000000000003'],
  readOnlyChannelIds: ['320000000000000001', '320000000000000002'],
};
const LOCKED: FakeGuild = {
  id: '130000000000000001',
  name: 'Locked down',
  ownerId: '230000000000000001',
  systemChannelId: null,
  channelIds: ['330000000000000001'],
};

let discord: FakeDiscord;
let bot: DiscordBot;
const logs: string[] = [];

const digest: Reply = {
  title: 'Morning digest',
  sections: [
    {
      heading: 'NATO and Japan',
      items: [
        {
          text: 'NATO weighs a liaison office in Tokyo',
          url: 'https://news.example/a/1',
          detail: 'Example Wire',
        },
      ],
    },
  ],
  // The messenger posts in the channel whatever the reply says.
  ephemeral: true,
};
const paused: Reply = {
  title: 'Digest paused',
  text: 'I can no longer post in #news: give me Send Messages there, then resume the subscription.',
  sections: [],
  ephemeral: true,
};

function postsTo(channelId: string) {
  return discord.find('POST', `/channels/${channelId}/messages`);
}

beforeAll(async () => {
  discord = await startFakeDiscord({ guilds: [OPEN, QUIET_SYSTEM, LOCKED] });
  bot = await startDiscordBot({
    token: discord.token,
    applicationId: discord.applicationId,
    apiUrl: discord.apiUrl,
    commands: [],
    services: {} as CommandServices,
    logger: createJsonLogger((line) => logs.push(line)),
  });
});

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
});

describe('the Discord digest messenger', () => {
  it('registers no guild commands without a guild id: the overwrite is global', () => {
    expect(discord.find('PUT', `/applications/${discord.applicationId}/commands`)).toHaveLength(1);
  });

  it('posts a digest to the channel as an embed that pings no one, and returns its message id', async () => {
    const result = await bot.messenger.post('310000000000000001', digest);
    expect(result).toEqual({ ok: true, messageId: expect.stringMatching(/^\d+$/) });
    const [post] = postsTo('310000000000000001');
    expect(post?.authorization).toBe(`Bot ${discord.token}`);
    expect(post?.body).toEqual({
      embeds: [
        {
          color: expect.any(Number),
          title: 'Morning digest',
          description:
            '**NATO and Japan**\n• [NATO weighs a liaison office in Tokyo](https://news.example/a/1)\n  Example Wire',
        },
      ],
      allowed_mentions: { parse: [] },
    });
  });

  it('reports a 403 as forbidden', async () => {
    discord.rest.failChannel('399999999999999001', FORBIDDEN);
    const result = await bot.messenger.post('399999999999999001', digest);
    expect(result).toEqual({ ok: false, reason: 'forbidden', message: '403 50001: Missing Access' });
    expect(postsTo('399999999999999001')).toHaveLength(1);
  });

  it('reports Unknown Channel (10003) as not-found', async () => {
    discord.rest.failChannel('399999999999999002', UNKNOWN_CHANNEL);
    const result = await bot.messenger.post('399999999999999002', digest);
    expect(result).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('reports a server error as unavailable once discord.js has retried it', async () => {
    discord.rest.failChannel('399999999999999003', {
      status: 500,
      code: 0,
      message: 'Internal Server Error',
    });
    const result = await bot.messenger.post('399999999999999003', digest);
    expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(postsTo('399999999999999003').length).toBeGreaterThan(1);
  });

  it('leaves a 429 to discord.js, which waits as asked and then delivers', async () => {
    discord.rest.rateLimitNext('399999999999999004', 0.3);
    const result = await bot.messenger.post('399999999999999004', digest);
    expect(result.ok).toBe(true);
    const [limited, delivered] = postsTo('399999999999999004');
    expect(postsTo('399999999999999004')).toHaveLength(2);
    expect((delivered?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(250);
  });

  it("tells admins in the server's system channel", async () => {
    await bot.messenger.notifyAdmins(OPEN.id, paused);
    const [notice] = postsTo('310000000000000002');
    expect(JSON.stringify(notice?.body)).toContain('give me Send Messages there');
  });

  it('skips channels where the bot may not write and uses the first one it can', async () => {
    await bot.messenger.notifyAdmins(QUIET_SYSTEM.id, paused);
    expect(postsTo('320000000000000001')).toHaveLength(0);
    expect(postsTo('320000000000000002')).toHaveLength(0);
    expect(postsTo('320000000000000003')).toHaveLength(1);
  });

  it('falls back to a DM to the server owner when no channel takes the notice', async () => {
    discord.rest.failChannel('330000000000000001', FORBIDDEN);
    await bot.messenger.notifyAdmins(LOCKED.id, paused);
    const [dm] = discord.find('POST', '/users/@me/channels');
    expect(dm?.body).toEqual({ recipient_id: LOCKED.ownerId });
    expect(postsTo(`dm-${LOCKED.ownerId}`)).toHaveLength(1);
    expect(logs.some((line) => line.includes('told the server owner by DM'))).toBe(true);
  });
});
