import { describe, expect, it } from 'vitest';
import { FeedParseError } from '../../../src/core/feeds/feed-errors.js';
import { readFeed } from '../../../src/core/feeds/read-feed.js';
import { fixtureText } from './feed-fixtures.js';

const now = new Date('2024-08-01T00:00:00.000Z');
const read = (name: string, url = `https://feeds.example/${name}`) => readFeed(fixtureText(name), url, now);

describe('readFeed on RSS 2.0', () => {
  it('normalizes an item: canonical URL, plain text from the full body, UTC date, author, language', async () => {
    const feed = await read('rss-20.xml');
    expect(feed.title).toBe('Alliance Watch');
    expect(feed.items[0]).toEqual({
      feed: 'https://feeds.example/rss-20.xml',
      source: 'Alliance Watch',
      guid: 'aw-2023-05-001',
      url: 'https://Alliance-Watch.example/2023/05/nato-tokyo-office/?utm_source=rss&utm_medium=feed',
      canonicalUrl: 'https://alliance-watch.example/2023/05/nato-tokyo-office',
      title: 'NATO weighs a liaison office in Tokyo & partners react',
      text: 'The alliance is considering its first office in Asia.\n\nOfficials said “no decision” had been taken — yet. Read the statement',
      publishedAt: '2023-05-09T23:30:00.000Z',
      language: 'en',
      author: 'K. Ito',
    });
  });

  it('takes the time first seen for an item without a date, and decodes escaped HTML', async () => {
    const [, undated] = (await read('rss-20.xml')).items;
    expect(undated?.publishedAt).toBe(now.toISOString());
    expect(undated?.text).toBe('Escaped HTML in the summary.');
  });

  it('skips an item without a link and resolves a relative one against the feed URL', async () => {
    const { items, skippedWithoutLink } = await read('rss-20.xml');
    expect(skippedWithoutLink).toBe(1);
    expect(items.map((item) => item.title)).toEqual([
      'NATO weighs a liaison office in Tokyo & partners react',
      'An item with no date',
      'A relative link',
    ]);
    expect(items[2]?.url).toBe('https://feeds.example/2023/05/relative');
    expect(items[2]?.publishedAt).toBe(now.toISOString());
  });
});

describe('readFeed on other formats', () => {
  it('reads RSS 0.91', async () => {
    const feed = await read('rss-091.xml');
    expect(feed.items.map((item) => [item.title, item.canonicalUrl, item.language])).toEqual([
      ['Partners meet at the alliance summit', 'http://old-wire.example/summit.html', 'en'],
    ]);
  });

  it('reads RSS 1.0 (RDF) with a dc:date', async () => {
    const [item] = (await read('rss-10.rdf')).items;
    expect(item?.title).toBe('Seoul and Canberra discuss defence industry ties');
    expect(item?.publishedAt).toBe('2024-02-06T00:00:00.000Z');
    expect(item?.source).toBe('RDF News');
  });

  it('reads Atom: HTML title, content over summary, paragraphs, published over updated', async () => {
    const feed = await read('atom.xml');
    expect(feed.items[0]).toMatchObject({
      title: 'New Zealand joins the summit',
      canonicalUrl: 'https://pdr.example/nz-summit',
      guid: 'tag:pdr.example,2024:nz-summit',
      text: 'Wellington sent its prime minister.\n\nSecond paragraph.',
      publishedAt: '2024-07-10T19:00:00.000Z',
      author: 'R. Moana',
    });
    expect(feed.items[1]?.publishedAt).toBe('2024-07-09T12:00:00.000Z');
  });

  it('names the source after the host when the feed has no title, or after the configured name', async () => {
    const xml =
      '<rss version="2.0"><channel><item><title>x</title><link>https://a.example/1</link></item></channel></rss>';
    expect((await readFeed(xml, 'https://news.example:8080/rss', now)).items[0]?.source).toBe(
      'news.example:8080',
    );
    const named = await readFeed(xml, 'https://news.example/rss', now, { name: 'Example News' });
    expect(named.items[0]?.source).toBe('Example News');
  });

  it('reads an <rss> without a version attribute as RSS 2.0', async () => {
    const xml =
      '<rss><channel><title>T</title><item><title>x</title><link>https://a.example/1</link></item></channel></rss>';
    expect((await readFeed(xml, 'https://a.example/rss', now)).items).toHaveLength(1);
  });
});

