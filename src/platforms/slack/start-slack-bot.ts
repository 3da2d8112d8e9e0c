import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import type { CommandDefinition } from '../../../commands/command.js';
import type { CommandServices } from '../../../commands/command-services.js';
import { warmUpCommands } from '../../../commands/warm-up-commands.js';
import type { ChannelMessenger } from '../../core/digest/channel-messenger.js';
import type { Logger } from '../../core/logging/logger.js';
import { createBoltLogger } from './bolt-logger.js';
import { handleNewsCommand } from './handle-news-command.js';
import { createSlackAdminCheck } from './slack-admin-check.js';
import { createSlackMessenger } from './slack-messenger.js';

/** Everything the Slack adapter needs; main.ts reads the environment and passes it in. */
export interface SlackBotDeps {
  botToken: string;
  /** HTTP mode: requests are verified with it. */
  signingSecret?: string;
  /** Socket Mode: set it and no public URL is needed. Wins over signingSecret. */
  appToken?: string;
  /** HTTP mode listening port (0 picks a free one; default 3000; main.ts reads SLACK_PORT/PORT) and host (default all). */
  port?: number;
  host?: string;
  /** Web API base URL ending in a slash (SLACK_API_URL): a proxy or a test's fake. */
  apiUrl?: string;
  commands: readonly CommandDefinition[];
  services: CommandServices;
  logger: Logger;
  /** Always admins, and the people notifyAdmins DMs. */
  adminUserIds: readonly string[];
  /** Known ids spare Bolt an auth.test call at start. */
  botId?: string;
  botUserId?: string;
  now?: () => Date;
  /** Run the option-less member commands once before taking requests (see warmUpCommands). */
  warmUp?: boolean;
  /** Passed to the digest messenger (tests shorten waits). */
  messengerSleep?: (ms: number) => Promise<void>;
}

/** A running Slack adapter. */
export interface SlackBot {
  /** Where digests go: chat.postMessage with retries and forbidden/not-found results. */
  messenger: ChannelMessenger;
  /** The HTTP port in HTTP mode; null in Socket Mode. */
  port: number | null;
  stop(): Promise<void>;
}

/**
 * Options for Socket Mode's own Web API client (apps.connections.open): only the base URL, so
 * it keeps its default of retrying the connection many times; it would also mutate a shared object.
 */
function socketClientOptions(deps: SlackBotDeps): { slackApiUrl?: string } {
  return deps.apiUrl === undefined ? {} : { slackApiUrl: deps.apiUrl };
}

/** The error startSlackBot throws when neither a signing secret nor an app token was given. */
export class SlackConfigError extends Error {
  override readonly name = 'SlackConfigError';
}

/**
 * Starts Bolt with the one `/news` slash command, in Socket Mode when `appToken` is set and as
 * an HTTP server on /slack/events otherwise. The Web API client does not retry on its own:
 * the messenger decides waits, and a failing call never holds a command's answer back.
 */
export async function startSlackBot(deps: SlackBotDeps): Promise<SlackBot> {
  const socketMode = deps.appToken !== undefined && deps.appToken !== '';
  if (!socketMode && !deps.signingSecret) {
    throw new SlackConfigError(
      'Slack needs a signing secret (HTTP mode) or an app-level token (Socket Mode).',
    );
  }
  const clientOptions = {
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    ...(deps.apiUrl === undefined ? {} : { slackApiUrl: deps.apiUrl }),
  };
  const app = new App({
    token: deps.botToken,
    ...(socketMode
      ? {
          socketMode: true,
          appToken: deps.appToken,
          installerOptions: { clientOptions: socketClientOptions(deps) },
        }
      : { signingSecret: deps.signingSecret }),
    ...(deps.botId === undefined ? {} : { botId: deps.botId }),
    ...(deps.botUserId === undefined ? {} : { botUserId: deps.botUserId }),
    logger: createBoltLogger(deps.logger),
    logLevel: LogLevel.WARN,
    clientOptions,
    // No conversation state is used: skip the store Bolt would otherwise consult on every request.
    convoStore: false,
  });
  const now = deps.now ?? (() => new Date());
  const isAdmin = createSlackAdminCheck({
    client: app.client,
    adminUserIds: deps.adminUserIds,
    logger: deps.logger,
    now,
  });
  const commandDeps = { ...deps, isAdmin, now };
  app.command('/news', (args) => handleNewsCommand(args, commandDeps));
  if (deps.warmUp) await warmUpCommands(deps.commands, deps.services, deps.logger, now());
  const server = socketMode
    ? await app.start()
    : await app.start({ port: deps.port ?? 3000, host: deps.host });
  const port = socketMode ? null : ((server.address() as AddressInfo | null)?.port ?? null);
  deps.logger.info('slack bot started', { mode: socketMode ? 'socket' : 'http', port });
  return {
    messenger: createSlackMessenger(app.client, {
      adminUserIds: deps.adminUserIds,
      logger: deps.logger.child({ platform: 'slack' }),
      ...(deps.messengerSleep === undefined ? {} : { sleep: deps.messengerSleep }),
    }),
    port,
    stop: () => app.stop().then(() => undefined),
  };
}
