import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/core/archive/archive.js';
import { migrateKvValues } from '../../../src/core/archive/migrate-kv-values.js';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
import {
  createKeyValueStoryIndex,
  FREQUENCIES_NAMESPACE,
  KEY_INDEX_NAMESPACE,
} from '../../../src/core/stories/story-index-store.js';
import { storedArticle } from '../../fixtures/commands/stored-article.js';
import { inventedWords } from '../stories/support/invented-words.js';
import { type ArchivePlace, archiveBackends } from './support/archive-backends.js';

/**
 * Reports of a few events (each its own names), some of them late: published hours or days before
 * reports already assigned (half an hour apart), so buckets are re-filed, pruned and capped out
 * of order.
 */
function reports(count: number) {
  const { random, word, name } = inventedWords(3);
  const vocabulary = Array.from({ length: 40 }, word);
  // A name in every report (common: never filed) and one in two of five (filed by many stories).
  const [everywhere, frequent] = [name(), name()];
  const events = Array.from({ length: 60 }, () => [name(), name()]);
  return Array.from({ length: count }, (_, i) => {
    const event = events[Math.floor(random() * events.length)] as string[];
    const cast = [...event, random() < 0.4 ? frequent : everywhere];
    const words = Array.from({ length: 24 }, (_, j) =>
      j % 4 === 1
        ? (cast[j % 3] as string)
        : (vocabulary[Math.floor(random() * vocabulary.length)] as string),
    );
    const late = random() < 0.2 ? Math.floor(random() * 72) : 0;
    return {
      id: `r${i}`,
      title: words.slice(0, 8).join(' '),
      text: words.join(' '),
      language: 'en' as const,
      publishedAt: new Date(Date.UTC(2024, 0, 1) + (i - late) * 1_800_000).toISOString(),
      source: `outlet-${i % 4}`,
    };
  });
}

async function keysOf(kv: KeyValueStore, namespace: string) {
  const keys: string[] = [];
  for await (const key of kv.keys(namespace)) keys.push(key);
  return keys;
}

/** The counts and buckets in `archive` of every term and key the reference store holds. */
async function sameIndex(archive: Archive, reference: KeyValueStore) {
  const expected = createKeyValueStoryIndex(reference);
  const terms = await keysOf(reference, FREQUENCIES_NAMESPACE);
  const keys = await keysOf(reference, KEY_INDEX_NAMESPACE);
  expect(terms.length).toBeGreaterThan(50);
  expect(await archive.storyIndex.termCounts(terms)).toEqual(await expected.termCounts(terms));
  expect(await archive.storyIndex.buckets(keys)).toEqual(await expected.buckets(keys));
}

describe.each(archiveBackends)(
  "the story assigner's counts and index as rows in the $name archive",
  (backend) => {
    let place: ArchivePlace;
    beforeEach(async () => {
      place = await backend.place();
    });
    afterEach(async () => {
      await place.drop();
    });

    it('group and index exactly as key-value records do, late reports and full buckets included', async () => {
      const reference = createMemoryKeyValueStore();
      const archive = await place.open();
      try {
        // Entries older than twice the revival window (6 days) are pruned; the frequent name's
        // bucket fills to its cap.
        const plain = createStoryAssigner(reference, {
          openDays: 1,
          reviveDays: 3,
          maxCandidates: 3,
          commonShare: 0.5,
        });
        const rows = createStoryAssigner(archive, {
          openDays: 1,
          reviveDays: 3,
          maxCandidates: 3,
          commonShare: 0.5,
        });
        for (const item of reports(400)) {
          const expected = await plain.assign(item);
          expect(await archive.transaction(() => rows.assign(item))).toEqual(expected);
        }
        await sameIndex(archive, reference);
        const shared = await createKeyValueStoryIndex(reference).buckets(
          await keysOf(reference, KEY_INDEX_NAMESPACE),
        );
        expect(Math.max(...shared.map((bucket) => bucket?.length ?? 0))).toBe(50);
      } finally {
        await archive.close();
      }
    });

    it('converts the records of an older archive once, at start-up, and those adopted from keyv', async () => {
      const reference = createMemoryKeyValueStore();
      const plain = createStoryAssigner(reference);
      for (const item of reports(40)) await plain.assign(item);
      const copy = async (into: KeyValueStore) => {
        for (const namespace of [FREQUENCIES_NAMESPACE, KEY_INDEX_NAMESPACE])
          for (const key of await keysOf(reference, namespace))
            await into.set(namespace, key, await reference.get(namespace, key));
      };
      // An archive of schema version 3 kept them as records of its value table.
      const older = await place.open();
      await copy(older.values);
      await older.close();
      await place.rewind('DROP TABLE story_terms; DROP TABLE story_keys', 3);
      const archive = await place.open();
      try {
        await sameIndex(archive, reference);
        expect(await keysOf(archive.values, FREQUENCIES_NAMESPACE)).toEqual([]);
        expect(await keysOf(archive.values, KEY_INDEX_NAMESPACE)).toEqual([]);
      } finally {
        await archive.close();
      }
      // An older store kept them in keyv: adopted with the stories, into the tables.
      await place.drop();
      place = await backend.place();
      const kv = await place.openKv();
      await copy(kv);
      const adopting = await place.open();
      try {
        await adopting.articles.put(
          storedArticle({ id: 'r0', title: 'A report', publishedAt: '2024-01-01T00:00:00.000Z' }),
        );
        expect(await migrateKvValues(kv, adopting)).toBeGreaterThan(50);
        await sameIndex(adopting, reference);
        expect(await keysOf(adopting.values, KEY_INDEX_NAMESPACE)).toEqual([]);
      } finally {
        await adopting.close();
        await kv.close();
      }
    });
  },
);
