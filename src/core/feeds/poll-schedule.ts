/**
 * Where in its interval a feed is polled: a stable offset from a hash of its URL, so feeds with the
 * same interval spread over it instead of all firing at once, and keep their slot across restarts.
 */
export function slotOffsetMs(url: string, intervalMs: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < url.length; index++) {
    hash ^= url.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % Math.max(1, Math.floor(intervalMs));
}

/** The first slot time (offset + k × interval, epoch ms) strictly after `time`. */
export function slotAfter(time: number, intervalMs: number, offsetMs: number): number {
  return offsetMs + (Math.floor((time - offsetMs) / intervalMs) + 1) * intervalMs;
}

/** The first slot time at or after `time`. */
export function slotAtOrAfter(time: number, intervalMs: number, offsetMs: number): number {
  return slotAfter(time - 1, intervalMs, offsetMs);
}

function slotAtOrBefore(time: number, intervalMs: number, offsetMs: number): number {
  return slotAfter(time, intervalMs, offsetMs) - intervalMs;
}

/**
 * When to poll next after a poll that started at `startedAt`. A success waits the interval, or
 * the server's max-age when longer (up to the cap); a failure waits interval × 2^failures (up to
 * the backoff cap). The wait counts from the slot the poll belonged to, so a poll that started a
 * little late does not skip the next slot, and the result lands on the feed's slot.
 */
export function nextDueAt(args: {
  url: string;
  startedAt: number;
  intervalMs: number;
  maxAgeMs: number | null;
  maxAgeCapMs: number;
  consecutiveFailures: number;
  maxBackoffMs: number;
}): number {
  const { intervalMs } = args;
  const wait =
    args.consecutiveFailures > 0
      ? Math.min(intervalMs * 2 ** args.consecutiveFailures, Math.max(args.maxBackoffMs, intervalMs))
      : Math.max(intervalMs, Math.min(args.maxAgeMs ?? 0, args.maxAgeCapMs));
  const offset = slotOffsetMs(args.url, intervalMs);
  return slotAtOrAfter(slotAtOrBefore(args.startedAt, intervalMs, offset) + wait, intervalMs, offset);
}
