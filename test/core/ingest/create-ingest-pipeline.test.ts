import { describe, expect, it } from 'vitest';
import type { NormalizedItem } from '../../../src/core/articles/article.js';
import { canonicalizeUrl } from '../../../src/core/dedup/canonical-url.js';
import { createDuplicateFinder } from '../../../src/core/dedup/create-duplicate-finder.js';
import { createIngestPipeline } from '../../../src/core/ingest/create-ingest-pipeline.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { analysisOf, createAnalyser } from '../../../src/core/nlp/create-analyser.js';
import { loadDefaultGazetteer } from '../../../src/core/nlp/load-default-gazetteer.js';
import { createRelevanceMatcher } from '../../../src/core/relevance/create-relevance-matcher.js';
import { defaultWatchedKeywords } from '../../../src/core/relevance/default-watched-keywords.js';
import { createArticleStore } from '../../../src/core/store/article-store.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
import { createStoryStore } from '../../../src/core/stories/story-store.js';

const body =
  'TOKYO -- NATO is weighing a liaison office in Tokyo, its first in Asia, officials said on Wednesday.\n\n' +
  'Japan\'s foreign minister said talks were under way but that details had not been settled. "We are ' +
  'in consultations," the minister told reporters, adding that security ties with Europe were growing.\n\n' +
  'The office would help the alliance work with its Indo-Pacific partners Australia, Japan, New Zealand ' +
  'and South Korea on cyber defence and maritime security, according to diplomats briefed on the plan.';

function item(feed: string, source: string, url: string, title: string, text = body): NormalizedItem {
  return {
    feed,
    source,
    guid: null,
    url,
    canonicalUrl: canonicalizeUrl(url),
    title,
    text,
    publishedAt: '2023-05-10T02:00:00.000Z',
    language: 'en',
    author: null,
  };
}

async function pipelineWorld(transaction?: <T>(work: () => Promise<T>) => Promise<T>) {
  const kv = createMemoryKeyValueStore();
  const articles = createArticleStore(kv);
  const pipeline = createIngestPipeline({
    articles,
    relevance: createRelevanceMatcher(defaultWatchedKeywords),
    duplicates: createDuplicateFinder(kv),
    stories: createStoryAssigner(kv),
    ...analysisOf(createAnalyser(kv, await loadDefaultGazetteer())),
    now: () => new Date('2023-05-10T03:00:00Z'),
    logger: silentLogger,
    ...(transaction ? { transaction } : {}),
  });
  return { pipeline, articles, stories: createStoryStore(kv) };
}

describe('the ingest pipeline', () => {
  it('stores an original, recognises its republished copies and re-polls, and counts every outlet', async () => {
    const { pipeline, articles, stories } = await pipelineWorld();
    const original = item(
      'https://wire.example/rss',
      'Wire',
      'https://wire.example/nato-tokyo?utm_source=rss',
      'NATO weighs Tokyo office',
    );
    const [first] = await pipeline.ingestItems([original]);
    expect(first?.kind).toBe('new');
    const originalId = first?.kind === 'new' ? first.article.id : '';

    const [again] = await pipeline.ingestItems([original]);
    expect(again).toEqual({ kind: 'seen', articleId: originalId });

    const sameLink = item(
      'https://portal.example/rss',
      'Portal',
      'https://WIRE.example/nato-tokyo/#comments',
      'NATO office',
    );
    const republished = item(
      'https://daily.example/rss',
      'Daily',
      'https://daily.example/world/123',
      'Alliance eyes first Asian outpost',
      `${body}\n\nRelated coverage\n\n© 2023 Daily Example. All rights reserved.`,
    );
    const outcomes = await pipeline.ingestItems([sameLink, republished]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['duplicate', 'duplicate']);
    const copies = outcomes.flatMap((outcome) => (outcome.kind === 'duplicate' ? [outcome.article] : []));
    expect(copies.map((copy) => copy.duplicate?.method)).toEqual([
      'url',
      expect.stringMatching(/^(near|text)$/),
    ]);
    expect(copies.map((copy) => copy.duplicateOf)).toEqual([originalId, originalId]);

    const stored = await articles.get(originalId);
    const story = await stories.get(stored?.storyId ?? '');
    expect(story?.articleIds).toEqual([originalId]);
    expect(story?.sources).toEqual(['Wire', 'Portal', 'Daily']);
  });

  it('stores an off-beat item as not relevant, with the reason, and never in a story', async () => {
    const { pipeline } = await pipelineWorld();
    const [outcome] = await pipeline.ingestItems([
      item(
        'https://wire.example/rss',
        'Wire',
        'https://wire.example/console',
        'Games console launch draws crowds in Tokyo',
        'Fans queued overnight in Tokyo for a new handheld games console.',
      ),
    ]);
    expect(outcome?.kind).toBe('not-relevant');
    if (outcome?.kind !== 'not-relevant') return;
    expect(outcome.article.storyId).toBeNull();
    expect(outcome.article.irrelevantReason).toMatch(/.+/);
  });

  it("runs a feed's items in batches, one transaction each, and lets another feed's items in between", async () => {
    const batches: number[] = [];
    const { pipeline } = await pipelineWorld(async (work) => {
      const outcomes = await work();
      batches.push((outcomes as unknown[]).length);
      return outcomes;
    });
    const feed = (name: string, count: number) =>
      Array.from({ length: count }, (_, n) =>
        item(`https://${name}.example/rss`, name, `https://${name}.example/${n}`, `Item ${n} of ${name}`),
      );
    // One feed alone: every item in some batch, at most 64 to a batch, and not one per item.
    expect(await pipeline.ingestItems(feed('alone', 100))).toHaveLength(100);
    expect(batches.reduce((sum, size) => sum + size, 0)).toBe(100);
    expect(Math.max(...batches)).toBeGreaterThan(1);
    expect(Math.max(...batches)).toBeLessThanOrEqual(64);
    // Two feeds at once: the short one does not wait for all of the long one. The long one needs
    // several batches however fast its items run (60 items once fitted in one 20 ms turn when the
    // story assigner got faster).
    const finished: string[] = [];
    await Promise.all([
      pipeline.ingestItems(feed('long', 200)).then(() => finished.push('long')),
      pipeline.ingestItems(feed('short', 2)).then(() => finished.push('short')),
    ]);
    expect(finished).toEqual(['short', 'long']);
  });
});
