import { describe, expect, it } from 'vitest';
import type { CommandServices } from '../../commands/command-services.js';
import { warmUpCommands } from '../../commands/warm-up-commands.js';
import { createJsonLogger } from '../../src/core/logging/logger.js';
import { createTestCommands } from '../platforms/slack/news-test-commands.js';

describe('warming up the commands before a platform takes requests', () => {
  it('runs each member command that needs no option once, and no admin or option-taking one', async () => {
    const fixture = createTestCommands({ slowMs: 0 });
    const logs: string[] = [];
    await warmUpCommands(
      fixture.commands,
      {} as CommandServices,
      createJsonLogger((line) => logs.push(line), 'debug'),
      new Date('2024-05-12T08:00:00Z'),
    );
    expect(fixture.runs).toEqual(['latest', 'digest', 'broken']);
    expect(fixture.watched).toEqual([]);
    // A command that fails while warming up is logged and the start goes on.
    expect(logs.some((line) => line.includes('commands warmed up'))).toBe(true);
  });
});
