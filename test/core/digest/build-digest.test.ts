import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/articles/article.js';
import { buildDigest } from '../../../src/core/digest/build-digest.js';
import { analyseArticle } from '../../../src/core/nlp/analyse-article.js';
import { ANALYSIS_NAMESPACE } from '../../../src/core/nlp/create-analyser.js';
import { loadDefaultGazetteer } from '../../../src/core/nlp/load-default-gazetteer.js';
import { createPositionsService } from '../../../src/core/positions/build-positions.js';
import { createRelevanceMatcher } from '../../../src/core/relevance/create-relevance-matcher.js';
import { createArticleStore } from '../../../src/core/store/article-store.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import type { Story } from '../../../src/core/stories/story.js';
import { countingArticleStore } from '../../fixtures/commands/counting-article-store.js';
import { storedArticle } from '../../fixtures/commands/stored-article.js';

const until = new Date('2024-05-06T09:00:00Z');
const since = new Date('2024-04-29T09:00:00Z');

/**
 * `count` one-day-old stories, story i covered by `count - i` outlets (story 0 the most covered);
 * `about(i)` is what its articles are about.
 */
async function world(count: number, about: (i: number) => string) {
  const kv = createMemoryKeyValueStore();
  const gazetteer = await loadDefaultGazetteer();
  const stored = createArticleStore(kv);
  const { articles, bodiesRead } = countingArticleStore(stored);
  const stories = new Map<string, Story>();
  for (let i = 0; i < count; i += 1) {
    const publishedAt = '2024-05-05T09:00:00.000Z';
    const ids = [`a${i}`, `b${i}`];
    for (const id of ids) {
      const article: Article = storedArticle({
        id,
        title: `${about(i)} ${i}`,
        publishedAt,
        storyId: `s${i}`,
      });
      await stored.put(article);
      // Analysed as ingest leaves it, so positions read no article either.
      await kv.set(ANALYSIS_NAMESPACE, id, analyseArticle(article, gazetteer));
    }
    const sources = Array.from({ length: count - i }, (_, k) => `Outlet ${k}`);
    stories.set(`s${i}`, {
      id: `s${i}`,
      title: `${about(i)} ${i}`,
      firstSeen: publishedAt,
      lastSeen: publishedAt,
      articleIds: ids,
      sources,
    });
  }
  const reader = {
    get: async (id: string) => stories.get(id),
    all: async () => [...stories.values()],
  };
  const positions = createPositionsService({
    kv,
    articles,
    gazetteer,
    stories: reader,
  });
  const deps = { stories: reader, articles, positions, maxStories: 3 };
  return { deps, bodiesRead, stories };
}

describe('the digest of a busy window', () => {
  it('shows the most covered stories the keywords match, however far down the ranking they are', async () => {
    // Only every tenth story is about NATO: the three most covered of those are 0, 10 and 20.
    const { deps } = await world(40, (i) => (i % 10 === 0 ? 'NATO summit' : 'Local weather'));
    const relevance = createRelevanceMatcher({ keywords: [{ term: 'NATO' }] });
    const digest = await buildDigest(deps, { since, until, relevance });
    expect(digest?.stories.map((story) => story.id)).toEqual(['s0', 's10', 's20']);
    const none = createRelevanceMatcher({ keywords: [{ term: 'AUKUS' }] });
    expect(await buildDigest(deps, { since, until, relevance: none })).toBeNull();
  });

  it('reads the articles of the stories it weighs for showing, not of every story in the window', async () => {
    const { deps, bodiesRead } = await world(200, () => 'NATO summit');
    const relevance = createRelevanceMatcher({ keywords: [{ term: 'NATO' }] });
    const digest = await buildDigest(deps, { since, until, relevance });
    expect(digest?.stories.map((story) => story.id)).toEqual(['s0', 's1', 's2']);
    // One batch of first articles (twice the stories shown); the three shown are among them.
    expect(bodiesRead()).toBe(2 * 3);
  });

  it('leaves out a story re-linked from one the channel was already given', async () => {
    const { deps, stories } = await world(3, () => 'NATO summit');
    // s1 absorbed a story posted earlier under its own id: it is that story, not a new one.
    stories.set('s1', { ...(stories.get('s1') as Story), mergedFrom: ['s-posted'] });
    const alreadyPosted = async (ids: readonly string[]) => new Set(ids.filter((id) => id === 's-posted'));
    const digest = await buildDigest(deps, { since, until, alreadyPosted });
    expect(digest?.stories.map((story) => story.id)).toEqual(['s0', 's2']);
  });
});
