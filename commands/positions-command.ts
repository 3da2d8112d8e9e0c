import { actorName } from '../src/core/digest/digest-reply.js';
import { plural } from '../src/core/digest/plural.js';
import type {
  ActorPosition,
  PositionsReport,
  TopicPositionsReport,
} from '../src/core/positions/positions-report.js';
import type { Reply, ReplyField, ReplySection } from '../src/core/reply/reply.js';
import { UserError } from '../src/core/reply/user-error.js';
import type { CommandDefinition } from './command.js';
import { findStory } from './find-story.js';

// The actors of the default config/actors.yaml, offered as choices (Discord shows them as a menu;
// text platforms tell an actor from story words by them). An actor added to the config is still
// accepted by key where the platform lets a user type it.
const DEFAULT_ACTORS = [
  ['japan', 'Japan'],
  ['nato', 'NATO'],
  ['france', 'France'],
  ['us', 'US'],
  ['china', 'China'],
  ['australia', 'Australia'],
  ['new-zealand', 'New Zealand'],
  ['south-korea', 'South Korea'],
] as const;
const QUOTES_PER_ACTOR = 2;

/**
 * `positions [actor] [story]`: where each actor stands on a story, with what they said;
 * `positions topic:<words>`: the same over every stored article matching the words.
 */
export const positionsCommand: CommandDefinition = {
  name: 'positions',
  description: 'Where Japan, NATO, France, the US, China and others stand on a story',
  adminOnly: false,
  options: [
    {
      name: 'actor',
      description: 'One actor, or all',
      type: 'string',
      choices: [...DEFAULT_ACTORS.map(([value, name]) => ({ name, value })), { name: 'All', value: 'all' }],
    },
    {
      name: 'story',
      description: 'Story id or words from its title',
      type: 'string',
      rest: true,
      autocomplete: 'story',
    },
    {
      name: 'topic',
      description: 'Words to follow over every stored article, month by month (a | b for either)',
      type: 'string',
      rest: true,
    },
  ],
  run: async ({ options, services, now, platform }) => {
    const actor = typeof options.actor === 'string' ? options.actor.toLowerCase() : 'all';
    if (actor !== 'all' && !services.actorKeys.includes(actor)) {
      throw new UserError(
        'unknown-actor',
        `Unknown actor "${actor}". Valid actors: ${services.actorKeys.join(', ')}.`,
      );
    }
    const only = actor === 'all' ? undefined : [actor];
    if (typeof options.topic === 'string') {
      return topicReply(await services.positions.positionsOnTopic(options.topic, only, now));
    }
    const story = await findStory(
      services.stories,
      options.story as string | undefined,
      now,
      services.articles,
      platform,
    ).catch((error) => {
      // Typed as text, an unknown actor reads as story words: say both what was looked for and the actors.
      if (error instanceof UserError && error.code === 'story-not-found' && options.actor === undefined) {
        throw new UserError(
          'story-not-found',
          `${error.message} Valid actors: ${services.actorKeys.join(', ')}.`,
        );
      }
      throw error;
    });
    // The story is read already: its report needs only its analyses.
    const [report] = await services.positions.positionsOfStories([story], only);
    if (report === undefined)
      throw new UserError('no-positions', `No positions recorded for "${story.title}" yet.`);
    return positionsReply(report, story.sources.length);
  },
};

function positionsReply(report: PositionsReport, outlets: number): Reply {
  const said = report.actors.filter((position) => position.statements.length > 0 || position.summary !== '');
  const sections = report.actors.map((position) => actorSection(position));
  return {
    title: `Positions: ${report.story.title}`,
    text: `${said.length} of ${report.actors.length} actors on record, from ${plural(outlets, 'outlet')}.`,
    sections,
    ephemeral: false,
    footer: `Story ${report.story.id}. Quotes are verbatim from the sources.`,
  };
}

function topicReply(report: TopicPositionsReport): Reply {
  if (report.articles === 0)
    throw new UserError('topic-not-found', `No stored article mentions "${report.topic}". Try fewer words.`);
  const said = report.actors.filter((position) => position.statements.length > 0);
  return {
    title: `Positions on "${report.topic}"`,
    text: `${said.length} of ${report.actors.length} actors on record, over ${plural(report.articles, 'article')}.`,
    sections: report.actors.map((position) =>
      actorSection(position, 1, 'Nothing said on record on this topic.'),
    ),
    ephemeral: false,
    footer: 'Stance month by month under "Over time". Quotes are verbatim from the sources.',
  };
}

/** One actor: stance, how it moved (over `minMonths` months or more), summary and quotes. */
function actorSection(
  position: ActorPosition,
  minMonths = 2,
  nothing = 'Nothing said on record about this story.',
): ReplySection {
  const fields: ReplyField[] = [{ label: 'Stance', value: position.stance }];
  if (position.timeline.length >= minMonths) {
    fields.push({
      label: 'Over time',
      value: position.timeline.map((t) => `${t.period} ${t.stance}`).join(' → '),
    });
  }
  const quotes = position.statements
    .filter((statement) => statement.quote)
    .slice(0, QUOTES_PER_ACTOR)
    .map((statement) => ({
      text: statement.text,
      speaker: statement.speaker,
      // "NATO spokesperson, NATO spokesperson" says nothing twice: a title inside the name is left out.
      speakerTitle:
        statement.speakerTitle && statement.speaker?.includes(statement.speakerTitle)
          ? null
          : statement.speakerTitle,
      source: statement.source,
      url: statement.url,
      publishedAt: statement.publishedAt,
    }));
  const text = position.summary === '' ? nothing : position.summary;
  return { heading: position.name ?? actorName(position.actor), text, fields, quotes };
}
