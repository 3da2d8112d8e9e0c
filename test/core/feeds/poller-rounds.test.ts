import { afterEach, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../../../src/core/logging/logger.js';
import { fetched, pollerHarness } from './poller-harness.js';

const minute = 60_000;
const a = 'https://a.example/feed';
const b = 'https://b.example/rss';
const ok = async () => fetched('<rss/>');

let stopAll: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stopAll.map((stop) => stop()));
  stopAll = [];
});

/** A harness whose `afterRound` records the fake-clock minute it ran at. */
function withRounds(afterRoundEveryMinutes?: number) {
  const rounds: number[] = [];
  const harness = pollerHarness(
    [{ url: a }, { url: b }],
    { [a]: ok, [b]: ok },
    {
      ...(afterRoundEveryMinutes === undefined ? {} : { afterRoundEveryMinutes }),
      afterRound: async () => {
        rounds.push(
          Math.round((harness.clock.now().getTime() - Date.parse('2024-07-01T00:00:00Z')) / minute),
        );
      },
    },
  );
  stopAll.push(() => harness.poller.stop());
  return { harness, rounds };
}

describe('after a round of polls', () => {
  it('runs once at the end of pollOnce, after every feed is ingested', async () => {
    const { harness, rounds } = withRounds();
    const results = await harness.poller.pollOnce();
    expect(results.map((result) => result.status)).toEqual(['ok', 'ok']);
    expect(harness.ingested).toHaveLength(2);
    expect(rounds).toEqual([0]);
  });

  it('runs on schedules when the polls go idle, at most once per afterRoundEveryMinutes', async () => {
    // Each feed is polled every 10 minutes; the round runs at the first idle moment 30 minutes on.
    const { harness, rounds } = withRounds(30);
    harness.poller.start();
    await harness.clock.advance(95 * minute);
    expect(harness.ingested.length).toBeGreaterThanOrEqual(18);
    expect(rounds.length).toBe(3);
    for (const [i, at] of rounds.entries()) {
      expect(at).toBeGreaterThanOrEqual(30 * (i + 1));
      expect(at).toBeLessThan(30 * (i + 1) + 10);
    }
  });

  it('a failing round is logged and does not fail the poll', async () => {
    const logs: { level: string; message: string; error?: string }[] = [];
    const harness = pollerHarness(
      [{ url: a }],
      { [a]: ok },
      {
        afterRound: async () => {
          throw new Error('store unavailable');
        },
        logger: createJsonLogger((line) => logs.push(JSON.parse(line))),
      },
    );
    stopAll.push(() => harness.poller.stop());
    const results = await harness.poller.pollOnce();
    expect(results.map((result) => result.status)).toEqual(['ok']);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'error', error: 'store unavailable' }));
  });
});
