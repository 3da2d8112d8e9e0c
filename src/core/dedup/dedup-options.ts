/** Tuning of duplicate detection; the defaults are calibrated in docs/decisions/0001-near-duplicates.md. */
export interface DedupOptions {
  /** MinHash signature length; must equal bands x rows. */
  hashes: number;
  bands: number;
  rows: number;
  /** Words per shingle for English and other spaced languages. */
  wordShingle: number;
  /** Characters per shingle for Japanese (after NFKC). */
  charShingle: number;
  /** Confirm a candidate whose estimated Jaccard similarity reaches this... */
  jaccard: number;
  /** ...or whose shorter text is at least this much contained in the longer. */
  containment: number;
  /** Only items published within this many days of each other can be copies. */
  windowDays: number;
  /** Texts with fewer shingles than this are compared by title plus lead instead. */
  minShingles: number;
  /** Threshold of the title-plus-lead comparison (Jaccard of word pairs or character pairs). */
  titleLead: number;
  /** The first shingles of each text indexed to find teasers cut from its start. */
  leadKeys: number;
  /** Most ids kept per bucket (newest win), so one crowded bucket cannot make checks slow. */
  bucketCap: number;
}

export const DEFAULT_DEDUP_OPTIONS: DedupOptions = {
  hashes: 128,
  bands: 32,
  rows: 4,
  wordShingle: 5,
  charShingle: 4,
  jaccard: 0.5,
  containment: 0.8,
  windowDays: 14,
  minShingles: 12,
  titleLead: 0.6,
  leadKeys: 12,
  bucketCap: 200,
};
