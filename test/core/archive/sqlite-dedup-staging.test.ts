import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteArchive } from '../../../src/core/archive/open-sqlite-archive.js';
import { createSqliteDedupIndex } from '../../../src/core/archive/sqlite-dedup-index.js';
import { migrateSqliteArchive, SQLITE_SCHEMA_VERSION } from '../../../src/core/archive/sqlite-schema.js';
import { DEFAULT_DEDUP_OPTIONS } from '../../../src/core/dedup/dedup-options.js';
import { fingerprintOf } from '../../../src/core/dedup/fingerprint.js';

const words = (seed: number, shared: number) =>
  Array.from({ length: 80 }, (_, i) => (i < shared ? `common${i}` : `s${seed}w${i}`)).join(' ');

/** Reports that share more or less of their text, so candidates come in several strengths. */
const prints = Array.from({ length: 30 }, (_, i) =>
  fingerprintOf(
    {
      id: `a${i}`,
      feed: 'f',
      guid: null,
      title: `Headline ${i % 4}`,
      text: words(i, (i * 7) % 80),
      language: 'en',
      publishedAt: new Date(Date.UTC(2024, 8, 6, 2, i)).toISOString(),
    },
    DEFAULT_DEDUP_OPTIONS,
  ),
);

const rows = (db: Database.Database, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-staging-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('bucket rows staged before they join the large table', () => {
  it('finds the same candidates whether rows are staged, merged, or filed again after a merge', async () => {
    const answers = async (mergeAt: number, fileTwice: boolean) => {
      const db = new Database(join(dir, `merge-${mergeAt}-${fileTwice}.sqlite`));
      migrateSqliteArchive(db);
      const index = createSqliteDedupIndex(db, DEFAULT_DEDUP_OPTIONS, mergeAt);
      for (const print of prints) await index.record([print]);
      // All but the last: the last would reach the threshold again and merge the second filing.
      if (fileTwice) for (const print of prints.slice(0, -1)) await index.record([print]);
      const found = [];
      for (const print of prints) found.push((await index.lookup(print, [])).candidates);
      const where = { staged: rows(db, 'dedup_bucket_staging'), merged: rows(db, 'dedup_buckets') };
      db.close();
      return { found, where };
    };
    const staged = await answers(1_000_000, false);
    expect(staged.where.merged).toBe(0);
    expect(staged.found.flat().length).toBeGreaterThan(30);
    const merged = await answers(1, false);
    expect(merged.where.staged).toBe(0);
    expect(merged.found).toEqual(staged.found);
    // Merged, then filed again: staged rows the large table holds already.
    const again = await answers(staged.where.staged, true);
    expect(again.where.staged).toBeGreaterThan(0);
    expect(again.found).toEqual(staged.found);
  });

  it('moves rows in the filing transaction: a failed batch leaves them where they were', () => {
    const db = new Database(join(dir, 'rollback.sqlite'));
    migrateSqliteArchive(db);
    const [first, second] = prints;
    if (!first || !second) throw new Error('no prints');
    void createSqliteDedupIndex(db, DEFAULT_DEDUP_OPTIONS).record([first]);
    const before = rows(db, 'dedup_bucket_staging');
    expect(before).toBeGreaterThan(0);
    const index = createSqliteDedupIndex(db, DEFAULT_DEDUP_OPTIONS, before + 1);
    expect(() =>
      db.transaction(() => {
        void index.record([second]);
        expect(rows(db, 'dedup_buckets')).toBeGreaterThan(0);
        throw new Error('crash after the merge');
      })(),
    ).toThrow('crash after the merge');
    expect(rows(db, 'dedup_bucket_staging')).toBe(before);
    expect(rows(db, 'dedup_buckets')).toBe(0);
    db.close();
  });

  it('adds the staging table to an archive of the previous schema version at start-up', async () => {
    const file = join(dir, 'older.sqlite');
    await openSqliteArchive(file).close();
    const raw = new Database(file);
    raw.exec('DROP TABLE dedup_bucket_staging');
    raw.pragma(`user_version = ${SQLITE_SCHEMA_VERSION - 1}`);
    raw.close();
    const archive = openSqliteArchive(file);
    const index = archive.dedupIndex(DEFAULT_DEDUP_OPTIONS);
    await index.record(prints.slice(0, 2));
    await archive.close();
    const reopened = new Database(file, { readonly: true });
    expect(reopened.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
    expect(rows(reopened, 'dedup_bucket_staging')).toBeGreaterThan(0);
    reopened.close();
  });
});
