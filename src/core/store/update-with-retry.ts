/** Rounds of compare-and-set before an update gives up: only a storm of writers to one key gets there. */
const MAX_UPDATE_ATTEMPTS = 50;

/** An update lost its compare-and-set every time: other writers kept changing the same key. */
export class UpdateConflictError extends Error {
  override readonly name = 'UpdateConflictError';
  constructor(key: string, attempts: number) {
    super(`could not update ${key}: changed by another writer on each of ${attempts} attempts`);
  }
}

/** What a backend offers for `KeyValueStore.update`: raw reads and an atomic compare-and-set. */
export interface CompareAndSet {
  /** The raw (serialized) value under the key now, or undefined. */
  readRaw(): Promise<string | undefined>;
  /** Writes `next` only if the raw value is still `expected` (undefined: absent); true when it wrote. */
  compareAndSet(expected: string | undefined, next: string): Promise<boolean>;
  parse<T>(raw: string): Promise<T | undefined>;
  serialize(value: unknown): Promise<string>;
}

/**
 * `KeyValueStore.update` on any backend: read, apply `change`, write only if nobody wrote between,
 * else read again and re-apply, with jitter so two writers that keep colliding fall out of step.
 */
export async function updateWithRetry<T>(
  key: string,
  backend: CompareAndSet,
  change: (current: T | undefined) => T | undefined,
): Promise<T | undefined> {
  for (let attempt = 1; ; attempt += 1) {
    const raw = await backend.readRaw();
    const current = raw === undefined ? undefined : await backend.parse<T>(raw);
    const next = change(current);
    if (next === undefined) return current;
    if (await backend.compareAndSet(raw, await backend.serialize(next))) return next;
    if (attempt >= MAX_UPDATE_ATTEMPTS) throw new UpdateConflictError(key, attempt);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
  }
}
