import { createHash } from 'node:crypto';
import { type REST, Routes } from 'discord.js';
import type { CommandDefinition } from '../../../commands/command.js';
import type { KeyValueStore } from '../../core/store/key-value-store.js';
import { discordCommandPayload } from './discord-command-payload.js';

/** Where the hash of the last registered definitions is kept, per application and scope. */
export const REGISTERED_COMMANDS_NAMESPACE = 'discord-registered-commands';

/** What registration did: PUT the definitions, or found them unchanged since the last PUT. */
export type RegistrationOutcome = { registered: boolean; count: number; scope: string };

export interface RegisterCommandsDeps {
  rest: REST;
  applicationId: string;
  /** Register in this server only (visible at once); globally when unset. */
  guildId?: string;
  commands: readonly CommandDefinition[];
  kv: KeyValueStore;
}

/**
 * Replaces the application's slash commands with these in one bulk overwrite, unless the same
 * definitions were registered last time: Discord rate-limits command updates, and an overwrite on
 * every start also resets what server admins see while clients refetch. `force` (the
 * `newsbot register-commands` CLI) skips the comparison, for commands edited or deleted by hand.
 */
export async function registerCommands(
  deps: RegisterCommandsDeps,
  { force = false }: { force?: boolean } = {},
): Promise<RegistrationOutcome> {
  const body = deps.commands.map(discordCommandPayload);
  const scope = deps.guildId === undefined ? 'global' : `guild ${deps.guildId}`;
  const key = `${deps.applicationId}:${scope}`;
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  const last = await deps.kv.get<{ hash: string }>(REGISTERED_COMMANDS_NAMESPACE, key);
  const outcome = { count: body.length, scope };
  if (!force && last?.hash === hash) return { registered: false, ...outcome };
  const route =
    deps.guildId === undefined
      ? Routes.applicationCommands(deps.applicationId)
      : Routes.applicationGuildCommands(deps.applicationId, deps.guildId);
  await deps.rest.put(route, { body });
  await deps.kv.set(REGISTERED_COMMANDS_NAMESPACE, key, { hash, at: new Date().toISOString() });
  return { registered: true, ...outcome };
}
