import { afterEach, describe, expect, it } from 'vitest';
import { slotOffsetMs } from '../../../src/core/feeds/poll-schedule.js';
import { fetched, pollerHarness } from './poller-harness.js';

const minute = 60_000;
const a = 'https://a.example/feed';
const b = 'https://b.example/rss';
const ok = async () => fetched('<rss/>');
const broken = async () => {
  throw new Error('https://broken.example/feed: HTTP 503 Service Unavailable');
};
let stopAll: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stopAll.map((stop) => stop()));
  stopAll = [];
});
const started = (harness: ReturnType<typeof pollerHarness>) => {
  harness.poller.start();
  stopAll.push(() => harness.poller.stop());
  return harness;
};

describe('the poller on its schedule', () => {
  it('polls each feed at its own stable slot within the interval, every interval', async () => {
    const harness = started(pollerHarness([{ url: a }, { url: b }], { [a]: ok, [b]: ok }));
    await harness.clock.advance(35 * minute);
    const slotA = slotOffsetMs(a, 10 * minute) / minute;
    const slotB = slotOffsetMs(b, 10 * minute) / minute;
    expect(slotA).not.toBe(slotB);
    expect(harness.minutesOf(a)).toEqual([
      slotA,
      slotA + 10,
      slotA + 20,
      ...(slotA + 30 <= 35 ? [slotA + 30] : []),
    ]);
    expect(harness.minutesOf(b)).toEqual([
      slotB,
      slotB + 10,
      slotB + 20,
      ...(slotB + 30 <= 35 ? [slotB + 30] : []),
    ]);
  });

  it('polls a feed with its own interval on that interval', async () => {
    const harness = started(pollerHarness([{ url: a, intervalMinutes: 30 }], { [a]: ok }));
    await harness.clock.advance(100 * minute);
    const times = harness.minutesOf(a);
    expect(times.slice(1).map((time, index) => time - (times[index] ?? 0))).toEqual(
      [30, 30, 30].slice(0, times.length - 1),
    );
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(times[0]).toBe(slotOffsetMs(a, 30 * minute) / minute);
  });

  it('keeps a feed’s slot across a restart', async () => {
    const first = started(pollerHarness([{ url: a }], { [a]: ok }));
    await first.clock.advance(15 * minute);
    await first.poller.stop();
    const second = started(
      pollerHarness([{ url: a }], { [a]: ok }, { kv: first.kv, start: first.clock.now().toISOString() }),
    );
    await second.clock.advance(20 * minute);
    const offsets = [...first.minutesOf(a), ...second.minutesOf(a).map((m) => m + 15)].map((m) => m % 10);
    expect(new Set(offsets).size).toBe(1);
    expect(offsets.length).toBeGreaterThanOrEqual(3);
  });

  it('sends back the validators of the last fetch and counts a 304 as success', async () => {
    let calls = 0;
    const harness = pollerHarness([{ url: a }], {
      [a]: async () =>
        calls++ === 0
          ? fetched('<rss/>', { etag: '"e1"', lastModified: 'Mon' })
          : { kind: 'not-modified', maxAgeSeconds: null },
    });
    expect((await harness.poller.pollOnce())[0]?.status).toBe('ok');
    expect((await harness.poller.pollOnce())[0]?.status).toBe('not-modified');
    expect(harness.fetches.map((call) => call.previous)).toEqual([
      { etag: null, lastModified: null },
      { etag: '"e1"', lastModified: 'Mon' },
    ]);
    expect(harness.ingested).toEqual([`${a} <rss/>`]);
  });

  it('waits longer when the server’s max-age asks for it, up to the cap', async () => {
    const harness = pollerHarness([{ url: a }, { url: b }], {
      [a]: async () => fetched('<rss/>', { maxAgeSeconds: 30 * 60 }),
      [b]: async () => fetched('<rss/>', { maxAgeSeconds: 24 * 3600 }),
    });
    const [first, second] = await harness.poller.pollOnce();
    const waited = (result: typeof first) =>
      result?.status === 'ok'
        ? (Date.parse(result.nextDueAt) - harness.clock.now().getTime()) / minute
        : null;
    // From the slot this poll belonged to: the wait lands on a later slot of the feed.
    expect(waited(first)).toBeGreaterThan(20);
    expect(waited(first)).toBeLessThanOrEqual(30);
    expect(waited(second)).toBeGreaterThan(50);
    expect(waited(second)).toBeLessThanOrEqual(60);
  });

  it('backs off exponentially on failure, then pauses the feed and tells admins why', async () => {
    const harness = started(pollerHarness([{ url: a }], { [a]: broken }));
    await harness.clock.advance(200 * minute);
    const times = harness.minutesOf(a);
    expect(times.slice(1).map((time, index) => time - (times[index] ?? 0))).toEqual([20, 40, 80]);
    expect(harness.events.map((event) => event.type)).toEqual([
      'feed-failed',
      'feed-failed',
      'feed-failed',
      'feed-paused',
    ]);
    expect(harness.events.at(-1)).toMatchObject({
      feed: a,
      consecutiveFailures: 4,
      error: 'https://broken.example/feed: HTTP 503 Service Unavailable',
    });
    expect(await harness.state.get(a)).toMatchObject({
      consecutiveFailures: 4,
      lastError: expect.stringContaining('503'),
    });
    expect((await harness.state.get(a))?.pausedAt).not.toBeNull();
    await harness.clock.advance(24 * 60 * minute);
    expect(harness.minutesOf(a)).toHaveLength(4);
  });

  it('reports a paused feed from pollOnce without fetching it, and polls it again once resumed', async () => {
    let healthy = false;
    const harness = pollerHarness(
      [{ url: a }],
      { [a]: async () => (healthy ? fetched('<rss/>') : broken()) },
      {
        pauseAfterFailures: 2,
      },
    );
    await harness.poller.pollOnce();
    const [paused] = await harness.poller.pollOnce();
    expect(paused).toMatchObject({ status: 'failed', paused: true, consecutiveFailures: 2 });
    expect(await harness.poller.pollOnce()).toEqual([
      { feed: a, status: 'paused', since: expect.any(String), error: expect.stringContaining('503') },
    ]);
    expect(harness.fetches).toHaveLength(2);
    healthy = true;
    expect(await harness.poller.resumeFeed(a)).toBe('resumed');
    expect((await harness.poller.pollOnce())[0]?.status).toBe('ok');
    expect(harness.events.at(-1)).toMatchObject({ type: 'feed-recovered', feed: a, afterFailures: 2 });
    expect(await harness.poller.resumeFeed(a)).toBe('not-paused');
  });
});

