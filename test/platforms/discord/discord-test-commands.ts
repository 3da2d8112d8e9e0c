import type { CommandDefinition } from '../../../commands/command.js';
import { UserError } from '../../../src/core/reply/user-error.js';

/**
 * Commands written for the Discord tests, beside the shared ones from the Slack tests: feed text
 * full of markdown and mentions, options with autocomplete, and slow answers that end in an
 * error or come from an admin command.
 */
export function createDiscordTestCommands(options: { slowMs: number }) {
  const runs: string[] = [];
  const wait = () => new Promise((resolve) => setTimeout(resolve, options.slowMs));
  const headline: CommandDefinition = {
    name: 'headline',
    description: 'One headline as a feed printed it',
    adminOnly: false,
    options: [],
    run: async () => {
      runs.push('headline');
      return {
        title: 'From the wire',
        sections: [
          {
            items: [
              {
                text: '@everyone **Breaking** <@123> _NATO_ opens [office](https://evil.example) in Tokyo',
                url: 'https://news.example/articles/1',
                detail: '# Example Wire @here',
              },
            ],
          },
        ],
        ephemeral: false,
      };
    },
  };
  const stance: CommandDefinition = {
    name: 'stance',
    description: 'Where an actor stands on a story',
    adminOnly: false,
    options: [
      { name: 'story', description: 'Story', type: 'string', autocomplete: 'story' },
      { name: 'actor', description: 'Who', type: 'string', required: true, autocomplete: 'actor' },
    ],
    run: async (context) => {
      runs.push('stance');
      return {
        title: `${String(context.options.actor)} on story ${String(context.options.story)}`,
        sections: [],
        ephemeral: false,
      };
    },
  };
  const slowFailure: CommandDefinition = {
    name: 'archive',
    description: 'Searches the archive slowly, then finds nothing',
    adminOnly: false,
    options: [],
    run: async () => {
      runs.push('archive');
      await wait();
      throw new UserError('no-results', 'Nothing in the archive matches.');
    },
  };
  const slowAdmin: CommandDefinition = {
    name: 'reindex',
    description: 'Rebuilds the story index',
    adminOnly: true,
    options: [],
    run: async () => {
      runs.push('reindex');
      await wait();
      return { title: 'Reindexed', text: '42 stories rebuilt.', sections: [], ephemeral: false };
    },
  };
  return { commands: [headline, stance, slowFailure, slowAdmin], runs };
}
