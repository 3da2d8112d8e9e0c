/**
 * What a Slack user waits for: the real commands (positions, digest, story, search) on a store of
 * 10,000 articles (bench/platforms/filled-command-store.ts), sent as signed `/news` requests to
 * Bolt's real HTTP receiver on loopback, a fake Web API and response_url behind it. Timed: the
 * ack (Slack's 3-second deadline) and the answer's arrival on response_url (what the user reads).
 * COMMANDS commands in rounds of AT_ONCE people asking at the same moment, from the first round
 * after start on; every round counts. Targets: p99 ack < 100 ms and answer < 300 ms (issue 14).
 * Run: npm run bench:slack (BENCH_ARTICLES, BENCH_COMMANDS, BENCH_AT_ONCE override).
 * Writes bench/results/slack.json.
 */
import { loadavg } from 'node:os';
import { allCommands } from '../commands/all-commands.js';
import { silentLogger } from '../src/core/logging/logger.js';
import { startSlackBot } from '../src/platforms/slack/start-slack-bot.js';
import { type FakeSlackApi, startFakeSlackApi } from '../test/fakes/slack/fake-slack-api.js';
import { sendSlashCommand } from '../test/fakes/slack/send-slash-command.js';
import { fillCommandStore } from './platforms/filled-command-store.js';
import { BENCH_CALLS, type BenchCall, reportRounds, type Timing } from './platforms/rounds.js';
import { writeBenchResult } from './support/bench-results.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 200);
const AT_ONCE = Number(process.env.BENCH_AT_ONCE ?? 5);
const SECRET = 'bench-signing-secret';
const TARGET_ACK_P99_MS = 100;
const TARGET_ANSWER_P99_MS = 300;
const now = new Date('2026-05-06T09:00:00Z');

function text(command: BenchCall, n: number, words: string): string {
  if (command === 'digest') return 'digest 7d';
  if (command === 'positions' && n % 8 === 0) return 'positions';
  return `${command} ${words}`;
}

async function ask(
  url: string,
  api: FakeSlackApi,
  command: BenchCall,
  n: number,
  words: string,
  round: number,
) {
  const id = `bench-${n}`;
  // The fake stamps response_url posts with Date.now(): the answer is timed on the same clock.
  const started = Date.now();
  const ack = await sendSlashCommand(url, SECRET, {
    text: text(command, n, words),
    response_url: api.responseUrl(id),
    user_id: `U${n % 20}`,
  });
  await api.waitFor(() => api.responses(id).length > 0, 30_000).catch(() => undefined);
  const answer = api.responses(id)[0];
  // An error answer is a broken benchmark, not a fast one.
  if (answer && JSON.stringify(answer.body).includes(':warning:')) {
    throw new Error(`/news ${command} answered with an error: ${JSON.stringify(answer.body)}`);
  }
  const acked = ack.status === 200 ? [{ command, round, ms: ack.ms }] : [];
  const answered = answer ? [{ command, round, ms: answer.at - started }] : [];
  return { acked, answered };
}

async function main(): Promise<void> {
  const fillStarted = performance.now();
  const store = await fillCommandStore(ARTICLES, now);
  process.stderr.write(
    `filled ${ARTICLES} articles in ${((performance.now() - fillStarted) / 1000).toFixed(0)} s\n`,
  );
  const api = await startFakeSlackApi();
  const bot = await startSlackBot({
    botToken: 'xoxb-bench',
    signingSecret: SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: api.apiUrl,
    commands: allCommands,
    services: store.services,
    logger: silentLogger,
    adminUserIds: [],
    botId: 'BBENCH',
    botUserId: 'UBENCH',
    now: () => now,
    // As start-platforms.ts starts them: the cold paths are run before the first request.
    warmUp: true,
  });
  const url = `http://127.0.0.1:${bot.port}/slack/events`;
  try {
    const acks: Timing[] = [];
    const answers: Timing[] = [];
    const rounds = Math.ceil(COMMANDS / AT_ONCE);
    for (let index = 0; index < rounds; index += 1) {
      const results = await Promise.all(
        Array.from({ length: AT_ONCE }, (_, k) => {
          const n = index * AT_ONCE + k;
          const command = BENCH_CALLS[n % BENCH_CALLS.length] as BenchCall;
          return ask(url, api, command, n, store.storyWords(n * 37), index + 1);
        }),
      );
      for (const result of results) {
        acks.push(...result.acked);
        answers.push(...result.answered);
      }
    }
    const ack = reportRounds('slack ack', acks);
    const answer = reportRounds('slack answer', answers);
    const sent = rounds * AT_ONCE;
    const figures = {
      articles: ARTICLES,
      commands: sent,
      atOnce: AT_ONCE,
      acknowledged: acks.length,
      answered: answers.length,
      ack: { ...ack.all, firstRound: ack.perRound[0], perRound: ack.perRound },
      answer: {
        ...answer.all,
        firstRound: answer.perRound[0],
        perCommand: answer.perCommand,
        perRound: answer.perRound,
      },
      targets: { ackP99Ms: TARGET_ACK_P99_MS, answerP99Ms: TARGET_ANSWER_P99_MS },
      met:
        acks.length === sent &&
        answers.length === sent &&
        ack.all.p99Ms < TARGET_ACK_P99_MS &&
        answer.all.p99Ms < TARGET_ANSWER_P99_MS,
      usersInfoCalls: api.calls('users.info').length,
      loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
      node: process.version,
      at: new Date().toISOString(),
    };
    console.table(answer.perCommand);
    console.log(
      `slack: ${acks.length}/${sent} acknowledged, ${answers.length}/${sent} answered (${AT_ONCE} at once, every round counted); ` +
        `ack p50 ${ack.all.p50Ms} ms, p99 ${ack.all.p99Ms} ms; answer p50 ${answer.all.p50Ms} ms, p99 ${answer.all.p99Ms} ms, ` +
        `max ${answer.all.maxMs} ms; first round: ack max ${ack.perRound[0]?.maxMs} ms, answer max ${answer.perRound[0]?.maxMs} ms; ` +
        `targets ack p99 < ${TARGET_ACK_P99_MS} ms, answer p99 < ${TARGET_ANSWER_P99_MS} ms: ${figures.met ? 'met' : 'NOT met'}`,
    );
    await writeBenchResult('slack', figures);
  } finally {
    await bot.stop();
    await api.close();
    await store.close();
  }
}

await main();
