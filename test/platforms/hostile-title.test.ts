import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/all-commands.js';
import { loadConfig } from '../../config/load-config.js';
import { createApp, type NewsbotApp } from '../../src/app/create-app.js';
import { digestReply } from '../../src/core/digest/digest-reply.js';
import { silentLogger } from '../../src/core/logging/logger.js';
import { type DiscordBot, startDiscordBot } from '../../src/platforms/discord/start-discord-bot.js';
import { type SlackBot, startSlackBot } from '../../src/platforms/slack/start-slack-bot.js';
import { DEFAULT_GUILD, type FakeDiscord, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { MANAGE_GUILD } from '../fakes/discord/fake-interaction.js';
import { type FakeSlackApi, startFakeSlackApi } from '../fakes/slack/fake-slack-api.js';
import { askDiscord, askSlack } from './ask-bots.js';

/** One feed item whose title and text try every kind of markup both platforms know. */
const TITLE =
  '> NATO *summit* _alert_ ~draft~ `code` **loud** <!channel> @everyone @here <@U999> <#C1> ' +
  '[click](https://evil.example/x) <https://evil.example|prize> #general';
const LEAD = '> NATO allies met. *Bold* claim by <!here> and @channel with _slanted_ words.';
const LINK = 'https://hostile.example/2026/nato-summit-alert';
const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Hostile Wire</title><link>https://hostile.example/</link>
<item><title><![CDATA[${TITLE}]]></title><link>${LINK}</link><guid>hostile-1</guid>
<pubDate>${new Date(Date.now() - 3_600_000).toUTCString()}</pubDate>
<description><![CDATA[<p>${LEAD}</p><p>The meeting in Brussels went on for hours.</p>]]></description>
</item></channel></rss>`;

/** What a user runs; each answer must show the title's words and none of its markup. */
const ASKS = [
  { slack: 'story summit alert', discord: { name: 'story', options: { story: 'summit alert' } } },
  { slack: 'search summit alert', discord: { name: 'search', options: { words: 'summit alert' } } },
  { slack: `why ${LINK}`, discord: { name: 'why', options: { url: LINK } } },
  { slack: 'digest 7d', discord: { name: 'digest', options: { since: '7d' } } },
  { slack: 'positions summit alert', discord: { name: 'positions', options: { story: 'summit alert' } } },
] as const;

const SECRET = 'hostile-secret';
let app: NewsbotApp;
let dir: string;
let slackApi: FakeSlackApi;
let slack: SlackBot;
let discord: FakeDiscord;
let discordBot: DiscordBot;

beforeAll(async () => {
  const loaded = await loadConfig();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  dir = await mkdtemp(join(tmpdir(), 'newsbot-hostile-'));
  app = await createApp({ config: loaded.config, dataDir: dir, logger: silentLogger });
  await app.feeds.ingestXml({ url: 'https://hostile.example/feed.xml' }, FEED);
  slackApi = await startFakeSlackApi();
  slack = await startSlackBot({
    ...{ botToken: 'xoxb-hostile', signingSecret: SECRET, port: 0, host: '127.0.0.1' },
    ...{ apiUrl: slackApi.apiUrl, commands: allCommands, services: app.services, logger: silentLogger },
    ...{ adminUserIds: ['UADMIN'], botId: 'BBOT', botUserId: 'UBOT' },
  });
  discord = await startFakeDiscord();
  discordBot = await startDiscordBot({
    ...{ token: discord.token, applicationId: discord.applicationId, apiUrl: discord.apiUrl },
    ...{ guildId: DEFAULT_GUILD.id, commands: allCommands, services: app.services, logger: silentLogger },
  });
}, 30_000);

afterAll(async () => {
  await slack?.stop();
  await slackApi?.close();
  await discordBot?.stop();
  await discord?.close();
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

it('stores the hostile title with its markup (the test would prove nothing otherwise)', async () => {
  const explained = await app.services.explain(LINK);
  expect(explained.kind).toBe('new');
  // Normalisation already drops what looks like an HTML tag (<!channel>, <https://…>); the rest stays.
  const title = explained.kind === 'new' ? explained.article.title : '';
  expect(title).toContain('> NATO *summit* _alert_ ~draft~ `code` **loud** @everyone @here <@U999> <#C1>');
  expect(title).toContain('[click](https://evil.example/x)');
});

describe('on Slack every command and the digest show the hostile title as plain text', () => {
  for (const ask of ASKS) {
    it(`/news ${ask.slack}`, async () => {
      const messages = await askSlack(
        slackApi,
        `http://127.0.0.1:${slack.port}/slack/events`,
        SECRET,
        ask.slack,
      );
      expectSlackInert(messages, ask.slack !== 'positions summit alert');
    });
  }

  it('a posted digest', async () => {
    await expectPostedDigestInert(
      slack.messenger,
      'C0DIGEST',
      () => slackApi.calls('chat.postMessage').at(-1)?.body,
      expectSlackInert,
    );
  });
});

