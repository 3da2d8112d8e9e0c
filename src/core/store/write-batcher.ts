/** Coalesces writes issued close together into one backend call. */
export interface WriteBatcher {
  /** Queues `key = serialized`; resolves (or rejects) when the batch holding it is written. */
  set(key: string, serialized: string): Promise<void>;
  /** Resolves once every write queued so far is in the backend: reads call it first. */
  flush(): Promise<void>;
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
  const schedule = () =>
    new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      scheduled = null;
      const entries = [...pending];
      pending = new Map();
      const run = inFlight.then(() => write(entries));
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
  };
}
