import { setTimeout as delay } from 'node:timers/promises';

/**
 * The work's result if it settles within `ms`, else undefined; the work itself goes on (a slow
 * command still answers later). Rejections of the work pass through.
 */
export async function settleWithin<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  const timer = new AbortController();
  const timeout = delay(ms, undefined, { signal: timer.signal }).catch(() => undefined);
  try {
    return await Promise.race([work, timeout]);
  } finally {
    timer.abort();
  }
}
