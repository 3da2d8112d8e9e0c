import type { DuplicateMatch, Language, NormalizedItem } from '../articles/article.js';
import type { Story } from '../stories/story.js';

/** What the relevance stage says of an item. */
export interface RelevanceVerdict {
  relevant: boolean;
  matched: string[];
  reason: string | null;
}

/** The fields duplicate detection looks at. */
export interface DedupCandidate {
  id: string;
  feed: string;
  guid: string | null;
  title: string;
  text: string;
  language: Language;
  publishedAt: string;
}

/** Near-duplicate and exact-key detection (src/core/dedup). */
export interface DuplicateFinder {
  find(candidate: DedupCandidate): Promise<DuplicateMatch | null>;
  add(candidate: DedupCandidate): Promise<void>;
}

/** Story clustering (src/core/stories). */
/** What the story assigner reads of a report. */
export interface StoryCandidate {
  id: string;
  title: string;
  text: string;
  language: Language;
  publishedAt: string;
  source: string;
  entities?: string[];
}

export interface StoryAssigner {
  assign(candidate: StoryCandidate): Promise<{
    story: Story;
    isNew: boolean;
    similarity: number;
    /** Stories merged into `story` by this article (it bridged them): their articles move to it. */
    merged?: string[];
  }>;
  addCopy(storyId: string, source: string): Promise<void>;
  /**
   * Looks again at the reports left alone in a story of their own since the last call (at most
   * `limit` of them, the longest waiting first), now that more coverage has gathered, and moves
   * each into the story it now matches (if any). `reportOf` gives a stored report as `assign`
   * received it. Returns the stories merged and where they went, so their articles follow, and how
   * many are still to look at.
   */
  settle?(
    reportOf: (articleId: string) => Promise<StoryCandidate | undefined>,
    limit?: number,
  ): Promise<{ merges: { into: string; absorbed: string[] }[]; remaining: number }>;
  /**
   * Reads ahead, in one go, what the next assignments will most likely read (the recently active
   * stories): once at start, so the first articles after a restart do not each read their share.
   */
  warm?(): Promise<void>;
}

/** Analysis at ingest (src/core/nlp): stores its result and returns the actors it found. */
export type AnalyseAndStore = (article: NormalizedItem & { id: string }) => Promise<{ entities: string[] }>;
