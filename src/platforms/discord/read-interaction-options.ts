import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { CommandDefinition, OptionSpec, OptionValue } from '../../../commands/command.js';

/** A slash command's subcommand and option values, as commands receive them. */
export interface ReadOptions {
  subcommand: string | null;
  options: Record<string, OptionValue | undefined>;
}

/**
 * Reads the subcommand and the typed option values of a slash command. Discord has already
 * checked types, required options and choices against the registration.
 */
export function readInteractionOptions(interaction: ChatInputCommandInteraction): ReadOptions {
  const subcommand = interaction.options.getSubcommand(false);
  const top = interaction.options.data;
  const leaves = subcommand === null ? top : (top[0]?.options ?? []);
  const options: Record<string, OptionValue | undefined> = {};
  for (const option of leaves) {
    if (option.value !== undefined && option.value !== null) options[option.name] = option.value;
  }
  return { subcommand, options };
}

/** The spec of the option a user is typing in, found in its command or subcommand. */
export function focusedOptionSpec(
  interaction: AutocompleteInteraction,
  commands: readonly CommandDefinition[],
): { spec: OptionSpec | undefined; value: string } {
  const focused = interaction.options.getFocused(true);
  const definition = commands.find((command) => command.name === interaction.commandName);
  const subcommand = interaction.options.getSubcommand(false);
  const specs =
    subcommand === null
      ? (definition?.options ?? [])
      : (definition?.subcommands?.find((sub) => sub.name === subcommand)?.options ?? []);
  return { spec: specs.find((spec) => spec.name === focused.name), value: String(focused.value) };
}
