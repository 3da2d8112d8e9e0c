import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import {
  MERGED_NAMESPACE,
  mergedProfile,
  mergedStory,
  survivorOf,
  survivorsOf,
} from '../../../src/core/stories/merge-stories.js';
import { createRecentStories } from '../../../src/core/stories/recent-stories.js';
import type { Story } from '../../../src/core/stories/story.js';
import { createStoryStore, STORIES_NAMESPACE } from '../../../src/core/stories/story-store.js';

const story = (
  id: string,
  firstSeen: string,
  lastSeen: string,
  articleIds: string[],
  sources: string[],
): Story => ({
  id,
  title: `title of ${id}`,
  firstSeen,
  lastSeen,
  articleIds,
  sources,
});

describe('merging stories', () => {
  it('leaves a story merged with nothing as it is', () => {
    const only = story('s_a', '2025-03-03T08:00:00Z', '2025-03-05T09:00:00Z', ['a1', 'a2'], ['One']);
    expect(mergedStory([only])).toBe(only);
  });

  it('keeps the oldest story id and title, unites articles and sources, spans both', () => {
    const later = story(
      's_b',
      '2025-03-04T10:00:00Z',
      '2025-03-06T10:00:00Z',
      ['b1', 'b2'],
      ['Two', 'Three'],
    );
    const older = story('s_a', '2025-03-03T08:00:00Z', '2025-03-03T09:00:00Z', ['a1'], ['One', 'Two']);
    expect(mergedStory([later, older])).toEqual({
      id: 's_a',
      title: 'title of s_a',
      firstSeen: '2025-03-03T08:00:00Z',
      lastSeen: '2025-03-06T10:00:00Z',
      articleIds: ['a1', 'b1', 'b2'],
      sources: ['One', 'Two', 'Three'],
      mergedFrom: ['s_b'],
    });
  });

  it('sums profiles; an old profile without language counts leaves the language unknown', () => {
    const a = { terms: { x: 1, y: 0.5 }, keys: { 'p:oslo': 1 }, articles: 1, languages: { en: 1 } };
    const b = { terms: { x: 0.25 }, keys: { 'p:oslo': 2, '#:12': 1 }, articles: 2, languages: { ja: 2 } };
    expect(mergedProfile([a, b], 1)).toEqual({
      terms: { x: 1.25 },
      keys: { 'p:oslo': 3, '#:12': 1 },
      articles: 3,
      languages: { en: 1, ja: 2 },
    });
    const unknown = mergedProfile([a, { terms: {}, keys: {}, articles: 1 }], 10);
    expect(unknown.languages).toBeUndefined();
  });

  it('follows a chain of merges; the store answers an absorbed id with its survivor', async () => {
    const kv = createMemoryKeyValueStore();
    await kv.set(MERGED_NAMESPACE, 's_c', 's_b');
    await kv.set(MERGED_NAMESPACE, 's_b', 's_a');
    const survivor = story(
      's_a',
      '2025-03-03T08:00:00Z',
      '2025-03-06T10:00:00Z',
      ['a1', 'b1', 'c1'],
      ['One'],
    );
    await kv.set(STORIES_NAMESPACE, 's_a', survivor);
    expect(await survivorOf(kv, 's_c')).toBe('s_a');
    expect(await survivorsOf(kv, ['s_c', 's_a', 's_x'])).toEqual(
      new Map([
        ['s_c', 's_a'],
        ['s_a', 's_a'],
        ['s_x', 's_x'],
      ]),
    );
    expect(await createStoryStore(kv).get('s_c')).toEqual(survivor);
  });

  it('drops absorbed stories from the recent list', async () => {
    const kv = createMemoryKeyValueStore();
    const recent = createRecentStories(kv);
    await recent.touch('s_b', '2025-03-05T00:00:00Z');
    await recent.touch('s_a', '2025-03-04T00:00:00Z');
    await recent.touch('s_a', '2025-03-06T00:00:00Z', ['s_b']);
    expect(await recent.ids(10)).toEqual(['s_a']);
  });
});
