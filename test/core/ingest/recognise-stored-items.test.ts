import { describe, expect, it } from 'vitest';
import { openSqliteArchive } from '../../../src/core/archive/open-sqlite-archive.js';
import { createDuplicateFinderOn } from '../../../src/core/dedup/create-duplicate-finder.js';
import { readFeed } from '../../../src/core/feeds/read-feed.js';
import { createIngestPipeline } from '../../../src/core/ingest/create-ingest-pipeline.js';
import { recogniseStoredItems } from '../../../src/core/ingest/recognise-stored-items.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';

const FEED = 'https://wire.example/rss';
const NOW = new Date('2024-06-02T00:00:00Z');

function rss(descriptions: string[]): string {
  const items = descriptions.map(
    (text, i) =>
      `<item><guid>wire-${i}</guid><title>Report ${i}</title><link>https://wire.example/${i}</link>` +
      `<pubDate>Sat, 01 Jun 2024 0${i}:00:00 GMT</pubDate><description>${text}</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`;
}

describe('items already stored', () => {
  it('are recognised by GUID and content before normalization; an edited one goes through once', async () => {
    const archive = openSqliteArchive(':memory:');
    const kv = createMemoryKeyValueStore();
    const pipeline = createIngestPipeline({
      articles: archive.articles,
      relevance: () => ({ relevant: false, matched: [], reason: 'not watched' }),
      duplicates: createDuplicateFinderOn(archive.dedupIndex),
      stories: createStoryAssigner(kv),
      analyse: async () => ({ entities: [] }),
      storedEntities: async () => [],
      now: () => NOW,
      logger: silentLogger,
      transaction: archive.transaction,
    });
    const read = (xml: string) => readFeed(xml, FEED, NOW, {}, recogniseStoredItems(archive, FEED));
    const texts = ['Talks began.', 'Ministers met.', 'A summit was planned.'];
    const first = await read(rss(texts));
    expect({ items: first.items.length, known: first.alreadyStored }).toEqual({ items: 3, known: 0 });
    await pipeline.ingestItems(first.items);

    const again = await read(rss(texts));
    expect({ items: again.items.length, known: again.alreadyStored }).toEqual({ items: 0, known: 3 });

    const edited = await read(rss(['Talks began.', 'Ministers met again.', 'A summit was planned.']));
    expect(edited.items.map((item) => item.guid)).toEqual(['wire-1']);
    expect((await pipeline.ingestItems(edited.items)).map((outcome) => outcome.kind)).toEqual(['seen']);
    const afterEdit = await read(rss(['Talks began.', 'Ministers met again.', 'A summit was planned.']));
    expect(afterEdit.alreadyStored).toBe(3);
    await archive.close();
  });
});
