import type { NormalizedItem } from '../articles/article.js';
import { stripControlCharacters } from '../text/strip-control-characters.js';
import { htmlToPlainText } from './html-to-plain-text.js';
import { normalizeItem, type RawFeedItem, textOf } from './normalize-item.js';
import { parseFeedDocument } from './parse-feed-document.js';

/** A parsed feed: its title and its items that have a link, normalized. */
export interface ReadFeedResult {
  title: string;
  items: NormalizedItem[];
  /** Entries left out because they have no usable link (see normalizeItem). */
  skippedWithoutLink: number;
}

/** What the configuration knows better than the feed: the outlet's name and its language. */
export interface FeedOverrides {
  name?: string;
  language?: 'en' | 'ja';
}

/**
 * Parses a decoded feed document (RSS 0.9x, 1.0, 2.0 or Atom) and normalizes its items.
 * Throws FeedParseError, with a reason a person can read, for anything that is not such a feed.
 */
export async function readFeed(
  xml: string,
  feedUrl: string,
  now: Date,
  overrides: FeedOverrides = {},
): Promise<ReadFeedResult> {
  const feed = await parseFeedDocument(xml, feedUrl);
  const title = overrides.name ?? stripControlCharacters(htmlToPlainText(textOf(feed.title) ?? ''));
  const language = overrides.language ?? textOf(feed.language);
  const info = { url: feedUrl, title, language, link: textOf(feed.link) };
  const entries = feed.items ?? [];
  const items: NormalizedItem[] = [];
  for (const raw of entries) {
    const item = normalizeItem(raw as RawFeedItem, info, now);
    if (item) items.push(item);
  }
  return { title, items, skippedWithoutLink: entries.length - items.length };
}
