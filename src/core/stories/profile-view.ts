import type { NamedLists, StoredProfile } from './stored-profile.js';
import type { StoryProfile, StorySpan } from './story-profile.js';

/**
 * Named numbers in their stored order: the names and values as lists, to walk, and an index of the
 * names to probe (`positionOf`). The index is an open-addressed table of positions in typed arrays
 * rather than a Map: the record cache keeps ~1,000 views, each scavenge copies the ones read or
 * written since the last, and a Map of 150-300 names was half of what a round of `bench:stories`
 * left alive (0002, amendment "stop 33"). A typed array's contents lie outside the collected heap.
 */
export interface NamedValues {
  names: readonly string[];
  values: Float64Array;
  /** `nameHash` of each name, by position. */
  hashes: Int32Array;
  /** A power of two at least twice the names: each slot holds a position plus one, 0 when empty. */
  slots: Int32Array;
}

/** FNV-1a over the UTF-16 code units: a name's hash for `positionOf` (computed once per name). */
export function nameHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i += 1) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash;
}

/** The position of `name` (whose `nameHash` is `hash`), or -1. */
export function positionOf(named: NamedValues, name: string, hash: number): number {
  const { slots, hashes, names } = named;
  const mask = slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot] as number;
    if (entry === 0) return -1;
    const position = entry - 1;
    if (hashes[position] === hash && names[position] === name) return position;
  }
}

/** The value of `name`, or undefined. */
export function namedValue(named: NamedValues, name: string): number | undefined {
  const position = positionOf(named, name, nameHash(name));
  return position < 0 ? undefined : named.values[position];
}

/** Names and their values as named values, in their order (a profile's names are distinct). */
export function namedValuesFrom(names: readonly string[], values: Float64Array): NamedValues {
  let size = 2;
  while (size < names.length * 2) size *= 2;
  const slots = new Int32Array(size);
  const hashes = new Int32Array(names.length);
  const mask = size - 1;
  for (let position = 0; position < names.length; position += 1) {
    const hash = nameHash(names[position] as string);
    hashes[position] = hash;
    let slot = hash & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = position + 1;
  }
  return { names, values, hashes, slots };
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
  // A stored record's entries are numbers or lists, never typed arrays.
  if ((profile.terms as NamedValues).slots instanceof Int32Array) return profile as ProfileView;
  if (Array.isArray(profile.terms)) {
    const { terms, keys, ...rest } = profile as StoredProfile;
    return { ...rest, terms: listedValues(terms), keys: listedValues(keys) };
  }
  const { terms, keys, ...rest } = profile as StoryProfile;
  return { ...rest, terms: namedValues(terms), keys: namedValues(keys) };
}

/** Stored lists as named values, in their order. */
function listedValues([names, numbers]: NamedLists): NamedValues {
  return namedValuesFrom(names, Float64Array.from(numbers));
}

/** A record's entries as named values, in its order (`Object.keys` walks a dictionary faster than `Object.entries`). */
function namedValues(record: Record<string, number>): NamedValues {
  const names = Object.keys(record);
  const values = new Float64Array(names.length);
  for (let i = 0; i < names.length; i += 1) values[i] = record[names[i] as string] as number;
  return namedValuesFrom(names, values);
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
