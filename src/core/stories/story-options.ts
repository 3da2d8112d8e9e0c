import { FITTED_STORY_OPTIONS } from './fitted-story-options.js';
import type { FeatureShape } from './story-terms.js';

/** Tuning of story grouping; the values are fitted by `npm run fit:stories` (docs/decisions/0002-stories.md). */
export interface StoryOptions extends FeatureShape {
  /** A story takes new articles until this many days after its latest one. */
  openDays: number;
  /**
   * A story is open only within this many days of its first article (either side); after that it
   * is dormant, so only a strong match (`reviveThreshold`) joins it. Coverage of one event gathers
   * near its start, while a story kept open by a stream of reports of one place (a city's
   * shootings, each within `openDays` of the last) would otherwise take every new one.
   */
  openSpanDays: number;
  /**
   * A dormant story (latest article more than `openDays` but at most this many days away) is
   * revived by an article that matches it strongly (see `reviveThreshold`) and names its core.
   */
  reviveDays: number;
  /** Unfaded similarity an article needs to revive a dormant story. */
  reviveThreshold: number;
  /** Join the best story when its score reaches this. */
  threshold: number;
  /**
   * An article that joins its best story and scores at least this against another story bridges
   * the two, and they are merged: a late report re-links what arrival order split.
   */
  mergeThreshold: number;
  /**
   * `mergeThreshold` for an open story of one report: a report that started a story before its
   * event's coverage gathered scores against the others as one report, not as their profile.
   * Dormant stories are left out (see `bridges` in create-story-assigner.ts). 2 turns it off.
   */
  fragmentMergeThreshold: number;
  /**
   * Score a story of one report needs, against a story of several, to move there when stories
   * settle (`StoryAssigner.settle`, after an ingest run or a round of polls): a report that came
   * before its event's coverage gathered is compared with what gathered. 2 turns it off.
   */
  settleThreshold: number;
  /**
   * Most days between such a report and the span of the story it settles in: a report that came
   * before its event's coverage is published days before it at most, where a report of another
   * event of the same place and kind (the next shooting in a city) is often weeks away.
   */
  settleDays: number;
  /**
   * Score two stories of one report need, each the other's best candidate, to merge when stories
   * settle. 2 turns it off.
   */
  pairSettleThreshold: number;
  /** Weight of the TF-IDF cosine in the score; the key-term overlap gets the rest. */
  cosineWeight: number;
  /**
   * Score multiplier for a story whose latest article is `openDays` old (linear from 1 at 0 days):
   * news interest fades, and two events weeks apart that share names are usually two stories.
   */
  fadeAtClose: number;
  /** A key carried by more than this share of the stored articles is common: it cannot tie two reports alone. */
  commonShare: number;
  /** The article's rarest terms (highest IDF) filed in the candidate index beside its keys. */
  indexTerms: number;
  /**
   * Weights of key kinds in the key overlap, relative to an actor of the NLP stage (1): a place,
   * one word of a name, a whole name of two words or more, a number. Fitted: see key-kinds.ts.
   */
  placeKeyWeight: number;
  nameKeyWeight: number;
  fullNameKeyWeight: number;
  numberKeyWeight: number;
  /**
   * Weight of a key the article's title names (its names and numbers), on the article's side of
   * the key overlap: a headline, or a first sentence, names what the report is about, where the
   * same names further down are often background (an earlier event, the similar one). A story that
   * lacks the title's names scores lower, one that carries them higher.
   */
  titleKeyWeight: number;
  /**
   * Added to the score of an open story times the share of its articles that tell of a day the
   * article tells of (see event-dates.ts): reports of one event name its day.
   */
  sameDayBonus: number;
  /**
   * A second way to join, for a report that is clearly about one story without reaching
   * `threshold`: its best score is at least `marginThreshold` and at least `marginRatio` times the
   * next candidate's (see clearly-best.ts). 0 turns it off.
   */
  marginThreshold: number;
  marginRatio: number;
  /** Most stories scored per article: those sharing the most indexed terms. */
  maxCandidates: number;
  /** Terms kept in a story's profile (the heaviest). */
  profileTerms: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = FITTED_STORY_OPTIONS;
