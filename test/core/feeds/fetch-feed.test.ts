import { afterAll, describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../../src/core/feeds/feed-errors.js';
import { type FetchFeedOptions, fetchFeed } from '../../../src/core/feeds/fetch-feed.js';
import { readFeed } from '../../../src/core/feeds/read-feed.js';
import { fixtureBytes } from './feed-fixtures.js';
import { startFeedServer } from './feed-test-server.js';

const options: FetchFeedOptions = {
  timeoutMs: 2000,
  maxBytes: 100_000,
  maxRedirects: 5,
  userAgent: 'newsbot-test/1.0 (+https://example.org/newsbot)',
  allowPrivateAddresses: true,
};
const rss = '<rss version="2.0"><channel><title>T</title></channel></rss>';
let trickleClosed: Promise<void> = new Promise(() => {});

const server = await startFeedServer({
  '/feed': (request, response) => {
    const etag = '"v1"';
    if (request.headers['if-none-match'] === etag) return response.writeHead(304).end();
    response.writeHead(200, {
      'content-type': 'application/rss+xml; charset=utf-8',
      etag,
      'last-modified': 'Wed, 10 May 2023 00:00:00 GMT',
      'cache-control': 'public, max-age=900',
    });
    response.end(rss);
  },
  '/dated': (request, response) => {
    if (request.headers['if-modified-since'] === 'Wed, 10 May 2023 00:00:00 GMT')
      return response.writeHead(304).end();
    response.writeHead(200, { 'last-modified': 'Wed, 10 May 2023 00:00:00 GMT' }).end(rss);
  },
  '/unavailable': (_request, response) => response.writeHead(503, 'Service Unavailable').end('down'),
  '/trickle': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    const timer = setInterval(() => response.write(' '), 20);
    trickleClosed = new Promise((resolve) =>
      response.on('close', () => {
        clearInterval(timer);
        resolve();
      }),
    );
  },
  '/huge': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    for (let chunk = 0; chunk < 50; chunk++) response.write('x'.repeat(10_000));
    response.end();
  },
  '/announced-huge': (_request, response) => {
    response.writeHead(200, { 'content-length': '5000000' });
    response.write('x');
  },
  '/loop': (_request, response) => response.writeHead(302, { location: '/loop' }).end(),
  '/hop1': (_request, response) => response.writeHead(301, { location: '/hop2' }).end(),
  '/hop2': (_request, response) => response.writeHead(307, { location: '/feed' }).end(),
  '/to-metadata': (_request, response) =>
    response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  '/shift-jis': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=Shift_JIS' });
    response.end(fixtureBytes('shift-jis-undeclared.xml'));
  },
  '/euc-jp': (_request, response) =>
    response.writeHead(200, { 'content-type': 'text/xml' }).end(fixtureBytes('euc-jp.xml')),
  '/to-file': (_request, response) => response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/malformed': (_request, response) => response.writeHead(200).end(fixtureBytes('malformed.xml')),
  '/html-page': (_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html' }).end(fixtureBytes('not-a-feed.html')),
  '/empty': (_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(),
  '/windows-1252': (_request, response) =>
    response
      .writeHead(200, { 'content-type': 'text/xml; charset=windows-1252' })
      .end(fixtureBytes('windows-1252.xml')),
});

afterAll(() => server.close());

