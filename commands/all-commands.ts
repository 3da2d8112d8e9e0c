import type { CommandDefinition } from './command.js';
import { digestCommand } from './digest-command.js';
import { feedsCommand } from './feeds-command.js';
import { createHelpCommand } from './help-command.js';
import { positionsCommand } from './positions-command.js';
import { scheduleCommand } from './schedule-command.js';
import { searchCommand } from './search-command.js';
import { storyCommand } from './story-command.js';
import { watchCommand } from './watch-command.js';
import { whyCommand } from './why-command.js';

/** Every command, in the order help lists them. */
export const allCommands: readonly CommandDefinition[] = [
  positionsCommand,
  digestCommand,
  storyCommand,
  searchCommand,
  whyCommand,
  watchCommand,
  feedsCommand,
  scheduleCommand,
  createHelpCommand(() => allCommands),
];
