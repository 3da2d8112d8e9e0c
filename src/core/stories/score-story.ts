import { keyKind, keyKindWeight } from './key-kinds.js';
import type { StoryOptions } from './story-options.js';
import { cosine, keyOverlap, type Rarity, type StoryProfile, type StorySpan } from './story-profile.js';
import type { StoryFeatures } from './story-terms.js';

const DAY_MS = 86_400_000;

/** Days between an article and the nearest end of a story's span (0 inside it). */
export function daysOutside(story: StorySpan, time: number): number {
  const first = Date.parse(story.firstSeen);
  const last = Date.parse(story.lastSeen);
  return Math.max(0, time - last, first - time) / DAY_MS;
}

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
  profile: StoryProfile,
  time: number,
  rarity: Rarity,
  settings: StoryOptions,
): number | null {
  const days = daysOutside(story, time);
  if (days > settings.reviveDays) return null;
  const fade = 1 - (1 - settings.fadeAtClose) * Math.min(1, days / settings.openDays);
  const sinceFirst = Math.abs(time - Date.parse(story.firstSeen)) / DAY_MS;
  const similarity = similarityTo(features, profile, rarity, settings);
  if (days <= settings.openDays && sinceFirst <= settings.openSpanDays)
    return similarity * (1 + settings.sameDayBonus * sameDayShare(features, profile)) * fade;
  return similarity >= settings.reviveThreshold ? similarity * fade : null;
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
  profile: StoryProfile,
  { idf, isCommon }: Rarity,
  settings: StoryOptions,
): number {
  const kindWeight = keyKindWeight(settings);
  const sameLanguage = profile.languages === undefined || (profile.languages[features.language] ?? 0) > 0;
  if (sameLanguage)
    return (
      settings.cosineWeight * cosine(features, profile, idf) +
      (1 - settings.cosineWeight) * keyOverlap(features, profile, idf, isCommon, kindWeight)
    );
  const carried = new Set(features.keys);
  const keys = Object.fromEntries(
    Object.entries(profile.keys).filter(([key]) => !key.startsWith('n:') || carried.has(key)),
  );
  return keyOverlap(features, { ...profile, keys }, idf, isCommon, kindWeight);
}

/**
 * The largest share of a story's articles that tell of a day the article tells of ('d:' keys, see
 * event-dates.ts). Reports of one event name its day in their opening whatever their wording or
 * language, so an open story on that day gains `sameDayBonus` times this share; a story of another
 * day loses nothing, as the days a report names are often not the event's (a follow-up, a hearing).
 */
function sameDayShare(features: StoryFeatures, profile: StoryProfile): number {
  let share = 0;
  for (const key of features.keys)
    if (keyKind(key) === 'date') share = Math.max(share, (profile.keys[key] ?? 0) / profile.articles);
  return share;
}
