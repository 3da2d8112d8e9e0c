import { findStory } from '../../commands/find-story.js';
import { positionsCommand as positionsChatCommand } from '../../commands/positions-command.js';
import type { NewsbotApp } from '../app/create-app.js';
import { UserError } from '../core/reply/user-error.js';
import { CliError, type CliOutput, printJson } from './cli-output.js';
import { runAsConsole } from './run-as-console.js';

/**
 * `newsbot positions`: the JSON report of issue 4, or the same text the console's /positions
 * shows. Without --story, the most covered recent story; with --topic, every stored article
 * matching the words instead of one story.
 */
export async function positionsCommand(
  app: NewsbotApp,
  output: CliOutput,
  options: { story?: string; actor?: string; topic?: string; json?: boolean },
): Promise<void> {
  if (!options.json) {
    const { text, failed } = await runAsConsole(app, positionsChatCommand, {
      story: options.story,
      actor: options.actor,
      topic: options.topic,
    });
    if (failed) throw new CliError(text.trim());
    return output.out(text);
  }
  try {
    const actors = options.actor ? [options.actor.toLowerCase()] : undefined;
    if (options.topic !== undefined)
      return printJson(output, await app.positions.positionsOnTopic(options.topic, actors, app.now()));
    const story = await findStory(app.stories, options.story, app.now());
    const report = await app.positions.positionsFor(story.id, actors);
    if (!report) throw new CliError(`no story ${story.id}`);
    printJson(output, report);
  } catch (error) {
    if (error instanceof UserError) throw new CliError(error.message);
    throw error;
  }
}
