/**
 * `npm run bench:stories`: cost of assigning one article to a story on SQLite (a temp dir) with
 * 1k, 10k and 100k articles stored, as production does it: the assigner's records in the archive's
 * value table, each article in its own archive transaction, then stored with its story (apart, not
 * timed: the archive finds the recently active stories through those rows). One archive grows through the real
 * assigner; at each size the archive is closed and reopened (cold caches, a new assigner), the
 * assigner reads ahead as the bot does at start (`warm`: the recently active stories' profiles,
 * timed apart and printed as the read-ahead), then MEASURED articles are timed one by one, the
 * first (cold) round included. Synthetic reports of events: names, places and numbers shared
 * within an event, a skewed vocabulary, 200 articles a day (100k spans 500 days). Prints p50 and
 * p99 per size, of wall time and of the process's CPU time (all threads: the SQLite driver's
 * included), which a shared, loaded machine distorts less, and writes bench/results/stories.json.
 * Target: p99 < 5 ms at 100k.
 *
 * BENCH_STORIES_FILLED=<dir> keeps each filled archive there (a copy taken after the fill, before
 * the reopen) and, when a copy of the same fill is there, starts from it instead of filling: for
 * exploring the timed rounds without 4-11 minutes of fill each run. Its code is first run on 1,000
 * reports (of another seed) on a scratch copy, as a fill would have run it: a first round in a
 * process whose code is not compiled yet took 20-30 ms. Such a run prints its figures but does not
 * write bench/results (its fill was not measured).
 */
import { access, copyFile, mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Archive } from '../src/core/archive/archive.js';
import { ARCHIVE_FILE, openArchive } from '../src/core/archive/open-archive.js';
import { assignerOn, ingest, storeArticle } from './support/assign-as-ingest.js';
import { percentile, writeBenchResult } from './support/bench-results.js';
import { createReports } from './support/story-reports.js';

const SIZES = (process.env.BENCH_STORIES_SIZES ?? '1000,10000,100000').split(',').map(Number);
const MEASURED = 300;
const FILLED = process.env.BENCH_STORIES_FILLED;
/** A kept fill is named by every size filled up to it: later fills follow earlier timed rounds. */
const filledCopy = (upTo: number) =>
  FILLED && join(FILLED, `stories-with-articles-${SIZES.slice(0, upTo + 1).join('-')}.sqlite`);

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * A copy flushed to disk before any round is timed. Left in the page cache, the copy's 0.5 GB of
 * unwritten pages were flushed by the first fsync that followed (ext4 commits them with its
 * journal): the first round's, when SQLite syncs the header of the WAL it starts, took 210-260 ms
 * instead of 7-9 ms.
 */
async function copyToDisk(from: string, to: string): Promise<void> {
  await copyFile(from, to);
  const copied = await open(to, 'r+');
  try {
    await copied.sync();
  } finally {
    await copied.close();
  }
}

/** Assigns 1,000 reports of another seed, dated after the `stored` of `copy`, on a copy of it. */
async function runCodeOnScratchCopy(copy: string, stored: number): Promise<void> {
  const scratch = join(dir, 'scratch');
  await mkdir(scratch, { recursive: true });
  await copyFile(copy, join(scratch, ARCHIVE_FILE));
  const scratchArchive = await openArchive({ dataDir: scratch });
  const assigner = assignerOn(scratchArchive);
  const other = createReports(12);
  for (let index = 0; index < stored + 1000; index += 1) {
    const article = other(index);
    if (index >= stored) await ingest(scratchArchive, assigner, article);
  }
  await scratchArchive.close();
  await rm(scratch, { recursive: true, force: true });
}

