/**
 * The ingest of `npm run bench:ingest`, in a process of its own started by bench/ingest.ts from
 * the compiled build with the bot's V8 flags: what it measures (CPU, peak RSS) is what the bot
 * would use, without the TypeScript loader of the parent. Serves BENCH_INGEST_FEEDS feeds × 1000
 * items on loopback, fills the archive with BENCH_INGEST_PREFILL older articles, ingests the
 * feeds, then polls them again unchanged, and prints its figures as one JSON line on stdout
 * (progress on stderr).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { loadConfig } from '../../config/load-config.js';
import { createApp } from '../../src/app/create-app.js';
import type { Archive } from '../../src/core/archive/archive.js';
import { articleIdFor } from '../../src/core/articles/article-id.js';
import { readFeed } from '../../src/core/feeds/read-feed.js';
import { silentLogger } from '../../src/core/logging/logger.js';
import { createAnalyser } from '../../src/core/nlp/create-analyser.js';
import { createMemoryKeyValueStore } from '../../src/core/store/key-value-store.js';
import { storedArticle } from '../../test/fixtures/commands/stored-article.js';
import { type BenchCorpus, generateItems, renderRss } from './generate-feed.js';

const FEEDS = Number(process.env.BENCH_INGEST_FEEDS ?? 20);
const ITEMS_PER_FEED = 1000;
const PREFILL = Number(process.env.BENCH_INGEST_PREFILL ?? 80_000);
const JAPANESE_EVERY = Number(process.env.BENCH_INGEST_JAPANESE ?? 0);
const CORPUS: BenchCorpus = process.env.BENCH_INGEST_CORPUS === 'uniform' ? 'uniform' : 'news';
/** Quiet polls are short: the best of this many rounds, each against a bare parse of the same bytes. */
const RE_POLL_ROUNDS = 5;

/** Peak RSS of the whole run and since the last `reset`, sampled every 50 ms. */
function memorySampler() {
  let peak = 0;
  let peakSinceReset = 0;
  let atPeakSinceReset = process.memoryUsage();
  const sample = () => {
    const usage = process.memoryUsage();
    peak = Math.max(peak, usage.rss);
    if (usage.rss > peakSinceReset) {
      peakSinceReset = usage.rss;
      atPeakSinceReset = usage;
    }
  };
  const timer = setInterval(sample, 50);
  const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
  return {
    reset: () => {
      peakSinceReset = 0;
      sample();
    },
    peakSinceResetMiB: () => {
      sample();
      return mib(peakSinceReset);
    },
    /** Where that peak was: V8's heap (used of total), memory outside it (buffers, SQLite's cache, native code). */
    breakdownAtPeakMiB: () => ({
      heapUsed: mib(atPeakSinceReset.heapUsed),
      heapTotal: mib(atPeakSinceReset.heapTotal),
      external: mib(atPeakSinceReset.external),
      outsideHeap: mib(atPeakSinceReset.rss - atPeakSinceReset.heapTotal),
    }),
    peakMiB: () => {
      sample();
      return mib(peak);
    },
    stop: () => clearInterval(timer),
  };
}

function serveFeeds(bodies: readonly string[]) {
  const server = createServer((request, response) => {
    const index = Number(/\/feed(\d+)\.xml$/.exec(request.url ?? '')?.[1]);
    const body = bodies[index];
    if (body === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
  });
  return new Promise<{ url: (i: number) => string; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: (i) => `http://127.0.0.1:${port}/feed${i}.xml`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    }),
  );
}

/** Wall seconds and CPU seconds of `work`. */
async function timed(
  work: () => Promise<unknown>,
): Promise<{ seconds: number; cpuSeconds: number; systemSeconds: number }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await work();
  const cpu = process.cpuUsage(cpuBefore);
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    systemSeconds: cpu.system / 1e6,
  };
}

async function parseAll(parser: Parser, bodies: readonly string[]): Promise<number> {
  let items = 0;
  for (const body of bodies) items += (await parser.parseString(body)).items.length;
  return items;
}

async function analysisAlone(bodies: readonly string[], gazetteer: Parameters<typeof createAnalyser>[1]) {
  const analyser = createAnalyser(createMemoryKeyValueStore(), gazetteer);
  const { items } = await readFeed(bodies[0] ?? '', 'http://127.0.0.1/feed0.xml', new Date());
  const { seconds } = await timed(async () => {
    for (const item of items)
      await analyser.analyseAndStore({ ...item, id: articleIdFor(item.canonicalUrl) });
  });
  return items.length / seconds;
}

/** An older archive: stored articles from the year before the feeds' items, in one transaction. */
async function prefill(archive: Archive): Promise<void> {
  const start = Date.UTC(2024, 0, 1);
  await archive.transaction(async () => {
    for (let i = 0; i < PREFILL; i += 1) {
      const publishedAt = new Date(start + i * 300_000).toISOString();
      const text = `Stored report ${i}. ${'Officials discussed security cooperation in the region. '.repeat(20)}`;
      await archive.articles.put({
        ...storedArticle({ id: `old_${i}`, title: `Stored report ${i}`, publishedAt, text, outlet: i % 20 }),
        storyId: `s_old_${Math.floor(i / 5)}`,
      });
    }
  });
}

