import type { PollerClock } from '../../../src/core/feeds/poller.js';

/** Lets pending promise callbacks (kv reads, fetches that resolved) run. */
export async function settle(rounds = 20): Promise<void> {
  for (let round = 0; round < rounds; round++) await new Promise((resolve) => setImmediate(resolve));
}

/** A clock whose time moves only when the test says so; timers fire in time order. */
export function createFakeClock(start: string) {
  let now = Date.parse(start);
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: PollerClock & { advance(ms: number): Promise<void>; pending(): number } = {
    now: () => new Date(now),
    setTimeout: (callback, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout: (handle) => {
      timers.delete(handle as number);
    },
    advance: async (ms) => {
      const until = now + ms;
      await settle();
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].callback();
        await settle();
      }
      now = until;
      await settle();
    },
    pending: () => timers.size,
  };
  return clock;
}
