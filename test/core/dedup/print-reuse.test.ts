import { describe, expect, it } from 'vitest';
import { createDuplicateFinder } from '../../../src/core/dedup/create-duplicate-finder.js';
import type { DedupCandidate } from '../../../src/core/ingest/ingest-ports.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';

const words = (seed: number) => Array.from({ length: 60 }, (_, i) => `s${seed}w${i}`).join(' ');

const candidate = (id: string, text: string): DedupCandidate => ({
  id,
  feed: 'f',
  guid: null,
  title: `Headline ${id}`,
  text,
  language: 'en',
  publishedAt: '2024-09-06T02:00:00Z',
});

describe('the print made by a check is reused when the same candidate is filed', () => {
  it('files what the candidate says when it is added, even if it changed after the check', async () => {
    const finder = createDuplicateFinder(createMemoryKeyValueStore());
    const item = candidate('a', words(1));
    expect(await finder.find(item)).toBeNull();
    item.text = words(2);
    await finder.add(item);
    expect((await finder.find(candidate('b', words(2))))?.of).toBe('a');
    expect(await finder.find(candidate('c', words(1)))).toBeNull();
  });

  it('files the checked print for the unchanged candidate', async () => {
    const finder = createDuplicateFinder(createMemoryKeyValueStore());
    const item = candidate('a', words(3));
    await finder.find(item);
    await finder.add(item);
    expect((await finder.find(candidate('b', words(3))))?.of).toBe('a');
  });
});
