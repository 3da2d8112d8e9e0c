import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load-config.js';
import { createApp } from '../../src/app/create-app.js';
import { ARCHIVE_FILE } from '../../src/core/archive/open-archive.js';
import { silentLogger } from '../../src/core/logging/logger.js';
import { createArticleStore } from '../../src/core/store/article-store.js';
import { openStore } from '../../src/core/store/open-store.js';
import { storedArticle } from '../fixtures/commands/stored-article.js';

/** Rows of planner statistics SQLite holds for the archive's `articles` table. */
function articleStatistics(dir: string): number {
  const raw = new Database(join(dir, ARCHIVE_FILE), { readonly: true });
  try {
    if (!raw.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'").get()) return 0;
    return raw.prepare("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'articles'").pluck().get() as number;
  } finally {
    raw.close();
  }
}

describe('a bot adopting an older key-value archive at start-up', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsbot-adopted-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const start = async () => {
    const loaded = await loadConfig();
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    return createApp({ config: loaded.config, dataDir: dir, logger: silentLogger });
  };

  it('gathers table statistics once the copy is done, and not on a start with nothing to copy', async () => {
    const fresh = await start();
    await fresh.close();
    expect(articleStatistics(dir)).toBe(0);
    for (const suffix of ['', '-wal', '-shm'])
      await rm(join(dir, `${ARCHIVE_FILE}${suffix}`), { force: true });
    const kv = await openStore({ dataDir: dir });
    const old = createArticleStore(kv);
    for (let i = 0; i < 20; i += 1)
      await old.put(
        storedArticle({ id: `a${i}`, title: `Report ${i}`, publishedAt: '2024-04-02T08:00:00.000Z' }),
      );
    await kv.close();
    const adopting = await start();
    await adopting.close();
    expect(articleStatistics(dir)).toBeGreaterThan(0);
  });
});
