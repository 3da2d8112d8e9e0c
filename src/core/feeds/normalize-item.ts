import type { NormalizedItem } from '../articles/article.js';
import { canonicalizeUrl } from '../dedup/canonical-url.js';
import { stripControlCharacters } from '../text/strip-control-characters.js';
import { detectLanguage } from './detect-language.js';
import { htmlToPlainText } from './html-to-plain-text.js';

/** An item as rss-parser returns it: loosely typed, and fields may be objects where text is expected. */
export type RawFeedItem = Record<string, unknown>;

/** The feed an item came from: its URL (or file path), its title, and its `<language>` if any. */
export interface FeedInfo {
  url: string;
  title: string;
  language?: string | null;
  /** The site's link, to resolve relative item links against when the feed URL is a file. */
  link?: string | null;
}

/**
 * Turns one parsed entry into a NormalizedItem, or null when it has no usable link. Articles are
 * identified, deduplicated and shown by their URL: an entry a reader cannot open and the
 * pipeline cannot tell apart from the next link-less entry is of no use, so it is skipped.
 */
export function normalizeItem(raw: RawFeedItem, feed: FeedInfo, now: Date): NormalizedItem | null {
  const url = linkOf(raw, feed);
  if (!url) return null;
  const body = firstText(raw['content:encoded'], raw.content, raw.summary, raw.contentSnippet) ?? '';
  const text = htmlToPlainText(body);
  // Titles are echoed in every reply: a right-to-left override in one would reorder the line.
  const title = stripControlCharacters(htmlToPlainText(textOf(raw.title) ?? '')) || firstLine(text) || url;
  return {
    feed: feed.url,
    source: feed.title.trim() || hostOf(feed.url) || feed.url,
    guid: textOf(raw.guid) ?? textOf(raw.id) ?? null,
    url,
    canonicalUrl: canonicalizeUrl(url),
    title,
    text,
    publishedAt: dateOf(raw, now),
    // Language is told from the opening (detectLanguage reads 2,000 characters): no copy of a long text.
    language: detectLanguage(`${title}\n${text.slice(0, 2000)}`, textOf(raw.language) ?? feed.language),
    author: firstText(raw.creator, raw.author, raw['dc:creator'])?.trim() || null,
  };
}

/** A string from a field that xml2js may have left as an object (`{_: text, $: attrs}`) or array. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object' && '_' in value) return textOf(value._);
  return null;
}

function firstText(...values: unknown[]): string | null {
  for (const value of values) {
    const text = textOf(value);
    if (text?.trim()) return text;
  }
  return null;
}

function linkOf(raw: RawFeedItem, feed: FeedInfo): string | null {
  // A GUID that is a URL is the permalink in many RSS feeds with no <link>.
  const guid = textOf(raw.guid);
  const candidates = [
    textOf(raw.link),
    textOf(raw['rdf:about']),
    guid && /^https?:\/\//i.test(guid) ? guid : null,
  ];
  const base = /^https?:\/\//i.test(feed.url) ? feed.url : (feed.link ?? undefined);
  for (const candidate of candidates) {
    const trimmed = candidate?.trim();
    if (!trimmed) continue;
    try {
      const resolved = new URL(trimmed, base);
      if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') continue;
      return /^https?:\/\//i.test(trimmed) ? trimmed : resolved.href;
    } catch {
      // A relative link with nothing to resolve it against: try the next candidate.
    }
  }
  return null;
}

function dateOf(raw: RawFeedItem, now: Date): string {
  for (const value of [raw.isoDate, raw.pubDate, raw.date, raw['dc:date'], raw.published, raw.updated]) {
    const text = textOf(value)?.trim();
    if (!text) continue;
    const time = Date.parse(text);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return now.toISOString();
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}
