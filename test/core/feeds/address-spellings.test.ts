import { afterAll, describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../../src/core/feeds/feed-errors.js';
import { type FetchFeedOptions, fetchFeed } from '../../../src/core/feeds/fetch-feed.js';
import { startFeedServer } from './feed-test-server.js';

const rss = '<rss version="2.0"><channel><title>T</title></channel></rss>';
const server = await startFeedServer({
  '/feed': (_request, response) => response.writeHead(200, { 'content-type': 'text/xml' }).end(rss),
  '/to-hex-private': (_request, response) =>
    response.writeHead(302, { location: 'http://0xc0.0xa8.1.1/feed' }).end(),
  '/to-octal-metadata': (_request, response) =>
    response.writeHead(302, { location: 'http://0251.0376.0251.0376/latest/meta-data/' }).end(),
});
afterAll(() => server.close());

const guarded: FetchFeedOptions = {
  timeoutMs: 1000,
  maxBytes: 100_000,
  maxRedirects: 5,
  userAgent: 'newsbot-test/1.0',
  allowPrivateAddresses: false,
};
const port = server.port;

// The ways of writing a loopback, private or metadata address that attackers try: decimal,
// octal and hex IPv4, shortened forms, percent-encoding, full-width digits, a trailing dot,
// bracketed IPv6 and the transition forms that wrap an IPv4 address.
const spellings = [
  `http://127.0.0.1:${port}/feed`,
  `http://2130706433:${port}/feed`,
  `http://0177.0.0.1:${port}/feed`,
  `http://0x7f.0.0.1:${port}/feed`,
  `http://0x7f000001:${port}/feed`,
  `http://017700000001:${port}/feed`,
  `http://127.1:${port}/feed`,
  `http://127.0.1:${port}/feed`,
  `http://0x7F.1:${port}/feed`,
  `http://%31%32%37.0.0.1:${port}/feed`,
  `http://１２７.0.0.1:${port}/feed`,
  `http://127.0.0.1.:${port}/feed`,
  `http://0:${port}/feed`,
  `http://0.0.0.0:${port}/feed`,
  `http://[::1]:${port}/feed`,
  `http://[0:0:0:0:0:0:0:1]:${port}/feed`,
  `http://[::]:${port}/feed`,
  `http://[::ffff:127.0.0.1]:${port}/feed`,
  `http://[::ffff:7f00:1]:${port}/feed`,
  `http://[::127.0.0.1]:${port}/feed`,
  `http://[::ffff:0:127.0.0.1]:${port}/feed`,
  `http://[64:ff9b::127.0.0.1]:${port}/feed`,
  `http://[2002:7f00:1::]:${port}/feed`,
  `http://[2001:0:7f00:1::]:${port}/feed`,
  'http://169.254.169.254/latest/meta-data/',
  'http://2852039166/latest/meta-data/',
  'http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/',
  'http://0251.0376.0251.0376/latest/meta-data/',
  'http://[::ffff:a9fe:a9fe]/latest/meta-data/',
  'http://10.1/feed',
  'http://192.168.257/feed',
  'http://172.16.0.1/feed',
  'http://[fd00::1]/feed',
  'http://[fec0::1]/feed',
  'http://[fe80::1]/feed',
  'http://198.51.100.1/feed',
  'http://[2001:db8::1]/feed',
];

describe('the address guard against spellings of private addresses', () => {
  it.each(spellings)('refuses %s before connecting', async (url) => {
    const error = await fetchFeed(url, guarded).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedFetchError);
    expect((error as FeedFetchError).code).toBe('blocked-address');
    expect((error as FeedFetchError).message).toMatch(/: refusing /);
  });

  it('refuses an IPv6 literal with a zone id as an invalid URL', async () => {
    const error = await fetchFeed(`http://[fe80::1%25lo]:${port}/feed`, guarded).catch((caught) => caught);
    expect((error as FeedFetchError).message).toMatch(/not a valid URL/);
  });

  it.each(['/to-hex-private', '/to-octal-metadata'])(
    'refuses a redirect (%s) to a spelled-out private address',
    async (path) => {
      const error = await fetchFeed(server.url(path), { ...guarded, allowedAddresses: ['127.0.0.1'] }).catch(
        (caught: unknown) => caught,
      );
      expect((error as FeedFetchError).code).toBe('blocked-address');
    },
  );

  it('never reached the server through any of them', () => {
    expect(server.requests.map((request) => request.url)).toEqual(['/to-hex-private', '/to-octal-metadata']);
  });
});
