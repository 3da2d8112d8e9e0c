/** Coalesces writes issued close together into one backend call. */
export interface WriteBatcher {
  /** Queues `key = serialized`; resolves (or rejects) when the batch holding it is written. */
  set(key: string, serialized: string): Promise<void>;
  /** Resolves once every write queued so far is in the backend. */
  flush(): Promise<void>;
  /** Whether a write of `key` is queued or being written: a read of it must wait for `flush`. */
  isPending(key: string): boolean;
}

/**
 * Ingesting one article writes dozens of small keys at once (term frequencies, LSH buckets, the
 * article, its analysis). One SQLite statement per key made the store the bottleneck, so writes
 * queued in the same turn of the event loop go out as one multi-row upsert. The last value queued
 * for a key wins, as with separate writes in order; batches are written one after another.
 */
export function createWriteBatcher(write: (entries: [string, string][]) => Promise<void>): WriteBatcher {
  let pending = new Map<string, string>();
  let scheduled: Promise<void> | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  // Keys of batches handed to the backend and not yet written, with how many batches hold each.
  const writing = new Map<string, number>();
  const track = (keys: readonly string[], delta: number) => {
    for (const key of keys) {
      const count = (writing.get(key) ?? 0) + delta;
      if (count === 0) writing.delete(key);
      else writing.set(key, count);
    }
  };
  const schedule = () =>
    new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      scheduled = null;
      const entries = [...pending];
      pending = new Map();
      const keys = entries.map(([key]) => key);
      track(keys, 1);
      const run = inFlight.then(() => write(entries)).finally(() => track(keys, -1));
      inFlight = run.catch(() => undefined);
      return run;
    });
  return {
    set: (key, serialized) => {
      pending.set(key, serialized);
      scheduled ??= schedule();
      return scheduled;
    },
    flush: async () => {
      if (scheduled) await scheduled.catch(() => undefined);
      await inFlight;
    },
    isPending: (key) => pending.has(key) || writing.has(key),
  };
}
