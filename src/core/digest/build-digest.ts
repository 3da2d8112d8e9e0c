import type { Article } from '../articles/article.js';
import { englishSentences } from '../nlp/english-sentences.js';
import type { RelevanceMatcher } from '../relevance/create-relevance-matcher.js';
import { truncateAtWord } from '../reply/fit-text.js';
import type { ArticleStore } from '../store/article-store.js';
import type { Story } from '../stories/story.js';
import type { Digest, DigestStory } from './digest.js';
import type { PositionsReader, StoryReader } from './digest-ports.js';
import { findPositionMoves } from './find-position-moves.js';
import { storiesById } from './stories-by-id.js';
import { representativeId, storyHeadline } from './story-headline.js';

/** Where a digest's stories, first articles and positions are read from. */
export interface DigestDeps {
  stories: StoryReader;
  /** With `storiesPublishedIn` (the archive's index), the window's stories are read, not all. */
  articles: Pick<ArticleStore, 'getMany'> & Partial<Pick<ArticleStore, 'storiesPublishedIn'>>;
  positions: PositionsReader;
  maxStories: number;
}

/** Which stories a digest considers: last seen in (since, until], not posted, matching. */
export interface DigestWindow {
  since: Date;
  until: Date;
  /** Which of these stories were already posted to the channel: left out, so none is posted twice. */
  alreadyPosted?: (storyIds: readonly string[]) => Promise<ReadonlySet<string>>;
  /** The channel's workspace keywords: a story stays when one of its articles matches them. */
  relevance?: RelevanceMatcher;
}

const LEAD_MAX = 200;
/** Stories a digest weighs at most: a busy week's worth, newest first. */
const CANDIDATES = 2000;

/**
 * The stories seen in the window, most covered first, with the positions that moved on them.
 * Null when there is nothing new: no digest is better than an empty one.
 */
export async function buildDigest(deps: DigestDeps, window: DigestWindow): Promise<Digest | null> {
  const since = window.since.toISOString();
  const until = window.until.toISOString();
  const inWindow = (await candidates(deps, window)).filter(
    (story) => story.lastSeen > since && story.lastSeen <= until,
  );
  const unposted = await leaveOutPosted(inWindow, window.alreadyPosted);
  const ranked = unposted.sort(byCoverage);
  const read = articlesReadOnce(deps.articles);
  const chosen = window.relevance
    ? await firstMatching(deps.maxStories, read, ranked, window.relevance)
    : ranked.slice(0, deps.maxStories);
  if (chosen.length === 0) return null;
  const shownIds = chosen.map(representativeId).filter((id) => id !== undefined);
  // The first articles were read already to match the keywords; positions need no article.
  const [shown, reports] = await Promise.all([read(shownIds), deps.positions.positionsOfStories(chosen)]);
  const stories = chosen.map((story) => describeStory(story, shown));
  const positionsMoved = reports.flatMap(findPositionMoves);
  return { since, until, stories, positionsMoved };
}

/**
 * The stories not yet posted to the channel. A story re-linked into another was posted when any of
 * its parts was: the survivor of a merge is not posted again under its own id.
 */
async function leaveOutPosted(
  stories: Story[],
  alreadyPosted: DigestWindow['alreadyPosted'],
): Promise<Story[]> {
  if (!alreadyPosted) return stories;
  const idsOf = (story: Story) => [story.id, ...(story.mergedFrom ?? [])];
  const posted = await alreadyPosted(stories.flatMap(idsOf));
  return stories.filter((story) => !idsOf(story).some((id) => posted.has(id)));
}

/** The stories with an article published in the window, by index where the archive has one. */
async function candidates(deps: DigestDeps, window: DigestWindow): Promise<Story[]> {
  if (!deps.articles.storiesPublishedIn) return deps.stories.all();
  const ids = await deps.articles.storiesPublishedIn(window.since, window.until, CANDIDATES);
  return storiesById(deps.stories, ids);
}

type ReadArticles = (ids: readonly string[]) => Promise<Article[]>;

/** Reads articles by id (those found, in order of `ids`), each from the store once per digest. */
function articlesReadOnce(articles: Pick<ArticleStore, 'getMany'>): ReadArticles {
  const cache = new Map<string, Article>();
  return async (ids) => {
    const missing = ids.filter((id) => !cache.has(id));
    if (missing.length > 0)
      for (const article of await articles.getMany(missing)) cache.set(article.id, article);
    return ids.flatMap((id) => cache.get(id) ?? []);
  };
}

/**
 * The first `maxStories` of the ranked stories that the workspace's keywords match, reading
 * articles a batch of stories at a time: a week holds hundreds of stories, a digest shows ten.
 */
async function firstMatching(
  maxStories: number,
  read: ReadArticles,
  ranked: readonly Story[],
  relevance: RelevanceMatcher,
): Promise<Story[]> {
  const chosen: Story[] = [];
  const batch = maxStories * 2;
  for (let from = 0; from < ranked.length && chosen.length < maxStories; from += batch)
    chosen.push(...(await matching(read, ranked.slice(from, from + batch), relevance)));
  return chosen.slice(0, maxStories);
}

/** Stories with an article the workspace's keywords match; first articles are tried first. */
async function matching(read: ReadArticles, stories: Story[], relevance: RelevanceMatcher): Promise<Story[]> {
  const matches = async (ids: readonly string[]) =>
    new Set((await read(ids)).filter((a) => relevance(a).relevant).map((a) => a.id));
  const firsts = await matches(stories.map((story) => story.articleIds[0] ?? ''));
  const kept = (story: Story) => firsts.has(story.articleIds[0] ?? '');
  const rest = await matches(
    stories.filter((story) => !kept(story)).flatMap((story) => story.articleIds.slice(1)),
  );
  return stories.filter((story) => kept(story) || story.articleIds.some((id) => rest.has(id)));
}

function byCoverage(a: Story, b: Story): number {
  return (
    b.sources.length - a.sources.length ||
    b.articleIds.length - a.articleIds.length ||
    b.lastSeen.localeCompare(a.lastSeen)
  );
}

/** Headline, link, lead and outlet all come from the story's representative article. */
function describeStory(story: Story, shown: readonly Article[]): DigestStory {
  const headline = storyHeadline(story, shown);
  const first = headline.article;
  const source = first?.source ?? story.sources[0] ?? 'unknown outlet';
  return {
    id: story.id,
    headline: headline.text,
    url: headline.url ?? '',
    lead: first ? leadOf(first.text, first.language) : '',
    source,
    otherOutlets: story.sources.filter((name) => name !== source).length,
    lastSeen: story.lastSeen,
  };
}

/**
 * The first sentence of the first paragraph, shortened at a word. English goes through the
 * analysis' sentence splitter, which knows "U.S." and "Mr." do not end a sentence; other text is
 * cut at its first sentence mark.
 */
export function leadOf(text: string, language: Article['language']): string {
  const paragraph = text.trim().split(/\n\s*\n/)[0] ?? '';
  const sentence =
    language === 'en'
      ? englishSentences({ start: 0, end: paragraph.length, text: paragraph })[0]?.text
      : /^.+?(?:[.!?](?=\s|$)|[。！？])/su.exec(paragraph)?.[0];
  return truncateAtWord((sentence ?? paragraph).replace(/\s+/g, ' ').trim(), LEAD_MAX);
}
