/**
 * What a Discord user waits for: the real commands (positions, digest, story, search) on a store
 * of 10,000 articles (bench/platforms/filled-command-store.ts), dispatched as INTERACTION_CREATE
 * through a loopback fake gateway to the real discord.js, and timed from the dispatch to the
 * answer: the reply callback, or the edit of a deferred one. INTERACTIONS interactions in rounds
 * of AT_ONCE people asking at the same moment, from the first round after start on; every round
 * counts. Target: every interaction answered, p99 < 300 ms (issue 14).
 * Run: npm run bench:discord (BENCH_ARTICLES, BENCH_INTERACTIONS, BENCH_AT_ONCE override).
 * Writes bench/results/discord.json.
 */
import { loadavg } from 'node:os';
import { allCommands } from '../commands/all-commands.js';
import { silentLogger } from '../src/core/logging/logger.js';
import { EMBED_COLOR } from '../src/platforms/discord/discord-limits.js';
import { startDiscordBot } from '../src/platforms/discord/start-discord-bot.js';
import { DEFAULT_GUILD, type FakeDiscord, startFakeDiscord } from '../test/fakes/discord/fake-discord.js';
import { fakeInteraction, MANAGE_GUILD } from '../test/fakes/discord/fake-interaction.js';
import { fillCommandStore } from './platforms/filled-command-store.js';
import { BENCH_CALLS, type BenchCall, reportRounds, type Timing } from './platforms/rounds.js';
import { writeBenchResult } from './support/bench-results.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS ?? 200);
const AT_ONCE = Number(process.env.BENCH_AT_ONCE ?? 5);
const TARGET_P99_MS = 300;
const now = new Date('2026-05-06T09:00:00Z');

function options(command: BenchCall, n: number, words: string): Record<string, string> {
  if (command === 'digest') return { since: '7d' };
  if (command === 'story') return { story: words };
  if (command === 'search') return { words };
  return n % 8 === 0 ? {} : { story: words };
}

/** When interaction `id` got its answer, and the answer: a type-4 callback, or the edit after a type-5 defer. */
function answerOf(
  discord: FakeDiscord,
  id: string,
  token: string,
): { at: number; body: unknown } | undefined {
  const [callback] = discord.find('POST', `/interactions/${id}/${token}/callback`);
  if (!callback) return undefined;
  const body = callback.body as { type?: number; data?: unknown };
  if (body.type === 4) return { at: callback.at, body: body.data };
  return discord.find('PATCH', `/webhooks/${discord.applicationId}/${token}/messages/@original`)[0];
}

/** An error answer is a broken benchmark, not a fast one. */
function isError(body: unknown): boolean {
  return JSON.stringify(body).includes(`"color":${EMBED_COLOR.error}`);
}

async function round(discord: FakeDiscord, index: number, store: { storyWords: (n: number) => string }) {
  const sent = Array.from({ length: AT_ONCE }, (_, k) => {
    const n = index * AT_ONCE + k;
    const command = BENCH_CALLS[n % BENCH_CALLS.length] as BenchCall;
    const interaction = fakeInteraction(discord.applicationId, {
      name: command,
      options: options(command, n, store.storyWords(n * 37)),
      userId: String(200_000_000_000_000_000n + BigInt(n % 20)),
      permissions: MANAGE_GUILD,
    });
    return { command, interaction, at: performance.now() };
  });
  for (const { interaction } of sent) discord.gateway.dispatch('INTERACTION_CREATE', interaction.payload);
  const answers = () => sent.map(({ interaction }) => answerOf(discord, interaction.id, interaction.token));
  await discord
    .waitFor(() => answers().every((answer) => answer !== undefined), 30_000)
    .catch(() => undefined);
  return answers().flatMap((answer, k): Timing[] => {
    const request = sent[k];
    if (answer === undefined || !request) return [];
    if (isError(answer.body))
      throw new Error(`/${request.command} answered with an error: ${JSON.stringify(answer.body)}`);
    return [{ command: request.command, round: index + 1, ms: answer.at - request.at }];
  });
}

async function main(): Promise<void> {
  const fillStarted = performance.now();
  const store = await fillCommandStore(ARTICLES, now);
  process.stderr.write(
    `filled ${ARTICLES} articles in ${((performance.now() - fillStarted) / 1000).toFixed(0)} s\n`,
  );
  const discord = await startFakeDiscord();
  const bot = await startDiscordBot({
    token: discord.token,
    applicationId: discord.applicationId,
    apiUrl: discord.apiUrl,
    guildId: DEFAULT_GUILD.id,
    commands: allCommands,
    services: store.services,
    logger: silentLogger,
    now: () => now,
    // As start-platforms.ts starts them: the cold paths are run before the first request.
    warmUp: true,
  });
  try {
    const timings: Timing[] = [];
    const rounds = Math.ceil(INTERACTIONS / AT_ONCE);
    for (let index = 0; index < rounds; index += 1) timings.push(...(await round(discord, index, store)));
    const report = reportRounds('discord', timings);
    const figures = {
      articles: ARTICLES,
      interactions: rounds * AT_ONCE,
      atOnce: AT_ONCE,
      answered: timings.length,
      ...report.all,
      firstRound: report.perRound[0],
      perCommand: report.perCommand,
      perRound: report.perRound,
      targetP99Ms: TARGET_P99_MS,
      met: timings.length === rounds * AT_ONCE && report.all.p99Ms < TARGET_P99_MS,
      loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
      node: process.version,
      at: new Date().toISOString(),
    };
    console.table(report.perCommand);
    console.log(
      `discord: ${figures.answered}/${figures.interactions} answered (${AT_ONCE} at once, every round counted); ` +
        `dispatch→answer p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, max ${figures.maxMs} ms; ` +
        `first round max ${figures.firstRound?.maxMs} ms; target p99 < ${TARGET_P99_MS} ms: ${figures.met ? 'met' : 'NOT met'}`,
    );
    await writeBenchResult('discord', figures);
  } finally {
    await bot.stop();
    await discord.close();
    await store.close();
  }
}

await main();
