import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { startFakeSlackApi } from '../fakes/slack/fake-slack-api.js';
import { sendSlashCommand } from '../fakes/slack/send-slash-command.js';

vi.setConfig({ testTimeout: 90_000 });

const root = fileURLToPath(new URL('../../', import.meta.url));
const SECRET = 'platforms-test-secret';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-platforms-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `newsbot start` as a process, with a config that polls nothing reachable and Slack on `port`. */
async function startBot(env: Record<string, string>, port: number) {
  const config = join(dir, `config-${port}.yaml`);
  await writeFile(
    config,
    [
      'feeds: [{ url: "https://feeds.newsbot.invalid/rss" }]',
      'keywords: { keywords: [{ term: NATO }] }',
      `actorsFile: ${join(root, 'config', 'actors.yaml')}`,
      `slack: { port: ${port} }`,
    ].join('\n'),
  );
  const child = spawn(
    join(root, 'node_modules/.bin/tsx'),
    [join(root, 'src/cli.ts'), '--config', config, '--data', join(dir, `data-${port}`), 'start'],
    { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exited, stderr: () => stderr };
}

async function until(condition: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('a Discord that refuses the token does not stop Slack from answering', async () => {
  const discord = await startFakeDiscord();
  const slack = await startFakeSlackApi();
  const port = await freePort();
  const bot = await startBot(
    {
      DISCORD_TOKEN: 'not-the-right-token',
      DISCORD_APP_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
    },
    port,
  );
  try {
    await until(() => bot.stderr().includes('platform could not start'));
    expect(bot.stderr()).toMatch(/"platform":"discord"/);
    expect(bot.stderr()).not.toContain('not-the-right-token');
    await until(() => bot.stderr().includes('"platform":"slack"'));
    // The banner comes just before the bot installs its SIGTERM handler: a signal sent earlier
    // (a loaded machine, a slow start) ends the process with the default 143, not a clean 0.
    await until(() => bot.stderr().includes('newsbot is running'));
    const answer = await sendSlashCommand(`http://127.0.0.1:${port}/slack/events`, SECRET, {
      text: 'help',
      response_url: slack.responseUrl('r1'),
    });
    expect(answer.status).toBe(200);
    await slack.waitFor(() => slack.responses('r1').length > 0, 10_000);
    expect(JSON.stringify(slack.responses('r1')[0]?.body)).toContain('/news positions');
  } finally {
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    await discord.close();
    await slack.close();
  }
});

it('stops with an error when the only platform asked for cannot start', async () => {
  const discord = await startFakeDiscord();
  const bot = await startBot(
    {
      DISCORD_TOKEN: 'not-the-right-token',
      DISCORD_APP_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
    },
    await freePort(),
  );
  try {
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toContain('No platform could start');
  } finally {
    bot.child.kill();
    await discord.close();
  }
});
