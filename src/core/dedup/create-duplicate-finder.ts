import type { DuplicateMatch } from '../articles/article.js';
import type { DedupCandidate, DuplicateFinder } from '../ingest/ingest-ports.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import { DEFAULT_DEDUP_OPTIONS, type DedupOptions } from './dedup-options.js';
import { type Fingerprint, fingerprintOf } from './fingerprint.js';
import { decodeFingerprint, encodeFingerprint, type StoredFingerprint } from './fingerprint-codec.js';
import { judgePair } from './judge-pair.js';
import { bandKeys } from './minhash.js';
import { createPostingLists } from './posting-lists.js';

const EXACT = 'dedup-exact';
const PRINTS = 'dedup-fingerprints';
const DAY_MS = 86_400_000;

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
  const bands = createPostingLists(kv, 'dedup-bands', settings.bucketCap);
  const leads = createPostingLists(kv, 'dedup-leads', settings.bucketCap);
  const windowMs = settings.windowDays * DAY_MS;
  const indexKeys = (print: Fingerprint) => ({
    bandKeys: print.signature.length > 0 ? bandKeys(print.signature, settings.bands, settings.rows) : [],
    leadKeys: [`t:${print.titleKey}`, ...[...print.lead].map((hash) => hash.toString(36))],
  });

  const findNear = async (print: Fingerprint): Promise<DuplicateMatch | null> => {
    const keys = indexKeys(print);
    const found = await Promise.all([
      bands.lookup(keys.bandKeys, print.time, windowMs),
      // A text too short to shingle is looked up by all its few shingles, not only its opening.
      leads.lookup(
        print.signature.length > 0 ? keys.leadKeys : [...keys.leadKeys, ...allKeys(print)],
        print.time,
        windowMs,
      ),
    ]);
    const ids = [...new Set(found.flatMap((hits) => [...hits.keys()]))].filter((id) => id !== print.id);
    if (ids.length === 0) return null;
    const stored = await kv.getMany<StoredFingerprint>(PRINTS, ids);
    let best: DuplicateMatch | null = null;
    for (const entry of stored) {
      if (!entry) continue;
      const match = judgePair(print, decodeFingerprint(entry), settings);
      if (match && (!best || score(match) > score(best))) best = match;
    }
    return best;
  };

  return {
    find: async (candidate) => {
      if (candidate.guid) {
        const byGuid = await kv.get<ExactEntry>(EXACT, guidKey(candidate));
        if (byGuid && byGuid.id !== candidate.id) return { of: byGuid.id, method: 'guid', similarity: 1 };
      }
      const print = fingerprintOf(candidate, settings);
      if (print.textKey) {
        const byText = await kv.get<ExactEntry>(EXACT, `text:${print.textKey}`);
        if (byText && byText.id !== candidate.id) return { of: byText.id, method: 'text', similarity: 1 };
      }
      return findNear(print);
    },
    add: async (candidate) => {
      const print = fingerprintOf(candidate, settings);
      const keys = indexKeys(print);
      // Independent keys: written together, so a backend with round trips pays for one, not five.
      await Promise.all([
        kv.set(PRINTS, print.id, encodeFingerprint(print)),
        candidate.guid ? kv.setIfAbsent(EXACT, guidKey(candidate), { id: print.id }) : undefined,
        print.textKey ? kv.setIfAbsent(EXACT, `text:${print.textKey}`, { id: print.id }) : undefined,
        bands.append(keys.bandKeys, print.id, print.time, windowMs),
        leads.append(keys.leadKeys, print.id, print.time, windowMs),
      ]);
    },
  };
}

const guidKey = (candidate: DedupCandidate) => `guid:${candidate.feed}\n${candidate.guid}`;
const allKeys = (print: Fingerprint) => [...print.shingles].map((hash) => hash.toString(36));
const score = (match: DuplicateMatch) => Math.max(match.similarity, match.containment ?? 0);
