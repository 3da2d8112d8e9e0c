import { allCommands } from '../../commands/all-commands.js';
import type { ChannelMessenger } from '../core/digest/channel-messenger.js';
import type { Logger } from '../core/logging/logger.js';
import { inviteUrl } from '../platforms/discord/invite-url.js';
import { startDiscordBot } from '../platforms/discord/start-discord-bot.js';
import { chooseSlackMode, type SlackModeChoice } from '../platforms/slack/choose-slack-mode.js';
import { startSlackBot } from '../platforms/slack/start-slack-bot.js';
import type { NewsbotApp } from './create-app.js';

/** The chat platforms asked for by the environment, starting in the background. */
export interface StartedPlatforms {
  /** Which platforms the environment asked for ('discord', 'slack'). */
  requested: string[];
  /** Filled as each platform comes up: a digest for a platform not (yet) up waits for its next slot. */
  messengers: Map<'discord' | 'slack', ChannelMessenger>;
  /** Resolves once every requested platform started or failed: true for each that started. */
  settled: Promise<boolean[]>;
  stop(): Promise<void>;
}

/** A missing or malformed platform variable: the bot refuses to start half-configured. */
export class PlatformConfigError extends Error {
  override readonly name = 'PlatformConfigError';
}

/** Every problem with the platform variables. Secrets are never echoed. */
export function platformProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  if (Boolean(env.DISCORD_TOKEN) !== Boolean(env.DISCORD_APP_ID)) {
    problems.push('Discord needs both DISCORD_TOKEN and DISCORD_APP_ID (one of them is not set).');
  }
  const slack = chooseSlackMode(env);
  if (slack.mode === 'invalid') problems.push(...slack.problems);
  return problems;
}

interface RunningPlatform {
  messenger: ChannelMessenger;
  stop(): Promise<void>;
}

/**
 * Starts Discord when DISCORD_TOKEN and DISCORD_APP_ID are set and Slack when its variables are
 * (see chooseSlackMode), each on its own: a platform that is down or refuses its token is logged
 * and never holds back the other one, polling or the digests of the platforms that are up.
 */
export function startPlatforms(app: NewsbotApp, env: NodeJS.ProcessEnv, logger: Logger): StartedPlatforms {
  const problems = platformProblems(env);
  if (problems.length > 0) throw new PlatformConfigError(problems.join('\n'));
  const messengers: StartedPlatforms['messengers'] = new Map();
  const running: RunningPlatform[] = [];
  let stopped = false;
  const launch = async (name: 'discord' | 'slack', start: () => Promise<RunningPlatform>) => {
    try {
      const platform = await start();
      if (stopped) {
        await platform.stop();
        return true;
      }
      running.push(platform);
      messengers.set(name, platform.messenger);
      logger.info('platform started', { platform: name });
      return true;
    } catch (error) {
      logger.error('platform could not start', { platform: name, error: describe(error) });
      return false;
    }
  };
  const launches: Promise<boolean>[] = [];
  const requested: string[] = [];
  if (env.DISCORD_TOKEN && env.DISCORD_APP_ID) {
    requested.push('discord');
    launches.push(launch('discord', () => startDiscord(app, env, logger)));
  }
  const slack = chooseSlackMode(env);
  if (slack.mode === 'http' || slack.mode === 'socket') {
    requested.push('slack');
    launches.push(launch('slack', () => startSlack(app, slack, logger)));
  }
  return {
    requested,
    messengers,
    settled: Promise.all(launches),
    stop: async () => {
      stopped = true;
      for (const platform of running.reverse()) await platform.stop().catch(() => undefined);
    },
  };
}

async function startDiscord(
  app: NewsbotApp,
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<RunningPlatform> {
  const applicationId = env.DISCORD_APP_ID ?? '';
  const bot = await startDiscordBot({
    token: env.DISCORD_TOKEN ?? '',
    applicationId,
    ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
    ...(app.config.discord.guildId ? { guildId: app.config.discord.guildId } : {}),
    commands: allCommands,
    services: app.services,
    logger: logger.child({ platform: 'discord' }),
    kv: app.kv,
    warmUp: true,
    autocomplete: {
      actors: async () => [...app.services.actorKeys],
      stories: async (query) => searchStoryTitles(app, query),
    },
  });
  process.stderr.write(`Discord: invite the bot with ${inviteUrl(applicationId)}\n`);
  return bot;
}

async function startSlack(
  app: NewsbotApp,
  slack: Extract<SlackModeChoice, { mode: 'http' | 'socket' }>,
  logger: Logger,
): Promise<RunningPlatform> {
  return startSlackBot({
    botToken: slack.botToken,
    ...(slack.mode === 'http' ? { signingSecret: slack.signingSecret } : { appToken: slack.appToken }),
    ...(slack.apiUrl ? { apiUrl: slack.apiUrl } : {}),
    port: slack.mode === 'http' && slack.port !== undefined ? slack.port : app.config.slack.port,
    commands: allCommands,
    services: app.services,
    logger: logger.child({ platform: 'slack' }),
    adminUserIds: app.config.slack.adminUserIds,
    warmUp: true,
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function searchStoryTitles(app: NewsbotApp, query: string) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const stories = await app.stories.all();
  return stories
    .filter((story) => words.every((word) => story.title.toLowerCase().includes(word)))
    .slice(0, 25)
    .map((story) => ({ id: story.id, title: story.title }));
}
