import { resolve } from 'node:path';
import { allCommands } from '../commands/all-commands.js';
import { createApp, type NewsbotApp } from './app/create-app.js';
import { createAppPoller } from './app/create-app-poller.js';
import { notifyFeedPaused } from './app/notify-feed-paused.js';
import { startPlatforms } from './app/start-platforms.js';
import type { CliOutput } from './cli/cli-output.js';
import { writeHeartbeat } from './cli/health-command.js';
import { describeFeedEvent } from './cli/poll-command.js';
import { type GlobalOptions, loadConfigOrFail } from './cli/with-app.js';
import type { ChannelMessenger } from './core/digest/channel-messenger.js';
import { createDeliverDeps } from './core/digest/create-deliver-deps.js';
import { deliverDigest } from './core/digest/deliver-digest.js';
import { recoverInterruptedDeliveries } from './core/digest/recover-interrupted-deliveries.js';
import type { Poller } from './core/feeds/poller.js';
import { createJsonLogger, type Logger } from './core/logging/logger.js';
import { actorAliasesFrom } from './core/relevance/actor-aliases.js';
import { createConsoleMessenger } from './platforms/console/console-messenger.js';
import { startConsole } from './platforms/console/start-console.js';
import { chooseSlackMode } from './platforms/slack/choose-slack-mode.js';
import { startScheduler } from './scheduler/start-scheduler.js';

const HEARTBEAT_MS = 60_000;
/** An interrupted digest older than this is dropped at start (see recoverInterruptedDeliveries). */
const STALE_INTENT_MS = 10 * 60_000;
const CONSOLE = { platform: 'console', workspaceId: 'console', channelId: 'console' } as const;

/**
 * `newsbot start`: the one place where the running bot is assembled. Platforms come from the
 * environment (Discord, Slack, or the console when neither is configured); the poller and the
 * digest scheduler run until SIGINT/SIGTERM or, in the console, until `quit`.
 */
export async function startBot(
  options: GlobalOptions & { console?: boolean },
  env: NodeJS.ProcessEnv,
  output: CliOutput,
): Promise<number> {
  const config = await loadConfigOrFail(options);
  const dataDir = resolve(options.data);
  // In the console, stderr shares the terminal with the conversation: feed problems are printed
  // as plain lines (onEvent below), so the JSON log shows errors only unless asked.
  const consoleOnly = !env.DISCORD_TOKEN && chooseSlackMode(env).mode === 'disabled';
  const logLevel = options.logLevel ?? (consoleOnly ? 'error' : config.logLevel);
  const logger = createJsonLogger((line) => process.stderr.write(line), logLevel);
  const app = await createApp({ config, dataDir, storeUrl: env.NEWSBOT_STORE_URL, logger });
  try {
    // Before the first poll: its first articles would otherwise each read recent stories' records.
    await app.pipeline.warm();
    const platforms = startPlatforms(app, env, logger);
    const consoleMode = platforms.requested.length === 0;
    const consoleMessenger = consoleMode ? createConsoleMessenger(process.stdout) : null;
    if (consoleMode) await subscribeConsole(app);
    const messengerFor = (platform: string) =>
      platform === 'console' ? consoleMessenger : platforms.messengers.get(platform as 'discord' | 'slack');
    const poller = createAppPoller(app, {
      onEvent: (event) => {
        if (consoleMode) output.err(describeFeedEvent(event));
        if (event.type !== 'feed-paused') return;
        void notifyFeedPaused(event, { subscriptions: app.subscriptions, messengerFor, logger });
      },
    });
    const scheduler = await startScheduler({
      subscriptions: app.subscriptions,
      runDigest: (subscription, scheduledAt) => {
        const messenger = messengerFor(subscription.platform);
        if (!messenger) return Promise.resolve(null);
        return deliverDigest(deliverDepsFor(app, messenger, logger), subscription, scheduledAt);
      },
      recover: () =>
        recoverInterruptedDeliveries({ kv: app.kv, now: app.now, logger, staleAfterMs: STALE_INTENT_MS }),
      poller,
      logger,
    });
    const heartbeat = startHeartbeat(dataDir, app);
    const mode = consoleMode ? 'console' : platforms.requested.join(' + ');
    output.err(startBanner(app, mode, Boolean(env.NEWSBOT_STORE_URL ?? config.store.url)));
    const firstPoll = pollNeverPolledFeeds(app, poller, output);
    // Every platform asked for failed to start (a refused token, say): nobody can be served.
    const noPlatform = platforms.settled.then((started) => started.length > 0 && !started.includes(true));
    const stoppedBy = await untilStopped(
      app,
      consoleMode && (Boolean(process.stdin.isTTY) || options.console === true),
      noPlatform.then((none) => (none ? 'no-platform' : new Promise<never>(() => {}))),
    );
    if (stoppedBy === 'no-platform') output.err('No platform could start (see the log above); stopping.');
    await firstPoll;
    clearInterval(heartbeat);
    await scheduler.stop();
    await platforms.stop();
    return stoppedBy === 'no-platform' ? 1 : 0;
  } finally {
    await app.close();
  }
}

