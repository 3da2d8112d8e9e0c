/**
 * Where the timed rounds of `bench:stories` spend their time, round by round, on a kept fill
 * (BENCH_STORIES_FILLED): SQL statements run (count, rows, bytes of the strings returned, time),
 * reads that reached the archive per namespace (cache misses), the commit. Prints the first rounds
 * one by one, then means over ranges of rounds.
 * As in the bench, the process is warm (its code compiled) when the timed rounds start: it first
 * assigns [warm-up] articles on another copy of the fill, closed before the timed copy is opened.
 * Run: npx tsx bench/stories-cold-probe.ts <kept fill> <articles in it> [rounds] [warm-up]
 * PROBE_MARK=1 prints a line before each of the first 12 rounds, to place the collections of
 * `node --trace-gc --import tsx bench/stories-cold-probe.ts ...` among them.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ARCHIVE_FILE, openArchive } from '../src/core/archive/open-archive.js';
import type { KeyValueStore } from '../src/core/store/key-value-store.js';
import { assignerOn, ingest, storeArticle } from './support/assign-as-ingest.js';
import { createReports } from './support/story-reports.js';

const [fill, countArg, roundsArg, warmArg] = process.argv.slice(2);
if (!fill || !countArg) throw new Error('usage: stories-cold-probe.ts <kept fill> <articles in it> [rounds]');
const ROUNDS = Number(roundsArg ?? 300);
const WARM_UP = Number(warmArg ?? 1000);

interface Round {
  statements: number;
  rows: number;
  bytes: number;
  sqlMs: number;
  commitMs: number;
  misses: Record<string, number>;
  readMs: Record<string, number>;
  bySql: Map<string, { n: number; ms: number; rows: number; bytes: number }>;
}
const fresh = (): Round => ({
  statements: 0,
  rows: 0,
  bytes: 0,
  sqlMs: 0,
  commitMs: 0,
  misses: {},
  readMs: {},
  bySql: new Map(),
});
let round = fresh();

const sizeOf = (row: unknown): number => {
  if (typeof row === 'string') return row.length;
  if (row && typeof row === 'object')
    return Object.values(row).reduce(
      (sum: number, value) => sum + (typeof value === 'string' ? value.length : 8),
      0,
    );
  return 8;
};
const probe = new Database(':memory:');
const statementProto = Object.getPrototypeOf(probe.prepare('SELECT 1'));
for (const method of ['get', 'all', 'run'] as const) {
  const original = statementProto[method];
  statementProto[method] = function (this: { source: string }, ...args: unknown[]) {
    const start = performance.now();
    const result = original.apply(this, args);
    const ms = performance.now() - start;
    const rows =
      method === 'all' ? (result as unknown[]) : method === 'get' && result !== undefined ? [result] : [];
    const bytes = rows.reduce((sum: number, row) => sum + sizeOf(row), 0);
    const sql = this.source.replace(/\s+/g, ' ').slice(0, 70);
    const entry = round.bySql.get(sql) ?? { n: 0, ms: 0, rows: 0, bytes: 0 };
    entry.n += 1;
    entry.ms += ms;
    entry.rows += rows.length;
    entry.bytes += bytes;
    round.bySql.set(sql, entry);
    round.statements += 1;
    round.rows += rows.length;
    round.bytes += bytes;
    round.sqlMs += ms;
    return result;
  };
}
const originalExec = Database.prototype.exec;
Database.prototype.exec = function (this: Database.Database, sql: string) {
  const start = performance.now();
  const result = originalExec.call(this, sql);
  if (sql === 'COMMIT') round.commitMs += performance.now() - start;
  return result;
};
probe.close();
// PROBE_PRAGMA=<pragma> is run on the archive after its own pragmas (an experiment: mmap_size=...).
const extraPragma = process.env.PROBE_PRAGMA;
const originalPragma = Database.prototype.pragma;
Database.prototype.pragma = function (
  this: Database.Database,
  source: string,
  options?: Database.PragmaOptions,
) {
  const result = originalPragma.call(this, source, options);
  if (extraPragma && source.startsWith('cache_size')) originalPragma.call(this, extraPragma);
  return result;
};

const timedRead =
  <A extends unknown[], R>(name: string, counted: (...args: A) => number, read: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    const start = performance.now();
    const result = await read(...args);
    round.misses[name] = (round.misses[name] ?? 0) + counted(...args);
    round.readMs[name] = (round.readMs[name] ?? 0) + performance.now() - start;
    return result;
  };

const dir = await mkdtemp(join(tmpdir(), 'newsbot-cold-probe-'));
const reportsAfterFill = () => {
  const report = createReports(11);
  for (let i = 0; i < Number(countArg); i += 1) report(i);
  return report;
};
if (WARM_UP > 0) {
  await copyFile(fill, join(dir, ARCHIVE_FILE));
  const warming = await openArchive({ dataDir: dir });
  const warmAssigner = assignerOn(warming);
  const warmReport = reportsAfterFill();
  for (let i = 0; i < WARM_UP; i += 1) {
    const article = warmReport(Number(countArg) + i);
    await ingest(warming, warmAssigner, article);
  }
  await warming.close();
}
await copyFile(fill, join(dir, ARCHIVE_FILE));
const report = reportsAfterFill();
const openStart = performance.now();
const archive = await openArchive({ dataDir: dir });
console.log(`open ${(performance.now() - openStart).toFixed(1)} ms`);
const values: KeyValueStore = {
  ...archive.values,
  get: <T>(namespace: string, key: string) =>
    timedRead(
      namespace,
      () => 1,
      () => archive.values.get<T>(namespace, key),
    )(),
  getMany: <T>(namespace: string, keys: readonly string[]) =>
    timedRead(
      namespace,
      () => keys.length,
      () => archive.values.getMany<T>(namespace, keys),
    )(),
};
const storyIndex = {
  ...archive.storyIndex,
  termCounts: timedRead(
    'story_terms',
    (terms: readonly string[]) => terms.length,
    archive.storyIndex.termCounts,
  ),
  buckets: timedRead('story_keys', (keys: readonly string[]) => keys.length, archive.storyIndex.buckets),
};
const assigner = assignerOn(archive, { values, storyIndex });
// The bench reads ahead after the reopen, as the bot does at start; PROBE_NO_READ_AHEAD=1 does not.
if (!process.env.PROBE_NO_READ_AHEAD) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await archive.transaction(() => assigner.warm());
  const used = process.cpuUsage(cpu);
  console.log(
    `read-ahead ${(performance.now() - start).toFixed(1)} ms (CPU ${((used.user + used.system) / 1000).toFixed(1)})`,
  );
}
const rounds: (Round & { ms: number; cpuMs: number })[] = [];
// PROBE_CPU_PROFILE=<file>[:<rounds>] profiles the first rounds (40 unless given) alone.
const [profileFile, profiledArg] = (process.env.PROBE_CPU_PROFILE ?? '').split(':');
const session = profileFile ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
}
for (let i = 0; i < ROUNDS; i += 1) {
  if (session && i === Number(profiledArg ?? 40)) {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(profileFile as string, JSON.stringify(profile));
    session.disconnect();
  }
  const article = report(Number(countArg) + i);
  round = fresh();
  if (process.env.PROBE_MARK && i < 12) console.log(`-- round ${i + 1}`);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const { story } = await archive.transaction(() => assigner.assign(article));
  const used = process.cpuUsage(cpu);
  rounds.push({ ...round, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
  await storeArticle(archive, article, story.id);
}
const f = (n: number) => n.toFixed(2);
const line = (label: string, of: typeof rounds) => {
  const mean = (pick: (r: (typeof rounds)[number]) => number) =>
    of.reduce((s, r) => s + pick(r), 0) / of.length;
  const names = [...new Set(of.flatMap((r) => Object.keys(r.misses)))].sort();
  console.log(
    `${label}: ${f(mean((r) => r.ms))} ms (CPU ${f(mean((r) => r.cpuMs))}), ${f(mean((r) => r.statements))} statements, ` +
      `${f(mean((r) => r.rows))} rows, ${Math.round(mean((r) => r.bytes))} B, SQL ${f(mean((r) => r.sqlMs))} ms ` +
      `(commit ${f(mean((r) => r.commitMs))}); misses ${names
        .map((n) => `${n} ${f(mean((r) => r.misses[n] ?? 0))} (${f(mean((r) => r.readMs[n] ?? 0))} ms)`)
        .join(', ')}`,
  );
};
for (const [i, r] of rounds.slice(0, 12).entries()) line(`round ${i + 1}`, [r]);
for (const [from, to] of <[number, number][]>[
  [0, 10],
  [10, 40],
  [40, 100],
  [100, 300],
])
  line(`rounds ${from + 1}-${to}`, rounds.slice(from, to));
const sorted = [...rounds].map((r, i) => ({ ...r, i })).sort((a, b) => b.ms - a.ms);
console.log(
  'slowest:',
  sorted
    .slice(0, 8)
    .map((r) => `#${r.i + 1} ${f(r.ms)} ms (commit ${f(r.commitMs)})`)
    .join(', '),
);
const bySql = (of: typeof rounds) => {
  const total = new Map<string, { n: number; ms: number; rows: number; bytes: number }>();
  for (const r of of)
    for (const [sql, e] of r.bySql) {
      const t = total.get(sql) ?? { n: 0, ms: 0, rows: 0, bytes: 0 };
      t.n += e.n / of.length;
      t.ms += e.ms / of.length;
      t.rows += e.rows / of.length;
      t.bytes += e.bytes / of.length;
      total.set(sql, t);
    }
  for (const [sql, t] of [...total].sort((a, b) => b[1].ms - a[1].ms))
    console.log(`  ${f(t.ms)} ms ${f(t.n)}x ${f(t.rows)} rows ${Math.round(t.bytes)} B  ${sql}`);
};
console.log('per round, rounds 1-40:');
bySql(rounds.slice(0, 40));
console.log('per round, rounds 101-300:');
bySql(rounds.slice(100));
await archive.close();
await rm(dir, { recursive: true, force: true });