async function main(): Promise<void> {
  const memory = memorySampler();
  const loaded = await loadConfig();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const bodies = Array.from({ length: FEEDS }, (_, i) =>
    renderRss(`Bench feed ${i}`, generateItems(i, ITEMS_PER_FEED, 7, JAPANESE_EVERY, CORPUS)),
  );
  const server = await serveFeeds(bodies);
  const dataDir = await mkdtemp(join(tmpdir(), 'newsbot-bench-ingest-'));
  const parser = new Parser();
  const coldParse = await timed(() => parseAll(parser, bodies));
  const analysisPerSecond = await analysisAlone(bodies, loaded.config.actors);
  const app = await createApp({
    config: loaded.config,
    dataDir,
    logger: silentLogger,
    allowPrivateAddresses: true,
  });
  await prefill(app.archive);
  const totals = { items: 0, new: 0, duplicate: 0, notRelevant: 0, failed: 0, settled: 0 };
  memory.reset();
  let settle = { seconds: 0, cpuSeconds: 0, systemSeconds: 0 };
  const ingest = await timed(async () => {
    for (let i = 0; i < FEEDS; i += 1) {
      const report = await app.feeds.ingestOnce({ url: server.url(i) });
      if (!report.ok) totals.failed += 1;
      else {
        totals.items += report.items;
        totals.new += report.counts.new;
        totals.duplicate += report.counts.duplicate;
        totals.notRelevant += report.counts.notRelevant;
      }
      process.stderr.write(`\ringested ${i + 1}/${FEEDS} feeds`);
    }
    // As a round of polls ends (and `newsbot ingest`): the stories settle, counted in the ingest.
    settle = await timed(async () => {
      totals.settled = await app.pipeline.settle();
    });
  });
  process.stderr.write('\n');
  const peakRssWhileIngestingMiB = memory.peakSinceResetMiB();
  const atPeakWhileIngestingMiB = memory.breakdownAtPeakMiB();
  // The same bodies again: every item is stored unchanged, so this is the cost of a quiet poll,
  // against a warm parse of the same bytes in the same round.
  let reSeen = 0;
  const rePoll = { seconds: Number.POSITIVE_INFINITY, cpuSeconds: Number.POSITIVE_INFINITY };
  const warmParse = { seconds: Number.POSITIVE_INFINITY, cpuSeconds: Number.POSITIVE_INFINITY };
  for (let round = 0; round < RE_POLL_ROUNDS; round += 1) {
    const parsed = await timed(() => parseAll(parser, bodies));
    reSeen = 0;
    const polled = await timed(async () => {
      for (let i = 0; i < FEEDS; i += 1)
        reSeen += (await app.feeds.ingestXml({ url: server.url(i) }, bodies[i] ?? '')).counts.seen;
    });
    for (const key of ['seconds', 'cpuSeconds'] as const) {
      warmParse[key] = Math.min(warmParse[key], parsed[key]);
      rePoll[key] = Math.min(rePoll[key], polled[key]);
    }
  }
  await app.close();
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
  memory.stop();
  const result = {
    v8Flags: process.execArgv,
    feeds: FEEDS,
    storedBefore: PREFILL,
    japaneseEvery: JAPANESE_EVERY,
    corpus: CORPUS,
    ...totals,
    pipelineSeconds: Number(ingest.seconds.toFixed(2)),
    pipelineItemsPerSecond: Math.round(totals.items / ingest.seconds),
    parseStringItemsPerSecond: Math.round(totals.items / coldParse.seconds),
    pipelineCostVsParse: Number((ingest.seconds / coldParse.seconds).toFixed(1)),
    cpuSeconds: Number(ingest.cpuSeconds.toFixed(1)),
    // The kernel's share (file writes of the WAL and checkpoints, page faults): most of the rest
    // is JavaScript and SQLite's own work on the main thread.
    systemCpuSeconds: Number(ingest.systemSeconds.toFixed(1)),
    // Of which the stories' settling at the end of the round (included above).
    settleCpuSeconds: Number(settle.cpuSeconds.toFixed(2)),
    newArticlesPerCpuSecond: Math.round(totals.new / ingest.cpuSeconds),
    reIngestSeen: reSeen,
    reIngestCostVsParse: Number((rePoll.seconds / warmParse.seconds).toFixed(2)),
    reIngestCpuCostVsParse: Number((rePoll.cpuSeconds / warmParse.cpuSeconds).toFixed(2)),
    analysisArticlesPerSecond: Math.round(analysisPerSecond),
    peakRssWhileIngestingMiB,
    atPeakWhileIngestingMiB,
    peakRssWholeRunMiB: memory.peakMiB(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
