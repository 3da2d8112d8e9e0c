import type { CommandDefinition, SubcommandSpec } from '../../../commands/command.js';
import {
  type ParsedCommand,
  parseCommandText,
  usage as usageWith,
} from '../../../commands/parse-command-text.js';

export type { ParsedCommand };

/** Turns `/news` text ("positions china", `watch add "South China Sea"`) into a command call. */
export function parseNewsText(text: string, commands: readonly CommandDefinition[]): ParsedCommand {
  return parseCommandText(text, commands, 'slack');
}

/** `/news watch add <keyword> [limit]`: required options in angle brackets, optional in square. */
export function usage(definition: CommandDefinition, sub?: SubcommandSpec): string {
  return usageWith(definition, sub, 'slack');
}
