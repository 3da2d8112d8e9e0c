import type { CommandDefinition } from './command.js';
import { usage } from './parse-command-text.js';

/** `help`: every command with its usage, admin ones marked. Given the list it belongs to. */
export function createHelpCommand(commands: () => readonly CommandDefinition[]): CommandDefinition {
  return {
    name: 'help',
    description: 'What this bot can do',
    adminOnly: false,
    options: [],
    run: async ({ platform }) => {
      const prefix = platform === 'slack' ? '/news ' : '/';
      const items = commands().flatMap((command) => {
        const note = command.adminOnly ? ' (admins)' : '';
        const subs = command.subcommands ?? [];
        if (subs.length === 0)
          return [{ text: usage(command, undefined, prefix), detail: `${command.description}${note}` }];
        return subs.map((sub) => ({
          text: usage(command, sub, prefix),
          detail: `${sub.description}${note}`,
        }));
      });
      return {
        title: 'News bot commands',
        text: 'Put several words in "double quotes" to keep them together.',
        sections: [{ items }],
        ephemeral: true,
      };
    },
  };
}
