import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../../src/core/archive/open-archive.js';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
import { inventedWords } from './support/invented-words.js';

/** Reports of a few events (each its own names and place), interleaved, an hour apart. */
function reports(count: number) {
  const { random, word, name } = inventedWords(7);
  const vocabulary = Array.from({ length: 60 }, word);
  const events = Array.from({ length: 6 }, () => [name(), name(), name()]);
  return Array.from({ length: count }, (_, i) => {
    const cast = events[i % events.length] as string[];
    const words = Array.from({ length: 30 }, (_, j) =>
      j % 4 === 1
        ? (cast[j % 3] as string)
        : (vocabulary[Math.floor(random() * vocabulary.length)] as string),
    );
    return {
      id: `a${i}`,
      title: words.slice(0, 8).join(' '),
      text: words.join(' '),
      language: 'en' as const,
      publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
      source: `outlet-${i % 3}`,
    };
  });
}

const NAMESPACES = [
  'stories',
  'stories-profile',
  'stories-keys',
  'stories-df',
  'stories-meta',
  'stories-recent',
];

/** Every record the assigner keeps, but the token naming their state. */
async function records(kv: KeyValueStore) {
  const all: Record<string, unknown> = {};
  for (const namespace of NAMESPACES)
    for await (const key of kv.keys(namespace))
      if (key !== 'generation') all[`${namespace}:${key}`] = await kv.get(namespace, key);
  return all;
}

describe('the story record cache', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('two assigners sharing a store (two processes) group and store as one assigner does', async () => {
    const items = reports(60);
    const alone = createMemoryKeyValueStore();
    const single = createStoryAssigner(alone);
    const shared = createMemoryKeyValueStore();
    const pair = [createStoryAssigner(shared), createStoryAssigner(shared)];
    for (const [i, item] of items.entries()) {
      const expected = await single.assign(item);
      const got = await pair[i % 3 === 0 ? 0 : 1]?.assign(item);
      expect(got?.story.id).toBe(expected.story.id);
    }
    expect(await records(shared)).toEqual(await records(alone));
  });

  it('forgets what a rolled-back transaction wrote', async () => {
    const open = async () => {
      const dir = mkdtempSync(join(tmpdir(), 'newsbot-story-cache-'));
      dirs.push(dir);
      return openArchive({ dataDir: dir });
    };
    const items = reports(30);
    const [kept, rolledBack] = [items.slice(0, 24), items.slice(24)];
    const reference = await open();
    const tested = await open();
    try {
      const plain = createStoryAssigner(reference.values);
      const assigner = createStoryAssigner(tested.values);
      for (const item of kept) {
        await reference.transaction(() => plain.assign(item));
        await tested.transaction(() => assigner.assign(item));
      }
      for (const item of rolledBack) {
        const failing = tested.transaction(async () => {
          await assigner.assign(item);
          throw new Error('the article could not be stored');
        });
        await expect(failing).rejects.toThrow('could not be stored');
      }
      // Each report again, now committed: as if the failed attempts never happened.
      for (const item of rolledBack) {
        const expected = await reference.transaction(() => plain.assign(item));
        const got = await tested.transaction(() => assigner.assign(item));
        expect(got).toEqual(expected);
      }
      expect(await records(tested.values)).toEqual(await records(reference.values));
    } finally {
      await reference.close();
      await tested.close();
    }
  });
});