const failure = async (url: string, overrides: Partial<FetchFeedOptions> = {}) => {
  const error = await fetchFeed(url, { ...options, ...overrides }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(FeedFetchError);
  return error as FeedFetchError;
};

describe('fetchFeed over HTTP', () => {
  it('returns the body with its validators and max-age, sending a polite User-Agent', async () => {
    const outcome = await fetchFeed(server.url('/feed'), options);
    expect(outcome).toEqual({
      kind: 'fetched',
      body: rss,
      finalUrl: server.url('/feed'),
      etag: '"v1"',
      lastModified: 'Wed, 10 May 2023 00:00:00 GMT',
      maxAgeSeconds: 900,
    });
    expect(server.requests.at(-1)?.headers['user-agent']).toBe(options.userAgent);
  });

  it('says "not modified" when the ETag still matches', async () => {
    const outcome = await fetchFeed(server.url('/feed'), { ...options, previous: { etag: '"v1"' } });
    expect(outcome).toEqual({ kind: 'not-modified', maxAgeSeconds: null });
  });

  it('says "not modified" when Last-Modified still matches', async () => {
    const previous = { lastModified: 'Wed, 10 May 2023 00:00:00 GMT' };
    expect((await fetchFeed(server.url('/dated'), { ...options, previous })).kind).toBe('not-modified');
  });

  it('reports an HTTP error status with the feed URL', async () => {
    const error = await failure(server.url('/unavailable'));
    expect(error.code).toBe('http-status');
    expect(error.message).toBe(`${server.url('/unavailable')}: HTTP 503 Service Unavailable`);
  });

  it('aborts a server that trickles forever, closing the connection', async () => {
    const error = await failure(server.url('/trickle'), { timeoutMs: 300 });
    expect(error.code).toBe('timeout');
    expect(error.message).toBe(`${server.url('/trickle')}: no complete response within 300 ms`);
    await trickleClosed;
  });

  it('stops reading a body over the byte cap', async () => {
    const error = await failure(server.url('/huge'), { maxBytes: 50_000 });
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('over the 50000-byte cap');
  });

  it('refuses a body whose announced length is over the cap', async () => {
    expect((await failure(server.url('/announced-huge'))).message).toContain('5000000 bytes announced');
  });

  it('follows a few redirects and reports the final URL', async () => {
    const outcome = await fetchFeed(server.url('/hop1'), options);
    expect(outcome.kind === 'fetched' && outcome.finalUrl).toBe(server.url('/feed'));
  });

  it('gives up on a redirect loop', async () => {
    const error = await failure(server.url('/loop'));
    expect(error.code).toBe('too-many-redirects');
    expect(error.message).toBe(`${server.url('/loop')}: more than 5 redirects`);
  });

  it('refuses a redirect to the cloud metadata address', async () => {
    const error = await failure(server.url('/to-metadata'), {
      allowPrivateAddresses: false,
      allowedAddresses: ['127.0.0.1'],
    });
    expect(error.code).toBe('blocked-address');
    expect(error.message).toBe(
      `${server.url('/to-metadata')}: refusing 169.254.169.254: a cloud metadata address`,
    );
  });

  it('refuses a redirect to a local file', async () => {
    const error = await failure(server.url('/to-file'));
    expect(error.message).toBe(
      `${server.url('/to-file')}: unsupported URL scheme file: (file:///etc/passwd)`,
    );
  });

  it('refuses a host name that resolves to a loopback address', async () => {
    const url = `http://localhost:${server.port}/feed`;
    const error = await failure(url, { allowPrivateAddresses: false });
    expect(error.code).toBe('blocked-address');
    expect(error.message).toMatch(
      /: refusing localhost: it resolves to (127\.0\.0\.1|::1), a loopback address$/,
    );
  });

  it('refuses an IPv4-mapped IPv6 form of a private address', async () => {
    const error = await failure(`http://[::ffff:10.0.0.1]:${server.port}/feed`, {
      allowPrivateAddresses: false,
    });
    expect(error.message).toContain('a private address');
  });

  it('reports a connection that is refused', async () => {
    const closed = await startFeedServer({});
    const url = closed.url('/feed');
    await closed.close();
    const error = await failure(url);
    expect(error.code).toBe('network');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('reports a host name that does not resolve', async () => {
    const error = await failure('http://no-such-host.invalid/feed');
    expect(error.code).toBe('dns');
    expect(error.message).toMatch(
      /^http:\/\/no-such-host\.invalid\/feed: cannot resolve no-such-host\.invalid \(E[A-Z_]+\)$/,
    );
  });

  it('sends the credentials of a feed URL as Basic auth, and masks the password in its messages', async () => {
    const url = `http://reader:s3cret@127.0.0.1:${server.port}/unavailable`;
    const error = await failure(url);
    expect(error.message).toBe(
      `http://***@127.0.0.1:${server.port}/unavailable: HTTP 503 Service Unavailable`,
    );
    const basic = `Basic ${Buffer.from('reader:s3cret').toString('base64')}`;
    expect(server.requests.at(-1)?.headers.authorization).toBe(basic);
  });

  it('refuses a URL scheme it does not fetch', async () => {
    expect((await failure('ftp://example.org/feed.xml')).message).toBe(
      'ftp://example.org/feed.xml: unsupported URL scheme ftp: (ftp://example.org/feed.xml)',
    );
  });
});

describe('fetchFeed decoding legacy charsets from HTTP', () => {
  const titleOf = async (path: string) => {
    const outcome = await fetchFeed(server.url(path), options);
    if (outcome.kind !== 'fetched') throw new Error('expected a body');
    return (await readFeed(outcome.body, server.url(path), new Date())).items[0]?.title;
  };

  it('decodes Shift_JIS named in the Content-Type header', async () => {
    expect(await titleOf('/shift-jis')).toBe('NATO東京連絡事務所、開設へ調整');
  });

  it('decodes EUC-JP named in the XML declaration', async () => {
    expect(await titleOf('/euc-jp')).toBe('NATO東京連絡事務所、開設へ調整');
  });

  it('decodes windows-1252', async () => {
    expect(await titleOf('/windows-1252')).toBe('Paris “cautious” on NATO’s office in Tokyo — café talk');
  });
});

describe('documents fetched over HTTP that are not feeds', () => {
  const parseFailure = async (path: string) => {
    const outcome = await fetchFeed(server.url(path), options);
    if (outcome.kind !== 'fetched') throw new Error('expected a body');
    const error = await readFeed(outcome.body, server.url(path), new Date()).catch(
      (caught: unknown) => caught,
    );
    return (error as Error).message;
  };

  it('say what they are, per feed', async () => {
    expect(await parseFailure('/malformed')).toBe(
      `${server.url('/malformed')}: malformed XML at line 2, column 81: Unexpected close tag`,
    );
    expect(await parseFailure('/html-page')).toBe(
      `${server.url('/html-page')}: not a feed: an HTML page, not RSS or Atom`,
    );
    expect(await parseFailure('/empty')).toBe(`${server.url('/empty')}: not a feed: the document is empty`);
  });
});
