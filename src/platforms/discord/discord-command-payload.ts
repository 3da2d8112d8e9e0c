import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition, OptionSpec, SubcommandSpec } from '../../../commands/command.js';
import { truncateAtWord } from '../../core/reply/fit-text.js';

type CommandOption = NonNullable<RESTPostAPIChatInputApplicationCommandsJSONBody['options']>[number];

const OPTION_TYPES = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
} as const;

/** Discord caps descriptions at 100 characters and choices at 25. */
const DESCRIPTION_MAX = 100;
const CHOICES_MAX = 25;

/**
 * The registration body of one slash command: typed options (required ones first, as Discord
 * demands), choices, autocomplete for actor and story options, subcommands. Admin commands are
 * hidden from members without Manage Server; the adapter still checks on every call, since
 * server admins can change who sees a command.
 */
export function discordCommandPayload(
  definition: CommandDefinition,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const options =
    definition.subcommands !== undefined && definition.subcommands.length > 0
      ? definition.subcommands.map(subcommandPayload)
      : optionPayloads(definition.options ?? []);
  return {
    type: ApplicationCommandType.ChatInput,
    name: definition.name,
    description: describe(definition.description),
    options,
    // Commands act on a server's subscriptions and settings: they make no sense in DMs.
    contexts: [InteractionContextType.Guild],
    ...(definition.adminOnly ? { default_member_permissions: String(PermissionFlagsBits.ManageGuild) } : {}),
  };
}

function subcommandPayload(sub: SubcommandSpec): CommandOption {
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: sub.name,
    description: describe(sub.description),
    options: optionPayloads(sub.options),
  } as CommandOption;
}

function optionPayloads(options: readonly OptionSpec[]): CommandOption[] {
  const ordered = [
    ...options.filter((o) => o.required === true),
    ...options.filter((o) => o.required !== true),
  ];
  return ordered.map(optionPayload);
}

function optionPayload(option: OptionSpec): CommandOption {
  const base = {
    type: OPTION_TYPES[option.type],
    name: option.name,
    description: describe(option.description),
    required: option.required === true,
  };
  // Discord allows either fixed choices or autocomplete on an option, not both.
  if (option.choices !== undefined && option.choices.length > 0 && option.type === 'string') {
    const choices = option.choices
      .slice(0, CHOICES_MAX)
      .map((choice) => ({ name: choice.name, value: choice.value }));
    return { ...base, choices } as CommandOption;
  }
  if (option.autocomplete !== undefined && option.type === 'string')
    return { ...base, autocomplete: true } as CommandOption;
  return base as CommandOption;
}

function describe(text: string): string {
  return truncateAtWord(text.trim() || '—', DESCRIPTION_MAX);
}
