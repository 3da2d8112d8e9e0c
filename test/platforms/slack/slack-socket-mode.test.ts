import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandServices } from '../../../commands/command-services.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { type SlackBot, startSlackBot } from '../../../src/platforms/slack/start-slack-bot.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../fakes/slack/fake-slack-api.js';
import { type FakeSocketMode, startFakeSocketMode } from '../../fakes/slack/fake-socket-mode.js';
import { createTestCommands } from './news-test-commands.js';

let api: FakeSlackApi;
let socket: FakeSocketMode;
let bot: SlackBot;

beforeAll(async () => {
  api = await startFakeSlackApi();
  socket = await startFakeSocketMode();
  api.script('apps.connections.open', { body: { ok: true, url: socket.url } });
  bot = await startSlackBot({
    botToken: 'xoxb-test',
    appToken: 'xapp-test',
    apiUrl: api.apiUrl,
    commands: createTestCommands({ slowMs: 400 }).commands,
    services: {} as CommandServices,
    logger: silentLogger,
    adminUserIds: [],
    botId: 'BBOT',
    botUserId: 'UBOT',
  });
  await socket.connected();
});

afterAll(async () => {
  await bot.stop();
  await socket.close();
  await api.close();
});

describe('the /news slash command over Socket Mode', () => {
  it('connects with the app token and opens no HTTP port', () => {
    expect(bot.port).toBeNull();
    expect(api.calls('apps.connections.open')).toHaveLength(1);
  });

  it('acks the envelope at once and answers with the rendered blocks through response_url', async () => {
    const payload = await socket.sendSlashCommand({
      text: 'positions "Taiwan Strait"',
      response_url: api.responseUrl('s1'),
    });
    expect(payload).toEqual({});
    await api.waitFor(() => api.responses('s1').length === 1);
    const answer = api.responses('s1')[0]?.body as {
      response_type?: string;
      text?: string;
      blocks?: unknown;
    };
    expect(answer.response_type).toBe('in_channel');
    expect(answer.text).toBe('Positions on Taiwan Strait');
    expect(JSON.stringify(answer.blocks)).toContain('Mao Ning, Foreign Ministry spokesperson');
  });

  it('acks a slow command before it finishes and posts the answer to response_url', async () => {
    const payload = await socket.sendSlashCommand({ text: 'digest', response_url: api.responseUrl('s2') });
    expect(payload).toEqual({});
    expect(api.responses('s2')).toEqual([]);
    await api.waitFor(() => api.responses('s2').length === 1);
    expect(api.responses('s2')[0]?.body).toMatchObject({ response_type: 'in_channel', text: 'Digest ready' });
  });
});
