import type { CommandDefinition, SubcommandSpec } from '../../../commands/command.js';
import {
  type ParsedCommand,
  parseCommandText,
  usage as usageWith,
} from '../../../commands/parse-command-text.js';

export type { ParsedCommand };

/** On Slack every command is typed after `/news`. */
const SLACK_PREFIX = '/news ';

/** Turns `/news` text ("positions china", `watch add "South China Sea"`) into a command call. */
export function parseNewsText(text: string, commands: readonly CommandDefinition[]): ParsedCommand {
  return parseCommandText(text, commands, SLACK_PREFIX);
}

/** `/news watch add <keyword> [limit]`: required options in angle brackets, optional in square. */
export function usage(definition: CommandDefinition, sub?: SubcommandSpec): string {
  return usageWith(definition, sub, SLACK_PREFIX);
}
