import type { CommandDefinition, OptionValue } from '../../commands/command.js';
import { runCommand } from '../../commands/run-command.js';
import type { NewsbotApp } from '../app/create-app.js';
import { renderPlainText } from '../platforms/console/render-plain-text.js';

/**
 * Runs a chat command from the CLI with the console's identity (an admin, since whoever runs the
 * CLI owns the data directory) and returns the text a person would read in the console.
 */
export async function runAsConsole(
  app: NewsbotApp,
  definition: CommandDefinition,
  options: Record<string, OptionValue | undefined>,
  subcommand: string | null = null,
): Promise<{ text: string; failed: boolean }> {
  const reply = await runCommand(
    definition,
    {
      subcommand,
      options,
      platform: 'console',
      workspaceId: 'console',
      channelId: 'console',
      user: { id: 'cli', name: 'cli' },
      isAdmin: true,
      now: app.now(),
      services: app.services,
    },
    app.logger,
  );
  return { text: renderPlainText(reply), failed: reply.tone === 'error' };
}
