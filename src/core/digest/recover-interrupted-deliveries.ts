import type { Logger } from '../logging/logger.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import { DELIVERIES, type SlotRecord } from './deliver-digest.js';

/** Finished slot records are kept this long, for `why`-style questions about past digests. */
const KEEP_SLOTS_MS = 30 * 86_400_000;

/**
 * Run at start-up. An `intent` with no completion means the process stopped between claiming a
 * slot and recording the platform's answer, so the digest may or may not have been posted.
 * Such slots are **dropped**, not finished: re-sending could post the same stories twice, which
 * the bot promises never to do, while a dropped digest loses nothing for good (its stories stay
 * readable with /digest and /story). Their stories stay reserved as posted. Intents younger than
 * `staleAfterMs` are left alone: another process may still be sending them. Finished slot
 * records older than 30 days are pruned on the way.
 */
export async function recoverInterruptedDeliveries(deps: {
  kv: KeyValueStore;
  now: () => Date;
  logger: Logger;
  staleAfterMs: number;
}): Promise<string[]> {
  const dropped: string[] = [];
  const now = deps.now().getTime();
  // Keys first, writes after: keyv's iterator may skip entries changed while it pages.
  const keys: string[] = [];
  for await (const key of deps.kv.keys(DELIVERIES, 'slot:')) keys.push(key);
  const records = await deps.kv.getMany<SlotRecord>(DELIVERIES, keys);
  for (const [index, key] of keys.entries()) {
    const record = records[index];
    if (!record) continue;
    const age = now - Date.parse(record.recordedAt);
    if (age > KEEP_SLOTS_MS && record.status !== 'intent') {
      // A slot this old is never ticked again; its record only documented what happened.
      await deps.kv.delete(DELIVERIES, key);
    } else if (record.status === 'intent' && age >= deps.staleAfterMs) {
      await deps.kv.set(DELIVERIES, key, { ...record, status: 'dropped' });
      deps.logger.warn('interrupted digest dropped, not re-sent', { slot: key, stories: record.storyIds });
      dropped.push(key);
    }
  }
  return dropped;
}
