import type { Article } from '../src/core/articles/article.js';
import { plural } from '../src/core/digest/plural.js';
import { representativeId, storyHeadline } from '../src/core/digest/story-headline.js';
import { UserError } from '../src/core/reply/user-error.js';
import type { Story } from '../src/core/stories/story.js';
import type { CommandDefinition } from './command.js';
import type { CommandServices } from './command-services.js';
import { wordsOf } from './find-story.js';

const LIMIT = 8;
const SEARCH_DAYS = 90;
/** Matches counted and considered at most ("1000+" beyond). */
const CANDIDATES = 1000;

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
    // Both lists come from the archive's text index: a search reads what it shows plus a bounded
    // set of candidates (the newest CANDIDATES matches), never the whole archive.
    const bounds = { limit: LIMIT, countLimit: CANDIDATES };
    // Articles published in the last 90 days only: the archive grows without bound, a search must not.
    const since = new Date(now.getTime() - SEARCH_DAYS * 86_400_000);
    // The two lists are independent: on a shared database their reads overlap instead of queueing.
    const [{ stories, shown, storyCount }, found] = await Promise.all([
      storiesWithWords(services, words, bounds),
      services.articles.search(words, { since, until: now, ...bounds }),
    ]);
    const { articles, total } = publishedSince(found, since.toISOString());
    const storyTotal = Math.max(storyCount, stories.length);
    const query = words.join(' ');
    if (stories.length === 0 && articles.length === 0) {
      return { title: `Nothing found for "${query}"`, sections: [], ephemeral: true };
    }
    return {
      title: `Search: ${query}`,
      sections: [
        {
          heading: `Stories (${countOf(storyTotal)})`,
          items: stories.slice(0, LIMIT).map((story) => storyItem(story, shown)),
        },
        { heading: `Articles (${total})`, items: articles.slice(0, LIMIT).map(articleItem) },
      ],
      ephemeral: false,
      footer: `${storyTotal > LIMIT || articles.length >= LIMIT ? `Showing the newest ${LIMIT} of each. ` : ''}Articles published in the last ${SEARCH_DAYS} days; stories of any date.`,
    };
  },
};

/** The stories holding the words, with their representative articles (to show their headlines). */
async function storiesWithWords(
  services: CommandServices,
  words: string[],
  bounds: { limit: number; countLimit: number },
) {
  const matches = await services.articles.storiesMatching(words, bounds);
  const stories = (await Promise.all(matches.ids.map((id) => services.stories.get(id)))).filter(
    (story): story is Story => story !== undefined,
  );
  const shown = await services.articles.getMany(
    stories.map(representativeId).filter((id) => id !== undefined),
  );
  return { stories, shown, storyCount: matches.total };
}

const countOf = (total: number) => (total >= CANDIDATES ? `${CANDIDATES}+` : String(total));

/**
 * The matches published since `since`: the date the list shows is the one it is filtered by. The
 * archive bounds the search by first seen (an old article can arrive today) and returns the newest
 * published first, so the older ones are at the end of the page; once one is left out, the count
 * is exact, otherwise it is the archive's count of matches (which may include older ones).
 */
function publishedSince(found: { articles: Article[]; total: number }, since: string) {
  const articles = found.articles.filter((article) => article.publishedAt >= since);
  if (articles.length < found.articles.length) return { articles, total: String(articles.length) };
  return {
    articles,
    total: found.total > articles.length ? `up to ${countOf(found.total)}` : countOf(found.total),
  };
}

function storyItem(story: Story, shown: readonly Article[]) {
  const headline = storyHeadline(story, shown);
  return {
    text: headline.text,
    ...(headline.url === undefined ? {} : { url: headline.url }),
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