const dir = await mkdtemp(join(tmpdir(), 'newsbot-bench-stories-'));
const report = createReports(11);
const rows: {
  stored: number;
  p50Ms: number;
  p99Ms: number;
  coldMs: number;
  readAheadMs: number;
  readAheadCpuMs: number;
  maxMs: number;
  cpuP50Ms: number;
  cpuP99Ms: number;
  fillSeconds: number;
  fillCpuSeconds: number;
  rssMb: number;
  loadAverage: number[];
}[] = [];
let stored = 0;
let reused = false;
let archive: Archive = await openArchive({ dataDir: dir });
try {
  for (const [sizeIndex, size] of SIZES.entries()) {
    const copy = filledCopy(sizeIndex);
    const kept = copy ? await exists(copy) : false;
    const filling = assignerOn(archive);
    const started = performance.now();
    const fillCpu = process.cpuUsage();
    for (; stored < size; stored += 1) {
      const article = report(stored);
      // The generator is advanced article by article, so the timed reports are the same.
      if (!kept) await ingest(archive, filling, article);
    }
    const fillSeconds = (performance.now() - started) / 1000;
    const fillUsage = process.cpuUsage(fillCpu);
    const fillCpuSeconds = (fillUsage.user + fillUsage.system) / 1e6;
    await archive.close();
    if (copy && kept) {
      reused = true;
      await runCodeOnScratchCopy(copy, size);
      await copyToDisk(copy, join(dir, ARCHIVE_FILE));
    } else if (copy) {
      await mkdir(FILLED as string, { recursive: true });
      await copyToDisk(join(dir, ARCHIVE_FILE), copy);
    }
    archive = await openArchive({ dataDir: dir });
    const assigner = assignerOn(archive);
    const readAheadStart = performance.now();
    const readAheadCpu = process.cpuUsage();
    await archive.transaction(() => assigner.warm());
    const readAheadUsage = process.cpuUsage(readAheadCpu);
    const readAheadMs = performance.now() - readAheadStart;
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let i = 0; i < MEASURED; i += 1, stored += 1) {
      const article = report(stored);
      const start = performance.now();
      const cpu = process.cpuUsage();
      const { story } = await archive.transaction(() => assigner.assign(article));
      const used = process.cpuUsage(cpu);
      times.push(performance.now() - start);
      cpuTimes.push((used.user + used.system) / 1000);
      await storeArticle(archive, article, story.id);
    }
    cpuTimes.sort((a, b) => a - b);
    const cold = times[0] ?? Number.NaN;
    times.sort((a, b) => a - b);
    const row = {
      stored: size,
      p50Ms: Number(percentile(times, 50).toFixed(2)),
      p99Ms: Number(percentile(times, 99).toFixed(2)),
      coldMs: Number(cold.toFixed(2)),
      readAheadMs: Number(readAheadMs.toFixed(1)),
      readAheadCpuMs: Number(((readAheadUsage.user + readAheadUsage.system) / 1000).toFixed(1)),
      maxMs: Number((times.at(-1) ?? Number.NaN).toFixed(2)),
      cpuP50Ms: Number(percentile(cpuTimes, 50).toFixed(2)),
      cpuP99Ms: Number(percentile(cpuTimes, 99).toFixed(2)),
      fillSeconds: Math.round(fillSeconds),
      fillCpuSeconds: Math.round(fillCpuSeconds),
      rssMb: Math.round(process.memoryUsage().rss / 1e6),
      loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
    };
    rows.push(row);
    console.log(
      `stories on SQLite, ${size} stored: p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, ` +
        `first (cold) ${row.coldMs} ms, max ${row.maxMs} ms, read-ahead at open ${row.readAheadMs} ms ` +
        `(CPU ${row.readAheadCpuMs} ms); CPU p50 ${row.cpuP50Ms} ms, p99 ${row.cpuP99Ms} ms ` +
        `(fill ${row.fillSeconds} s, ${row.fillCpuSeconds} CPU-s; RSS ${row.rssMb} MB; load average ${row.loadAverage.join(' ')})`,
    );
  }
  if (reused) console.log(`a kept fill was used (${FILLED}): bench/results/stories.json not written`);
  else await writeBenchResult('stories', { backend: 'sqlite', measuredPerSize: MEASURED, rows });
} finally {
  await archive.close();
  await rm(dir, { recursive: true, force: true });
}