describe('the poller’s concurrency', () => {
  it('finishes the other feeds while one hangs, then gives up on the hanging one', async () => {
    const feeds = ['hang', 'one', 'two', 'three'].map((name) => ({ url: `https://${name}.example/feed` }));
    let active = 0;
    let mostActive = 0;
    const tracked = (work: () => Promise<ReturnType<typeof fetched>>) => async () => {
      active++;
      mostActive = Math.max(mostActive, active);
      try {
        return await work();
      } finally {
        active--;
      }
    };
    const behaviours = Object.fromEntries(
      feeds.map((feed, index) => [feed.url, tracked(index === 0 ? () => new Promise(() => {}) : ok)]),
    );
    const progress: string[] = [];
    const harness = pollerHarness(feeds, behaviours, {
      concurrency: 2,
      feedTimeoutMs: 30_000,
      onProgress: (done, total, url) => progress.push(`${done}/${total} ${url}`),
    });
    const results = harness.poller.pollOnce();
    await harness.clock.advance(0);
    expect(progress).toEqual([
      '1/4 https://one.example/feed',
      '2/4 https://two.example/feed',
      '3/4 https://three.example/feed',
    ]);
    await harness.clock.advance(30_000);
    expect((await results).map((result) => [result.feed, result.status])).toEqual(
      feeds.map((feed, index) => [feed.url, index === 0 ? 'failed' : 'ok']),
    );
    expect((await results)[0]).toMatchObject({ error: 'gave up after 30000 ms without an answer' });
    expect(mostActive).toBe(2);
  });

  it('keeps polling the healthy feeds on schedule while one hangs', async () => {
    const harness = started(
      pollerHarness(
        [{ url: a }, { url: b }],
        { [a]: () => new Promise(() => {}), [b]: ok },
        { feedTimeoutMs: 5 * minute },
      ),
    );
    await harness.clock.advance(40 * minute);
    expect(harness.minutesOf(b).length).toBeGreaterThanOrEqual(4);
  });
});

describe('the poller when its state store fails', () => {
  it('reports the failure for that feed and still polls the others', async () => {
    const harness = pollerHarness([{ url: a }, { url: b }], { [a]: ok, [b]: ok });
    const get = harness.state.get;
    harness.state.get = async (url) => (url === a ? Promise.reject(new Error('SQLITE_BUSY')) : get(url));
    expect(await harness.poller.pollOnce()).toEqual([
      expect.objectContaining({
        feed: a,
        status: 'failed',
        error: 'feed state could not be read or saved: SQLITE_BUSY',
      }),
      expect.objectContaining({ feed: b, status: 'ok' }),
    ]);
  });
});
