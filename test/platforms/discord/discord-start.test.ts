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
});
