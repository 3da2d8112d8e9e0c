import type { Subscription, SubscriptionStore } from '../core/digest/subscription-store.js';
import type { Logger } from '../core/logging/logger.js';

/**
 * What a cron tick does for one channel: nothing while the channel's previous run is still going
 * (logged), otherwise one digest run with the subscription as it is now.
 */
export function createDigestTicker(deps: {
  subscriptions: Pick<SubscriptionStore, 'get'>;
  runDigest(subscription: Subscription, scheduledAt: Date): Promise<unknown>;
  log: Logger;
}): (subscription: Subscription, scheduledAt: Date) => Promise<void> {
  const running = new Set<string>();
  return async (sub, scheduledAt) => {
    const key = `${sub.platform}:${sub.channelId}`;
    if (running.has(key)) {
      deps.log.warn('digest run skipped: the previous one is still running', { channel: key, scheduledAt });
      return;
    }
    running.add(key);
    try {
      // The cron task holds the subscription as it was at load time: read the latest lastDigestAt.
      const fresh = await deps.subscriptions.get(sub);
      if (fresh && !fresh.paused) await deps.runDigest(fresh, scheduledAt);
    } catch (error) {
      deps.log.error('digest run failed', {
        channel: key,
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      running.delete(key);
    }
  };
}
