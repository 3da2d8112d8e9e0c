/** Tuning of story grouping; the defaults are calibrated in docs/decisions/0002-stories.md. */
export interface StoryOptions {
  /** A story takes new articles until this many days after its latest one. */
  openDays: number;
  /**
   * A dormant story (latest article more than `openDays` but at most this many days away) is
   * revived by an article that matches it strongly (see `reviveThreshold`) and names its anchor.
   */
  reviveDays: number;
  /** Unfaded similarity an article needs to revive a dormant story (above `threshold`). */
  reviveThreshold: number;
  /** Join the best story when its score reaches this. */
  threshold: number;
  /** Weight of the TF-IDF cosine in the score; the key-term overlap gets the rest. */
  cosineWeight: number;
  /**
   * Score multiplier for a story whose latest article is `openDays` old (linear from 1 at 0 days):
   * news interest fades, and two events weeks apart that share names are usually two stories.
   */
  fadeAtClose: number;
  /** Most stories scored per article: those sharing the most key terms. */
  maxCandidates: number;
  /** Terms kept in a story's profile (the heaviest). */
  profileTerms: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  openDays: 45,
  reviveDays: 365,
  reviveThreshold: 0.36,
  threshold: 0.18,
  cosineWeight: 0.4,
  fadeAtClose: 0.5,
  maxCandidates: 20,
  profileTerms: 150,
};
