import type { Article } from '../src/core/articles/article.js';
import { plural } from '../src/core/digest/plural.js';
import { storyHeadline } from '../src/core/digest/story-headline.js';
import type { ReplyItem } from '../src/core/reply/reply.js';
import type { CommandDefinition } from './command.js';
import { findStory } from './find-story.js';

/** `story <words or id>`: the timeline of a story, copies folded into "also reported by". */
export const storyCommand: CommandDefinition = {
  name: 'story',
  description: "A story's timeline: who reported what, and when",
  adminOnly: false,
  options: [
    {
      name: 'story',
      description: 'Story id or words from its title',
      type: 'string',
      required: true,
      rest: true,
      autocomplete: 'story',
    },
  ],
  run: async ({ options, services, now, platform }) => {
    const story = await findStory(services.stories, String(options.story), now, services.articles, platform);
    const inStory = await services.articles.inStory(story.id);
    const originals = inStory
      .filter((article) => article.duplicateOf === null)
      .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
    const items = originals.map((article) => timelineItem(article, copiesOf(article, inStory)));
    const outlets = story.sources.length;
    const headline = storyHeadline(story, inStory);
    return {
      title: headline.text,
      url: headline.url,
      text: `${plural(originals.length, 'report')} from ${plural(outlets, 'outlet')}, ${day(story.firstSeen)} to ${day(story.lastSeen)}.`,
      sections: [{ heading: 'Timeline', items }],
      ephemeral: false,
      footer: `Sources: ${story.sources.join(', ')}. Story ${story.id}.`,
    };
  },
};

function copiesOf(original: Article, inStory: readonly Article[]): string[] {
  const sources = inStory
    .filter((article) => article.duplicateOf === original.id && article.source !== original.source)
    .map((article) => article.source);
  return [...new Set(sources)];
}

function timelineItem(article: Article, copies: readonly string[]): ReplyItem {
  const also = copies.length > 0 ? ` · also reported by ${copies.join(', ')}` : '';
  return {
    text: article.title,
    url: article.url,
    detail: `${article.publishedAt.slice(0, 16).replace('T', ' ')} UTC · ${article.source}${also}`,
  };
}

function day(iso: string): string {
  return iso.slice(0, 10);
}