describe('on Discord every command and the digest show the hostile title as plain text', () => {
  for (const ask of ASKS) {
    it(`/${ask.discord.name}`, async () => {
      const message = await askDiscord(discord, { ...ask.discord, permissions: MANAGE_GUILD });
      expectDiscordInert([message], ask.discord.name !== 'positions');
    });
  }

  it('a posted digest', async () => {
    const channel = DEFAULT_GUILD.channelIds[1] ?? '';
    await expectPostedDigestInert(
      discordBot.messenger,
      channel,
      () => discord.find('POST', `/channels/${channel}/messages`).at(-1)?.body,
      expectDiscordInert,
    );
  });
});

async function expectPostedDigestInert(
  messenger: SlackBot['messenger'],
  channel: string,
  sent: () => unknown,
  check: (messages: unknown[], showsTitle: boolean) => void,
): Promise<void> {
  const digest = await app.services.digests.build(
    { platform: messenger.platform, workspaceId: 'W', channelId: channel },
    new Date(Date.now() - 7 * 86_400_000),
    new Date(),
  );
  expect(digest).not.toBeNull();
  if (digest === null) return;
  expect((await messenger.post(channel, digestReply(digest))).ok).toBe(true);
  check([sent()], true);
}

/** Slack: no formatting pair, no `<…>` markup from the feed, every mrkdwn object verbatim. */
function expectSlackInert(messages: unknown[], showsTitle: boolean): void {
  expect(messages.length).toBeGreaterThan(0);
  const shown = JSON.stringify(messages);
  if (showsTitle) expect(shown).toMatch(/summit.*alert.*draft/);
  // plain_text (headers) shows marks as they are; mrkdwn objects and the fallback must not format.
  const formatted = JSON.stringify([
    ...textObjects(messages).filter((object) => object.type === 'mrkdwn'),
    ...messages.map((message) => (message as { text?: string }).text),
  ]);
  for (const markup of ['*summit*', '_alert_', '~draft~', '`code`', '**loud**', '*Bold*', '_slanted_'])
    expect(formatted).not.toContain(markup);
  for (const markup of ['<!channel>', '<!here>', '<@U999>', '<#C1>', '<https://evil'])
    expect(shown).not.toContain(markup);
  // Spelled-out mass mentions would ping from mrkdwn (plain_text headers never ping).
  for (const markup of ['@everyone', '@here', '@channel']) expect(formatted).not.toContain(markup);
  // A `>` (or its entity) at the start of a line would open a block quote; ours start with "> “".
  const lines = textObjects(messages)
    .filter((object) => object.type === 'mrkdwn')
    .flatMap((object) => object.text.split('\n'));
  expect(lines.filter((line) => /^\s*(&gt;|>) ?NATO/.test(line))).toEqual([]);
  for (const object of textObjects(messages))
    if (object.type === 'mrkdwn') expect(object.verbatim).toBe(true);
}

/** Discord: markdown marks escaped with a backslash, no mention syntax, mentions disallowed. */
function expectDiscordInert(messages: unknown[], showsTitle: boolean): void {
  const shown = JSON.stringify(messages);
  if (showsTitle) expect(shown).toMatch(/summit.*alert.*draft/);
  if (showsTitle) expect(shown).toContain('\\\\*summit\\\\*');
  expect(shown).not.toMatch(/(^|[^\\])[*_~`](summit|alert|draft|code|Bold|slanted)/);
  expect(shown).not.toMatch(/(^|[^\\])<[@#!]/);
  expect(shown).not.toMatch(/@(everyone|here|channel)/);
  expect(shown).not.toMatch(/(^|[^\\])\[click\]/);
}

function textObjects(value: unknown): { type: string; text: string; verbatim?: boolean }[] {
  if (Array.isArray(value)) return value.flatMap(textObjects);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own =
    typeof record.type === 'string' && typeof record.text === 'string'
      ? [record as { type: string; text: string }]
      : [];
  return [...own, ...Object.values(record).flatMap(textObjects)];
}
