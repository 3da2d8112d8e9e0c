import type { KeyValueStore } from '../store/key-value-store.js';
import { type AnyProfile, entriesOf, recordOf, viewOf } from './profile-view.js';
import type { Story } from './story.js';
import type { StoryProfile } from './story-profile.js';

/** Absorbed story id -> the story it was merged into (followed by lookups and by `/story` links). */
export const MERGED_NAMESPACE = 'stories-merged';
/** Chains longer than this are not followed (each merge adds one hop at most; a guard, not a limit in use). */
const MAX_HOPS = 8;

/** Where a story id now lives: itself, or the story it was merged into (transitively). */
export async function survivorOf(kv: KeyValueStore, id: string): Promise<string> {
  return (await survivorsOf(kv, [id])).get(id) ?? id;
}

/** The survivors of many ids in one read per hop; ids not merged map to themselves. */
export async function survivorsOf(kv: KeyValueStore, ids: readonly string[]): Promise<Map<string, string>> {
  const resolved = new Map(ids.map((id) => [id, id]));
  let pending = [...ids];
  for (let hop = 0; hop < MAX_HOPS && pending.length > 0; hop += 1) {
    const targets = await kv.getMany<string>(
      MERGED_NAMESPACE,
      pending.map((id) => resolved.get(id) ?? id),
    );
    const next: string[] = [];
    for (const [i, id] of pending.entries()) {
      const target = targets[i];
      if (target === undefined || target === resolved.get(id)) continue;
      resolved.set(id, target);
      next.push(id);
    }
    pending = next;
  }
  return resolved;
}

/**
 * One story of several: the oldest (earliest first article) keeps its id and title, so links and
 * digests already posted keep pointing at it; articles and sources are united, oldest first.
 */
export function mergedStory(stories: readonly Story[]): Story {
  // One story (an article joining, nothing bridged) is its own merge: its ids and sources are
  // already distinct (`grow` and this function keep them so), and collecting a long story's
  // thousands of ids into a set for every article it took cost 2.6% of the ingest at 100k stored.
  const [only] = stories;
  if (stories.length === 1 && only) return only;
  const ordered = [...stories].sort(
    (a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.id.localeCompare(b.id),
  );
  const [oldest, ...rest] = ordered as [Story, ...Story[]];
  const articleIds = [...new Set(ordered.flatMap((story) => story.articleIds))];
  const mergedFrom = [
    ...new Set(ordered.flatMap((story) => story.mergedFrom ?? []).concat(rest.map((story) => story.id))),
  ];
  return {
    ...oldest,
    ...(mergedFrom.length > 0 ? { mergedFrom } : {}),
    lastSeen: ordered.map((story) => story.lastSeen).reduce((a, b) => (a.localeCompare(b) >= 0 ? a : b)),
    articleIds,
    sources: [...new Set(ordered.flatMap((story) => story.sources))],
  };
}

/**
 * The profile of a merged story: summed terms (the `limit` heaviest kept), keys, counts, languages.
 * One profile (a story joined, none bridged) is its own merge, kept exactly as stored.
 */
export function mergedProfile(profiles: readonly AnyProfile[], limit: number): AnyProfile {
  const [only] = profiles;
  if (profiles.length === 1 && only) return only;
  return summedProfile(profiles, limit);
}

/** Profiles summed into a new one (see `mergedProfile`), even when there is only one. */
export function summedProfile(profiles: readonly AnyProfile[], limit: number): StoryProfile {
  const terms = new Map<string, number>();
  const keys = new Map<string, number>();
  const languages: Record<string, number> = {};
  let articles = 0;
  for (const profile of profiles.map(viewOf)) {
    for (const [term, weight] of entriesOf(profile.terms)) terms.set(term, (terms.get(term) ?? 0) + weight);
    for (const [key, count] of entriesOf(profile.keys)) keys.set(key, (keys.get(key) ?? 0) + count);
    for (const [language, count] of Object.entries(profile.languages ?? {}))
      languages[language] = (languages[language] ?? 0) + count;
    articles += profile.articles;
  }
  // A profile stored before languages were counted makes the language of the whole unknown.
  const counted = profiles.every((profile) => profile.languages !== undefined);
  const kept = [...terms]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([term, weight]) => [term, Math.round(weight * 10_000) / 10_000] as const);
  const merged: StoryProfile = { terms: recordOf(kept), keys: recordOf(keys), articles };
  return counted ? { ...merged, languages } : merged;
}
