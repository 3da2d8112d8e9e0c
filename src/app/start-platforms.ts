import { allCommands } from '../../commands/all-commands.js';
import type { ChannelMessenger } from '../core/digest/channel-messenger.js';
import type { Logger } from '../core/logging/logger.js';
import { inviteUrl } from '../platforms/discord/invite-url.js';
import { startDiscordBot } from '../platforms/discord/start-discord-bot.js';
import { chooseSlackMode } from '../platforms/slack/choose-slack-mode.js';
import { startSlackBot } from '../platforms/slack/start-slack-bot.js';
import type { NewsbotApp } from './create-app.js';

/** The chat platforms that were started, by name, with their digest messengers. */
export interface StartedPlatforms {
  messengers: Map<'discord' | 'slack', ChannelMessenger>;
  stop(): Promise<void>;
}

/** A missing or malformed platform variable: the bot refuses to start half-configured. */
export class PlatformConfigError extends Error {
  override readonly name = 'PlatformConfigError';
}

/** Which platforms the environment asks for, or every problem with it. Secrets are never echoed. */
export function platformProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  if (Boolean(env.DISCORD_TOKEN) !== Boolean(env.DISCORD_APP_ID)) {
    problems.push('Discord needs both DISCORD_TOKEN and DISCORD_APP_ID (one of them is not set).');
  }
  const slack = chooseSlackMode(env);
  if (slack.mode === 'invalid') problems.push(...slack.problems);
  return problems;
}

/**
 * Starts Discord when DISCORD_TOKEN and DISCORD_APP_ID are set and Slack when its variables are
 * (see chooseSlackMode). One platform failing to start stops the others and the start-up.
 */
export async function startPlatforms(
  app: NewsbotApp,
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<StartedPlatforms> {
  const problems = platformProblems(env);
  if (problems.length > 0) throw new PlatformConfigError(problems.join('\n'));
  const messengers: StartedPlatforms['messengers'] = new Map();
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne().catch(() => undefined);
  };
  try {
    if (env.DISCORD_TOKEN && env.DISCORD_APP_ID) {
      const discord = await startDiscordBot({
        token: env.DISCORD_TOKEN,
        applicationId: env.DISCORD_APP_ID,
        ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
        ...(app.config.discord.guildId ? { guildId: app.config.discord.guildId } : {}),
        commands: allCommands,
        services: app.services,
        logger: logger.child({ platform: 'discord' }),
        autocomplete: {
          actors: async () => [...app.services.actorKeys],
          stories: async (query) => searchStoryTitles(app, query),
        },
      });
      stops.push(discord.stop);
      messengers.set('discord', discord.messenger);
      process.stderr.write(`Discord: invite the bot with ${inviteUrl(env.DISCORD_APP_ID)}\n`);
    }
    const slack = chooseSlackMode(env);
    if (slack.mode === 'http' || slack.mode === 'socket') {
      const bot = await startSlackBot({
        botToken: slack.botToken,
        ...(slack.mode === 'http' ? { signingSecret: slack.signingSecret } : { appToken: slack.appToken }),
        ...(slack.apiUrl ? { apiUrl: slack.apiUrl } : {}),
        port: app.config.slack.port,
        commands: allCommands,
        services: app.services,
        logger: logger.child({ platform: 'slack' }),
        adminUserIds: app.config.slack.adminUserIds,
      });
      stops.push(bot.stop);
      messengers.set('slack', bot.messenger);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { messengers, stop };
}

async function searchStoryTitles(app: NewsbotApp, query: string) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const stories = await app.stories.all();
  return stories
    .filter((story) => words.every((word) => story.title.toLowerCase().includes(word)))
    .slice(0, 25)
    .map((story) => ({ id: story.id, title: story.title }));
}
