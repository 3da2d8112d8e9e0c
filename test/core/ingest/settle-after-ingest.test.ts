import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NormalizedItem } from '../../../src/core/articles/article.js';
import { canonicalizeUrl } from '../../../src/core/dedup/canonical-url.js';
import { createDuplicateFinderOn } from '../../../src/core/dedup/create-duplicate-finder.js';
import { createIngestPipeline } from '../../../src/core/ingest/create-ingest-pipeline.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { analysisOf, createAnalyser } from '../../../src/core/nlp/create-analyser.js';
import { loadDefaultGazetteer } from '../../../src/core/nlp/load-default-gazetteer.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
import { type ArchivePlace, archiveBackends } from '../archive/support/archive-backends.js';
import { FERRY_BULLETIN, FERRY_FULL_REPORTS } from '../stories/support/ferry-reports.js';

/** One of our own reports as an item of its outlet's feed. */
function item(
  outlet: string,
  { key, publishedAt, title, text }: { key: string; publishedAt: string; title: string; text: string },
): NormalizedItem {
  const url = `https://${outlet}.example/${key}`;
  return {
    feed: `https://${outlet}.example/rss`,
    source: outlet,
    guid: url,
    url,
    canonicalUrl: canonicalizeUrl(url),
    title,
    text,
    publishedAt,
    language: 'en',
    author: null,
  };
}

const BULLETIN = item('first-wire', { ...FERRY_BULLETIN, publishedAt: '2025-05-06T03:00:00Z' });
const FULL = FERRY_FULL_REPORTS.map((report, i) => item(['daily', 'weekly'][i] ?? 'other', report));

describe.each(archiveBackends)('the ingest pipeline on the $name archive settles its stories', (backend) => {
  let place: ArchivePlace;
  beforeEach(async () => {
    place = await backend.place();
  });
  afterEach(async () => {
    await place.drop();
  });

  it('moves a report left alone, and its article, into the story its event gathered', async () => {
    const archive = await place.open();
    const pipeline = createIngestPipeline({
      articles: archive.articles,
      relevance: () => ({ relevant: true, matched: ['ferry'], reason: null }),
      duplicates: createDuplicateFinderOn(archive.dedupIndex),
      // Re-linking while assigning is off: only settling can join the bulletin to its story.
      stories: createStoryAssigner(
        {
          values: archive.values,
          storyIndex: archive.storyIndex,
          recentStories: archive.articles.recentStories,
        },
        {
          mergeThreshold: 2,
          fragmentMergeThreshold: 2,
          settleThreshold: 0.05,
        },
      ),
      ...analysisOf(createAnalyser(archive.values, await loadDefaultGazetteer())),
      now: () => new Date('2025-05-07T12:00:00Z'),
      logger: silentLogger,
      transaction: archive.transaction,
    });
    await pipeline.ingestItems([BULLETIN]);
    await pipeline.ingestItems(FULL);
    const storyOf = async () =>
      new Map((await archive.articles.all()).map((article) => [article.url, article.storyId]));
    const before = await storyOf();
    expect(before.get(FULL[0]?.url ?? '')).toBe(before.get(FULL[1]?.url ?? ''));
    expect(before.get(BULLETIN.url)).not.toBe(before.get(FULL[0]?.url ?? ''));

    expect(await pipeline.settle()).toBe(1);
    const after = await storyOf();
    expect(new Set(after.values()).size).toBe(1);
    // The bulletin came first: its story keeps its id, so a link already posted still leads there.
    expect(after.get(FULL[0]?.url ?? '')).toBe(before.get(BULLETIN.url));
    expect(await pipeline.settle()).toBe(0);
    await archive.close();
  });
});
