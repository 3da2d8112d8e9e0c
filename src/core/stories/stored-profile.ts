import type { StoryProfile, StorySpan } from './story-profile.js';

/** Names and their numbers as two lists, in one order. */
export type NamedLists = [names: string[], values: number[]];

/**
 * A story's profile as the assigner stores it: its terms and key counts as lists of names and of
 * numbers, not as objects. JSON.parse makes an object of ~150 names a dictionary, key by key: 150
 * to 200 µs a profile the first time its names are seen, against 55 to 80 µs for the lists (the
 * bench's profiles at 100k stored). The first rounds after a restart read 10 to 18 profiles
 * each, so that parse was a quarter of their CPU. Profiles stored as objects are still read (see
 * `viewOf`).
 */
export interface StoredProfile {
  terms: NamedLists;
  keys: NamedLists;
  articles: number;
  languages?: Record<string, number>;
  span?: StorySpan;
}

/**
 * The stored form of `profile`, its names in the order of `Object.keys` (the order the object
 * form had once stored and parsed, so the profile's view, and every sum over it, is the same).
 */
export function storedProfile(profile: StoryProfile): StoredProfile {
  const { terms, keys, ...rest } = profile;
  return { ...rest, terms: namedLists(terms), keys: namedLists(keys) };
}

function namedLists(record: Record<string, number>): NamedLists {
  const names = Object.keys(record);
  return [names, names.map((name) => record[name] as number)];
}
