import type { FeedPollResult } from './feed-poll-result.js';
import type { FeedSource } from './feed-source.js';
import { slotAtOrAfter, slotOffsetMs } from './poll-schedule.js';
import type { PollerDeps } from './poller.js';

const minute = 60_000;

/**
 * The scheduled mode: a single timer set for the earliest due feed (or the next rescan), which
 * starts every due feed without waiting for the others, so a slow feed only holds its own slot.
 */
export function createScheduleLoop(
  deps: PollerDeps,
  inFlight: ReadonlyMap<string, Promise<FeedPollResult>>,
  run: (feed: FeedSource) => Promise<FeedPollResult>,
) {
  const rescanMs = deps.rescanMs ?? minute;
  let running = false;
  let timer: unknown = null;
  const arm = (delayMs: number) => {
    if (!running) return;
    if (timer !== null) deps.clock.clearTimeout(timer);
    timer = deps.clock.setTimeout(
      () => {
        timer = null;
        scan().catch((error: unknown) => {
          deps.logger.error('poll schedule failed', {
            error: error instanceof Error ? error.message : String(error),
          });
          arm(rescanMs);
        });
      },
      Math.max(0, delayMs),
    );
  };
  const scan = async () => {
    const [feeds, states] = await Promise.all([deps.feeds(), deps.state.all()]);
    const byUrl = new Map(states.map((state) => [state.url, state]));
    const now = deps.clock.now().getTime();
    let earliest = now + rescanMs;
    for (const feed of feeds) {
      const state = byUrl.get(feed.url);
      if (inFlight.has(feed.url) || state?.pausedAt) continue;
      const due = state?.nextDueAt ? Date.parse(state.nextDueAt) : await firstSlot(feed, now);
      if (due <= now) {
        run(feed).then(
          () => arm(0),
          () => arm(0),
        );
      } else {
        earliest = Math.min(earliest, due);
      }
    }
    arm(earliest - now);
  };
  // A feed seen for the first time gets its slot recorded, so a timer firing a little late
  // still finds it due instead of computing the slot after.
  const firstSlot = async (feed: FeedSource, now: number) => {
    const intervalMs = (feed.intervalMinutes ?? deps.defaultIntervalMinutes) * minute;
    const due = slotAtOrAfter(now, intervalMs, slotOffsetMs(feed.url, intervalMs));
    // Another process may have recorded the slot (or polled) meanwhile: its record wins.
    const state = await deps.state.update(feed.url, (current) =>
      current.nextDueAt ? undefined : { ...current, nextDueAt: new Date(due).toISOString() },
    );
    return state.nextDueAt ? Date.parse(state.nextDueAt) : due;
  };
  return {
    start: () => {
      if (running) return;
      running = true;
      arm(0);
    },
    stop: () => {
      running = false;
      if (timer !== null) deps.clock.clearTimeout(timer);
      timer = null;
    },
    wake: () => arm(0),
  };
}
