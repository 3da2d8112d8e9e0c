import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../../src/core/store/key-value-store.js';
import { openSqliteStore } from '../../../src/core/store/open-sqlite-store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbot-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const collect = async (keys: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const key of keys) out.push(key);
  return out.sort();
};

async function exerciseStore(store: KeyValueStore) {
  await store.set('articles', 'a1', { title: 'NATO office' });
  await store.set('articles', 'a2', { title: '連絡事務所' });
  await store.set('articlesx', 'z', 1);
  await store.set('stories', 's1', { id: 's1' });
  expect(await store.get('articles', 'a1')).toEqual({ title: 'NATO office' });
  expect(await store.getMany('articles', ['a2', 'missing', 'a1'])).toEqual([
    { title: '連絡事務所' },
    undefined,
    { title: 'NATO office' },
  ]);
  expect(await collect(store.keys('articles'))).toEqual(['a1', 'a2']);
  expect(await store.setIfAbsent('slots', 'c1@08:00', 'p1')).toBe(true);
  expect(await store.setIfAbsent('slots', 'c1@08:00', 'p2')).toBe(false);
  expect(await store.get('slots', 'c1@08:00')).toBe('p1');
  expect(await store.delete('articles', 'a1')).toBe(true);
  expect(await store.get('articles', 'a1')).toBeUndefined();
}

describe('key-value stores', () => {
  it('the in-memory store keeps namespaces apart and sets only absent keys', async () => {
    await exerciseStore(createMemoryKeyValueStore());
  });

  it('the SQLite store behaves the same and keeps everything across a restart', async () => {
    const file = join(dir, 'newsbot.sqlite');
    const first = await openSqliteStore(file);
    await exerciseStore(first);
    await first.close();
    const second = await openSqliteStore(file);
    expect(await second.get('articles', 'a2')).toEqual({ title: '連絡事務所' });
    expect(await second.setIfAbsent('slots', 'c1@08:00', 'p3')).toBe(false);
    await second.close();
  });

  it('two SQLite connections racing for one slot: exactly one wins', async () => {
    const file = join(dir, 'shared.sqlite');
    const a = await openSqliteStore(file);
    const b = await openSqliteStore(file);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).setIfAbsent('slots', 'digest-1', i)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    await a.close();
    await b.close();
  });
});

describe('batched writes on SQLite', () => {
  it('writes issued together are all stored, the last value of a key wins, and reads see them at once', async () => {
    const store = await openSqliteStore(join(dir, 'batch.sqlite'));
    await Promise.all(Array.from({ length: 1000 }, (_, i) => store.set('terms', `t${i}`, i)));
    void store.set('terms', 't1', 'first');
    void store.set('terms', 't1', 'second');
    expect(await store.get('terms', 't1')).toBe('second');
    expect(await store.setIfAbsent('terms', 't2', 'never')).toBe(false);
    expect((await collect(store.keys('terms'))).length).toBe(1000);
    await store.close();
    const reopened = await openSqliteStore(join(dir, 'batch.sqlite'));
    expect(await reopened.getMany('terms', ['t0', 't1', 't999'])).toEqual([0, 'second', 999]);
    await reopened.close();
  });

  it('a write that fails rejects for its caller instead of vanishing', async () => {
    const store = await openSqliteStore(join(dir, 'closed.sqlite'));
    await store.close();
    await expect(store.set('terms', 'late', 1)).rejects.toThrow();
  });
});
