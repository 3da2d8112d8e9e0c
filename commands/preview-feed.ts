import { readFeed } from '../src/core/feeds/read-feed.js';
import type { RelevanceMatcher } from '../src/core/relevance/create-relevance-matcher.js';
import type { FeedPreview } from './command-services.js';

/** What `previewFeed` needs: a fetcher, the relevance check to count with, a clock. */
export interface PreviewDeps {
  /** Fetches the feed document as text (the poller's fetcher: address guard, caps, charset). */
  fetchText(url: string): Promise<string>;
  relevance: RelevanceMatcher;
  now: () => Date;
}

/** Fetches and reads a feed once for `feeds add`: what it holds, or why it cannot be read. */
export async function previewFeed(deps: PreviewDeps, url: string): Promise<FeedPreview> {
  try {
    const feed = await readFeed(await deps.fetchText(url), url, deps.now());
    const relevant = feed.items.filter((item) => deps.relevance(item).relevant);
    return {
      ok: true,
      title: feed.title || new URL(url).host,
      itemCount: feed.items.length,
      relevantCount: relevant.length,
      examples: (relevant.length > 0 ? relevant : feed.items).slice(0, 2).map((item) => item.title),
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
