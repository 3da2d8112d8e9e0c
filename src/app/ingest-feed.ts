import type { Archive } from '../core/archive/archive.js';
import { plural } from '../core/digest/plural.js';
import type { FeedSource } from '../core/feeds/feed-source.js';
import { type FetchFeedOptions, fetchFeed } from '../core/feeds/fetch-feed.js';
import { readFeed } from '../core/feeds/read-feed.js';
import {
  countOutcomes,
  type IngestCounts,
  type IngestPipeline,
} from '../core/ingest/create-ingest-pipeline.js';
import { recogniseStoredItems } from '../core/ingest/recognise-stored-items.js';
import { inPublicationOrder } from '../core/stories/in-publication-order.js';

/** One feed's result, as `newsbot ingest` prints it and the poller records it. */
export type FeedReport =
  | { feed: string; ok: true; source: string; items: number; counts: IngestCounts }
  | { feed: string; ok: false; error: string };

export interface FeedIngester {
  /** Parses an already fetched body and runs its items through the pipeline. */
  ingestXml(feed: FeedSource, xml: string): Promise<{ source: string; items: number; counts: IngestCounts }>;
  /** Fetches (URL or local file), parses and ingests once; a failure is a report, never a throw. */
  ingestOnce(feed: FeedSource): Promise<FeedReport>;
}

export function createFeedIngester(deps: {
  pipeline: IngestPipeline;
  fetchOptions: FetchFeedOptions;
  now: () => Date;
  /** Runs before each feed's items (the watched keywords are re-read: an admin may have changed them). */
  beforeIngest?: () => Promise<void>;
  /** Where items already stored unchanged are recognised before they are normalized. */
  archive?: Pick<Archive, 'knownItems'>;
}): FeedIngester {
  const ingestXml = async (feed: FeedSource, xml: string) => {
    await deps.beforeIngest?.();
    const overrides = {
      ...(feed.name === undefined ? {} : { name: feed.name }),
      ...(feed.language === undefined ? {} : { language: feed.language }),
    };
    const recognise = deps.archive && recogniseStoredItems(deps.archive, feed.url);
    const parsed = await readFeed(xml, feed.url, deps.now(), overrides, recognise);
    const counts = countOutcomes(await deps.pipeline.ingestItems(inPublicationOrder(parsed.items)));
    const known = parsed.alreadyStored ?? 0;
    const items = parsed.items.length + known;
    return { source: parsed.title, items, counts: { ...counts, seen: counts.seen + known } };
  };
  return {
    ingestXml,
    ingestOnce: async (feed) => {
      try {
        const fetched = await fetchFeed(feed.url, deps.fetchOptions);
        if (fetched.kind !== 'fetched') throw new Error('unexpected 304 without a conditional request');
        return { feed: feed.url, ok: true, ...(await ingestXml(feed, fetched.body)) };
      } catch (error) {
        return { feed: feed.url, ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

/** The one line per feed that `newsbot ingest` and `newsbot poll --once` print. */
export function describeFeedReport(report: FeedReport): string {
  if (!report.ok) return `✗ ${report.feed}: ${report.error}`;
  const { counts } = report;
  const parts = [
    `${counts.new} new`,
    `${counts.duplicate} duplicate`,
    `${counts.notRelevant} not relevant`,
    ...(counts.seen > 0 ? [`${counts.seen} already stored`] : []),
  ];
  return `✓ ${report.source} (${report.feed}): ${plural(report.items, 'item')} — ${parts.join(', ')}`;
}
