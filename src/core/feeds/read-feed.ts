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
  /** Entries left out, unnormalized, because the archive already holds them unchanged (with `recognise`). */
  alreadyStored?: number;
}

/**
 * Recognises entries already stored, before they are normalized (src/core/ingest/recognise-stored-items.ts):
 * for each entry whether it is stored unchanged, and the content hash to store it with.
 */
export type RecogniseEntries = (
  entries: readonly RawFeedItem[],
) => Promise<{ stored: boolean[]; contentHashes: (string | undefined)[] }>;

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
  recognise?: RecogniseEntries,
): Promise<ReadFeedResult> {
  const feed = await parseFeedDocument(xml, feedUrl);
  const title = overrides.name ?? stripControlCharacters(htmlToPlainText(textOf(feed.title) ?? ''));
  const language = overrides.language ?? textOf(feed.language);
  const info = { url: feedUrl, title, language, link: textOf(feed.link) };
  const entries = (feed.items ?? []) as RawFeedItem[];
  const known = recognise ? await recognise(entries) : { stored: [], contentHashes: [] };
  const items: NormalizedItem[] = [];
  let alreadyStored = 0;
  for (const [index, raw] of entries.entries()) {
    if (known.stored[index]) {
      alreadyStored += 1;
      continue;
    }
    const item = normalizeItem(raw, info, now);
    const contentHash = known.contentHashes[index];
    if (item) items.push(contentHash === undefined ? item : { ...item, contentHash });
  }
  const skippedWithoutLink = entries.length - alreadyStored - items.length;
  return { title, items, skippedWithoutLink, ...(recognise ? { alreadyStored } : {}) };
}
