import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { CommandDefinition } from '../../../commands/command.js';
import type { CommandServices } from '../../../commands/command-services.js';
import { warmUpCommands } from '../../../commands/warm-up-commands.js';
import type { ChannelMessenger } from '../../core/digest/channel-messenger.js';
import type { Logger } from '../../core/logging/logger.js';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../core/store/key-value-store.js';
import { type AutocompleteSource, answerAutocomplete } from './answer-autocomplete.js';
import { createDiscordMessenger } from './discord-messenger.js';
import { handleSlashCommand, type SlashCommandDeps } from './handle-slash-command.js';
import { inviteUrl } from './invite-url.js';
import { registerCommands } from './register-commands.js';

/** Everything the Discord adapter needs; main.ts reads the environment and passes it in. */
export interface DiscordBotDeps {
  /** DISCORD_TOKEN: the bot token. Never logged. */
  token: string;
  /** DISCORD_APP_ID: the application (client) id. */
  applicationId: string;
  /** DISCORD_API_URL: REST base without the version (a REST proxy, or a test's fake). */
  apiUrl?: string;
  /** Register the commands in this server only (instant updates); global otherwise. */
  guildId?: string;
  commands: readonly CommandDefinition[];
  services: CommandServices;
  logger: Logger;
  now?: () => Date;
  /** How long a command may run before the answer is deferred (default 1500 ms; Discord allows 3 s). */
  deferAfterMs?: number;
  /** Suggestions for options marked `autocomplete`; none are offered without it. */
  autocomplete?: AutocompleteSource;
  /** Run the option-less member commands once before logging in (see warmUpCommands). */
  warmUp?: boolean;
  /** Keeps the hash of the registered commands; without it they are registered on every start. */
  kv?: KeyValueStore;
}

/** A running Discord adapter. */
export interface DiscordBot {
  /** Where digests go: channel messages with forbidden/not-found results. */
  messenger: ChannelMessenger;
  stop(): Promise<void>;
}

/** Login or command registration failed; `cause` has discord.js's error. */
export class DiscordStartError extends Error {
  override readonly name = 'DiscordStartError';
}

/**
 * Logs in to the gateway (Guilds intent only: slash commands need no message content),
 * registers the slash commands with one bulk overwrite when they changed since the last start,
 * and answers interactions.
 * Reconnects and resumes are discord.js's; so is waiting out rate limits.
 */
export async function startDiscordBot(deps: DiscordBotDeps): Promise<DiscordBot> {
  const logger = deps.logger.child({ platform: 'discord' });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(deps.apiUrl === undefined ? {} : { rest: { api: deps.apiUrl } }),
  });
  const slashDeps: SlashCommandDeps = {
    commands: deps.commands,
    services: deps.services,
    logger,
    now: deps.now ?? (() => new Date()),
    deferAfterMs: deps.deferAfterMs ?? 1500,
  };
  client.on(Events.InteractionCreate, (interaction) => {
    void onInteraction(interaction, slashDeps, deps.autocomplete).catch((error: unknown) =>
      logger.error('interaction failed', { error: error instanceof Error ? error.message : String(error) }),
    );
  });
  watchConnection(client, logger, deps.token);
  if (deps.warmUp) await warmUpCommands(deps.commands, deps.services, logger, slashDeps.now());
  try {
    // Ready comes after the guilds arrive, later than login resolves; together, neither rejection goes unhandled.
    await Promise.all([once(client, Events.ClientReady), client.login(deps.token)]);
    const registration = await registerCommands({
      rest: client.rest,
      applicationId: deps.applicationId,
      ...(deps.guildId === undefined ? {} : { guildId: deps.guildId }),
      commands: deps.commands,
      kv: deps.kv ?? createMemoryKeyValueStore(),
    });
    logger.info(registration.registered ? 'slash commands registered' : 'slash commands unchanged', {
      count: registration.count,
      scope: registration.scope,
    });
  } catch (error) {
    await client.destroy();
    throw new DiscordStartError('Discord login or command registration failed', { cause: error });
  }
  logger.info('discord bot started', {
    guilds: client.guilds.cache.size,
    commandsIn: deps.guildId ?? 'all servers (global)',
    invite: inviteUrl(deps.applicationId),
  });
  return { messenger: createDiscordMessenger(client, logger), stop: () => client.destroy() };
}

async function onInteraction(
  interaction: Interaction,
  deps: SlashCommandDeps,
  autocomplete: AutocompleteSource | undefined,
): Promise<void> {
  if (interaction.isChatInputCommand()) await handleSlashCommand(interaction, deps);
  else if (interaction.isAutocomplete()) {
    await answerAutocomplete(interaction, {
      commands: deps.commands,
      logger: deps.logger,
      ...(autocomplete ? { autocomplete } : {}),
    });
  }
}

function watchConnection(client: Client, logger: Logger, token: string): void {
  // discord.js retries a gateway that does not answer without surfacing an error: its debug
  // lines are how a start-up that never becomes ready can be diagnosed (log level debug).
  // It censors only tokens of Discord's dotted shape, so any token is removed here as well.
  client.on(Events.Debug, (message) =>
    logger.debug('discord.js', { message: message.split(token).join('[token]') }),
  );
  client.on(Events.Error, (error) => logger.error('discord client error', { error: error.message }));
  client.on(Events.Warn, (message) => logger.warn('discord client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn('gateway disconnected', { shard, code: event.code }),
  );
  client.on(Events.ShardResume, (shard, replayed) => logger.info('gateway resumed', { shard, replayed }));
}
