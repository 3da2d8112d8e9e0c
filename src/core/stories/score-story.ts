import { cosineTo, keyWeights, overlapTo, termWeights } from './article-weights.js';
import { keyKind, kindWeights } from './key-kinds.js';
import { type AnyProfile, namedValue, type ProfileView, viewOf } from './profile-view.js';
import type { StoryOptions } from './story-options.js';
import type { Rarity, StorySpan } from './story-profile.js';
import type { StoryFeatures } from './story-terms.js';

const DAY_MS = 86_400_000;

/** Days between an article and the nearest end of a story's span (0 inside it). */
export function daysOutside(story: StorySpan, time: number): number {
  const first = Date.parse(story.firstSeen);
  const last = Date.parse(story.lastSeen);
  return Math.max(0, time - last, first - time) / DAY_MS;
}

/** Scores one candidate story (its span and profile) for the article a scorer was made for. */
export type StoryScorer = (story: StorySpan, profile: ProfileView, time: number) => number | null;

/**
 * How well an article fits a story, or null when the story cannot take it. An open story (within
 * `openDays` of its span and `openSpanDays` of its first article) scores its similarity faded by age. A dormant one (within `reviveDays`) scores only
 * when the similarity reaches `reviveThreshold` (fitted above the join threshold), and then at the
 * faded-out weight, so it wins only over weaker open stories: a story followed over months comes
 * back when a report matches it as closely as reports of one event match each other.
 */
export function scoreStory(
  features: StoryFeatures,
  story: StorySpan,
  profile: AnyProfile,
  time: number,
  rarity: Rarity,
  settings: StoryOptions,
): number | null {
  return storyScorer(features, rarity, settings)(story, viewOf(profile), time);
}

/**
 * `scoreStory` for one article against many stories: the article's weights are computed once, not
 * once per candidate (the per-candidate work is then the lookups of its terms and keys in the
 * story's profile and the story's norms).
 */
export function storyScorer(features: StoryFeatures, rarity: Rarity, settings: StoryOptions): StoryScorer {
  const similarity = similarityTo(features, rarity, settings);
  const days = features.keys.filter((key) => keyKind(key) === 'date');
  return (story, profile, time) => {
    const outside = daysOutside(story, time);
    if (outside > settings.reviveDays) return null;
    const fade = 1 - (1 - settings.fadeAtClose) * Math.min(1, outside / settings.openDays);
    const sinceFirst = Math.abs(time - Date.parse(story.firstSeen)) / DAY_MS;
    const similar = similarity(profile);
    if (outside <= settings.openDays && sinceFirst <= settings.openSpanDays)
      return similar * (1 + settings.sameDayBonus * sameDayShare(days, profile)) * fade;
    return similar >= settings.reviveThreshold ? similar * fade : null;
  };
}

/**
 * Weighted TF-IDF cosine and key-term overlap. Against a story with no article in the article's
 * language the words cannot match (English words against Japanese character pairs), and neither
 * can the story's capitalised names (`n:`, Latin script) that the article lacks, so the score is
 * the overlap of the keys both languages can carry (the NLP stage's actors and places, names
 * by their skeletons, numbers). Otherwise a Japanese report prefers any story holding another Japanese
 * report, sharing words such as "summit", over the English story of its own event.
 */
function similarityTo(
  features: StoryFeatures,
  rarity: Rarity,
  settings: StoryOptions,
): (profile: ProfileView) => number {
  const terms = termWeights(features, rarity);
  const keys = keyWeights(features, rarity, kindWeights(settings), settings.titleKeyWeight);
  const otherLanguage = features.language === 'ja' ? 'en' : 'ja';
  return (profile) => {
    const sameLanguage = profile.languages === undefined || (profile.languages[features.language] ?? 0) > 0;
    // The article's own keys are all carried, so leaving the others out changes only the story's norm.
    if (!sameLanguage) return overlapTo(keys, profile, true);
    // A story told in both languages: the article's words are compared with the story's words in
    // its own script, the other language's weighing nothing in the story's norm.
    const bothLanguages = (profile.languages?.[otherLanguage] ?? 0) > 0;
    return (
      settings.cosineWeight * cosineTo(terms, profile, bothLanguages) +
      (1 - settings.cosineWeight) * overlapTo(keys, profile)
    );
  };
}

/**
 * The largest share of a story's articles that tell of a day the article tells of ('d:' keys, see
 * event-dates.ts). Reports of one event name its day in their opening whatever their wording or
 * language, so an open story on that day gains `sameDayBonus` times this share; a story of another
 * day loses nothing, as the days a report names are often not the event's (a follow-up, a hearing).
 */
function sameDayShare(days: readonly string[], profile: ProfileView): number {
  let share = 0;
  for (const key of days) share = Math.max(share, (namedValue(profile.keys, key) ?? 0) / profile.articles);
  return share;
}
