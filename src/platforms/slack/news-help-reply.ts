import type { CommandDefinition } from '../../../commands/command.js';
import type { Reply } from '../../core/reply/reply.js';
import { usage } from './parse-news-text.js';

/** What `/news` or `/news help` shows: every command with its usage, admin ones marked. */
export function newsHelpReply(commands: readonly CommandDefinition[]): Reply {
  const items = commands.flatMap((command) => {
    const note = command.adminOnly ? ' (admins)' : '';
    if (command.subcommands === undefined || command.subcommands.length === 0) {
      return [{ text: usage(command), detail: `${command.description}${note}` }];
    }
    return command.subcommands.map((sub) => ({
      text: usage(command, sub),
      detail: `${sub.description}${note}`,
    }));
  });
  return {
    title: 'News bot commands',
    text: 'Type /news followed by a command. Put several words in "double quotes" to keep them together.',
    sections: [{ items }],
    ephemeral: true,
  };
}
