import { fnv1a32 } from '../dedup/hash32.js';

/** A bucket's key as a 52-bit integer: rows and their index stay small (exact in a double). */
export function bucketNumber(key: string): number {
  return fnv1a32(key) * 2 ** 20 + (fnv1a32(key, 0x9747b28c) >>> 12);
}

/** Bucket rows are filed by the minute (since the epoch) of their article's time. */
export const minuteOf = (ms: number) => Math.floor(ms / 60_000);
