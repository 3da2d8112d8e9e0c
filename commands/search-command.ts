import type { Article } from '../src/core/articles/article.js';
import { plural } from '../src/core/digest/plural.js';
import { UserError } from '../src/core/reply/user-error.js';
import type { Story } from '../src/core/stories/story.js';
import type { CommandDefinition } from './command.js';
import { wordsOf } from './find-story.js';

const LIMIT = 8;
const SEARCH_DAYS = 90;

/** `search <words>`: stories and articles containing every word, newest first. */
export const searchCommand: CommandDefinition = {
  name: 'search',
  description: 'Find stories and articles by words',
  adminOnly: false,
  options: [{ name: 'words', description: 'Words to look for', type: 'string', required: true, rest: true }],
  run: async ({ options, services, now }) => {
    const words = wordsOf(String(options.words));
    if (words.length === 0)
      throw new UserError('empty-search', 'Give at least one word of two letters or more.');
    const matches = (text: string) => words.every((word) => text.toLowerCase().includes(word));
    const stories = (await services.stories.all()).filter((story) => matches(story.title));
    // Articles of the last 90 days only: the archive grows without bound, a search must not.
    const since = new Date(now.getTime() - SEARCH_DAYS * 86_400_000);
    const articles = (await services.articles.firstSeenSince(since, now))
      .filter((article) => article.relevant && article.duplicateOf === null)
      .filter((article) => matches(`${article.title}\n${article.text}`))
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
    const query = words.join(' ');
    if (stories.length === 0 && articles.length === 0) {
      return { title: `Nothing found for "${query}"`, sections: [], ephemeral: true };
    }
    return {
      title: `Search: ${query}`,
      sections: [
        { heading: `Stories (${stories.length})`, items: stories.slice(0, LIMIT).map(storyItem) },
        { heading: `Articles (${articles.length})`, items: articles.slice(0, LIMIT).map(articleItem) },
      ],
      ephemeral: false,
      footer: `${stories.length > LIMIT || articles.length > LIMIT ? `Showing the newest ${LIMIT} of each. ` : ''}Articles of the last ${SEARCH_DAYS} days; stories of any date.`,
    };
  },
};

function storyItem(story: Story) {
  return {
    text: story.title,
    detail: `${story.id} · ${plural(story.sources.length, 'outlet')} · last seen ${story.lastSeen.slice(0, 10)}`,
  };
}

function articleItem(article: Article) {
  return {
    text: article.title,
    url: article.url,
    detail: `${article.source} · ${article.publishedAt.slice(0, 10)}`,
  };
}
