import type { CommandDefinition } from '../../../commands/command.js';
import type { Reply } from '../../../src/core/reply/reply.js';
import { UserError } from '../../../src/core/reply/user-error.js';

/**
 * Command definitions written for these tests against the CommandDefinition contract, so the
 * adapter is exercised without depending on the real commands' data.
 */
export function createTestCommands(options: { slowMs: number }) {
  const watched: string[] = [];
  const runs: string[] = [];
  const positions: CommandDefinition = {
    name: 'positions',
    description: 'Who said what about a story',
    adminOnly: false,
    options: [{ name: 'story', description: 'Story or keyword', type: 'string', required: true, rest: true }],
    run: async (context) => {
      runs.push('positions');
      return {
        title: `Positions on ${String(context.options.story)}`,
        url: 'https://news.example/stories/42',
        sections: [
          {
            heading: 'China',
            quotes: [
              {
                text: 'We oppose any attempt to bring bloc confrontation into the Asia-Pacific.',
                speaker: 'Mao Ning',
                speakerTitle: 'Foreign Ministry spokesperson',
                source: 'Example Wire',
                url: 'https://news.example/articles/7',
              },
            ],
            fields: [{ label: 'Stance', value: 'opposed' }],
          },
        ],
        ephemeral: false,
        footer: '3 outlets reported this',
      };
    },
  };
  const watch: CommandDefinition = {
    name: 'watch',
    description: 'Manage watched keywords',
    adminOnly: true,
    subcommands: [
      {
        name: 'add',
        description: 'Watch a keyword',
        options: [{ name: 'keyword', description: 'Keyword', type: 'string', required: true, rest: true }],
      },
      { name: 'list', description: 'List watched keywords', options: [] },
    ],
    run: async (context) => {
      runs.push(`watch ${context.subcommand}`);
      if (context.subcommand === 'add') {
        const keyword = String(context.options.keyword);
        if (watched.includes(keyword))
          throw new UserError('already-watched', `"${keyword}" is already watched.`);
        watched.push(keyword);
        return { title: 'Watching', text: `Now watching "${keyword}".`, sections: [], ephemeral: false };
      }
      return {
        title: 'Watched keywords',
        sections: [{ items: watched.map((text) => ({ text })) }],
        ephemeral: false,
      };
    },
  };
  const latest: CommandDefinition = {
    name: 'latest',
    description: 'Latest headlines',
    adminOnly: false,
    options: [
      { name: 'count', description: 'How many', type: 'integer' },
      {
        name: 'region',
        description: 'Region',
        type: 'string',
        choices: [
          { name: 'Japan', value: 'japan' },
          { name: 'Europe', value: 'europe' },
        ],
      },
    ],
    run: async (context) => {
      runs.push('latest');
      const count = Number(context.options.count ?? 2);
      const items = Array.from({ length: count }, (_, index) => ({
        text: `<!channel> Headline ${index + 1}: AT&T <b>bold</b> claim ${context.options.region ?? 'everywhere'}`,
        url: `https://news.example/articles/${index + 1}?a=1&b=2`,
        detail: 'Example Wire · <@U999> said so',
      }));
      // One section per story, as a digest groups coverage: many stories need many blocks.
      const sections = items.map((item, index) => ({ heading: `Story ${index + 1}`, items: [item] }));
      return { title: 'Latest', sections, ephemeral: false };
    },
  };
  const slow: CommandDefinition = {
    name: 'digest',
    description: 'A digest that takes a while',
    adminOnly: false,
    options: [],
    run: async () => {
      runs.push('digest');
      await new Promise((resolve) => setTimeout(resolve, options.slowMs));
      return {
        title: 'Digest ready',
        text: 'Five stories moved today.',
        sections: [],
        ephemeral: false,
      } satisfies Reply;
    },
  };
  const broken: CommandDefinition = {
    name: 'broken',
    description: 'Fails',
    adminOnly: false,
    options: [],
    run: async () => {
      runs.push('broken');
      throw new Error('database is locked');
    },
  };
  return { commands: [positions, watch, latest, slow, broken], watched, runs };
}
