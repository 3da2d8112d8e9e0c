import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFeedRegistry } from '../../../src/core/feeds/feed-registry.js';
import { createFeedStateStore, initialFeedState } from '../../../src/core/feeds/feed-state-store.js';
import { openStore } from '../../../src/core/store/open-store.js';

const configured = [
  { url: 'https://nato.example/rss' },
  { url: 'https://nhk.example/rss', language: 'ja' as const },
];

describe('the feed registry on SQLite', () => {
  it('keeps admin additions and removals across a restart, over the configured list', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsbot-feeds-'));
    const first = await openStore({ dataDir });
    const registry = createFeedRegistry(first, configured);
    expect(await registry.add({ url: 'https://abc.example/feed', name: 'ABC' })).toBe('added');
    expect(await registry.add({ url: 'https://nato.example/rss' })).toBe('exists');
    expect(await registry.remove('https://nhk.example/rss')).toBe('removed');
    expect(await registry.remove('https://nowhere.example/rss')).toBe('not-found');
    await first.close();

    const second = await openStore({ dataDir });
    const reopened = createFeedRegistry(second, [
      ...configured,
      { url: 'https://new-in-config.example/rss' },
    ]);
    expect(await reopened.list()).toEqual([
      { url: 'https://nato.example/rss' },
      { url: 'https://new-in-config.example/rss' },
      { url: 'https://abc.example/feed', name: 'ABC' },
    ]);
    expect(await reopened.remove('https://abc.example/feed')).toBe('removed');
    expect((await reopened.list()).map((feed) => feed.url)).not.toContain('https://abc.example/feed');
    await second.close();
  });
});

describe('the feed state store on SQLite', () => {
  it('keeps each feed’s state across a restart and resumes a paused feed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsbot-feed-state-'));
    const first = await openStore({ dataDir });
    const paused = {
      ...initialFeedState('https://a.example/feed'),
      etag: '"x"',
      consecutiveFailures: 5,
      lastError: 'https://a.example/feed: HTTP 500 Internal Server Error',
      pausedAt: '2024-07-01T00:00:00.000Z',
    };
    await createFeedStateStore(first).put(paused);
    await createFeedStateStore(first).put(initialFeedState('https://b.example/feed'));
    await first.close();

    const second = await openStore({ dataDir });
    const store = createFeedStateStore(second);
    expect((await store.all()).map((state) => state.url).sort()).toEqual([
      'https://a.example/feed',
      'https://b.example/feed',
    ]);
    expect(await store.resume('https://b.example/feed', new Date())).toBe('not-paused');
    expect(await store.resume('https://a.example/feed', new Date('2024-07-02T00:00:00Z'))).toBe('resumed');
    expect(await store.get('https://a.example/feed')).toEqual({
      ...paused,
      pausedAt: null,
      nextDueAt: '2024-07-02T00:00:00.000Z',
    });
    await second.close();
  });
});
