import type { DuplicateMatch } from '../articles/article.js';
import type { DedupOptions } from './dedup-options.js';
import type { Fingerprint } from './fingerprint.js';
import { estimateJaccard } from './minhash.js';
import { intersectionSize, sharedCount } from './shingles.js';

/**
 * Whether `candidate` copies `stored`. Texts long enough to shingle are confirmed by estimated
 * Jaccard or by exact containment of the shorter set in the longer (a teaser, a cut copy);
 * shorter ones by the similarity of title plus lead.
 */
export function judgePair(
  candidate: Fingerprint,
  stored: Fingerprint,
  options: DedupOptions,
): DuplicateMatch | null {
  const shorter = Math.min(candidate.shingles.length, stored.shingles.length);
  if (shorter >= options.minShingles && candidate.signature.length > 0 && stored.signature.length > 0) {
    const similarity = estimateJaccard(candidate.signature, stored.signature);
    // Not similar: a copy only if contained, and counting stops once it cannot be.
    const needed = similarity >= options.jaccard ? 0 : leastShared(shorter, options.containment);
    const shared = sharedCount(candidate.shingles, stored.shingles, needed);
    if (shared < needed) return null;
    const containment = shared / shorter;
    if (similarity >= options.jaccard || containment >= options.containment) {
      return {
        of: stored.id,
        method: 'near',
        similarity: round(similarity),
        containment: round(containment),
      };
    }
    return null;
  }
  const shared = intersectionSize(candidate.titleLead, stored.titleLead);
  const union = candidate.titleLead.length + stored.titleLead.length - shared;
  const similarity = union === 0 ? 0 : shared / union;
  return similarity >= options.titleLead
    ? { of: stored.id, method: 'near', similarity: round(similarity) }
    : null;
}

/** The fewest shared shingles whose share of `shorter` reaches `threshold`, as the division rounds. */
function leastShared(shorter: number, threshold: number): number {
  let needed = Math.ceil(threshold * shorter);
  while (needed > 0 && (needed - 1) / shorter >= threshold) needed -= 1;
  while (needed / shorter < threshold) needed += 1;
  return needed;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
