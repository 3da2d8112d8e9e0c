import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandServices } from '../../../commands/command-services.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { WORKING_TEXT } from '../../../src/platforms/slack/handle-news-command.js';
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
    ackWithinMs: 150,
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

  it('answers in the envelope ack with the rendered blocks', async () => {
    const payload = await socket.sendSlashCommand({
      text: 'positions "Taiwan Strait"',
      response_url: api.responseUrl('s1'),
    });
    expect(payload.response_type).toBe('in_channel');
    expect(payload.text).toBe('Positions on Taiwan Strait');
    expect(JSON.stringify(payload.blocks)).toContain('Mao Ning, Foreign Ministry spokesperson');
  });

  it('acks a slow command with "working on it" and posts the answer to response_url', async () => {
    const payload = await socket.sendSlashCommand({ text: 'digest', response_url: api.responseUrl('s2') });
    expect(payload).toEqual({ response_type: 'ephemeral', text: WORKING_TEXT });
    await api.waitFor(() => api.responses('s2').length === 1);
    expect(api.responses('s2')[0]?.body).toMatchObject({ response_type: 'in_channel', text: 'Digest ready' });
  });
});
