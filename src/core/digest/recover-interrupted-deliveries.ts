import type { Logger } from '../logging/logger.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import { DELIVERIES, type SlotRecord } from './deliver-digest.js';

/**
 * Run at start-up. An `intent` with no completion means the process stopped between claiming a
 * slot and recording the platform's answer, so the digest may or may not have been posted.
 * Such slots are **dropped**, not finished: re-sending could post the same stories twice, which
 * the bot promises never to do, while a dropped digest loses nothing for good (its stories stay
 * readable with /digest and /story). Their stories stay reserved as posted. Intents younger than
 * `staleAfterMs` are left alone: another process may still be sending them.
 */
export async function recoverInterruptedDeliveries(deps: {
  kv: KeyValueStore;
  now: () => Date;
  logger: Logger;
  staleAfterMs: number;
}): Promise<string[]> {
  const dropped: string[] = [];
  const cutoff = deps.now().getTime() - deps.staleAfterMs;
  for await (const key of deps.kv.keys(DELIVERIES)) {
    if (!key.startsWith('slot:')) continue;
    const record = await deps.kv.get<SlotRecord>(DELIVERIES, key);
    if (record?.status !== 'intent' || Date.parse(record.recordedAt) > cutoff) continue;
    await deps.kv.set(DELIVERIES, key, { ...record, status: 'dropped' });
    deps.logger.warn('interrupted digest dropped, not re-sent', { slot: key, stories: record.storyIds });
    dropped.push(key);
  }
  return dropped;
}
