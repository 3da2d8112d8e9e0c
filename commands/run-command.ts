import type { Logger } from '../src/core/logging/logger.js';
import type { Reply } from '../src/core/reply/reply.js';
import { UserError } from '../src/core/reply/user-error.js';
import type { CommandContext, CommandDefinition } from './command.js';

/** An ephemeral error reply, as every adapter shows refusals and user errors. */
export function errorReply(message: string): Reply {
  return { title: 'Cannot do that', text: message, sections: [], ephemeral: true, tone: 'error' };
}

/**
 * Runs one command for any platform: checks admin rights again (adapters' hints are not
 * trusted), turns a `UserError` into a clear ephemeral reply, and never lets an unexpected
 * failure escape to the platform: it is logged and answered with a short apology.
 */
export async function runCommand(
  definition: CommandDefinition,
  context: CommandContext,
  logger: Logger,
): Promise<Reply> {
  if (definition.adminOnly && !context.isAdmin) {
    return errorReply(`/${definition.name} is for admins only; nothing was changed.`);
  }
  try {
    const reply = await definition.run(context);
    return definition.adminOnly ? { ...reply, ephemeral: true } : reply;
  } catch (error) {
    if (error instanceof UserError) return errorReply(error.message);
    logger.error('command failed', {
      command: definition.name,
      subcommand: context.subcommand,
      error: error instanceof Error ? error.message : String(error),
    });
    return errorReply(`/${definition.name} failed unexpectedly; the error was logged. Please try again.`);
  }
}