function deliverDepsFor(app: NewsbotApp, messenger: ChannelMessenger, logger: Logger) {
  return createDeliverDeps({
    aliases: actorAliasesFrom(app.config.actors),
    kv: app.kv,
    articles: app.articles,
    keywords: app.services.keywords,
    messenger,
    subscriptions: app.subscriptions,
    stories: app.stories,
    positions: app.positions,
    maxStories: app.config.digest.maxStories,
    now: app.now,
    logger,
  });
}

/** The console gets the configured daily digest unless someone already set its schedule. */
async function subscribeConsole(app: NewsbotApp): Promise<void> {
  if (await app.subscriptions.get(CONSOLE)) return;
  const [hours, minutes] = app.config.digest.defaultTime.split(':').map(Number);
  await app.subscriptions.set(CONSOLE, {
    cron: `${minutes} ${hours} * * *`,
    timezone: app.config.digest.defaultTimezone,
  });
}

function startHeartbeat(dataDir: string, app: NewsbotApp): NodeJS.Timeout {
  const beat = () =>
    writeHeartbeat(dataDir, app.now()).catch((error: unknown) =>
      app.logger.warn('heartbeat failed', { error: String(error) }),
    );
  void beat();
  return setInterval(beat, HEARTBEAT_MS);
}

/**
 * Feeds never polled are polled at once rather than at their slot (up to an interval away), so a
 * fresh bot has something to show within seconds. Later polls keep to the slots.
 */
async function pollNeverPolledFeeds(app: NewsbotApp, poller: Poller, output: CliOutput): Promise<void> {
  const feeds = await app.registry.list();
  const states = await Promise.all(feeds.map((feed) => app.feedState.get(feed.url)));
  const fresh = feeds.filter((_, index) => !states[index]?.lastPolledAt);
  if (fresh.length === 0) return;
  output.err(`First poll of ${fresh.length} feed(s)…`);
  const results = await poller.pollOnce(fresh);
  const failed = results.filter((result) => result.status === 'failed');
  const stored = results.reduce((sum, result) => sum + (result.status === 'ok' ? result.summary.new : 0), 0);
  output.err(`First poll done: ${stored} new article(s), ${failed.length} feed(s) failed.`);
}

/** The console reads commands until `quit` (in a terminal, or with --console); otherwise the bot runs until a signal. */
async function untilStopped(
  app: NewsbotApp,
  readCommands: boolean,
  failure: Promise<'no-platform'>,
): Promise<'signal' | 'quit' | 'no-platform'> {
  const signal = new Promise<'signal'>((resolve) => {
    process.once('SIGINT', () => resolve('signal'));
    process.once('SIGTERM', () => resolve('signal'));
  });
  if (!readCommands) return Promise.race([signal, failure]);
  const session = startConsole({
    commands: allCommands,
    services: app.services,
    input: process.stdin,
    output: process.stdout,
    logger: app.logger,
    ...CONSOLE,
    isAdmin: true,
  });
  const how = await Promise.race([session.closed.then(() => 'quit' as const), signal]);
  session.close();
  return how;
}

function startBanner(app: NewsbotApp, mode: string, sharedStore: boolean): string {
  const { feeds, digest } = app.config;
  return [
    `newsbot is running (${mode}); store: ${sharedStore ? 'shared' : 'embedded SQLite'}.`,
    `Polling ${feeds.length} configured feeds; digests at ${digest.defaultTime} ${digest.defaultTimezone} unless a channel sets its own.`,
    mode === 'console' ? 'Type /help for commands, quit to stop.' : 'Ctrl-C stops.',
  ].join('\n');
}
