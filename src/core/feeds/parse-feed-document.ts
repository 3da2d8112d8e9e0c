import Parser from 'rss-parser';
import { FeedParseError, type FeedParseErrorCode } from './feed-errors.js';
import { repairFeedDocument, rootElement } from './repair-feed-document.js';

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
  let document = xml;
  // A few repairs at most: a document may need two (a bare "&" and a lone <entry>), never more.
  for (let attempt = 0; ; attempt++) {
    try {
      return await parse(document);
    } catch (error) {
      // An <rss> or RDF document with no channel and no items is an empty feed, not a failure.
      if (error instanceof TypeError && !/<(?:\w+:)?(?:item|entry)[\s>/]/.test(document)) return emptyFeed;
      const repaired = attempt < 3 ? repairFeedDocument(error, document) : null;
      if (repaired === null) throw describeParseFailure(error, xml, feedUrl);
      document = repaired;
    }
  }
}

function parse(xml: string): Promise<ParsedFeed> {
  // A parser per document: xml2js keeps parse state on the instance. defaultRSS reads an <rss>
  // with no version attribute as RSS 2.0, as most readers do.
  return new Parser({ defaultRSS: 2 }).parseString(xml);
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
  return /^<([^\s>/]+)/.exec(rootElement(xml))?.[1] ?? '?';
}
