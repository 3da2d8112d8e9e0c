import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/all-commands.js';
import { loadConfig } from '../../config/load-config.js';
import { createApp, type NewsbotApp } from '../../src/app/create-app.js';
import { silentLogger } from '../../src/core/logging/logger.js';
import { startDiscordBot } from '../../src/platforms/discord/start-discord-bot.js';
import { startSlackBot } from '../../src/platforms/slack/start-slack-bot.js';
import { DEFAULT_GUILD, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { fakeInteraction } from '../fakes/discord/fake-interaction.js';
import { startFakeSlackApi } from '../fakes/slack/fake-slack-api.js';
import { sendSlashCommand } from '../fakes/slack/send-slash-command.js';

const demoFeeds = fileURLToPath(new URL('../../demo/feeds/', import.meta.url));
const SECRET = 'e2e-signing-secret';
let app: NewsbotApp;
let dir: string;

/** The bot as `newsbot start` builds it, on a SQLite store filled from the demo feeds. */
beforeAll(async () => {
  const loaded = await loadConfig();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  dir = await mkdtemp(join(tmpdir(), 'newsbot-e2e-'));
  app = await createApp({ config: loaded.config, dataDir: dir, logger: silentLogger });
  for (const file of ['pacific-wire.xml', 'capital-ledger.xml', 'tokyo-daily-ja.xml']) {
    const report = await app.feeds.ingestOnce({ url: join(demoFeeds, file) });
    if (!report.ok) throw new Error(report.error);
  }
});

afterAll(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

/** Sends `/news <text>` to the real Slack bot over a fake Slack API and hands over what it answered. */
async function askSlack(text: string, check: (status: number, blocks: string) => void): Promise<void> {
  const api = await startFakeSlackApi();
  const bot = await startSlackBot({
    botToken: 'xoxb-e2e',
    signingSecret: SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: api.apiUrl,
    commands: allCommands,
    services: app.services,
    logger: silentLogger,
    adminUserIds: [],
    botId: 'BBOT',
    botUserId: 'UBOT',
  });
  try {
    const { status } = await sendSlashCommand(`http://127.0.0.1:${bot.port}/slack/events`, SECRET, {
      text,
      response_url: api.responseUrl('r1'),
    });
    await api.waitFor(() => api.responses('r1').length > 0, 10_000);
    check(status, JSON.stringify(api.responses('r1').map((call) => call.body)));
  } finally {
    await bot.stop();
    await api.close();
  }
}

describe('the real commands on a store filled from feeds', () => {
  it('answer /news positions on Slack with the verbatim quote, its speaker and its link', async () => {
    await askSlack('positions china liaison office', (status, blocks) => {
      expect(status).toBe(200);
      expect(blocks).toContain('Asia is a land of cooperation, not a venue for geopolitical fights,');
      expect(blocks).toContain('Mao Ning');
      expect(blocks).toContain('https://demo.newsbot.invalid/capital-ledger/world/china-warns-nato');
      expect(blocks).toMatch(/opposed/);
    });
  });

  it('answer /news positions topic:… on Slack over English and Japanese articles, month by month', async () => {
    await askSlack('positions topic:liaison office | 東京事務所', (_status, blocks) => {
      expect(blocks).toContain('Positions on \\"liaison office | 東京事務所\\"');
      expect(blocks).toContain('Mao Ning');
      expect(blocks).toContain('https://demo.newsbot.invalid/capital-ledger/world/china-warns-nato');
      expect(blocks).toContain('2023-05 opposed');
      // The Japanese report matched too: its quote of the foreign minister is Japan's.
      expect(blocks).toContain('林外相');
    });
  });

  it('answer /positions on Discord with embeds that quote the source and ping no one', async () => {
    const discord = await startFakeDiscord();
    const bot = await startDiscordBot({
      token: discord.token,
      applicationId: discord.applicationId,
      apiUrl: discord.apiUrl,
      guildId: DEFAULT_GUILD.id,
      commands: allCommands,
      services: app.services,
      logger: silentLogger,
    });
    try {
      const interaction = fakeInteraction(discord.applicationId, {
        name: 'positions',
        options: { actor: 'us', story: 'liaison office' },
      });
      discord.gateway.dispatch('INTERACTION_CREATE', interaction.payload);
      const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
      const request = await discord.waitFor(() => discord.find('POST', path)[0]);
      const callback = request.body as {
        type: number;
        data?: { embeds: unknown[]; allowed_mentions?: unknown };
      };
      // Answered at once, or deferred and then edited: read whichever carries the embeds.
      const message =
        callback.type === 4
          ? callback.data
          : ((
              await discord.waitFor(
                () =>
                  discord.find(
                    'PATCH',
                    `/webhooks/${discord.applicationId}/${interaction.token}/messages/@original`,
                  )[0],
              )
            ).body as { embeds: unknown[]; allowed_mentions?: unknown });
      const embeds = JSON.stringify(message?.embeds);
      expect(embeds).toContain('blown way out of proportion.');
      expect(embeds).toContain('Douglas Jones');
      expect(embeds).toContain('skeptical');
      expect(message?.allowed_mentions).toEqual({ parse: [] });
    } finally {
      await bot.stop();
      await discord.close();
    }
  });
});
