import type { Logger } from '../src/core/logging/logger.js';
import type { CommandDefinition } from './command.js';
import type { CommandServices } from './command-services.js';
import { runCommand } from './run-command.js';

/**
 * Runs once, before a platform takes requests, every command a member can run without options
 * (read-only by nature: the store's first queries, the matchers and the JIT warm up here), so
 * the first person to ask after a restart does not wait for cold code paths. Answers are thrown
 * away; a failure is logged and never stops the start.
 */
export async function warmUpCommands(
  commands: readonly CommandDefinition[],
  services: CommandServices,
  logger: Logger,
  now: Date,
): Promise<void> {
  const started = Date.now();
  const candidates = commands.filter(
    (command) =>
      !command.adminOnly &&
      (command.subcommands ?? []).length === 0 &&
      (command.options ?? []).every((option) => !option.required),
  );
  for (const command of candidates) {
    const context = {
      subcommand: null,
      options: {},
      platform: 'console' as const,
      workspaceId: 'warm-up',
      channelId: 'warm-up',
      user: { id: 'warm-up', name: 'warm-up' },
      isAdmin: false,
      now,
      services,
    };
    await runCommand(command, context, logger).catch((error: unknown) =>
      logger.warn('warm-up failed', { command: command.name, error: String(error) }),
    );
  }
  logger.debug('commands warmed up', {
    commands: candidates.map((command) => command.name),
    ms: Date.now() - started,
  });
}
