/**
 * Acknowledgement latency of the Slack adapter: 200 signed /news commands sent at once to Bolt's
 * real HTTP receiver on loopback, with a fake Web API behind it (users.info for admin checks).
 * Target: every command acknowledged, p99 under 300 ms. Prints figures, writes bench/results/slack.json.
 */

import type { CommandDefinition } from '../commands/command.js';
import type { CommandServices } from '../commands/command-services.js';
import { silentLogger } from '../src/core/logging/logger.js';
import type { Reply } from '../src/core/reply/reply.js';
import { startSlackBot } from '../src/platforms/slack/start-slack-bot.js';
import { startFakeSlackApi } from '../test/fakes/slack/fake-slack-api.js';
import { sendSlashCommand } from '../test/fakes/slack/send-slash-command.js';
import { percentile, writeBenchResult } from './support/bench-results.js';

const COMMANDS = 200;
const USERS = 20;
const SECRET = 'bench-signing-secret';
const TARGET_P99_MS = 300;

/** A positions-like answer: ten actors, a quote and a stance each, as a real report would be. */
const positions: CommandDefinition = {
  name: 'positions',
  description: 'Positions on a story',
  adminOnly: false,
  options: [{ name: 'story', description: 'Story', type: 'string', required: true, rest: true }],
  run: async (context): Promise<Reply> => ({
    title: `Positions on ${String(context.options.story)}`,
    url: 'https://news.example/stories/1',
    sections: Array.from({ length: 10 }, (_, n) => ({
      heading: `Actor ${n + 1}`,
      quotes: [
        {
          text: 'We will continue to work with partners for a free & open Indo-Pacific. <!channel>',
          speaker: `Spokesperson ${n + 1}`,
          source: 'Example Wire',
          url: `https://news.example/a/${n}`,
        },
      ],
      fields: [{ label: 'Stance', value: n % 2 === 0 ? 'supportive' : 'opposed' }],
    })),
    ephemeral: false,
  }),
};

/** Sends COMMANDS signed commands at once and times each acknowledgement. */
async function burst(url: string, api: Awaited<ReturnType<typeof startFakeSlackApi>>, label: string) {
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: COMMANDS }, (_, n) =>
      sendSlashCommand(url, SECRET, {
        text: 'positions "South China Sea"',
        response_url: api.responseUrl(`bench-${label}-${n}`),
        user_id: `U${n % USERS}`,
      }).catch(() => null),
    ),
  );
  const wallMs = performance.now() - started;
  // Acknowledged: a 200 whose body is the answer (Bolt's error path answers with text).
  const acked = results.flatMap((result) =>
    result !== null && result.status === 200 && typeof result.body === 'object' && result.body !== null
      ? [result]
      : [],
  );
  const times = acked.map((result) => result.ms).sort((a, b) => a - b);
  const figures = {
    acknowledged: acked.length,
    p50Ms: Number(percentile(times, 50).toFixed(1)),
    p99Ms: Number(percentile(times, 99).toFixed(1)),
    maxMs: Number((times.at(-1) ?? Number.NaN).toFixed(1)),
    wallMs: Number(wallMs.toFixed(1)),
  };
  console.log(
    `slack (${label} burst): ${figures.acknowledged}/${COMMANDS} acknowledged; ack p50 ${figures.p50Ms} ms, ` +
      `p99 ${figures.p99Ms} ms, max ${figures.maxMs} ms; all in ${figures.wallMs} ms`,
  );
  return figures;
}

async function main(): Promise<void> {
  const api = await startFakeSlackApi();
  const bot = await startSlackBot({
    botToken: 'xoxb-bench',
    signingSecret: SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: api.apiUrl,
    commands: [positions],
    services: {} as CommandServices,
    logger: silentLogger,
    adminUserIds: [],
    botId: 'BBENCH',
    botUserId: 'UBENCH',
  });
  const url = `http://127.0.0.1:${bot.port}/slack/events`;
  try {
    // As bench:discord: the first burst after start also measures cold code paths (module loading,
    // JIT); the target is judged on the second, the steady state a running bot is in.
    const first = await burst(url, api, 'first');
    const steady = await burst(url, api, 'second');
    const figures = {
      commands: COMMANDS,
      distinctUsers: USERS,
      ...steady,
      firstBurstAfterStart: first,
      usersInfoCalls: api.calls('users.info').length,
      targetP99Ms: TARGET_P99_MS,
      met: steady.acknowledged === COMMANDS && steady.p99Ms < TARGET_P99_MS,
      node: process.version,
      at: new Date().toISOString(),
    };
    console.log(
      `slack: target p99 < ${TARGET_P99_MS} ms (second burst): ${figures.met ? 'met' : 'NOT met'}; ` +
        `${figures.usersInfoCalls} users.info calls in all`,
    );
    await writeBenchResult('slack', figures);
  } finally {
    await bot.stop();
    await api.close();
  }
}

await main();