describe('readFeed on awkward but readable feeds', () => {
  it('keeps an Atom feed whose entry has a date nobody can read, dating that entry when first seen', async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><title>Odd date</title><link href="https://a.example/1"/><published>2024-07-10 15:00 JST</published></entry>
      <entry><title>Good date</title><link href="https://a.example/2"/><published>2024-07-10T15:00:00+09:00</published></entry>
    </feed>`;
    const feed = await readFeed(xml, 'https://a.example/atom', now);
    expect(feed.items.map((item) => [item.title, item.publishedAt])).toEqual([
      ['Odd date', now.toISOString()],
      ['Good date', '2024-07-10T06:00:00.000Z'],
    ]);
  });

  it('reads a feed with bare ampersands and entities XML does not define', async () => {
    const xml = `<rss version="2.0"><channel><title>AT&T News</title>
      <item><title>Allies &amp; partners &copy 2024 &doesnotexist;</title><link>https://a.example/?id=1&page=2</link>
      <description>Caf&eacute; talks</description></item></channel></rss>`;
    const feed = await readFeed(xml, 'https://a.example/rss', now);
    expect(feed.title).toBe('AT&T News');
    expect(feed.items[0]).toMatchObject({
      title: 'Allies & partners © 2024 &doesnotexist;',
      url: 'https://a.example/?id=1&page=2',
      text: 'Café talks',
    });
  });

  it('does not expand entities declared in a DTD (billion laughs)', async () => {
    const lol = (n: number) => `&lol${n - 1};`.repeat(10);
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol"><!ENTITY lol1 "${lol(1)}"><!ENTITY lol2 "${lol(2)}"><!ENTITY lol3 "${lol(3)}">]>
      <rss version="2.0"><channel><title>&lol3;</title><item><title>x</title><link>https://a.example/1</link></item></channel></rss>`;
    const feed = await readFeed(xml, 'https://a.example/rss', now);
    expect(feed.title).toBe('&lol3;');
  });

  it('turns absurdly nested HTML in a body into plain text quickly instead of overflowing the stack', async () => {
    const body = `${'&lt;div&gt;'.repeat(50_000)}NATO${'&lt;/div&gt;'.repeat(50_000)}`;
    const xml = `<rss version="2.0"><channel><title>T</title><item><title>x</title><link>https://a.example/1</link><description>${body}</description></item></channel></rss>`;
    expect((await readFeed(xml, 'https://a.example/rss', now)).items[0]?.text).toBe('NATO');
  });

  it('reports absurdly nested XML as a structure it cannot read', async () => {
    const xml = `<rss version="2.0"><channel><title>T</title><item><title>x</title><link>https://a.example/1</link><description>${'<b>'.repeat(20_000)}${'</b>'.repeat(20_000)}</description></item></channel></rss>`;
    const error = await readFeed(xml, 'https://a.example/rss', now).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedParseError);
    expect((error as FeedParseError).message).toMatch(/elements nested too deeply/);
  });
});

describe('readFeed on documents that are not feeds', () => {
  const failure = async (xml: string) => {
    const error = await readFeed(xml, 'https://bad.example/feed', now).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedParseError);
    return error as FeedParseError;
  };

  it('says an empty body is empty', async () => {
    expect((await failure(fixtureText('empty.xml'))).message).toBe(
      'https://bad.example/feed: not a feed: the document is empty',
    );
  });

  it('says an HTML page is an HTML page', async () => {
    expect((await failure(fixtureText('not-a-feed.html'))).message).toBe(
      'https://bad.example/feed: not a feed: an HTML page, not RSS or Atom',
    );
  });

  it('says malformed XML is malformed, with the parser’s reason', async () => {
    const error = await failure(fixtureText('malformed.xml'));
    expect(error.code).toBe('malformed-xml');
    expect(error.message).toBe(
      'https://bad.example/feed: malformed XML at line 2, column 81: Unexpected close tag',
    );
  });

  it('says other XML is not a feed, naming its root', async () => {
    expect((await failure('<?xml version="1.0"?><kml><Document/></kml>')).message).toBe(
      'https://bad.example/feed: not a feed: XML whose root <kml> is not RSS or Atom',
    );
  });

  it('says a JSON document is JSON', async () => {
    expect((await failure('{"version": "https://jsonfeed.org/version/1"}')).code).toBe('json');
  });

  it('reads an <rss> with no channel and no items as an empty feed', async () => {
    expect(await readFeed('<rss version="0.91">\n</rss>', 'https://bad.example/feed', now)).toEqual({
      title: '',
      items: [],
      skippedWithoutLink: 0,
    });
  });

  it('reports an Atom link without attributes instead of crashing', async () => {
    const xml =
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title><link>https://a.example/1</link></entry></feed>';
    expect((await failure(xml)).message).toBe(
      "https://bad.example/feed: feed structure not understood (Cannot read properties of undefined (reading 'rel'))",
    );
  });
});

describe('readFeed on feeds rss-parser would reject', () => {
  it('reads items placed directly under <rss>, with no channel', async () => {
    const xml =
      '<?xml version="1.0"?>\n<rss version="2.0"><item><title>Loose</title><link>https://a.example/1</link></item></rss>';
    expect((await readFeed(xml, 'https://a.example/rss', now)).items.map((item) => item.title)).toEqual([
      'Loose',
    ]);
  });

  it('reads an Atom entry document as a feed of one entry', async () => {
    const xml = `<?xml version="1.0"?>
      <entry xmlns="http://www.w3.org/2005/Atom"><title>Lone entry</title><link href="https://a.example/2"/><id>e</id></entry>`;
    expect((await readFeed(xml, 'https://a.example/entry', now)).items.map((item) => item.url)).toEqual([
      'https://a.example/2',
    ]);
  });
});
