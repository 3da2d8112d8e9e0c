import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
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
