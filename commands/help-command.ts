import type { ChatPlatform } from '../src/core/reply/platform-wording.js';
import type { Reply } from '../src/core/reply/reply.js';
import type { CommandDefinition } from './command.js';
import { usage } from './parse-command-text.js';

/** Every command with its usage as typed on `platform`, admin ones marked. */
export function helpReply(
  commands: readonly CommandDefinition[],
  platform: ChatPlatform,
  intro: string,
): Reply {
  const items = commands.flatMap((command) => {
    const note = command.adminOnly ? ' (admins)' : '';
    const subs = command.subcommands ?? [];
    if (subs.length === 0)
      return [{ text: usage(command, undefined, platform), detail: `${command.description}${note}` }];
    return subs.map((sub) => ({ text: usage(command, sub, platform), detail: `${sub.description}${note}` }));
  });
  return { title: 'News bot commands', text: intro, sections: [{ items }], ephemeral: true };
}

/** `help`: given the list it belongs to, so it can list itself too. */
export function createHelpCommand(commands: () => readonly CommandDefinition[]): CommandDefinition {
  return {
    name: 'help',
    description: 'What this bot can do',
    adminOnly: false,
    options: [],
    run: async ({ platform }) =>
      helpReply(commands(), platform, 'Put several words in "double quotes" to keep them together.'),
  };
}
