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
  /** Slack gives up after 3 s: a command still running after this long is answered later. */
  ackWithinMs: number;
}

/** Shown at once when a command outlives `ackWithinMs`; the answer follows through response_url. */
export const WORKING_TEXT = 'Working on it… the answer will appear here shortly.';

type Args = Pick<SlackCommandMiddlewareArgs, 'command' | 'ack' | 'respond'>;

/**
 * Answers one `/news` call: runs the command, and acknowledges with the answer if it is ready in
 * time, or with a short "working on it" whose answer is then posted to the response_url.
 * Answers that need several messages send the first in the ack and the rest through respond().
 */
export async function handleNewsCommand(
  { command, ack, respond }: Args,
  deps: NewsCommandDeps,
): Promise<void> {
  const started = Date.now();
  const log = deps.logger.child({ platform: 'slack', team: command.team_id, channel: command.channel_id });
  const work = answer(command, deps, log);
  const early = await raceTimeout(work, deps.ackWithinMs);
  try {
    if (early !== undefined) {
      const [first, ...rest] = renderSlackReply(early);
      await ack(first);
      for (const message of rest) await respond(message);
    } else {
      await ack({ response_type: 'ephemeral', text: WORKING_TEXT });
      for (const message of renderSlackReply(await work)) await respond(message);
    }
  } catch (error) {
    log.error('could not deliver a /news answer', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
  log.info('answered /news', { text: command.text, late: early === undefined, ms: Date.now() - started });
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

async function raceTimeout<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
