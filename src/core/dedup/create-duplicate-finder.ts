import type { DuplicateMatch } from '../articles/article.js';
import type { DedupCandidate, DuplicateFinder } from '../ingest/ingest-ports.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import { createDedupIndex } from './dedup-index.js';
import { DEFAULT_DEDUP_OPTIONS, type DedupOptions } from './dedup-options.js';
import { type Fingerprint, fingerprintOf } from './fingerprint.js';
import { decodeFingerprint, encodeFingerprint, type StoredFingerprint } from './fingerprint-codec.js';
import { judgePair } from './judge-pair.js';

const EXACT = 'dedup-exact';
const PRINTS = 'dedup-fingerprints';

/** Exact keys point at the first-seen article. */
interface ExactEntry {
  id: string;
}

/**
 * Duplicate detection over the key-value store: exact keys (GUID within a feed, normalized text)
 * first, then MinHash + LSH near duplicates. Everything lives in 'dedup-*' namespaces, so a restart
 * neither forgets nor re-announces; a check reads a fixed number of buckets and the few candidates
 * in them, never the whole archive.
 */
export function createDuplicateFinder(
  kv: KeyValueStore,
  options: Partial<DedupOptions> = {},
): DuplicateFinder {
  const settings: DedupOptions = { ...DEFAULT_DEDUP_OPTIONS, ...options };
  if (settings.bands * settings.rows !== settings.hashes) {
    throw new RangeError(
      `dedup: bands x rows (${settings.bands} x ${settings.rows}) must equal hashes (${settings.hashes})`,
    );
  }
  const index = createDedupIndex(kv, settings);
  return {
    find: async (candidate) => {
      const print = fingerprintOf(candidate, settings);
      const { byGuid, byText } = await readExact(kv, candidate, print);
      if (byGuid && byGuid !== candidate.id) return { of: byGuid, method: 'guid', similarity: 1 };
      if (byText && byText !== candidate.id) return { of: byText, method: 'text', similarity: 1 };
      return bestMatch(print, await index.candidates(print), kv, settings);
    },
    add: async (candidate) => {
      const print = fingerprintOf(candidate, settings);
      // Independent keys: written together, so a backend with round trips pays for one, not four.
      await Promise.all([
        kv.set(PRINTS, print.id, encodeFingerprint(print)),
        candidate.guid ? kv.setIfAbsent(EXACT, guidKey(candidate), { id: print.id }) : undefined,
        print.textKey ? kv.setIfAbsent(EXACT, `text:${print.textKey}`, { id: print.id }) : undefined,
        index.record(print),
      ]);
    },
  };
}

/** Both exact keys in one read: a round trip to SQLite or Postgres costs more than the hashing. */
async function readExact(kv: KeyValueStore, candidate: DedupCandidate, print: Fingerprint) {
  const guid = candidate.guid ? guidKey(candidate) : null;
  const text = print.textKey ? `text:${print.textKey}` : null;
  const keys = [guid, text].filter((key): key is string => key !== null);
  const entries = await kv.getMany<ExactEntry>(EXACT, keys);
  const found = (key: string | null) => (key === null ? undefined : entries[keys.indexOf(key)]?.id);
  return { byGuid: found(guid), byText: found(text) };
}

/** Confirms the candidates on their stored fingerprints; the most similar confirmed one wins. */
async function bestMatch(
  print: Fingerprint,
  ids: string[],
  kv: KeyValueStore,
  settings: DedupOptions,
): Promise<DuplicateMatch | null> {
  if (ids.length === 0) return null;
  let best: DuplicateMatch | null = null;
  for (const entry of await kv.getMany<StoredFingerprint>(PRINTS, ids)) {
    const match = entry ? judgePair(print, decodeFingerprint(entry), settings) : null;
    if (match && (!best || score(match) > score(best))) best = match;
  }
  return best;
}

const guidKey = (candidate: DedupCandidate) => `guid:${candidate.feed}\n${candidate.guid}`;
const score = (match: DuplicateMatch) => Math.max(match.similarity, match.containment ?? 0);
