import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../../src/core/feeds/feed-errors.js';
import { type FetchFeedOptions, fetchFeed } from '../../../src/core/feeds/fetch-feed.js';
import { fixtureBytes, fixturesDir } from './feed-fixtures.js';

const options: FetchFeedOptions = {
  timeoutMs: 1000,
  maxBytes: 100_000,
  maxRedirects: 5,
  userAgent: 'newsbot-test',
  allowPrivateAddresses: false,
};

describe('fetchFeed on local files', () => {
  it('reads a path, decoding its declared charset', async () => {
    const outcome = await fetchFeed(`${fixturesDir}shift-jis.xml`, options);
    expect(outcome.kind === 'fetched' && outcome.body).toContain('NATO東京連絡事務所、開設へ調整');
  });

  it('reads a file: URL and says "not modified" while the file is unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbot-feed-'));
    const path = join(dir, 'feed.xml');
    writeFileSync(path, fixtureBytes('rss-20.xml'));
    utimesSync(path, new Date('2024-01-01T00:00:00Z'), new Date('2024-01-01T00:00:00Z'));
    const url = pathToFileURL(path).href;
    const first = await fetchFeed(url, options);
    expect(first).toMatchObject({
      kind: 'fetched',
      finalUrl: url,
      lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT',
    });
    const again = await fetchFeed(url, {
      ...options,
      previous: { lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' },
    });
    expect(again.kind).toBe('not-modified');
  });

  it('reports a missing file by its path', async () => {
    const error = await fetchFeed('/no/such/feed.xml', options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedFetchError);
    expect((error as FeedFetchError).message).toBe('/no/such/feed.xml: no such file');
  });

  it('refuses a file over the byte cap', async () => {
    const error = await fetchFeed(`${fixturesDir}rss-20.xml`, { ...options, maxBytes: 100 }).catch(
      (e: unknown) => e,
    );
    expect((error as FeedFetchError).code).toBe('too-large');
  });
});
