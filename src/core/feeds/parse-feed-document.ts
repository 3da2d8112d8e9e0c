import Parser from 'rss-parser';
import { FeedParseError, type FeedParseErrorCode } from './feed-errors.js';

/** What rss-parser gives for a feed: loosely typed, fields may be objects where text is expected. */
export type ParsedFeed = Awaited<ReturnType<Parser['parseString']>>;

const emptyFeed = { items: [] } as unknown as ParsedFeed;

/**
 * rss-parser's parseString, made safe for what real feeds contain. Its own crashes on odd but
 * harmless input are worked around; everything else becomes a FeedParseError saying what the
 * document is instead of a feed.
 */
export async function parseFeedDocument(xml: string, feedUrl: string): Promise<ParsedFeed> {
  if (xml.trim() === '') throw new FeedParseError('empty', feedUrl, 'not a feed: the document is empty');
  try {
    return await parse(xml);
  } catch (error) {
    // It dereferences <channel> without checking: an <rss> or RDF document with no channel and
    // no items is an empty feed, not a failure.
    if (error instanceof TypeError && !/<(?:\w+:)?(?:item|entry)[\s>/]/.test(xml)) return emptyFeed;
    // It calls toISOString() on every Atom <published>/<updated>, so one date it cannot read
    // rejects the whole feed: drop those dates (the item gets the time first seen) and retry.
    if (error instanceof RangeError && /Invalid time value/.test(error.message)) {
      return retry(withoutUnreadableAtomDates(xml), xml, feedUrl);
    }
    // Feeds often print a bare "&" (in a URL's query, "AT&T") or an entity sax does not know.
    if (error instanceof Error && /Invalid character (in )?entity/.test(error.message)) {
      return retry(withLooseAmpersandsEscaped(xml), xml, feedUrl);
    }
    throw describeParseFailure(error, xml, feedUrl);
  }
}

function retry(repaired: string, xml: string, feedUrl: string): Promise<ParsedFeed> {
  return parse(repaired).catch((error: unknown) => {
    throw describeParseFailure(error, xml, feedUrl);
  });
}

/**
 * Escapes every "&" that does not start a character reference or one of XML's five entities.
 * An HTML entity so escaped ("&amp;eacute;") is still decoded later by the HTML-to-text step, and
 * an entity declared in a DTD stays literal text, so nothing is ever expanded.
 */
function withLooseAmpersandsEscaped(xml: string): string {
  return xml.replace(/&(?!#\d+;|#x[0-9a-fA-F]+;|(?:amp|lt|gt|quot|apos);)/g, '&amp;');
}

function parse(xml: string): Promise<ParsedFeed> {
  // A parser per document: xml2js keeps parse state on the instance. defaultRSS reads an <rss>
  // with no version attribute as RSS 2.0, as most readers do.
  return new Parser({ defaultRSS: 2 }).parseString(xml);
}

function withoutUnreadableAtomDates(xml: string): string {
  return xml.replace(
    /<((?:\w+:)?(?:published|updated))(\s[^>]*)?>([^<]*)<\/\1>/g,
    (element, _name, _attrs, text: string) => (Number.isNaN(new Date(text).getTime()) ? '' : element),
  );
}

function describeParseFailure(error: unknown, xml: string, feedUrl: string): FeedParseError {
  const message = error instanceof Error ? error.message : String(error);
  const [kind, reason] = classify(message, error, xml);
  return new FeedParseError(kind, feedUrl, reason, { cause: error });
}

function classify(message: string, error: unknown, xml: string): [FeedParseErrorCode, string] {
  const detail = message.split('\n')[0] ?? '';
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
  if (error instanceof RangeError) {
    return ['unsupported-structure', `feed structure not understood: elements nested too deeply (${detail})`];
  }
  if (error instanceof TypeError)
    return ['unsupported-structure', `feed structure not understood (${detail})`];
  if (!start.startsWith('<')) return ['not-xml', `not a feed: the document is not XML (${detail})`];
  if (detail === 'Unable to parse XML.') return ['not-xml', 'not a feed: no XML element found'];
  return ['malformed-xml', `malformed XML${locationOf(message)}: ${detail}`];
}

/** sax puts "Line: 3\nColumn: 5" under its first line; people count from 1. */
function locationOf(message: string): string {
  const line = /Line: (\d+)/.exec(message)?.[1];
  const column = /Column: (\d+)/.exec(message)?.[1];
  return line && column ? ` at line ${Number(line) + 1}, column ${column}` : '';
}

function rootOf(xml: string): string {
  const withoutProlog = xml.replace(/^(\s*<\?[\s\S]*?\?>|\s*<!--[\s\S]*?-->|\s*<!DOCTYPE[^>]*>)*/i, '');
  return /^\s*<([^\s>/]+)/.exec(withoutProlog)?.[1] ?? '?';
}
