import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allCommands } from '../../../commands/all-commands.js';
import type { CommandServices } from '../../../commands/command-services.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { openStore } from '../../../src/core/store/open-store.js';
import { startDiscordBot } from '../../../src/platforms/discord/start-discord-bot.js';
import { DEFAULT_GUILD, type FakeDiscord, startFakeDiscord } from '../../fakes/discord/fake-discord.js';

vi.setConfig({ testTimeout: 60_000 });

const root = fileURLToPath(new URL('../../../', import.meta.url));
let discord: FakeDiscord;
let dir: string;

beforeAll(async () => {
  discord = await startFakeDiscord();
  dir = await mkdtemp(join(tmpdir(), 'newsbot-register-'));
});
afterAll(async () => {
  await discord.close();
  await rm(dir, { recursive: true, force: true });
});

const puts = () => discord.find('PUT', /\/commands$/);

/** Starts and stops the bot once over the store in `data`, its commands in one server or global. */
async function startOnce(data: string, { commands = allCommands, global = false } = {}): Promise<void> {
  const kv = await openStore({ dataDir: data });
  try {
    const bot = await startDiscordBot({
      token: discord.token,
      applicationId: discord.applicationId,
      apiUrl: discord.apiUrl,
      ...(global ? {} : { guildId: DEFAULT_GUILD.id }),
      commands,
      services: {} as CommandServices,
      logger: silentLogger,
      kv,
    });
    await bot.stop();
  } finally {
    await kv.close();
  }
}

describe('registering the slash commands', () => {
  it('registers on the first start and makes no PUT on a second start with the same definitions', async () => {
    const data = join(dir, 'same');
    const before = puts().length;
    await startOnce(data);
    expect(puts().length - before).toBe(1);
    const [put] = puts().slice(before);
    expect(put?.path).toBe(`/applications/${discord.applicationId}/guilds/${DEFAULT_GUILD.id}/commands`);
    expect((put?.body as { name: string }[] | undefined)?.map((command) => command.name)).toEqual(
      allCommands.map((command) => command.name),
    );
    await startOnce(data);
    expect(puts().length - before).toBe(1);
  });

  it('registers again when a definition changes', async () => {
    const data = join(dir, 'changed');
    await startOnce(data);
    const before = puts().length;
    const [first, ...rest] = allCommands;
    if (!first) throw new Error('no commands');
    await startOnce(data, {
      commands: [{ ...first, description: `${first.description} (updated)` }, ...rest],
    });
    expect(puts().length - before).toBe(1);
    expect(JSON.stringify(puts().at(-1)?.body)).toContain('(updated)');
  });

  it('newsbot register-commands registers on demand, and the next start then makes no PUT', async () => {
    const data = join(dir, 'cli');
    const before = puts().length;
    const { stdout } = await promisify(execFile)(
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'src/cli.ts'), '--data', data, 'register-commands'],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          DISCORD_TOKEN: discord.token,
          DISCORD_APP_ID: discord.applicationId,
          DISCORD_API_URL: discord.apiUrl,
        },
      },
    );
    expect(stdout).toContain(`Registered ${allCommands.length} Discord slash commands globally.`);
    expect(puts().length - before).toBe(1);
    expect(puts().at(-1)?.path).toBe(`/applications/${discord.applicationId}/commands`);
    await startOnce(data, { global: true });
    expect(puts().length - before).toBe(1);
  });
});
