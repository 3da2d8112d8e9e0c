import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DeliveryOutcome, deliverDigest } from '../../src/core/digest/deliver-digest.js';
import { recoverInterruptedDeliveries } from '../../src/core/digest/recover-interrupted-deliveries.js';
import type { Subscription } from '../../src/core/digest/subscription-store.js';
import { createJsonLogger } from '../../src/core/logging/logger.js';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../src/core/store/key-value-store.js';
import { type Scheduler, startScheduler } from '../../src/scheduler/start-scheduler.js';
import { createDigestWorld } from '../fixtures/commands/digest-world.js';
import { createRecordingMessenger, headlinesOf } from '../fixtures/commands/recording-messenger.js';

const HOUR = 3_600_000;
const tokyo = { platform: 'discord' as const, workspaceId: 'g', channelId: 'tokyo-desk' };
const paris = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'paris-desk' };
const newYork = { platform: 'discord' as const, workspaceId: 'g', channelId: 'ny-desk' };

let kv: KeyValueStore;
let logs: { level: string; message: string }[];
let schedulers: Scheduler[];
const logger = createJsonLogger((line) => logs.push(JSON.parse(line)), 'debug');
const now = () => new Date();

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2024-05-12T00:00:00Z') });
  kv = createMemoryKeyValueStore();
  logs = [];
  schedulers = [];
});
afterEach(async () => {
  for (const scheduler of schedulers) await scheduler.stop();
  vi.useRealTimers();
});

/** A world whose digest runs are recorded with the fake clock's time. */
async function start(options: { hang?: boolean; recover?: boolean } = {}) {
  const recorder = createRecordingMessenger();
  recorder.state.hang = options.hang ?? false;
  const world = createDigestWorld(kv, recorder.messenger, logger, now);
  const runs: { channel: string; at: string; outcome: DeliveryOutcome['kind'] }[] = [];
  const poller = { start: vi.fn(), stop: vi.fn() };
  const scheduler = await startScheduler({
    subscriptions: world.subscriptions,
    runDigest: async (sub: Subscription, scheduledAt: Date) => {
      const outcome = await deliverDigest(world.deps, sub, scheduledAt);
      runs.push({ channel: sub.channelId, at: scheduledAt.toISOString(), outcome: outcome.kind });
    },
    logger,
    recover: options.recover
      ? () => recoverInterruptedDeliveries({ kv, now, logger, staleAfterMs: 10 * 60_000 })
      : undefined,
    poller,
  });
  schedulers.push(scheduler);
  return { ...recorder, ...world, runs, poller, scheduler };
}

