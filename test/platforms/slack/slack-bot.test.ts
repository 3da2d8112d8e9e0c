import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandServices } from '../../../commands/command-services.js';
import { createJsonLogger } from '../../../src/core/logging/logger.js';
import { type SlackBot, startSlackBot } from '../../../src/platforms/slack/start-slack-bot.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../fakes/slack/fake-slack-api.js';
import { sendSlashCommand } from '../../fakes/slack/send-slash-command.js';
import { createTestCommands } from './news-test-commands.js';

const SECRET = 'test-signing-secret';
let api: FakeSlackApi;
let bot: SlackBot;
let eventsUrl: string;
let fixture: ReturnType<typeof createTestCommands>;
const logLines: string[] = [];
let next = 0;

type Message = { response_type?: string; text?: string; blocks?: unknown[] };

/** Sends `/news <text>` as user `user` and returns the ack (status, body, time) and the response_url id. */
async function send(text: string, user = 'U1') {
  next += 1;
  const id = `r${next}`;
  const result = await sendSlashCommand(eventsUrl, SECRET, {
    text,
    response_url: api.responseUrl(id),
    user_id: user,
  });
  return { ...result, id };
}

/** Sends `/news <text>` and returns the answer: the first message posted to its response_url. */
async function news(text: string, user = 'U1') {
  const sent = await send(text, user);
  await api.waitFor(() => api.responses(sent.id).length > 0, 10_000);
  return { ...sent, answer: api.responses(sent.id)[0]?.body as Message };
}

beforeAll(async () => {
  api = await startFakeSlackApi();
  fixture = createTestCommands({ slowMs: 600 });
  bot = await startSlackBot({
    botToken: 'xoxb-test',
    signingSecret: SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: api.apiUrl,
    commands: fixture.commands,
    services: {} as CommandServices,
    logger: createJsonLogger((line) => logLines.push(line), 'debug'),
    adminUserIds: ['UADMIN'],
    botId: 'BBOT',
    botUserId: 'UBOT',
  });
  eventsUrl = `http://127.0.0.1:${bot.port}/slack/events`;
});

afterAll(async () => {
  await bot.stop();
  await api.close();
});

beforeEach(() => {
  fixture.runs.length = 0;
});

