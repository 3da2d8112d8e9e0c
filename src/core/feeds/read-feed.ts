import Parser from 'rss-parser';
import type { NormalizedItem } from '../articles/article.js';
import { FeedParseError, type FeedParseErrorKind } from './feed-errors.js';
import { normalizeItem, type RawFeedItem, textOf } from './normalize-item.js';

/** A parsed feed: its title and its items that have a link, normalized. */
export interface ReadFeedResult {
  title: string;
  items: NormalizedItem[];
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
  if (xml.trim() === '') throw new FeedParseError('empty', feedUrl, 'not a feed: the document is empty');
  // A parser per document: xml2js keeps parse state on the instance. defaultRSS reads an <rss>
  // with no version attribute as RSS 2.0, as most readers do.
  const parser = new Parser({ defaultRSS: 2 });
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (error) {
    throw describeParseFailure(error, xml, feedUrl);
  }
  const title = overrides.name ?? textOf(feed.title)?.trim() ?? '';
  const language = overrides.language ?? textOf(feed.language);
  const info = { url: feedUrl, title, language, link: textOf(feed.link) };
  const items: NormalizedItem[] = [];
  for (const raw of feed.items ?? []) {
    const item = normalizeItem(raw as RawFeedItem, info, now);
    if (item) items.push(item);
  }
  return { title, items };
}

function describeParseFailure(error: unknown, xml: string, feedUrl: string): FeedParseError {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const [kind, reason] = classify(detail ?? '', error, xml);
  return new FeedParseError(kind, feedUrl, reason, { cause: error });
}

function classify(detail: string, error: unknown, xml: string): [FeedParseErrorKind, string] {
  const start = xml.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    return ['json', 'not a feed: a JSON document (JSON Feed is not supported), not RSS or Atom'];
  }
  if (
    /^(<!--[\s\S]*?-->\s*)*<!doctype html|^<html[\s>]/i.test(start) ||
    /<html[\s>]/i.test(start.slice(0, 1000))
  ) {
    return ['html', 'not a feed: an HTML page, not RSS or Atom'];
  }
  if (detail.startsWith('Feed not recognized')) {
    return ['not-a-feed', `not a feed: XML whose root <${rootOf(start)}> is not RSS or Atom`];
  }
  if (error instanceof TypeError) {
    return ['unsupported-structure', `feed structure not understood (${detail})`];
  }
  if (!start.startsWith('<')) return ['not-xml', `not a feed: the document is not XML (${detail})`];
  if (detail === 'Unable to parse XML.') return ['not-xml', 'not a feed: no XML element found'];
  return ['malformed-xml', `malformed XML: ${detail.replace(/\s+/g, ' ')}`];
}

function rootOf(xml: string): string {
  const withoutProlog = xml.replace(/^(\s*<\?[\s\S]*?\?>|\s*<!--[\s\S]*?-->|\s*<!DOCTYPE[^>]*>)*/i, '');
  return /^\s*<([^\s>/]+)/.exec(withoutProlog)?.[1] ?? '?';
}
