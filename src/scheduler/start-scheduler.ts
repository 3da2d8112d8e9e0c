import { type ScheduledTask, schedule } from 'node-cron';
import type { Subscription, SubscriptionStore } from '../core/digest/subscription-store.js';
import type { Logger } from '../core/logging/logger.js';
import { createDigestTicker } from './create-digest-ticker.js';

/** Something with a lifetime the scheduler owns, such as the feed poller. */
export interface Startable {
  start(): void | Promise<void>;
  stop(): void | Promise<void>;
}

/** What the scheduler runs: subscriptions to follow, the digest run, recovery and the poller. */
export interface SchedulerDeps {
  subscriptions: SubscriptionStore;
  /** Builds and delivers one channel's digest (deliverDigest with its deps). */
  runDigest(subscription: Subscription, scheduledAt: Date): Promise<unknown>;
  logger: Logger;
  /** Run once before the first tick: finishing or dropping deliveries a crash interrupted. */
  recover?: () => Promise<unknown>;
  poller?: Startable;
}

/** A running scheduler. */
export interface Scheduler {
  /** Re-reads the subscriptions and replaces every cron task (called on every schedule change). */
  reload(): Promise<void>;
  stop(): Promise<void>;
}

const channelKey = (sub: Subscription) => `${sub.platform}:${sub.channelId}`;

/**
 * One node-cron task per subscribed channel, in the channel's timezone. A channel's run that is
 * still going when its next tick comes makes that tick skip (logged), so digests never overlap.
 * node-cron skips a time that does not exist on the day clocks go forward (02:30 in New York
 * on the second Sunday of March); the next digest then covers that day's stories.
 */
export async function startScheduler(deps: SchedulerDeps): Promise<Scheduler> {
  const tasks = new Map<string, ScheduledTask>();
  const log = deps.logger.child({ component: 'scheduler' });
  const tick = createDigestTicker({ subscriptions: deps.subscriptions, runDigest: deps.runDigest, log });
  let reloading = Promise.resolve();
  const reload = () => {
    // A failed reload is logged and must not stop later ones.
    reloading = reloading.then(
      () => replaceTasks(tasks, deps.subscriptions, tick, log),
      (error: unknown) => log.error('schedules reload failed', { error: String(error) }),
    );
    return reloading;
  };
  await deps.recover?.();
  await reload();
  const unsubscribe = deps.subscriptions.onChange(() => {
    reload().catch((error: unknown) => log.error('schedules reload failed', { error: String(error) }));
  });
  await deps.poller?.start();
  return {
    reload,
    stop: async () => {
      unsubscribe();
      await reloading;
      for (const task of tasks.values()) await task.destroy();
      tasks.clear();
      await deps.poller?.stop();
    },
  };
}

async function replaceTasks(
  tasks: Map<string, ScheduledTask>,
  subscriptions: SubscriptionStore,
  tick: (sub: Subscription, scheduledAt: Date) => Promise<void>,
  log: Logger,
): Promise<void> {
  for (const task of tasks.values()) await task.destroy();
  tasks.clear();
  for (const sub of await subscriptions.list()) {
    if (sub.paused) continue;
    try {
      const task = schedule(sub.cron, (context) => tick(sub, context.date), {
        timezone: sub.timezone,
        name: `digest ${channelKey(sub)}`,
      });
      tasks.set(channelKey(sub), task);
    } catch (error) {
      // One stored schedule node-cron refuses must not keep the other channels from their digests.
      log.error('schedule not loaded', { channel: channelKey(sub), cron: sub.cron, error: String(error) });
    }
  }
  log.info('schedules loaded', { channels: tasks.size });
}
