import type { KeyValueStore } from '../store/key-value-store.js';
import type { DedupOptions } from './dedup-options.js';
import type { Fingerprint } from './fingerprint.js';
import { decodeFingerprint, encodeFingerprint, type StoredFingerprint } from './fingerprint-codec.js';
import { bandKeys } from './minhash.js';
import { appendPostings, getManyChunked, idsWithin, type Posting } from './posting-lists.js';

/** What one read of the index says about a fingerprint. */
export interface IndexLookup {
  /** The article each exact key points at, in the order of the keys asked for (undefined: none). */
  exact: (string | undefined)[];
  /** Ids of stored articles within the window sharing an LSH band, an opening shingle or the title. */
  candidates: string[];
}

/**
 * The buckets, exact keys and fingerprints that find copies without reading the archive: over the
 * key-value store here, over archive tables in src/core/archive/sqlite-dedup-index.ts.
 */
export interface DedupIndex {
  /** Stores each print, for later checks to confirm candidates on. */
  saveFingerprints(prints: readonly Fingerprint[]): Promise<void>;
  /** The stored prints of `ids` (missing ones left out). */
  fingerprints(ids: readonly string[]): Promise<Fingerprint[]>;
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
const PRINTS = 'dedup-fingerprints';

/** The buckets a print is filed under: its LSH bands (`b:`), title (`t:`) and opening shingles (`l:`). */
export function bucketKeysOf(print: Fingerprint, settings: DedupOptions): string[] {
  return [
    ...(print.signature.length > 0 ? bandKeys(print.signature, settings.bands, settings.rows) : []).map(
      (key) => `b:${key}`,
    ),
    `t:${print.titleKey}`,
    ...leadKeys(print.lead),
  ];
}

/** The buckets a check reads: a text too short to shingle is looked up by all its few shingles. */
export function lookupKeysOf(print: Fingerprint, settings: DedupOptions): string[] {
  const filed = bucketKeysOf(print, settings);
  return print.signature.length > 0 ? filed : [...filed, ...leadKeys(print.shingles)];
}

export function createDedupIndex(kv: KeyValueStore, settings: DedupOptions): DedupIndex {
  const windowMs = settings.windowDays * DAY_MS;
  const keysOf = (print: Fingerprint) => bucketKeysOf(print, settings);
  return {
    lookup: async (print, exactKeys) => {
      const buckets = lookupKeysOf(print, settings);
      const values = await kv.getMany<unknown>(NAMESPACE, [...exactKeys, ...buckets]);
      const exact = values
        .slice(0, exactKeys.length)
        .map((value) => (typeof value === 'string' ? value : undefined));
      const lists = values.slice(exactKeys.length) as (Posting[] | undefined)[];
      const hits = idsWithin(lists, print.time, windowMs);
      return { exact, candidates: [...hits.keys()].filter((id) => id !== print.id) };
    },
    saveFingerprints: async (prints) => {
      await Promise.all(prints.map((print) => kv.set(PRINTS, print.id, encodeFingerprint(print))));
    },
    fingerprints: async (ids) =>
      (await kv.getMany<StoredFingerprint>(PRINTS, ids)).flatMap((entry) =>
        entry ? [decodeFingerprint(entry)] : [],
      ),
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
