import type { CommandDefinition } from '../../../commands/command.js';
import { helpReply } from '../../../commands/help-command.js';
import type { Reply } from '../../core/reply/reply.js';

/** What `/news` or `/news help` shows: every command with its usage, admin ones marked. */
export function newsHelpReply(commands: readonly CommandDefinition[]): Reply {
  return helpReply(
    commands,
    'slack',
    'Type /news followed by a command. Put several words in "double quotes" to keep them together.',
  );
}
