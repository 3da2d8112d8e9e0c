import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandDefinition } from '../../../commands/command.js';
import type { CommandServices } from '../../../commands/command-services.js';
import { parseCommandText } from '../../../commands/parse-command-text.js';
import { errorReply, runCommand } from '../../../commands/run-command.js';
import type { Logger } from '../../core/logging/logger.js';
import type { Reply } from '../../core/reply/reply.js';
import { UserError } from '../../core/reply/user-error.js';
import { renderPlainText } from './render-plain-text.js';

/** The console as one workspace and one channel, with the admin rights its user has. */
export interface ConsoleOptions {
  commands: readonly CommandDefinition[];
  services: CommandServices;
  input: Readable;
  output: Writable;
  logger: Logger;
  workspaceId: string;
  channelId: string;
  isAdmin: boolean;
  now?: () => Date;
  prompt?: string;
}

/** A console reading commands. */
export interface ConsoleSession {
  /** Resolves when the person types quit or the input ends. */
  closed: Promise<void>;
  close(): void;
}

const QUIT = new Set(['quit', 'exit', '/quit', '/exit']);

/**
 * The no-token adapter: reads commands typed at a prompt ("/positions china", "watch add AUKUS"),
 * runs them like any platform, and prints the plain-text answer. Lines are handled one at a time
 * in the order typed, so piped input gives its answers in order.
 */
export function startConsole(options: ConsoleOptions): ConsoleSession {
  const lines = createInterface({ input: options.input, terminal: false });
  const prompt = options.prompt ?? 'newsbot> ';
  const write = (text: string) => options.output.write(text);
  let queue = Promise.resolve();
  // readline still hands over lines already buffered after close(): quit must stop them too.
  let quitting = false;
  const closed = new Promise<void>((resolve) => {
    lines.on('close', () => {
      void queue.then(resolve);
    });
  });
  write(prompt);
  lines.on('line', (line) => {
    queue = queue.then(async () => {
      const text = line.trim();
      if (quitting) return;
      if (QUIT.has(text.toLowerCase())) {
        quitting = true;
        lines.close();
        return;
      }
      if (text !== '') write(`${renderPlainText(await answer(text, options))}\n`);
      write(prompt);
    });
  });
  return { closed, close: () => lines.close() };
}

async function answer(line: string, options: ConsoleOptions): Promise<Reply> {
  try {
    const parsed = parseCommandText(line.replace(/^\//, ''), options.commands, 'console');
    const context = {
      subcommand: parsed.subcommand,
      options: parsed.options,
      platform: 'console' as const,
      workspaceId: options.workspaceId,
      channelId: options.channelId,
      user: { id: 'console', name: 'console' },
      isAdmin: options.isAdmin,
      now: options.now?.() ?? new Date(),
      services: options.services,
    };
    return await runCommand(parsed.definition, context, options.logger.child({ platform: 'console' }));
  } catch (error) {
    if (error instanceof UserError) return errorReply(error.message);
    options.logger.error('console command failed', {
      error: error instanceof Error ? error.message : String(error),
    });
    return errorReply('That failed unexpectedly; the error was logged.');
  }
}
