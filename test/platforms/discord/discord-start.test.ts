import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandServices } from '../../../commands/command-services.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { DiscordStartError, startDiscordBot } from '../../../src/platforms/discord/start-discord-bot.js';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord/fake-discord.js';
import { createTestCommands } from '../slack/news-test-commands.js';

let discord: FakeDiscord;

beforeAll(async () => {
  discord = await startFakeDiscord();
});
afterAll(async () => {
  await discord.close();
});

describe('starting the Discord bot', () => {
  it('fails with a DiscordStartError, registering nothing, when the token is refused', async () => {
    const started = startDiscordBot({
      token: 'not-the-token',
      applicationId: discord.applicationId,
      apiUrl: discord.apiUrl,
      commands: createTestCommands({ slowMs: 0 }).commands,
      services: {} as CommandServices,
      logger: silentLogger,
    });
    await expect(started).rejects.toBeInstanceOf(DiscordStartError);
    await expect(started).rejects.toMatchObject({ cause: { code: 'TokenInvalid' } });
    expect(discord.find('PUT', /commands$/)).toEqual([]);
    expect(discord.gateway.counts.identifies).toBe(0);
  });

  it('keeps one gateway session alive with acknowledged heartbeats', async () => {
    // Long enough that a loaded machine's event-loop stall cannot delay an ack past the next beat
    // (discord.js then takes the connection for a zombie and resumes: the flake seen under load).
    const beating = await startFakeDiscord({ heartbeatIntervalMs: 400 });
    const bot = await startDiscordBot({
      token: beating.token,
      applicationId: beating.applicationId,
      apiUrl: beating.apiUrl,
      commands: [],
      services: {} as CommandServices,
      logger: silentLogger,
    });
    try {
      await beating.waitFor(() => beating.gateway.counts.heartbeats >= 3, 5000);
      // An unacknowledged heartbeat would make discord.js drop the connection and resume.
      expect(beating.gateway.counts).toMatchObject({ identifies: 1, resumes: 0 });
    } finally {
      await bot.stop();
      await beating.close();
    }
  });
});
