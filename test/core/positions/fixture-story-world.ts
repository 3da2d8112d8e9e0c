import type { Article } from '../../../src/core/articles/article.js';
import type { ActorGazetteer } from '../../../src/core/nlp/actor-gazetteer.js';
import { createAnalyser } from '../../../src/core/nlp/create-analyser.js';
import {
  createPositionsService,
  type PositionsService,
} from '../../../src/core/positions/build-positions.js';
import { createArticleStore } from '../../../src/core/store/article-store.js';
import type { KeyValueStore } from '../../../src/core/store/key-value-store.js';
import type { Story } from '../../../src/core/stories/story.js';
import type { FixtureArticle } from '../../fixtures/positions/positions-fixture.js';

/** Stores the fixture articles, analyses them as ingest would, and groups them into their stories. */
export async function buildFixtureWorld(
  kv: KeyValueStore,
  gazetteer: ActorGazetteer,
  fixtures: readonly FixtureArticle[],
): Promise<{ positions: PositionsService; stories: Map<string, Story> }> {
  const articles = createArticleStore(kv);
  const analyser = createAnalyser(kv, gazetteer);
  const stories = new Map<string, Story>();
  for (const fixture of fixtures) {
    const article = toArticle(fixture);
    await articles.put(article);
    await analyser.analyseAndStore(article);
    const story = stories.get(fixture.story) ?? {
      id: fixture.story,
      title: fixture.title,
      firstSeen: fixture.publishedAt,
      lastSeen: fixture.publishedAt,
      articleIds: [],
      sources: [],
    };
    story.articleIds.push(article.id);
    story.sources = [...new Set([...story.sources, article.source])];
    stories.set(fixture.story, story);
  }
  const positions = createPositionsService({
    kv,
    articles,
    gazetteer,
    stories: { get: async (id) => stories.get(id) },
  });
  return { positions, stories };
}

export function toArticle(fixture: FixtureArticle): Article {
  const url = `https://news.example/${fixture.id}`;
  return {
    id: fixture.id,
    feed: 'https://news.example/feed.xml',
    source: fixture.source,
    guid: null,
    url,
    canonicalUrl: url,
    title: fixture.title,
    text: fixture.text,
    publishedAt: fixture.publishedAt,
    language: fixture.language,
    author: null,
    firstSeenAt: fixture.publishedAt,
    relevant: true,
    matchedKeywords: ['NATO'],
    irrelevantReason: null,
    duplicateOf: null,
    duplicate: null,
    storyId: fixture.story,
  };
}
