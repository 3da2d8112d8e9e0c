import { type REST, Routes } from 'discord.js';
import type { CommandDefinition } from '../../../commands/command.js';
import { discordCommandPayload } from './discord-command-payload.js';

/**
 * Replaces the application's slash commands with these in one bulk overwrite: in one guild when
 * `guildId` is set (visible at once, for a single-server bot or testing), else globally.
 */
export async function registerCommands(
  rest: REST,
  applicationId: string,
  guildId: string | undefined,
  commands: readonly CommandDefinition[],
): Promise<void> {
  const route =
    guildId === undefined
      ? Routes.applicationCommands(applicationId)
      : Routes.applicationGuildCommands(applicationId, guildId);
  await rest.put(route, { body: commands.map(discordCommandPayload) });
}