describe('the /news slash command over signed HTTP', () => {
  it('answers "positions china" in the channel with the story link, the quote and its speaker', async () => {
    const { status, answer } = await news('positions china');
    expect(status).toBe(200);
    expect(answer.response_type).toBe('in_channel');
    expect(answer.text).toBe('Positions on china');
    expect(answer.blocks).toEqual([
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '*<https://news.example/stories/42|Positions on china>*',
          verbatim: true,
        },
      },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text:
            '*China*\n> “We oppose any attempt to bring bloc confrontation into the Asia-Pacific.”\n' +
            '> — Mao Ning, Foreign Ministry spokesperson · <https://news.example/articles/7|Example Wire>',
          verbatim: true,
        },
      },
      { type: 'section', fields: [{ type: 'mrkdwn', text: '*Stance*\nopposed', verbatim: true }] },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '3 outlets reported this', verbatim: true }] },
    ]);
  });

  it('keeps a quoted keyword together, typographic quotes included', async () => {
    const { answer } = await news('watch add “South China Sea”', 'UADMIN');
    expect(answer.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer.blocks)).toContain('Now watching \\"South China Sea\\".');
    expect(fixture.watched).toContain('South China Sea');
  });

  it('refuses an admin command to a member, ephemerally, and changes nothing', async () => {
    const { answer } = await news('watch add AUKUS', 'UMEMBER');
    expect(answer.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer.blocks)).toContain('/watch is for admins only; nothing was changed.');
    expect(fixture.watched).not.toContain('AUKUS');
    expect(fixture.runs).toEqual([]);
  });

  it('lets a workspace admin (users.info is_admin) run admin commands, asking Slack once', async () => {
    api.workspaceAdmins.add('UWSADMIN');
    const before = api.calls('users.info').length;
    await news('watch add AUKUS', 'UWSADMIN');
    const { answer } = await news('watch list', 'UWSADMIN');
    expect(fixture.watched).toContain('AUKUS');
    expect(JSON.stringify(answer.blocks)).toContain('• AUKUS');
    expect(api.calls('users.info').length - before).toBe(1);
  });

  it('answers mistakes with the usage to type instead', async () => {
    const missing = await news('watch add', 'UADMIN');
    expect(missing.answer.response_type).toBe('ephemeral');
    expect(JSON.stringify(missing.answer.blocks)).toContain(
      'Missing keyword. Usage: /news watch add &lt;keyword&gt;',
    );
    const choice = await news('latest 3 mars');
    expect(JSON.stringify(choice.answer.blocks)).toContain(
      'region must be one of: japan, europe (got \\"mars\\").',
    );
    const unknown = await news('weather tokyo');
    expect(JSON.stringify(unknown.answer.blocks)).toContain('There is no command \\"weather\\".');
    expect(fixture.runs).toEqual([]);
  });

  it('shows every command with its usage for an empty /news', async () => {
    const { answer } = await news('');
    expect(answer.response_type).toBe('ephemeral');
    const shown = JSON.stringify(answer.blocks);
    for (const line of [
      '/news positions &lt;story&gt;',
      '/news watch add &lt;keyword&gt;',
      '/news latest [count] [region]',
    ]) {
      expect(shown).toContain(line);
    }
  });

  it('escapes feed text so it cannot ping the channel or mention anyone', async () => {
    const { answer } = await news('latest 1 japan');
    const shown = JSON.stringify(answer);
    expect(shown).not.toMatch(/<!channel>|<@U999>|<b>/);
    expect(shown).toContain('&lt;!channel&gt; Headline 1: AT&amp;T &lt;b&gt;bold&lt;/b&gt; claim japan');
    expect(shown).toContain('<https://news.example/articles/1?a=1&amp;b=2|');
    expect(shown).toContain('Example Wire · &lt;@U999&gt; said so');
  });

  it('reads Slack-escaped command text as the person typed it', async () => {
    const { answer } = await news('watch add R&amp;D &lt;quantum&gt;', 'UADMIN');
    expect(fixture.watched).toContain('R&D <quantum>');
    expect(JSON.stringify(answer.blocks)).toContain('Now watching \\"R&amp;D &lt;quantum&gt;\\".');
  });

  it('acknowledges a slow command at once, empty, and posts the answer to response_url', async () => {
    const { status, body, ms, id } = await send('digest');
    expect(status).toBe(200);
    expect(body).toBe('');
    expect(ms).toBeLessThan(550);
    expect(api.responses(id)).toEqual([]);
    await api.waitFor(() => api.responses(id).length === 1);
    const [late] = api.responses(id);
    expect(late?.body).toMatchObject({
      response_type: 'in_channel',
      text: 'Digest ready',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Digest ready', emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: 'Five stories moved today.', verbatim: true } },
      ],
    });
  });

  it('sends a long answer in several response_url posts, losing no headline', async () => {
    const { id } = await send('latest 120');
    const messages = () => api.responses(id).map((call) => call.body) as Message[];
    await api.waitFor(() => JSON.stringify(messages()).includes('Headline 120:'), 10_000);
    const all = JSON.stringify(messages());
    expect(messages().length).toBeGreaterThan(1);
    for (let n = 1; n <= 120; n += 1) expect(all).toContain(`Headline ${n}:`);
    for (const message of messages()) expect(message.blocks?.length ?? 0).toBeLessThanOrEqual(50);
  });

  it('turns an unexpected failure into an ephemeral apology and logs it', async () => {
    const { answer } = await news('broken');
    expect(answer.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer.blocks)).toContain('/broken failed unexpectedly');
    expect(logLines.some((line) => line.includes('database is locked'))).toBe(true);
  });
});

describe('request verification', () => {
  it('refuses a bad signature with 401 and never runs the command', async () => {
    const result = await sendSlashCommand(
      eventsUrl,
      SECRET,
      { text: 'positions china', response_url: api.responseUrl('bad') },
      { signature: `v0=${'0'.repeat(64)}` },
    );
    expect(result.status).toBe(401);
    expect(fixture.runs).toEqual([]);
  });

  it('refuses a correctly signed request that is ten minutes old', async () => {
    const stale = Math.floor(Date.now() / 1000) - 600;
    const result = await sendSlashCommand(
      eventsUrl,
      SECRET,
      { text: 'positions china', response_url: api.responseUrl('stale') },
      { timestamp: stale },
    );
    expect(result.status).toBe(401);
    expect(fixture.runs).toEqual([]);
  });
});

describe('digests through the bot messenger', () => {
  it('posts a digest to the channel with chat.postMessage', async () => {
    const before = api.calls('chat.postMessage').length;
    const result = await bot.messenger.post('CDIGEST', {
      title: 'Morning digest',
      sections: [{ items: [{ text: 'NATO opens Tokyo liaison office', url: 'https://news.example/a/1' }] }],
      ephemeral: false,
    });
    expect(result.ok).toBe(true);
    const [call] = api.calls('chat.postMessage').slice(before);
    expect(call?.body).toMatchObject({
      channel: 'CDIGEST',
      text: 'Morning digest',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Morning digest', emoji: true } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: '• <https://news.example/a/1|NATO opens Tokyo liaison office>',
            verbatim: true,
          },
        },
      ],
    });
  });
});
