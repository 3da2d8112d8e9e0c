/**
 * Cost of assigning one article to a story on SQLite (a temp dir): time per assignment (p50, p99)
 * and kv reads and writes per assignment, after a fill, over synthetic English-like articles.
 * Run: `npx tsx bench/stories.ts`. Prints a table and writes bench/results/stories.json.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KeyValueStore } from '../src/core/store/key-value-store.js';
import { openStore } from '../src/core/store/open-store.js';
import { createStoryAssigner } from '../src/core/stories/create-story-assigner.js';
import { percentile, writeBenchResult } from './support/bench-results.js';
import { createCorpus } from './support/dedup-corpus.js';

const FILL = Number(process.env.BENCH_STORIES_FILL ?? 2000);
const MEASURED = 500;

/** Counts the store's calls so the figures say where the time goes. */
function counting(kv: KeyValueStore) {
  const calls = { reads: 0, writes: 0 };
  const wrapped: KeyValueStore = {
    ...kv,
    get: (namespace, key) => {
      calls.reads += 1;
      return kv.get(namespace, key);
    },
    getMany: (namespace, keys) => {
      calls.reads += keys.length;
      return kv.getMany(namespace, keys);
    },
    set: (namespace, key, value) => {
      calls.writes += 1;
      return kv.set(namespace, key, value);
    },
  };
  return { kv: wrapped, calls };
}

const dir = await mkdtemp(join(tmpdir(), 'newsbot-bench-stories-'));
const store = await openStore({ dataDir: dir });
try {
  const { kv, calls } = counting(store);
  const assigner = createStoryAssigner(kv);
  const corpus = createCorpus(11, 200);
  for (let i = 0; i < FILL; i += 1)
    await assigner.assign({ ...corpus.article(i), source: `outlet-${i % 20}` });
  calls.reads = 0;
  calls.writes = 0;
  const times: number[] = [];
  for (let i = FILL; i < FILL + MEASURED; i += 1) {
    const article = { ...corpus.article(i), source: `outlet-${i % 20}` };
    const start = performance.now();
    await assigner.assign(article);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const figures = {
    backend: 'sqlite',
    stored: FILL,
    p50Ms: Number(percentile(times, 50).toFixed(3)),
    p99Ms: Number(percentile(times, 99).toFixed(3)),
    readsPerAssignment: Number((calls.reads / MEASURED).toFixed(1)),
    writesPerAssignment: Number((calls.writes / MEASURED).toFixed(1)),
  };
  console.log(
    `stories on SQLite after ${FILL} articles: p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, ` +
      `${figures.readsPerAssignment} keys read and ${figures.writesPerAssignment} written per assignment`,
  );
  await writeBenchResult('stories', figures);
} finally {
  await store.close();
  await rm(dir, { recursive: true, force: true });
}
