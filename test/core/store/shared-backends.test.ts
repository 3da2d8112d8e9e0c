import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/core/store/open-store.js';

// The shared backends need running servers: .ci/run starts PostgreSQL and Redis on loopback and
// sets these variables. Without them (a laptop without the servers) these tests are skipped.
const postgresUrl = process.env.NEWSBOT_TEST_POSTGRES_URL;
const redisUrl = process.env.NEWSBOT_TEST_REDIS_URL;

const backends = [
  ['PostgreSQL', postgresUrl],
  ['Redis', redisUrl],
] as const;

describe.each(backends)('the %s store', (_name, url) => {
  it.skipIf(!url)(
    'stores, lists a namespace, and lets exactly one of two processes claim a slot',
    async () => {
      const namespace = `test-${randomUUID()}`;
      const first = await openStore({ url, dataDir: '/nonexistent' });
      const second = await openStore({ url, dataDir: '/nonexistent' });
      try {
        await first.set(namespace, 'a1', { title: 'NATO office in Tokyo', tags: ['nato'] });
        await first.set(namespace, 'a2', { title: '連絡事務所' });
        expect(await second.get(namespace, 'a1')).toEqual({ title: 'NATO office in Tokyo', tags: ['nato'] });
        expect(await second.getMany(namespace, ['a2', 'nope'])).toEqual([{ title: '連絡事務所' }, undefined]);
        const keys: string[] = [];
        for await (const key of second.keys(namespace)) keys.push(key);
        expect(keys.sort()).toEqual(['a1', 'a2']);
        const claims = await Promise.all(
          Array.from({ length: 10 }, (_, i) => (i % 2 ? first : second).setIfAbsent(namespace, 'slot', i)),
        );
        expect(claims.filter(Boolean)).toHaveLength(1);
      } finally {
        await first.close();
        await second.close();
      }
    },
  );
});

describe('opening a store', () => {
  it('refuses an unknown scheme with a message that hides credentials', async () => {
    await expect(openStore({ url: 'mysql://bot:hunter2@db/newsbot', dataDir: '/tmp' })).rejects.toThrow(
      'store.url mysql://***@db/newsbot: expected sqlite://, postgres:// or redis://',
    );
  });
});

describe('two bots on one Redis database with their own ?prefix=', () => {
  it.skipIf(!redisUrl)('never see or list each other’s keys', async () => {
    const run = randomUUID().slice(0, 8);
    const first = await openStore({ url: `${redisUrl}/5?prefix=${run}-a:`, dataDir: '/nonexistent' });
    const second = await openStore({ url: `${redisUrl}/5?prefix=${run}-b:`, dataDir: '/nonexistent' });
    try {
      await first.set('settings', 'keywords:w', { keywords: ['NATO'] });
      expect(await second.get('settings', 'keywords:w')).toBeUndefined();
      expect(await second.setIfAbsent('settings', 'keywords:w', { keywords: [] })).toBe(true);
      expect(await first.get('settings', 'keywords:w')).toEqual({ keywords: ['NATO'] });
      const listed: string[] = [];
      for await (const key of first.keys('settings')) listed.push(key);
      expect(listed).toEqual(['keywords:w']);
    } finally {
      await first.delete('settings', 'keywords:w');
      await second.delete('settings', 'keywords:w');
      await first.close();
      await second.close();
    }
  });
});
