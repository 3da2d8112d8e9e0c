import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFiles } from '../../cli/serve-files.js';
import { type KillTarget, killTargets } from './support/archive-probes.js';
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

/** Rows that point at an article the archive does not hold, by table, in the target's dialect. */
function danglingQueries({ field, searchRow, storyMembers }: KillTarget): Record<string, string> {
  const copyOf = field('duplicateOf');
  return {
    fingerprints: 'SELECT count(*) AS n FROM fingerprints WHERE article_id NOT IN (SELECT id FROM articles)',
    exactKeys: 'SELECT count(*) AS n FROM dedup_keys WHERE article_id NOT IN (SELECT id FROM articles)',
    buckets: 'SELECT count(*) AS n FROM dedup_buckets WHERE article_id NOT IN (SELECT id FROM articles)',
    searchIndex: `SELECT count(*) AS n FROM article_words WHERE ${searchRow} NOT IN (SELECT seq FROM articles)`,
    copies: `SELECT count(*) AS n FROM articles WHERE ${copyOf} IS NOT NULL
             AND ${copyOf} NOT IN (SELECT id FROM articles)`,
    // The issue's own measure: no story lists an article the archive does not hold.
    storyMembersMissing: `SELECT count(*) AS n FROM ${storyMembers} WHERE member_id NOT IN (SELECT id FROM articles)`,
    articlesInMissingStory: `SELECT count(*) AS n FROM articles WHERE story_id IS NOT NULL
             AND story_id NOT IN (SELECT key FROM archive_values WHERE namespace = 'stories')`,
    originalsWithoutPrint: `SELECT count(*) AS n FROM articles WHERE ${field('relevant', true)}
             AND ${copyOf} IS NULL AND id NOT IN (SELECT article_id FROM fingerprints)`,
  };
}

async function danglingRows(target: KillTarget, dataDir: string, run: number) {
  const counts: Record<string, number> = {};
  for (const [name, sql] of Object.entries(danglingQueries(target))) {
    counts[name] = await target.count(dataDir, run, sql);
  }
  return counts;
}

const targets = killTargets();
afterAll(() => Promise.all(targets.map((target) => target.drop())));

describe.each(targets)('an ingest killed at random points on the $name store', (target) => {
  it(`leaves no dangling archive rows after any of ${RUNS} kills, and a last run completes the archive`, async () => {
    const feeds = [`${server.base}/wire.xml`, `${server.base}/mirror.xml`];
    const dataDir = (run: number) => join(dir, `${target.name}-data-${run}`);
    const start = (run: number) => {
      const storeUrl = target.storeUrl(run);
      return runIngestProcess(dataDir(run), feeds, { compiledRoot: app, ...(storeUrl ? { storeUrl } : {}) });
    };
    const none = Object.fromEntries(Object.keys(danglingQueries(target)).map((name) => [name, 0]));
    const articles = (run: number) => target.count(dataDir(run), run, 'SELECT count(*) AS n FROM articles');
    // Each run starts from an empty store, so every kill lands among the writes of new articles.
    const storedWhenKilled: number[] = [];
    // Kill points spread over how long one whole ingest takes here and now: a fixed window
    // ends before the first write on a loaded machine (every kill then finds an empty store).
    const timed = start(-1);
    await timed.ready;
    const readyAt = performance.now();
    await timed.done;
    const ingestMs = Math.max(200, performance.now() - readyAt);
    let seed = 7;
    for (let run = 0; run < RUNS; run += 1) {
      const ingest = start(run);
      await ingest.ready;
      seed = (seed * 48271) % 2147483647;
      await new Promise((resolve) => setTimeout(resolve, seed % ingestMs));
      ingest.kill();
      await ingest.done;
      expect({ run, ...(await danglingRows(target, dataDir(run), run)) }).toEqual({ run, ...none });
      storedWhenKilled.push(await articles(run));
    }
    // The kills did land mid-ingest (not all before the first write or after the last).
    expect(storedWhenKilled.some((n) => n > 0 && n < 120)).toBe(true);
    const last = RUNS - 1;
    await start(last).done;
    const copies = `SELECT count(*) AS n FROM articles WHERE ${target.field('duplicateOf')} IS NOT NULL`;
    expect({
      articles: await articles(last),
      copies: await target.count(dataDir(last), last, copies),
    }).toEqual({ articles: 120, copies: 30 });
    expect(await danglingRows(target, dataDir(last), last)).toEqual(none);
    // The story probe reads real memberships (a wrong JSON path would count nothing, and pass).
    const members = `SELECT count(*) AS n FROM ${target.storyMembers}`;
    expect(await target.count(dataDir(last), last, members)).toBeGreaterThan(0);
    // 22 bot processes, each opening a networked store: up to 200 s on PostgreSQL here under load.
  }, 600_000);
});
