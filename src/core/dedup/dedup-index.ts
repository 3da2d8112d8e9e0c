import type { KeyValueStore } from '../store/key-value-store.js';
import type { DedupOptions } from './dedup-options.js';
import type { Fingerprint } from './fingerprint.js';
import { bandKeys } from './minhash.js';
import { createPostingLists } from './posting-lists.js';

/** The buckets that find copies without reading the archive. */
export interface DedupIndex {
  /** Ids of stored articles within the window sharing an LSH band, an opening shingle or the title. */
  candidates(print: Fingerprint): Promise<string[]>;
  /** Files `print` under its band (`b:`), title (`t:`) and opening-shingle (`l:`) buckets. */
  record(print: Fingerprint): Promise<void>;
}

const DAY_MS = 86_400_000;

export function createDedupIndex(kv: KeyValueStore, settings: DedupOptions): DedupIndex {
  // One namespace for all buckets, so a check reads them in one round trip to the store.
  const buckets = createPostingLists(kv, 'dedup-index', settings.bucketCap);
  const windowMs = settings.windowDays * DAY_MS;
  const keysOf = (print: Fingerprint) => [
    ...(print.signature.length > 0 ? bandKeys(print.signature, settings.bands, settings.rows) : []).map(
      (key) => `b:${key}`,
    ),
    `t:${print.titleKey}`,
    ...leadKeys(print.lead),
  ];
  return {
    candidates: async (print) => {
      // A text too short to shingle is looked up by all its few shingles, not only its opening.
      const keys =
        print.signature.length > 0 ? keysOf(print) : [...keysOf(print), ...leadKeys(print.shingles)];
      const hits = await buckets.lookup(keys, print.time, windowMs);
      return [...hits.keys()].filter((id) => id !== print.id);
    },
    record: (print) => buckets.append(keysOf(print), print.id, print.time, windowMs),
  };
}

const leadKeys = (hashes: Uint32Array) => [...hashes].map((hash) => `l:${hash.toString(36)}`);
