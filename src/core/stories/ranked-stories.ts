import { idsWithin, type Posting } from '../dedup/posting-lists.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import type { ArticleFrequencies } from './document-frequencies.js';
import { namesAnEvent } from './key-kinds.js';
import { survivorsOf } from './merge-stories.js';
import type { ProfileView } from './profile-view.js';
import { daysOutside, storyScorer } from './score-story.js';
import type { Story } from './story.js';
import type { StoryIndexStore } from './story-index-store.js';
import type { StoryOptions } from './story-options.js';
import type { Rarity, StorySpan } from './story-profile.js';
import { STORIES_NAMESPACE } from './story-store.js';
import type { StoryFeatures } from './story-terms.js';

/** kv namespace of the stories' profiles (what candidates are scored on), keyed by story id. */
export const PROFILES = 'stories-profile';
const DAY_MS = 86_400_000;

/** A candidate story as scored for one article. */
export interface Scored {
  id: string;
  profile: ProfileView;
  score: number;
  /** Within `openDays` of the article (not a dormant story revived by a strong match). */
  open: boolean;
  /** The story's first and latest article. */
  span: StorySpan;
}

/** Where candidates are found and how they are scored. */
export interface Scoring {
  kv: KeyValueStore;
  index: StoryIndexStore;
  settings: StoryOptions;
}

/**
 * The keys an article is looked up (and its story filed) under in the candidate index: its
 * specific keys first, then its rarest counted terms.
 */
export function candidateKeys(features: StoryFeatures, counts: ArticleFrequencies, settings: StoryOptions) {
  return [
    ...features.keys.filter((key) => isSpecific(key, counts)),
    ...rarest(features, counts, settings.indexTerms),
  ];
}

/** The span a profile carries: see `StoryProfile.span`. */
export const spanOf = (story: Story): StorySpan => ({ firstSeen: story.firstSeen, lastSeen: story.lastSeen });

/** A key the candidate index files stories under: one that can name an event and is not common. */
const isSpecific = (key: string, rarity: Rarity) => namesAnEvent(key) && !rarity.isCommon(key);

/** Most dormant stories scored per article, beside the open ones. */
const DORMANT_CANDIDATES = 5;

/**
 * Scores the open stories sharing the most key terms with the article, and the dormant stories
 * sharing the most specific ones (only those can revive a story: see `scoreStory`), so stories of
 * the past year never crowd the open ones out of the candidates. Those that can take it, best first.
 */
export async function rankedStories(
  { kv, index, settings }: Scoring,
  features: StoryFeatures,
  filed: readonly string[],
  time: number,
  rarity: Rarity,
): Promise<{ ranked: Scored[]; buckets: (Posting[] | undefined)[] }> {
  // The specific keys are the first entries of `filed`: one read of the buckets serves both windows
  // (and the filing of the article's story under the same keys).
  const specific = features.keys.filter((key) => isSpecific(key, rarity)).length;
  const lists = await index.buckets(filed);
  const open = idsWithin(lists, time, settings.openDays * DAY_MS);
  const revivable = idsWithin(lists.slice(0, specific), time, settings.reviveDays * DAY_MS);
  for (const id of open.keys()) revivable.delete(id);
  const filedIds = [
    ...mostShared(open, settings.maxCandidates),
    ...mostShared(revivable, DORMANT_CANDIDATES),
  ];
  const { ids, profiles } = await profilesOf(kv, filedIds);
  // Profiles stored before they carried their story's span need the story record.
  const unspanned = ids.filter((_, i) => profiles[i] !== undefined && profiles[i]?.span === undefined);
  const spans = new Map(
    (await kv.getMany<Story>(STORIES_NAMESPACE, unspanned)).flatMap((story) =>
      story ? [[story.id, spanOf(story)] as const] : [],
    ),
  );
  const score = storyScorer(features, rarity, settings);
  const ranked: Scored[] = [];
  for (const [i, id] of ids.entries()) {
    const profile = profiles[i];
    const span = profile?.span ?? spans.get(id);
    if (!profile || !span) continue;
    const scored = score(span, profile, time);
    if (scored !== null)
      ranked.push({ id, profile, span, score: scored, open: daysOutside(span, time) <= settings.openDays });
  }
  return { ranked: ranked.sort((a, b) => b.score - a.score), buckets: lists };
}

/**
 * The profiles of the candidate stories. A story merged into another has none: the index still
 * files it under its old id, which leads to the story that absorbed it (read only then).
 */
async function profilesOf(kv: KeyValueStore, filed: readonly string[]) {
  const found = await kv.getMany<ProfileView>(PROFILES, filed);
  const missing = filed.filter((_, i) => found[i] === undefined);
  if (missing.length === 0) return { ids: filed, profiles: found };
  const survivors = await survivorsOf(kv, missing);
  const ids = [...new Set(filed.map((id) => survivors.get(id) ?? id))];
  return { ids, profiles: await kv.getMany<ProfileView>(PROFILES, ids) };
}

function mostShared(hits: ReadonlyMap<string, number>, limit: number): string[] {
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id]) => id);
}

/**
 * The article's rarest counted terms: filed beside its keys in the candidate index, so a report
 * whose names the NLP stage missed still finds its story through the words only its event uses.
 */
function rarest(features: StoryFeatures, counts: ArticleFrequencies, limit: number): string[] {
  // The first `limit` of a stable sort by IDF, then term, kept as they come: most terms are
  // rejected by one comparison with the last kept, where sorting them all compared many unseen
  // terms (equal IDF) by `localeCompare`.
  const kept: { term: string; idf: number }[] = [];
  const before = (a: { term: string; idf: number }, b: { term: string; idf: number }) =>
    b.idf - a.idf || a.term.localeCompare(b.term);
  for (const term of features.counted) {
    const entry = { term, idf: counts.idf(term) };
    let at = kept.length;
    while (at > 0 && before(entry, kept[at - 1] as typeof entry) < 0) at -= 1;
    if (at < limit) kept.splice(at, 0, entry);
    if (kept.length > limit) kept.pop();
  }
  return kept.map(({ term }) => `t:${term}`);
}
