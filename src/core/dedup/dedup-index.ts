import type { KeyValueStore } from '../store/key-value-store.js';
import type { DedupOptions } from './dedup-options.js';
import type { Fingerprint } from './fingerprint.js';
import { bandKeys } from './minhash.js';
import { createPostingLists } from './posting-lists.js';

/** The buckets that find copies without reading the archive. */
export interface DedupIndex {
  /** Ids of stored articles within the window sharing an LSH band, an opening shingle or the title. */
  candidates(print: Fingerprint): Promise<string[]>;
  /** Files `print` under its band, opening-shingle and title buckets. */
  record(print: Fingerprint): Promise<void>;
}

const DAY_MS = 86_400_000;

export function createDedupIndex(kv: KeyValueStore, settings: DedupOptions): DedupIndex {
  const bands = createPostingLists(kv, 'dedup-bands', settings.bucketCap);
  const leads = createPostingLists(kv, 'dedup-leads', settings.bucketCap);
  const windowMs = settings.windowDays * DAY_MS;
  const bandKeysOf = (print: Fingerprint) =>
    print.signature.length > 0 ? bandKeys(print.signature, settings.bands, settings.rows) : [];
  const leadKeysOf = (print: Fingerprint) => [`t:${print.titleKey}`, ...hashKeys(print.lead)];
  return {
    candidates: async (print) => {
      // A text too short to shingle is looked up by all its few shingles, not only its opening.
      const leadKeys =
        print.signature.length > 0 ? leadKeysOf(print) : [...leadKeysOf(print), ...hashKeys(print.shingles)];
      const found = await Promise.all([
        bands.lookup(bandKeysOf(print), print.time, windowMs),
        leads.lookup(leadKeys, print.time, windowMs),
      ]);
      return [...new Set(found.flatMap((hits) => [...hits.keys()]))].filter((id) => id !== print.id);
    },
    record: async (print) => {
      await Promise.all([
        bands.append(bandKeysOf(print), print.id, print.time, windowMs),
        leads.append(leadKeysOf(print), print.id, print.time, windowMs),
      ]);
    },
  };
}

const hashKeys = (hashes: Uint32Array) => [...hashes].map((hash) => hash.toString(36));
