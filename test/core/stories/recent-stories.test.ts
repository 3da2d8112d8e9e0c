import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
import { createRecentStories } from '../../../src/core/stories/recent-stories.js';
import { createStoryStore } from '../../../src/core/stories/story-store.js';

const report = (id: string, title: string, publishedAt: string) => ({
  id,
  title,
  text: `${title}. Officials gave details on Tuesday.`,
  language: 'en' as const,
  publishedAt,
  source: 'Wire',
});

describe('the most recently active stories', () => {
  it('are listed newest first without reading every story, and follow a story that grows', async () => {
    const kv = createMemoryKeyValueStore();
    const assigner = createStoryAssigner(kv);
    const stories = createStoryStore(kv);
    const a = await assigner.assign(
      report('a1', 'Wellington hosts Pacific fisheries talks', '2024-01-05T00:00:00Z'),
    );
    const b = await assigner.assign(
      report('b1', 'Seoul tests new satellite launcher', '2024-02-05T00:00:00Z'),
    );
    const c = await assigner.assign(
      report('c1', 'Canberra orders frigates from Mitsubishi', '2024-03-05T00:00:00Z'),
    );
    expect(new Set([a.story.id, b.story.id, c.story.id]).size).toBe(3);
    expect((await stories.recent(2)).map((story) => story.id)).toEqual([c.story.id, b.story.id]);
    const grown = await assigner.assign(
      report('a2', 'Wellington Pacific fisheries talks end with a deal', '2024-03-20T00:00:00Z'),
    );
    expect(grown.story.id).toBe(a.story.id);
    expect((await stories.recent(2)).map((story) => story.id)).toEqual([a.story.id, c.story.id]);
  });

  it('are read from a list stored in the earlier form, which the next touch rewrites', async () => {
    const kv = createMemoryKeyValueStore();
    await kv.set('stories-recent', 'list', [
      { id: 's_new', lastSeen: '2024-02-01T00:00:00.000Z' },
      { id: 's_old', lastSeen: '2024-01-01T00:00:00.000Z' },
    ]);
    const recent = createRecentStories(kv);
    expect(await recent.ids(5)).toEqual(['s_new', 's_old']);
    await recent.touch('s_mid', '2024-01-15T00:00:00.000Z');
    expect(await recent.ids(5)).toEqual(['s_new', 's_mid', 's_old']);
    expect(await kv.get('stories-recent', 'list')).toEqual([
      ['s_new', Date.parse('2024-02-01T00:00:00.000Z')],
      ['s_mid', Date.parse('2024-01-15T00:00:00.000Z')],
      ['s_old', Date.parse('2024-01-01T00:00:00.000Z')],
    ]);
  });

  it('fall back to reading every story in a store written before the list existed', async () => {
    const kv = createMemoryKeyValueStore();
    await kv.set('stories', 's_old', {
      id: 's_old',
      title: 'Old story',
      firstSeen: '2023-01-01T00:00:00.000Z',
      lastSeen: '2023-01-02T00:00:00.000Z',
      articleIds: ['x'],
      sources: ['Wire'],
    });
    expect((await createStoryStore(kv).recent(5)).map((story) => story.id)).toEqual(['s_old']);
  });
});
