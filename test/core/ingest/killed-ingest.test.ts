import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_FILE } from '../../../src/core/archive/open-archive.js';
import { serveFiles } from '../../cli/serve-files.js';
import { compileApp } from './support/compile-app.js';
import { writeOverlappingFeeds } from './support/overlapping-feeds.js';
import { runIngestProcess } from './support/run-ingest-process.js';

const RUNS = 20;

let dir: string;
/**
 * The bot compiled once: 22 processes started through tsx each transformed the whole app again,
 * which took most of the test's five minutes when another test suite ran beside it.
 */
let app: string;
let server: Awaited<ReturnType<typeof serveFiles>>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-killed-'));
  app = join(dir, 'app');
  await writeOverlappingFeeds(dir);
  server = await serveFiles(dir);
  await compileApp(app);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** Rows that point at an article the archive does not hold, by table. */
const DANGLING: Record<string, string> = {
  fingerprints: 'SELECT count(*) AS n FROM fingerprints WHERE article_id NOT IN (SELECT id FROM articles)',
  exactKeys: 'SELECT count(*) AS n FROM dedup_keys WHERE article_id NOT IN (SELECT id FROM articles)',
  buckets: 'SELECT count(*) AS n FROM dedup_buckets WHERE article_id NOT IN (SELECT id FROM articles)',
  searchIndex: 'SELECT count(*) AS n FROM article_words WHERE rowid NOT IN (SELECT seq FROM articles)',
  copies: `SELECT count(*) AS n FROM articles WHERE json_extract(body, '$.duplicateOf') IS NOT NULL
           AND json_extract(body, '$.duplicateOf') NOT IN (SELECT id FROM articles)`,
  originalsWithoutPrint: `SELECT count(*) AS n FROM articles WHERE json_extract(body, '$.relevant')
           AND json_extract(body, '$.duplicateOf') IS NULL AND id NOT IN (SELECT article_id FROM fingerprints)`,
};

function danglingRows(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      Object.entries(DANGLING).map(([name, sql]) => [name, (db.prepare(sql).get() as { n: number }).n]),
    );
  } finally {
    db.close();
  }
}

function articleCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const none = Object.fromEntries(Object.keys(DANGLING).map((name) => [name, 0]));

describe('an ingest killed at random points', () => {
  it(`leaves no dangling archive rows after any of ${RUNS} kills, and a last run completes the archive`, async () => {
    const feeds = [`${server.base}/wire.xml`, `${server.base}/mirror.xml`];
    const dataDir = (run: number) => join(dir, `data-${run}`);
    // Each run starts from an empty store, so every kill lands among the writes of new articles.
    const storedWhenKilled: number[] = [];
    // Kill points spread over how long one whole ingest takes here and now: a fixed window
    // ends before the first write on a loaded machine (every kill then finds an empty store).
    const timed = runIngestProcess(dataDir(-1), feeds, { compiledRoot: app });
    await timed.ready;
    const readyAt = performance.now();
    await timed.done;
    const ingestMs = Math.max(200, performance.now() - readyAt);
    let seed = 7;
    for (let run = 0; run < RUNS; run += 1) {
      const ingest = runIngestProcess(dataDir(run), feeds, { compiledRoot: app });
      await ingest.ready;
      seed = (seed * 48271) % 2147483647;
      await new Promise((resolve) => setTimeout(resolve, seed % ingestMs));
      ingest.kill();
      await ingest.done;
      const file = join(dataDir(run), ARCHIVE_FILE);
      expect({ run, ...danglingRows(file) }).toEqual({ run, ...none });
      storedWhenKilled.push(articleCount(file));
    }
    // The kills did land mid-ingest (not all before the first write or after the last).
    expect(storedWhenKilled.some((n) => n > 0 && n < 120)).toBe(true);
    const last = dataDir(RUNS - 1);
    await runIngestProcess(last, feeds, { compiledRoot: app }).done;
    const db = new Database(join(last, ARCHIVE_FILE), { readonly: true });
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const totals = {
      articles: count('SELECT count(*) AS n FROM articles'),
      copies: count(
        `SELECT count(*) AS n FROM articles WHERE json_extract(body, '$.duplicateOf') IS NOT NULL`,
      ),
    };
    db.close();
    expect(totals).toEqual({ articles: 120, copies: 30 });
    expect(danglingRows(join(last, ARCHIVE_FILE))).toEqual(none);
  }, 300_000);
});