describe('the digest scheduler, on a fake clock', () => {
  it('runs each channel at 08:00 in its own timezone, with the poller, until stopped', async () => {
    const w = await start();
    await w.subscriptions.set(tokyo, { cron: '0 8 * * *', timezone: 'Asia/Tokyo' });
    await w.subscriptions.set(paris, { cron: '0 8 * * *', timezone: 'Europe/Paris' });
    await w.publish('a1', 'AP4 ministers meet in Brussels', '2024-05-12T00:30:00Z');
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(w.runs).toEqual([
      { channel: 'paris-desk', at: '2024-05-12T06:00:00.000Z', outcome: 'sent' },
      { channel: 'tokyo-desk', at: '2024-05-12T23:00:00.000Z', outcome: 'sent' },
    ]);
    expect(w.posts.map((post) => [post.channelId, headlinesOf(post.reply)])).toEqual([
      ['paris-desk', ['AP4 ministers meet in Brussels']],
      ['tokyo-desk', ['AP4 ministers meet in Brussels']],
    ]);
    expect(w.poller.start).toHaveBeenCalledTimes(1);
    await w.scheduler.stop();
    expect(w.poller.stop).toHaveBeenCalledTimes(1);
    await w.publish('a2', 'NATO ministers meet in Prague', '2024-05-13T00:30:00Z');
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(w.runs).toHaveLength(2);
  });

  it('keeps 08:00 local across the end of daylight saving time in New York', async () => {
    vi.setSystemTime(new Date('2024-11-02T00:00:00Z'));
    const w = await start();
    await w.subscriptions.set(newYork, { cron: '0 8 * * *', timezone: 'America/New_York' });
    await vi.advanceTimersByTimeAsync(3 * 24 * HOUR);
    expect(w.runs.map((run) => run.at)).toEqual([
      '2024-11-02T12:00:00.000Z', // EDT, UTC-4
      '2024-11-03T13:00:00.000Z', // EST, UTC-5, the day the clocks go back
      '2024-11-04T13:00:00.000Z',
    ]);
  });

  it('keeps 08:00 local across the start of summer time in Paris', async () => {
    vi.setSystemTime(new Date('2024-03-30T00:00:00Z'));
    const w = await start();
    await w.subscriptions.set(paris, { cron: '0 8 * * *', timezone: 'Europe/Paris' });
    await vi.advanceTimersByTimeAsync(2 * 24 * HOUR);
    expect(w.runs.map((run) => run.at)).toEqual(['2024-03-30T07:00:00.000Z', '2024-03-31T06:00:00.000Z']);
  });

  it('skips a time that does not exist on the day New York springs forward, and runs the next day', async () => {
    vi.setSystemTime(new Date('2024-03-09T00:00:00Z'));
    const w = await start();
    await w.subscriptions.set(newYork, { cron: '30 2 * * *', timezone: 'America/New_York' });
    await vi.advanceTimersByTimeAsync(3 * 24 * HOUR);
    // 02:30 on 10 March does not exist there; node-cron neither runs it at 03:30 nor twice.
    expect(w.runs.map((run) => run.at)).toEqual(['2024-03-09T07:30:00.000Z', '2024-03-11T06:30:00.000Z']);
  });

  it('loads the other channels when one stored schedule is refused by node-cron', async () => {
    const w = await start();
    await kv.set('subscriptions', 'discord:broken', {
      ...newYork,
      channelId: 'broken',
      cron: '99 99 * * *',
      timezone: 'UTC',
      paused: false,
      pausedReason: null,
      lastDigestAt: null,
    });
    await w.subscriptions.set(tokyo, { cron: '0 1 * * *', timezone: 'UTC' });
    await w.publish('a1', 'AP4 ministers meet in Brussels', '2024-05-12T00:30:00Z');
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(w.runs.map((run) => run.channel)).toEqual(['tokyo-desk']);
    expect(logs.some((line) => line.message === 'schedule not loaded')).toBe(true);
  });

  it('skips, and logs, a tick that comes while the previous run of that channel is still going', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const recorder = createRecordingMessenger();
    const world = createDigestWorld(kv, recorder.messenger, logger, now);
    await world.subscriptions.set(tokyo, { cron: '*/5 * * * *', timezone: 'UTC' });
    const started: string[] = [];
    schedulers.push(
      await startScheduler({
        subscriptions: world.subscriptions,
        runDigest: async (_sub, at) => {
          started.push(at.toISOString());
          if (started.length === 1) await gate;
        },
        logger,
      }),
    );
    await vi.advanceTimersByTimeAsync(5 * 60_000); // 00:05 starts and hangs
    await vi.advanceTimersByTimeAsync(5 * 60_000); // 00:10 must skip
    release();
    await vi.advanceTimersByTimeAsync(5 * 60_000); // 00:15 runs again
    expect(started).toEqual(['2024-05-12T00:05:00.000Z', '2024-05-12T00:15:00.000Z']);
    const skipped = logs.filter(
      (line) => line.message === 'digest run skipped: the previous one is still running',
    );
    expect(skipped).toHaveLength(1);
  });

  it('after a crash between the recorded intent and the send, drops that digest and never posts its stories again', async () => {
    const crashed = await start({ hang: true });
    await crashed.subscriptions.set(tokyo, { cron: '0 8 * * *', timezone: 'UTC' });
    await crashed.publish('a1', 'AP4 ministers meet in Brussels', '2024-05-11T22:00:00Z');
    await vi.advanceTimersByTimeAsync(8 * HOUR + 60_000);
    expect(crashed.posts).toHaveLength(1); // handed to the platform; the answer never comes
    await crashed.scheduler.stop(); // the process dies

    await vi.advanceTimersByTimeAsync(30 * 60_000);
    const restarted = await start({ recover: true });
    expect(logs.some((line) => line.message === 'interrupted digest dropped, not re-sent')).toBe(true);
    await restarted.publish('c1', 'IP4 join cyber drill', '2024-05-12T20:00:00Z');
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(restarted.posts.map((post) => headlinesOf(post.reply))).toEqual([['IP4 join cyber drill']]);
  });

  it('picks up a schedule set while running, and stops a channel turned off', async () => {
    const w = await start();
    await w.publish('a1', 'AP4 ministers meet in Brussels', '2024-05-11T22:00:00Z');
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(w.runs).toEqual([]);
    await w.subscriptions.set(tokyo, { cron: '30 1 * * *', timezone: 'UTC' });
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(w.runs).toEqual([{ channel: 'tokyo-desk', at: '2024-05-12T01:30:00.000Z', outcome: 'sent' }]);
    await w.subscriptions.remove(tokyo);
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(w.runs).toHaveLength(1);
  });
});
