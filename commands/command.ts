import type { Reply } from '../src/core/reply/reply.js';
import type { CommandServices } from './command-services.js';

export type OptionType = 'string' | 'integer' | 'boolean';

/** One typed option of a command or subcommand; adapters map it to their native form. */
export interface OptionSpec {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  /** A closed set of values; anything else is refused with the list of valid ones. */
  choices?: readonly { name: string; value: string }[];
  /** Which values an adapter may suggest as the user types (Discord autocomplete). */
  autocomplete?: 'actor' | 'story';
  /** The last string option may take the rest of the text ("search nato tokyo office"). */
  rest?: boolean;
}

export interface SubcommandSpec {
  name: string;
  description: string;
  options: readonly OptionSpec[];
}

/** A slash command, defined once for every platform. */
export interface CommandDefinition {
  name: string;
  description: string;
  /** Refused (and nothing changes) unless the context says the user is an admin. */
  adminOnly: boolean;
  /** Either options or subcommands, not both. */
  options?: readonly OptionSpec[];
  subcommands?: readonly SubcommandSpec[];
  run(context: CommandContext): Promise<Reply>;
}

export type OptionValue = string | number | boolean;

/** Everything a command knows about the call: who, where, what, and the services it may use. */
export interface CommandContext {
  subcommand: string | null;
  options: Readonly<Record<string, OptionValue | undefined>>;
  platform: 'discord' | 'slack' | 'console';
  /** Discord server id, Slack team id, or "console". */
  workspaceId: string;
  channelId: string;
  user: { id: string; name: string };
  /** Decided by the adapter: Manage Server on Discord, configured or workspace admins on Slack. */
  isAdmin: boolean;
  now: Date;
  services: CommandServices;
}
