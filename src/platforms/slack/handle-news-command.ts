import type { SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { CommandDefinition } from '../../../commands/command.js';
import type { CommandServices } from '../../../commands/command-services.js';
import { errorReply, runCommand } from '../../../commands/run-command.js';
import type { Logger } from '../../core/logging/logger.js';
import type { Reply } from '../../core/reply/reply.js';
import { UserError } from '../../core/reply/user-error.js';
import { newsHelpReply } from './news-help-reply.js';
import { parseNewsText } from './parse-news-text.js';
import { renderSlackReply } from './render-slack-reply.js';
import type { SlackAdminCheck } from './slack-admin-check.js';
import { unescapeSlackText } from './slack-text.js';

export interface NewsCommandDeps {
  commands: readonly CommandDefinition[];
  services: CommandServices;
  logger: Logger;
  isAdmin: SlackAdminCheck;
  now: () => Date;
}

type Args = Pick<SlackCommandMiddlewareArgs, 'command' | 'ack' | 'respond'>;

/**
 * Answers one `/news` call. The request is acknowledged first, empty, before any work: Slack's
 * 3-second deadline then never depends on how long a command takes or how busy the process is.
 * The answer follows through the command's response_url (respond()), one post per message.
 */
export async function handleNewsCommand(
  { command, ack, respond }: Args,
  deps: NewsCommandDeps,
): Promise<void> {
  const started = Date.now();
  const log = deps.logger.child({ platform: 'slack', team: command.team_id, channel: command.channel_id });
  try {
    await ack();
    const acked = Date.now() - started;
    // Commands read SQLite synchronously: yielding once lets requests that have already arrived
    // be acknowledged before this one's work holds the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    for (const message of renderSlackReply(await answer(command, deps, log))) await respond(message);
    log.info('answered /news', { text: command.text, ackMs: acked, ms: Date.now() - started });
  } catch (error) {
    log.error('could not deliver a /news answer', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

async function answer(command: Args['command'], deps: NewsCommandDeps, log: Logger): Promise<Reply> {
  const text = unescapeSlackText(command.text ?? '').trim();
  if (text === '' || text.toLowerCase() === 'help') return newsHelpReply(deps.commands);
  try {
    const parsed = parseNewsText(text, deps.commands);
    const isAdmin = await deps.isAdmin(command.team_id, command.user_id);
    const context = {
      subcommand: parsed.subcommand,
      options: parsed.options,
      platform: 'slack' as const,
      workspaceId: command.team_id,
      channelId: command.channel_id,
      user: { id: command.user_id, name: command.user_name },
      isAdmin,
      now: deps.now(),
      services: deps.services,
    };
    return await runCommand(parsed.definition, context, log);
  } catch (error) {
    if (error instanceof UserError) return errorReply(error.message);
    log.error('/news failed before the command ran', {
      error: error instanceof Error ? error.message : String(error),
    });
    return errorReply('/news failed unexpectedly; the error was logged. Please try again.');
  }
}
