import type { StoryReader } from '../src/core/digest/digest-ports.js';
import { storiesById } from '../src/core/digest/stories-by-id.js';
import { type ChatPlatform, commandHint } from '../src/core/reply/platform-wording.js';
import { UserError } from '../src/core/reply/user-error.js';
import type { ArticleStore } from '../src/core/store/article-store.js';
import type { Story } from '../src/core/stories/story.js';

const RECENT_MS = 7 * 24 * 60 * 60 * 1000;
/** Stories read to find the most covered recent one: a week of a busy beat fits well within. */
const RECENT_POOL = 300;
/** Stories read per search when looking a story up by words (the newest matches). */
const SEARCH_POOL = 100;

/** The archive's story search (ArticleStore.storiesMatching). */
export type StorySearch = Pick<ArticleStore, 'storiesMatching'>;

/**
 * A story by its id, or the one whose title shares the most of the given words (newest on a
 * tie). Without words: the most covered story of the last seven days (of the newest story's
 * date when the archive is older, as in the demo).
 */
export async function findStory(
  stories: StoryReader,
  query: string | undefined,
  now: Date,
  articles?: StorySearch,
  platform: ChatPlatform = 'console',
): Promise<Story> {
  const text = query?.trim() ?? '';
  if (text !== '') {
    const byId = await stories.get(text);
    if (byId) return byId;
  }
  const searched = text !== '' && articles !== undefined;
  // The most covered recent story is among the recently active ones: no need to read them all.
  const all =
    text === '' && stories.recent
      ? await stories.recent(RECENT_POOL)
      : searched
        ? await storiesWithWords(stories, articles, wordsOf(text))
        : await stories.all();
  // An empty search says nothing about whether there are stories at all.
  if (all.length === 0 && !searched)
    throw new UserError('no-stories', 'No stories yet: the feeds have not brought anything relevant.');
  if (text === '') return mostCovered(all, now);
  const words = wordsOf(text);
  let best: { story: Story; score: number } | undefined;
  for (const story of all) {
    const title = story.title.toLowerCase();
    const score = words.filter((word) => title.includes(word)).length;
    if (score > 0 && (best === undefined || score > best.score)) best = { story, score };
  }
  if (best === undefined) {
    const search = commandHint(platform, ['search'], [{ name: 'words', value: text }]);
    throw new UserError('story-not-found', `No story matches "${text}". Try ${search} or fewer words.`);
  }
  return best.story;
}

/**
 * The candidates for words, through the archive's search index instead of every story: the
 * stories of articles holding all the words, or, when none does, any one of them.
 */
async function storiesWithWords(
  stories: StoryReader,
  articles: StorySearch,
  words: string[],
): Promise<Story[]> {
  const bounds = { limit: SEARCH_POOL, countLimit: SEARCH_POOL };
  let ids = (await articles.storiesMatching(words, bounds)).ids;
  if (ids.length === 0) {
    const each = await Promise.all(words.map((word) => articles.storiesMatching([word], bounds)));
    ids = [...new Set(each.flatMap((found) => found.ids))];
  }
  return storiesById(stories, ids);
}

/** Most sources within seven days of the newest story (of now, when stories are current). */
function mostCovered(all: readonly Story[], now: Date): Story {
  const newest = Date.parse(all[0]?.lastSeen ?? now.toISOString());
  const cutoff = new Date(Math.min(now.getTime(), newest) - RECENT_MS).toISOString();
  const recent = all.filter((story) => story.lastSeen >= cutoff);
  // `all` is newest first and sort is stable, so ties go to the newest.
  return [...recent].sort((a, b) => b.sources.length - a.sources.length)[0] ?? (all[0] as Story);
}

/** Lower-case words of two letters or more; Japanese text is kept whole. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,.;:!?"“”()]+/)
    .filter((word) => word.length >= 2);
}
