import type { DuplicateMatch } from '../articles/article.js';
import type { DedupCandidate, DuplicateFinder } from '../ingest/ingest-ports.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import { createDedupIndex, type DedupIndex } from './dedup-index.js';
import { DEFAULT_DEDUP_OPTIONS, type DedupOptions } from './dedup-options.js';
import { type Fingerprint, fingerprintOf } from './fingerprint.js';
import { withFingerprintCache } from './fingerprint-cache.js';
import { judgePair } from './judge-pair.js';

/** A DuplicateFinder that can also file many originals at once (a backfill, a benchmark's archive). */
export interface BulkDuplicateFinder extends DuplicateFinder {
  /**
   * Files all `candidates` as originals, reading each bucket they touch once and writing
   * everything in one turn. Like `add`, only for items `find` did not match: copies among
   * `candidates` are not compared with each other.
   */
  addMany(candidates: readonly DedupCandidate[]): Promise<void>;
}

/**
 * Duplicate detection over the key-value store: exact keys (GUID within a feed, normalized text)
 * first, then MinHash + LSH near duplicates. Everything lives in 'dedup-*' namespaces, so a restart
 * neither forgets nor re-announces; a check reads the exact keys and a fixed number of buckets in
 * one round trip, then the few candidates in them in a second, never the whole archive.
 */
export function createDuplicateFinder(
  kv: KeyValueStore,
  options: Partial<DedupOptions> = {},
): BulkDuplicateFinder {
  return createDuplicateFinderOn((settings) => createDedupIndex(kv, settings), options);
}

/**
 * Decoded prints kept in memory (withFingerprintCache): a check confirms up to `bucketCap` (200)
 * candidates, and the window's crowded buckets hold a few thousand; ~3 KB each at most.
 */
const FINGERPRINTS_CACHED = 4096;

/** The same detection over any index (the archive's tables, say), built for the settings. */
export function createDuplicateFinderOn(
  indexFor: (settings: DedupOptions) => DedupIndex,
  options: Partial<DedupOptions> = {},
): BulkDuplicateFinder {
  const settings: DedupOptions = { ...DEFAULT_DEDUP_OPTIONS, ...options };
  if (settings.bands * settings.rows !== settings.hashes) {
    throw new RangeError(
      `dedup: bands x rows (${settings.bands} x ${settings.rows}) must equal hashes (${settings.hashes})`,
    );
  }
  const index = withFingerprintCache(indexFor(settings), FINGERPRINTS_CACHED);
  // The ingest checks an item, then files the same candidate object as an original: its print is
  // made once (fingerprinting was a quarter of the duplicate check's CPU).
  let lastChecked: { candidate: DedupCandidate; as: PrintedFields; print: Fingerprint } | undefined;
  const printOf = (candidate: DedupCandidate) =>
    lastChecked?.candidate === candidate && unchanged(candidate, lastChecked.as)
      ? lastChecked.print
      : fingerprintOf(candidate, settings);
  const addMany = async (candidates: readonly DedupCandidate[]) => {
    const prints = candidates.map(printOf);
    // Independent writes issued together: the SQLite store batches those of one turn.
    const claims = candidates.flatMap((candidate, i) =>
      exactKeys(candidate, prints[i] as Fingerprint).map((key) => ({ key, id: candidate.id })),
    );
    await Promise.all([index.saveFingerprints(prints), index.claim(claims), index.record(prints)]);
  };
  return {
    find: async (candidate) => {
      const print = fingerprintOf(candidate, settings);
      const { id, title, text, language, publishedAt } = candidate;
      lastChecked = { candidate, as: { id, title, text, language, publishedAt }, print };
      const keys = exactKeys(candidate, print);
      const { exact, candidates } = await index.lookup(print, keys);
      for (const [i, key] of keys.entries()) {
        const of = exact[i];
        if (of && of !== candidate.id)
          return { of, method: key.startsWith('g:') ? 'guid' : 'text', similarity: 1 };
      }
      return bestMatch(print, candidates, index, settings);
    },
    add: (candidate) => addMany([candidate]),
    addMany,
  };
}

/** What a print is made of is as it was (the same object may have been changed since). */
type PrintedFields = Pick<DedupCandidate, 'id' | 'title' | 'text' | 'language' | 'publishedAt'>;
const unchanged = (now: DedupCandidate, then: PrintedFields) =>
  now.id === then.id &&
  now.title === then.title &&
  now.text === then.text &&
  now.language === then.language &&
  now.publishedAt === then.publishedAt;

/** The GUID key first: a re-post with a corrected text is still the same item. */
function exactKeys(candidate: DedupCandidate, print: Fingerprint): string[] {
  const keys = candidate.guid ? [`g:${candidate.feed}\n${candidate.guid}`] : [];
  return print.textKey ? [...keys, `x:${print.textKey}`] : keys;
}

/** Confirms the candidates on their stored fingerprints; the most similar confirmed one wins. */
async function bestMatch(
  print: Fingerprint,
  ids: string[],
  index: DedupIndex,
  settings: DedupOptions,
): Promise<DuplicateMatch | null> {
  if (ids.length === 0) return null;
  let best: DuplicateMatch | null = null;
  for (const stored of await index.fingerprints(ids)) {
    const match = judgePair(print, stored, settings);
    if (match && (!best || score(match) > score(best))) best = match;
  }
  return best;
}

const score = (match: DuplicateMatch) => Math.max(match.similarity, match.containment ?? 0);
