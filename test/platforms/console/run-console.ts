import { PassThrough } from 'node:stream';
import { allCommands } from '../../../commands/all-commands.js';
import type { CommandServices } from '../../../commands/command-services.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { startConsole } from '../../../src/platforms/console/start-console.js';
import { FIXTURE_NOW } from '../../fixtures/commands/fixture-items.js';

/** Types `lines` at the console prompt and returns everything it printed. */
export async function runConsole(
  services: CommandServices,
  lines: readonly string[],
  options: { isAdmin?: boolean; now?: Date } = {},
): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const session = startConsole({
    commands: allCommands,
    services,
    input,
    output,
    logger: silentLogger,
    workspaceId: 'console',
    channelId: 'console',
    isAdmin: options.isAdmin ?? true,
    now: () => options.now ?? FIXTURE_NOW,
  });
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await session.closed;
  return printed;
}
