import type { DedupIndex } from './dedup-index.js';
import type { Fingerprint } from './fingerprint.js';

/**
 * The index with its stored fingerprints kept in memory, the most recently used `capacity` of
 * them. A check confirms every candidate on its print, and the same prints come back check after
 * check (the articles of one story share title and opening buckets): reading and decoding them
 * anew was an eighth of an ingest's CPU. A print never changes under its id once stored (ids
 * come from the URL; an edited item keeps its article and print), and a save drops the id from
 * the cache anyway, so a cached print is never stale. A print cached from a transaction that
 * later rolls back names an article no bucket row points at, so no check asks for it.
 */
export function withFingerprintCache(index: DedupIndex, capacity: number): DedupIndex {
  const cache = new Map<string, Fingerprint>();
  const remember = (print: Fingerprint) => {
    cache.delete(print.id);
    cache.set(print.id, print);
    if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
  };
  return {
    ...index,
    saveFingerprints: async (prints) => {
      for (const print of prints) cache.delete(print.id);
      await index.saveFingerprints(prints);
    },
    fingerprints: async (ids) => {
      const missing = ids.filter((id) => !cache.has(id));
      const loaded = new Map((await read(index, missing)).map((print) => [print.id, print]));
      const found = ids.flatMap((id) => {
        const print = cache.get(id) ?? loaded.get(id);
        return print ? [print] : [];
      });
      for (const print of found) remember(print);
      return found;
    },
  };
}

const read = async (index: DedupIndex, ids: readonly string[]) =>
  ids.length === 0 ? [] : index.fingerprints(ids);
