import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
import { viewOf } from '../../../src/core/stories/profile-view.js';
import { type StoredProfile, storedProfile } from '../../../src/core/stories/stored-profile.js';
import { KISHIDA_FOLLOW_UP, KISHIDA_SPEECH } from './support/kishida-reports.js';

const PROFILES = 'stories-profile';
const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The profile as the code before stored it: its terms and keys as objects. */
function asObjects(stored: StoredProfile) {
  const record = ([names, values]: [string[], number[]]) =>
    Object.fromEntries(names.map((name, i) => [name, values[i] as number]));
  return { ...stored, terms: record(stored.terms), keys: record(stored.keys) };
}

async function storedProfiles(kv: KeyValueStore) {
  const ids: string[] = [];
  for await (const id of kv.keys(PROFILES)) ids.push(id);
  return kv.getMany<StoredProfile>(PROFILES, ids);
}

describe('stored profiles', () => {
  it('a profile stored as lists reads back as the view its object form read back as, names in the same order', () => {
    // '2024' is integer-like: an object lists it first whatever the order it was set in.
    const profile = {
      terms: { vilnius: 2.0625, '2024': 0.25, summit: 1.5 },
      keys: { 'p:vilnius': 2, 'n:ksd': 1 },
      articles: 2,
      languages: { en: 2 },
      span: { firstSeen: '2024-04-10T08:00:00.000Z', lastSeen: '2024-04-11T09:00:00.000Z' },
    };
    const listed = viewOf(throughJson(storedProfile(profile)));
    expect(listed).toEqual(viewOf(throughJson(profile)));
    expect(listed.terms.names).toEqual(['2024', 'vilnius', 'summit']);
  });

  it('the assigner stores lists, and assigns alike after profiles stored as objects by the code before', async () => {
    const listed = createMemoryKeyValueStore();
    const objects = createMemoryKeyValueStore();
    const [a] = await Promise.all([
      createStoryAssigner(listed).assign(KISHIDA_SPEECH),
      createStoryAssigner(objects).assign(KISHIDA_SPEECH),
    ]);
    const profile = await objects.get<StoredProfile>(PROFILES, a.story.id);
    expect(Array.isArray(profile?.terms)).toBe(true);
    await objects.set(PROFILES, a.story.id, asObjects(profile as StoredProfile));
    // New assigners: their caches are empty, so the profile is read from the store.
    const fromLists = await createStoryAssigner(listed).assign(KISHIDA_FOLLOW_UP);
    const fromObjects = await createStoryAssigner(objects).assign(KISHIDA_FOLLOW_UP);
    expect(fromLists).toMatchObject({ isNew: false, story: { id: a.story.id } });
    expect(fromObjects).toEqual(fromLists);
    expect(await storedProfiles(objects)).toEqual(await storedProfiles(listed));
  });
});
