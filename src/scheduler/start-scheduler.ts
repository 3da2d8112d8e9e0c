import { type ScheduledTask, schedule } from 'node-cron';
import type { Subscription, SubscriptionStore } from '../core/digest/subscription-store.js';
import type { Logger } from '../core/logging/logger.js';

/** Something with a lifetime the scheduler owns, such as the feed poller. */
export interface Startable {
  start(): void | Promise<void>;
  stop(): void | Promise<void>;
}

export interface SchedulerDeps {
  subscriptions: SubscriptionStore;
  /** Builds and delivers one channel's digest (deliverDigest with its deps). */
  runDigest(subscription: Subscription, scheduledAt: Date): Promise<unknown>;
  logger: Logger;
  /** Run once before the first tick: finishing or dropping deliveries a crash interrupted. */
  recover?: () => Promise<unknown>;
  poller?: Startable;
}

export interface Scheduler {
  /** Re-reads the subscriptions and replaces every cron task (called on every schedule change). */
  reload(): Promise<void>;
  stop(): Promise<void>;
}

const channelKey = (sub: Subscription) => `${sub.platform}:${sub.channelId}`;

/**
 * One node-cron task per subscribed channel, in the channel's timezone. A channel's run that is
 * still going when its next tick comes makes that tick skip (logged), so digests never overlap.
 */
export async function startScheduler(deps: SchedulerDeps): Promise<Scheduler> {
  const tasks = new Map<string, ScheduledTask>();
  const running = new Set<string>();
  const log = deps.logger.child({ component: 'scheduler' });
  const tick = async (sub: Subscription, scheduledAt: Date) => {
    const key = channelKey(sub);
    if (running.has(key)) {
      log.warn('digest run skipped: the previous one is still running', { channel: key, scheduledAt });
      return;
    }
    running.add(key);
    try {
      // The task holds the subscription as it was at load time: read the latest lastDigestAt.
      const fresh = await deps.subscriptions.get(sub);
      if (fresh && !fresh.paused) await deps.runDigest(fresh, scheduledAt);
    } catch (error) {
      log.error('digest run failed', {
        channel: key,
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      running.delete(key);
    }
  };
  let reloading = Promise.resolve();
  const reload = () => {
    reloading = reloading.then(async () => {
      for (const task of tasks.values()) await task.destroy();
      tasks.clear();
      for (const sub of await deps.subscriptions.list()) {
        if (sub.paused) continue;
        const task = schedule(sub.cron, (context) => tick(sub, context.date), {
          timezone: sub.timezone,
          name: `digest ${channelKey(sub)}`,
        });
        tasks.set(channelKey(sub), task);
      }
      log.info('schedules loaded', { channels: tasks.size });
    });
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
