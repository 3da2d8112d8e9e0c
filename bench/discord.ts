/**
 * Answer latency of the Discord adapter: 200 slash commands dispatched at once as
 * INTERACTION_CREATE through a loopback fake gateway to the real discord.js, timed from the
 * dispatch to the interaction callback POST on the fake REST API.
 * Two bursts: the first right after start-up (cold code paths and connections), the second the
 * steady state the target applies to. Target: every interaction answered, p99 under 500 ms.
 * Prints figures, writes bench/results/discord.json.
 */

import type { CommandServices } from '../commands/command-services.js';
import { silentLogger } from '../src/core/logging/logger.js';
import { startDiscordBot } from '../src/platforms/discord/start-discord-bot.js';
import { DEFAULT_GUILD, type FakeDiscord, startFakeDiscord } from '../test/fakes/discord/fake-discord.js';
import { fakeInteraction } from '../test/fakes/discord/fake-interaction.js';
import { createTestCommands } from '../test/platforms/slack/news-test-commands.js';
import { percentile, writeBenchResult } from './support/bench-results.js';

const INTERACTIONS = 200;
const TARGET_P99_MS = 500;
const WAIT_FOR_ANSWERS_MS = 10_000;

const round = (ms: number) => Number(ms.toFixed(1));

/** Dispatches INTERACTIONS slash commands in one go and times each from dispatch to its callback POST. */
async function burst(discord: FakeDiscord, label: string) {
  discord.rest.requests.length = 0;
  const sentAt = new Map<string, number>();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let n = 0; n < INTERACTIONS; n += 1) {
    const interaction = fakeInteraction(discord.applicationId, {
      name: 'latest',
      options: { count: 10, region: label === 'cold' ? 'japan' : 'europe' },
      userId: String(200_000_000_000_000_000n + BigInt(n % 20)),
    });
    sentAt.set(interaction.id, performance.now());
    discord.gateway.dispatch('INTERACTION_CREATE', interaction.payload);
  }
  const callbacks = () => discord.find('POST', /^\/interactions\/\d+\/[^/]+\/callback$/);
  await discord.waitFor(() => callbacks().length >= INTERACTIONS, WAIT_FOR_ANSWERS_MS).catch(() => undefined);
  const wallMs = performance.now() - started;
  // CPU time of this process (bot and fake together): steadier than latency on a shared machine.
  const cpu = process.cpuUsage(cpuBefore);
  const answered = callbacks().filter((request) => (request.body as { type?: number }).type === 4);
  const times = answered
    .map((request) => request.at - (sentAt.get(request.path.split('/')[2] ?? '') ?? Number.NaN))
    .sort((a, b) => a - b);
  return {
    answered: answered.length,
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(times.at(-1) ?? Number.NaN),
    wallMs: round(wallMs),
    cpuMs: round((cpu.user + cpu.system) / 1000),
  };
}

async function main(): Promise<void> {
  const discord = await startFakeDiscord();
  const bot = await startDiscordBot({
    token: discord.token,
    applicationId: discord.applicationId,
    apiUrl: discord.apiUrl,
    guildId: DEFAULT_GUILD.id,
    // The tests' /latest 10: ten sections of feed headlines full of markup to escape, with links.
    commands: createTestCommands({ slowMs: 0 }).commands,
    services: {} as CommandServices,
    logger: silentLogger,
  });
  try {
    // Right after start-up, code paths and connections are cold; the second burst is the steady state.
    const cold = await burst(discord, 'cold');
    const warm = await burst(discord, 'warm');
    const figures = {
      interactions: INTERACTIONS,
      ...warm,
      firstBurstAfterStart: cold,
      targetP99Ms: TARGET_P99_MS,
      met: warm.answered === INTERACTIONS && warm.p99Ms < TARGET_P99_MS,
      node: process.version,
      at: new Date().toISOString(),
    };
    for (const [name, run] of [
      ['first burst after start', cold],
      ['second burst', warm],
    ] as const) {
      console.log(
        `discord (${name}): ${run.answered}/${INTERACTIONS} answered; dispatch→callback p50 ${run.p50Ms} ms, ` +
          `p99 ${run.p99Ms} ms, max ${run.maxMs} ms; all in ${run.wallMs} ms using ${run.cpuMs} ms CPU`,
      );
    }
    console.log(
      `discord: target p99 < ${TARGET_P99_MS} ms (second burst): ${figures.met ? 'met' : 'NOT met'}`,
    );
    await writeBenchResult('discord', figures);
  } finally {
    await bot.stop();
    await discord.close();
  }
}

await main();
