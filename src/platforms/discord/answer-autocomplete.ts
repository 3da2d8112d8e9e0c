import type { AutocompleteInteraction } from 'discord.js';
import type { CommandDefinition } from '../../../commands/command.js';
import type { Logger } from '../../core/logging/logger.js';
import { truncateAtWord } from '../../core/reply/fit-text.js';
import { focusedOptionSpec } from './read-interaction-options.js';
import { settleWithin } from './settle-within.js';

/** Where suggestions for actor and story options come from (the store, in main.ts). */
export interface AutocompleteSource {
  actors(): Promise<string[]>;
  stories(query: string): Promise<{ id: string; title: string }[]>;
  /** How long to wait for suggestions (default 2000 ms; Discord gives up after 3 s). */
  timeoutMs?: number;
}

type Choice = { name: string; value: string };

/** Discord shows at most 25 suggestions, each name and value at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_CHOICE_TEXT = 100;
/** Discord drops suggestions that take longer than 3 s: better none than an error in the menu. */
const SOURCE_TIMEOUT_MS = 2000;

/**
 * Suggests values for the actor or story option being typed. A failing or slow source (over
 * `timeoutMs`, default 2 s) is logged and answered with no suggestions: the user can still type
 * a value, while no answer at all shows an error in Discord's menu.
 */
export async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  deps: { commands: readonly CommandDefinition[]; autocomplete?: AutocompleteSource; logger: Logger },
): Promise<void> {
  const { spec, value } = focusedOptionSpec(interaction, deps.commands);
  const source = deps.autocomplete;
  let choices: Choice[] = [];
  if (source !== undefined && spec?.autocomplete !== undefined) {
    const log = deps.logger.child({ command: interaction.commandName, option: spec.name });
    const found = suggest(spec.autocomplete, value.trim(), source).catch((error: unknown) => {
      log.warn('autocomplete source failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      return [];
    });
    const inTime = await settleWithin(found, source.timeoutMs ?? SOURCE_TIMEOUT_MS);
    if (inTime === undefined) log.warn('autocomplete source too slow: answered with no suggestions');
    choices = inTime ?? [];
  }
  await interaction.respond(choices.slice(0, MAX_CHOICES));
}

async function suggest(
  kind: 'actor' | 'story',
  query: string,
  source: AutocompleteSource,
): Promise<Choice[]> {
  if (kind === 'story') {
    const stories = await source.stories(query);
    return stories
      .filter((story) => story.id.length <= MAX_CHOICE_TEXT)
      .map((story) => ({ name: truncateAtWord(story.title, MAX_CHOICE_TEXT), value: story.id }));
  }
  const wanted = query.toLowerCase();
  const actors = await source.actors();
  const matching = actors.filter(
    (actor) => actor.length <= MAX_CHOICE_TEXT && actor.toLowerCase().includes(wanted),
  );
  const starts = (actor: string) => actor.toLowerCase().startsWith(wanted);
  return [...matching.filter(starts), ...matching.filter((actor) => !starts(actor))].map((actor) => ({
    name: actor,
    value: actor,
  }));
}
