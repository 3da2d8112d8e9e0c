import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteArchive } from '../../../src/core/archive/open-sqlite-archive.js';
import {
  type BulkDuplicateFinder,
  createDuplicateFinder,
  createDuplicateFinderOn,
} from '../../../src/core/dedup/create-duplicate-finder.js';
import type { DedupOptions } from '../../../src/core/dedup/dedup-options.js';
import type { DedupCandidate } from '../../../src/core/ingest/ingest-ports.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { openStore } from '../../../src/core/store/open-store.js';

const TEXT = `CANBERRA (AAP) -- Australia and Japan agreed on Friday to let their forces train on each other's soil more often, signing an upgraded reciprocal access arrangement after talks between the two defence ministers.

The ministers said the change would cut paperwork for exercises and allow fighter jets to rotate through northern bases for longer periods each year.

They also discussed cooperation on long-range missiles and a joint study of underwater drones, and said they would invite South Korea and New Zealand to observe the next exercise.`;

const original: DedupCandidate = {
  id: 'a-original',
  feed: 'https://aap.example/feed',
  guid: 'aap-1',
  title: 'Australia and Japan expand troop access deal',
  text: TEXT,
  language: 'en',
  publishedAt: '2024-09-06T02:00:00Z',
};

const copyAt = (publishedAt: string): DedupCandidate => ({
  ...original,
  id: `copy-${publishedAt}`,
  feed: 'https://portal.example/rss',
  guid: null,
  title: 'Defence pact widened',
  text: `${TEXT}\n\nRelated coverage: Pacific defence news\n\n© 2024 Portal News. All rights reserved.`,
  publishedAt,
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbot-dedup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const backends: [string, (options?: Partial<DedupOptions>) => BulkDuplicateFinder][] = [
  ['the key-value store', (options) => createDuplicateFinder(createMemoryKeyValueStore(), options)],
  [
    'the archive tables',
    (options) => createDuplicateFinderOn(openSqliteArchive(':memory:').dedupIndex, options),
  ],
];

describe.each(backends)('createDuplicateFinder on %s', (_name, newFinder) => {
  it('a copy with a new title and added boilerplate is recognised as a copy of the first-seen article', async () => {
    const finder = newFinder();
    expect(await finder.find(original)).toBeNull();
    await finder.add(original);
    expect(await finder.find(copyAt('2024-09-06T09:00:00Z'))).toMatchObject({
      of: 'a-original',
      method: 'text',
    });
  });

  it('a copy that differs by a sentence is a near duplicate with its similarity', async () => {
    const finder = newFinder();
    await finder.add(original);
    const edited = { ...copyAt('2024-09-07T00:00:00Z'), text: TEXT.replace('each year', 'every year') };
    const match = await finder.find(edited);
    expect(match).toMatchObject({ of: 'a-original', method: 'near' });
    expect(match?.similarity).toBeGreaterThan(0.7);
  });

  it('the same GUID from the same feed is a copy even when the text was corrected', async () => {
    const finder = newFinder();
    await finder.add(original);
    const corrected = { ...original, id: 'a-corrected', text: 'Corrected: the ministers met on Thursday.' };
    expect(await finder.find(corrected)).toEqual({ of: 'a-original', method: 'guid', similarity: 1 });
  });

  it('copies are matched only within 14 days of the original', async () => {
    const finder = newFinder();
    await finder.add(original);
    const nearText = (at: string) => ({ ...copyAt(at), text: TEXT.replace('Friday', 'Thursday') });
    expect(await finder.find(nearText('2024-09-19T00:00:00Z'))).toMatchObject({ of: 'a-original' });
    expect(await finder.find(nearText('2024-09-25T00:00:00Z'))).toBeNull();
    expect(await finder.find(nearText('2024-08-20T00:00:00Z'))).toBeNull();
  });

  it('fingerprints survive a restart: a copy after reopening the SQLite store is still a copy', async () => {
    const first = await openStore({ dataDir: dir });
    await createDuplicateFinder(first).add(original);
    await first.close();
    const second = await openStore({ dataDir: dir });
    try {
      const teaser = { ...copyAt('2024-09-06T05:00:00Z'), text: TEXT.slice(0, 420) };
      expect(await createDuplicateFinder(second).find(teaser)).toMatchObject({
        of: 'a-original',
        method: 'near',
      });
      expect(await createDuplicateFinder(second).find(original)).toBeNull();
    } finally {
      await second.close();
    }
  });

  it('unclassified Chinese text is shingled by character: an edited copy under a new title is found, another report is not', async () => {
    const finder = newFinder();
    const text =
      '日本和澳大利亚防长周五签署协议，允许两国军队更频繁地在对方领土上训练。双方还讨论了远程导弹和水下无人机的合作，并表示将邀请韩国和新西兰观摩下一次演习。';
    const chinese = { ...original, id: 'zh-1', language: 'other' as const, title: '日澳扩大防务合作', text };
    await finder.add(chinese);
    const copy = {
      ...chinese,
      id: 'zh-2',
      feed: 'https://portal.example/zh',
      guid: null,
      // Another outlet's title, one word edited, its own credit line.
      title: '防务协议',
      text: `${text.replace('周五', '星期五')}\n\n关联阅读：太平洋防务`,
    };
    expect(await finder.find(copy)).toMatchObject({ of: 'zh-1', method: 'near' });
    const other = {
      ...copy,
      id: 'zh-3',
      title: '新西兰与太平洋岛国签署渔业协议',
      text: '新西兰周四与十二个太平洋岛国签署渔业管理协议，承诺在其专属经济区内巡逻，打击非法捕鱼活动。',
    };
    expect(await finder.find(other)).toBeNull();
  });

  it('a backfill with addMany finds what one-by-one adds find, and the first-seen of a repeated GUID stays the original', async () => {
    const finder = newFinder();
    const other = {
      ...original,
      id: 'b-other',
      guid: 'aap-2',
      title: 'New Zealand joins drone trials',
      text: 'WELLINGTON -- New Zealand will send two naval officers to observe underwater drone trials off Darwin next month, the defence minister said, adding that no decision on joining the programme had been made and that any role would be limited to observation for now.',
    };
    // The same GUID again later in the batch: a re-post must not take over the original.
    const repost = {
      ...original,
      id: 'a-repost',
      text: 'Corrected: the ministers met on Thursday in Canberra.',
    };
    await finder.addMany([original, other, repost]);
    expect(await finder.find(copyAt('2024-09-06T09:00:00Z'))).toMatchObject({ of: 'a-original' });
    const teaser = { ...copyAt('2024-09-06T05:00:00Z'), text: TEXT.slice(0, 420) };
    expect(await finder.find(teaser)).toMatchObject({ of: 'a-original', method: 'near' });
    expect(await finder.find({ ...other, id: 'b-copy', guid: null, title: 'Drone trials' })).toMatchObject({
      of: 'b-other',
    });
    expect(await finder.find({ ...repost, id: 'a-third' })).toMatchObject({
      of: 'a-original',
      method: 'guid',
    });
  });

  it('a backfill on the SQLite store is found after reopening it', async () => {
    const first = await openStore({ dataDir: dir });
    await createDuplicateFinder(first).addMany([original]);
    await first.close();
    const second = await openStore({ dataDir: dir });
    try {
      const edited = { ...copyAt('2024-09-07T00:00:00Z'), text: TEXT.replace('each year', 'every year') };
      expect(await createDuplicateFinder(second).find(edited)).toMatchObject({
        of: 'a-original',
        method: 'near',
      });
    } finally {
      await second.close();
    }
  });

  it('rejects options whose bands and rows do not cover the signature', () => {
    expect(() => newFinder({ bands: 20 })).toThrow(RangeError);
  });
});
