import { isCommonKey } from './concept-terms.js';
import type { Story } from './story.js';
import type { StoryOptions } from './story-options.js';
import { cosine, type Idf, keyOverlap, type StoryProfile } from './story-profile.js';
import type { StoryFeatures } from './story-terms.js';

const DAY_MS = 86_400_000;

/** Days between an article and the nearest end of a story's span (0 inside it). */
export function daysOutside(story: Story, time: number): number {
  const first = Date.parse(story.firstSeen);
  const last = Date.parse(story.lastSeen);
  return Math.max(0, time - last, first - time) / DAY_MS;
}

/**
 * How well an article fits a story, or null when the story cannot take it. An open story (within
 * `openDays`) scores its similarity faded by age. A dormant one (within `reviveDays`) scores only
 * when the similarity reaches `reviveThreshold` and the article carries one of the story's
 * anchors, and then at the faded-out weight, so it wins only over weaker open stories: a story
 * followed over months comes back when its own subject comes back, not when its vocabulary does.
 */
export function scoreStory(
  features: StoryFeatures,
  story: Story,
  profile: StoryProfile,
  time: number,
  idf: Idf,
  settings: StoryOptions,
): number | null {
  const days = daysOutside(story, time);
  if (days > settings.reviveDays) return null;
  const similarity = similarityTo(features, profile, idf, settings.cosineWeight);
  const fade = 1 - (1 - settings.fadeAtClose) * Math.min(1, days / settings.openDays);
  if (days <= settings.openDays) return similarity * fade;
  return namesCore(features, profile) && similarity >= settings.reviveThreshold ? similarity * fade : null;
}

/**
 * Weighted TF-IDF cosine and key-term overlap. Against a story with no article in the article's
 * language the words cannot match (English words against Japanese character pairs), and neither
 * can the story's capitalised names (`n:`, Latin script) that the article lacks, so the score is
 * the overlap of the keys both languages can carry (the gazetteer's concepts, the NLP stage's
 * actors and places). Otherwise a Japanese report prefers any story holding another Japanese
 * report, sharing words such as "summit", over the English story of its own event.
 */
function similarityTo(
  features: StoryFeatures,
  profile: StoryProfile,
  idf: Idf,
  cosineWeight: number,
): number {
  const sameLanguage = profile.languages === undefined || (profile.languages[features.language] ?? 0) > 0;
  if (sameLanguage)
    return (
      cosineWeight * cosine(features, profile, idf) +
      (1 - cosineWeight) * keyOverlap(features, profile, idf, isCommonKey)
    );
  const carried = new Set(features.keys);
  const keys = Object.fromEntries(
    Object.entries(profile.keys).filter(([key]) => !key.startsWith('n:') || carried.has(key)),
  );
  return keyOverlap(features, { ...profile, keys }, idf, isCommonKey);
}

/** Share of a story's articles that must carry a key for it to be part of what the story is about. */
const CORE_SHARE = 0.75;

/**
 * Whether the article names everything the story is consistently about: each key specific to the
 * beat (not NATO, Japan, Tokyo) that at least `CORE_SHARE` of the story's articles carry, and at
 * least one such key. The Tokyo office story's core is the liaison office, so a report on the
 * office months later names it; a Vilnius summit story's core includes Vilnius, so next year's
 * summit in Washington, debating the same Ukraine membership, does not revive it.
 */
function namesCore(features: StoryFeatures, profile: StoryProfile): boolean {
  const core = Object.entries(profile.keys)
    .filter(([key, count]) => !isCommonKey(key) && count >= CORE_SHARE * profile.articles)
    .map(([key]) => key);
  return core.length > 0 && core.every((key) => features.keys.includes(key));
}
