import type { KeyValueStore } from '../store/key-value-store.js';
import type { DedupOptions } from './dedup-options.js';
import type { Fingerprint } from './fingerprint.js';
import { bandKeys } from './minhash.js';
import { appendPostings, getManyChunked, idsWithin, type Posting } from './posting-lists.js';

/** What one read of the index says about a fingerprint. */
export interface IndexLookup {
  /** The article each exact key points at, in the order of the keys asked for (undefined: none). */
  exact: (string | undefined)[];
  /** Ids of stored articles within the window sharing an LSH band, an opening shingle or the title. */
  candidates: string[];
}

/** The buckets and exact keys that find copies without reading the archive. */
export interface DedupIndex {
  /** Reads `exactKeys` and every bucket of `print` in one round trip to the store. */
  lookup(print: Fingerprint, exactKeys: readonly string[]): Promise<IndexLookup>;
  /** Files each print under its band (`b:`), title (`t:`) and opening-shingle (`l:`) buckets. */
  record(prints: readonly Fingerprint[]): Promise<void>;
  /**
   * Points each key at its id unless the key already points somewhere: the first-seen copy stays
   * the original. One claim is atomic across processes (an insert-if-absent); many are read in one
   * go and written in one batch, which is atomic only within this process (a backfill's case).
   */
  claim(claims: readonly Claim[]): Promise<void>;
}

/** An exact key (GUID within a feed, normalized text) and the article it should point at. */
export interface Claim {
  key: string;
  id: string;
}

/** Exact keys and buckets share one namespace, so a check reads them all in one round trip. */
const NAMESPACE = 'dedup-index';
const DAY_MS = 86_400_000;

export function createDedupIndex(kv: KeyValueStore, settings: DedupOptions): DedupIndex {
  const windowMs = settings.windowDays * DAY_MS;
  const keysOf = (print: Fingerprint) => [
    ...(print.signature.length > 0 ? bandKeys(print.signature, settings.bands, settings.rows) : []).map(
      (key) => `b:${key}`,
    ),
    `t:${print.titleKey}`,
    ...leadKeys(print.lead),
  ];
  return {
    lookup: async (print, exactKeys) => {
      // A text too short to shingle is looked up by all its few shingles, not only its opening.
      const buckets =
        print.signature.length > 0 ? keysOf(print) : [...keysOf(print), ...leadKeys(print.shingles)];
      const values = await kv.getMany<unknown>(NAMESPACE, [...exactKeys, ...buckets]);
      const exact = values
        .slice(0, exactKeys.length)
        .map((value) => (typeof value === 'string' ? value : undefined));
      const lists = values.slice(exactKeys.length) as (Posting[] | undefined)[];
      const hits = idsWithin(lists, print.time, windowMs);
      return { exact, candidates: [...hits.keys()].filter((id) => id !== print.id) };
    },
    record: (prints) =>
      appendPostings(
        kv,
        NAMESPACE,
        prints.map((print) => ({ keys: keysOf(print), id: print.id, time: print.time })),
        { cap: settings.bucketCap, windowMs },
      ),
    claim: async (claims) => {
      const [only] = claims;
      if (claims.length === 1 && only) {
        await kv.setIfAbsent(NAMESPACE, only.key, only.id);
        return;
      }
      const present = await getManyChunked<string>(
        kv,
        NAMESPACE,
        claims.map((claim) => claim.key),
      );
      const claimed = new Set<string>();
      await Promise.all(
        claims.map(({ key, id }, i) => {
          // The first claim of a key in the batch wins, as it would one by one.
          if (present[i] !== undefined || claimed.has(key)) return undefined;
          claimed.add(key);
          return kv.set(NAMESPACE, key, id);
        }),
      );
    },
  };
}

const leadKeys = (hashes: Uint32Array) => [...hashes].map((hash) => `l:${hash.toString(36)}`);
