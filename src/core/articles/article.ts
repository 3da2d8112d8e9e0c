/** Languages the pipeline tells apart. Anything else is stored as `other`. */
export type Language = 'en' | 'ja' | 'other';

/**
 * One feed entry after fetching, parsing and normalization: plain text, canonical URL,
 * UTC dates. Produced by `src/core/feeds/normalize-item.ts`.
 */
export interface NormalizedItem {
  /** The feed URL (or file path) the item came from. */
  feed: string;
  /** Human name of the outlet: the feed's title, or its host when the feed has none. */
  source: string;
  /** The item's GUID / Atom id, or null when the feed gives none. */
  guid: string | null;
  /** The link as the feed printed it. */
  url: string;
  /** The link folded to one form (see `canonicalizeUrl`). */
  canonicalUrl: string;
  title: string;
  /** Plain text of the body (or the summary when there is no body); paragraphs separated by "\n\n". */
  text: string;
  /** UTC ISO-8601; the time first seen when the feed gives no date. */
  publishedAt: string;
  language: Language;
  author: string | null;
  /**
   * Hash of the item's raw title and body as the feed printed them (set when the item is read):
   * with the GUID or link it lets the next poll skip an unchanged item before normalizing it.
   */
  contentHash?: string;
}

/** How a copy was recognised as a copy. */
export type DuplicateMethod = 'url' | 'guid' | 'text' | 'near';

export interface DuplicateMatch {
  /** Id of the first-seen copy. */
  of: string;
  method: DuplicateMethod;
  /** Estimated similarity in [0, 1] (1 for exact keys). */
  similarity: number;
  /** Share of the shorter text contained in the longer, when computed. */
  containment?: number;
}

/** An item as stored: every fetched item is stored, relevant or not. */
export interface Article extends NormalizedItem {
  /** Stable id derived from the canonical URL (see `articleIdFor`). */
  id: string;
  /** When this process first saw the item (UTC ISO). */
  firstSeenAt: string;
  relevant: boolean;
  /** Watched keywords that matched (empty when not relevant). */
  matchedKeywords: string[];
  /** Why the item is not relevant, in words a person can read; null when relevant. */
  irrelevantReason: string | null;
  /** The first-seen copy's id when this item is a duplicate, else null. */
  duplicateOf: string | null;
  duplicate: DuplicateMatch | null;
  /** The story this item belongs to (duplicates share their original's story). */
  storyId: string | null;
}
