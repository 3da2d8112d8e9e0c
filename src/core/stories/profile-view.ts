import type { NamedLists, StoredProfile } from './stored-profile.js';
import type { StoryProfile, StorySpan } from './story-profile.js';

/**
 * Named numbers in their stored order: a Map from name to position, to probe, and the names and
 * values as lists, to walk (a Map's entries allocate an array each as they are walked: 200 kB an
 * article, scoring 25 stories). Positions are small integers, so the Map holds no boxed numbers.
 */
export interface NamedValues {
  at: ReadonlyMap<string, number>;
  names: readonly string[];
  values: Float64Array;
}

/** The value of `name`, or undefined. */
export function namedValue(named: NamedValues, name: string): number | undefined {
  const at = named.at.get(name);
  return at === undefined ? undefined : named.values[at];
}

/**
 * A story's profile as the assigner keeps it in memory and scores it: its terms and key counts as
 * named values. A parsed profile's 150 terms are a dictionary object, slow to walk and to probe;
 * the view is built once per profile read or written. The record cache keeps only views, not the
 * parsed record beside Maps of it: 1,000 views take the heap 500 profiles took (32 MB in all after
 * 1,000 articles at 100k stored in the bench).
 */
export interface ProfileView {
  terms: NamedValues;
  keys: NamedValues;
  articles: number;
  languages?: Readonly<Record<string, number>>;
  span?: StorySpan;
}

/** A profile as built (and in tests and scripts), as stored (now or before: objects), or its view. */
export type AnyProfile = StoryProfile | StoredProfile | ProfileView;

export function viewOf(profile: AnyProfile): ProfileView {
  // A stored record's entries are numbers or lists, never a Map.
  if ((profile.terms as NamedValues).at instanceof Map) return profile as ProfileView;
  if (Array.isArray(profile.terms)) {
    const { terms, keys, ...rest } = profile as StoredProfile;
    return { ...rest, terms: listedValues(terms), keys: listedValues(keys) };
  }
  const { terms, keys, ...rest } = profile as StoryProfile;
  return { ...rest, terms: namedValues(terms), keys: namedValues(keys) };
}

/** Stored lists as named values, in their order. */
function listedValues([names, numbers]: NamedLists): NamedValues {
  const at = new Map<string, number>();
  for (let i = 0; i < names.length; i += 1) at.set(names[i] as string, i);
  return { at, names, values: Float64Array.from(numbers) };
}

/** A record's entries as named values, in its order (`Object.keys` walks a dictionary faster than `Object.entries`). */
function namedValues(record: Record<string, number>): NamedValues {
  const names = Object.keys(record);
  const at = new Map<string, number>();
  const values = new Float64Array(names.length);
  for (let i = 0; i < names.length; i += 1) {
    const name = names[i] as string;
    at.set(name, i);
    values[i] = record[name] as number;
  }
  return { at, names, values };
}

/** Named values as `[name, value]` pairs, in order. */
export function* entriesOf(named: NamedValues): Generator<[string, number]> {
  for (let i = 0; i < named.names.length; i += 1) yield [named.names[i] as string, named.values[i] as number];
}

/** Named values as a Map of name to value, in order, without a pair per entry. */
export function mapOf(named: NamedValues): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < named.names.length; i += 1)
    map.set(named.names[i] as string, named.values[i] as number);
  return map;
}

/**
 * `Object.fromEntries` for a profile's terms or keys: 0.6 ms for 150 terms, against 0.03 ms so. It
 * builds an object of fast properties, a hidden class per term, and every story's terms differ;
 * assigned one by one, the object becomes a dictionary after a dozen terms, as JSON.parse makes it.
 * Terms and keys are never integer-like, so the record keeps the entries' order.
 */
export function recordOf(entries: Iterable<readonly [string, number]>): Record<string, number> {
  const record: Record<string, number> = {};
  for (const [key, value] of entries) record[key] = value;
  return record;
}
