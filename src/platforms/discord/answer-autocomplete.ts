import type { AutocompleteInteraction } from 'discord.js';
import type { CommandDefinition } from '../../../commands/command.js';
import type { Logger } from '../../core/logging/logger.js';
import { truncateAtWord } from '../../core/reply/fit-text.js';
import { focusedOptionSpec } from './read-interaction-options.js';

/** Where suggestions for actor and story options come from (the store, in main.ts). */
export interface AutocompleteSource {
  actors(): Promise<string[]>;
  stories(query: string): Promise<{ id: string; title: string }[]>;
}

type Choice = { name: string; value: string };

/** Discord shows at most 25 suggestions, each name and value at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_CHOICE_TEXT = 100;

/**
 * Suggests values for the actor or story option being typed. A failing source is logged and
 * answered with no suggestions: the user can still type a value, and Discord shows an error
 * only when no answer comes at all.
 */
export async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  deps: { commands: readonly CommandDefinition[]; autocomplete?: AutocompleteSource; logger: Logger },
): Promise<void> {
  const { spec, value } = focusedOptionSpec(interaction, deps.commands);
  let choices: Choice[] = [];
  try {
    if (deps.autocomplete !== undefined && spec?.autocomplete !== undefined) {
      choices = await suggest(spec.autocomplete, value.trim(), deps.autocomplete);
    }
  } catch (error) {
    deps.logger.warn('autocomplete source failed', {
      command: interaction.commandName,
      error: error instanceof Error ? error.message : String(error),
    });
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
