/**
 * Ingest throughput: 20 feeds × 1000 items served over HTTP on loopback, fetched, parsed,
 * normalized, filtered, deduplicated, analysed, grouped and stored in SQLite in a temp dir.
 * Baseline in the same run: rss-parser's parseString alone over the same bodies, so the figure
 * reads as "the whole pipeline costs N× bare parsing". Also the analysis stage alone on one core
 * (target: ≥ 200 articles/s) and peak RSS. Before the feeds, the archive is filled with
 * BENCH_INGEST_PREFILL stored articles (default 80,000: 100k stored by the end, where the RSS
 * target applies). BENCH_INGEST_JAPANESE=n makes every n-th item Japanese (kuromoji loads: ~260
 * MB); without it the items are English only. Prints a table and writes
 * bench/results/ingest.json (ingest-japanese.json with Japanese items).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { loadConfig } from '../config/load-config.js';
import { createApp } from '../src/app/create-app.js';
import type { Archive } from '../src/core/archive/archive.js';
import { articleIdFor } from '../src/core/articles/article-id.js';
import { readFeed } from '../src/core/feeds/read-feed.js';
import { silentLogger } from '../src/core/logging/logger.js';
import { createAnalyser } from '../src/core/nlp/create-analyser.js';
import { createMemoryKeyValueStore } from '../src/core/store/key-value-store.js';
import { storedArticle } from '../test/fixtures/commands/stored-article.js';
import { writeBenchResult } from './support/bench-results.js';
import { generateItems, renderRss } from './support/generate-feed.js';

const FEEDS = Number(process.env.BENCH_INGEST_FEEDS ?? 20);
const ITEMS_PER_FEED = 1000;
const TARGET_ANALYSIS_PER_SECOND = 200;
const PREFILL = Number(process.env.BENCH_INGEST_PREFILL ?? 80_000);
const JAPANESE_EVERY = Number(process.env.BENCH_INGEST_JAPANESE ?? 0);

let peakRss = 0;
const sampleMemory = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

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

async function parseBaseline(bodies: readonly string[]): Promise<number> {
  const parser = new Parser();
  const started = performance.now();
  let items = 0;
  for (const body of bodies) items += (await parser.parseString(body)).items.length;
  return items / ((performance.now() - started) / 1000);
}

async function analysisAlone(bodies: readonly string[], gazetteer: Parameters<typeof createAnalyser>[1]) {
  const analyser = createAnalyser(createMemoryKeyValueStore(), gazetteer);
  const { items } = await readFeed(bodies[0] ?? '', 'http://127.0.0.1/feed0.xml', new Date());
  const started = performance.now();
  for (const item of items) await analyser.analyseAndStore({ ...item, id: articleIdFor(item.canonicalUrl) });
  return items.length / ((performance.now() - started) / 1000);
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

function cpuSecondsSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

async function main(): Promise<void> {
  const loaded = await loadConfig();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const bodies = Array.from({ length: FEEDS }, (_, i) =>
    renderRss(`Bench feed ${i}`, generateItems(i, ITEMS_PER_FEED, 7, JAPANESE_EVERY)),
  );
  const server = await serveFeeds(bodies);
  const dataDir = await mkdtemp(join(tmpdir(), 'newsbot-bench-ingest-'));
  const baselinePerSecond = await parseBaseline(bodies);
  const analysisPerSecond = await analysisAlone(bodies, loaded.config.actors);
  const app = await createApp({
    config: loaded.config,
    dataDir,
    logger: silentLogger,
    allowPrivateAddresses: true,
  });
  await prefill(app.archive);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const totals = { items: 0, new: 0, duplicate: 0, notRelevant: 0, failed: 0 };
  for (let i = 0; i < FEEDS; i += 1) {
    const report = await app.feeds.ingestOnce({ url: server.url(i) });
    if (!report.ok) {
      totals.failed += 1;
      continue;
    }
    totals.items += report.items;
    totals.new += report.counts.new;
    totals.duplicate += report.counts.duplicate;
    totals.notRelevant += report.counts.notRelevant;
    process.stderr.write(`\ringested ${i + 1}/${FEEDS} feeds`);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpuBefore);
  process.stderr.write('\n');
  // The same bodies again: every item is stored unchanged, so this is the cost of a quiet poll.
  const reStarted = performance.now();
  let reSeen = 0;
  for (let i = 0; i < FEEDS; i += 1) {
    const report = await app.feeds.ingestXml({ url: server.url(i) }, bodies[i] ?? '');
    reSeen += report.counts.seen;
  }
  const reSeconds = (performance.now() - reStarted) / 1000;
  await app.close();
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
  clearInterval(sampleMemory);
  const pipelinePerSecond = totals.items / seconds;
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    feeds: FEEDS,
    ...totals,
    pipelineSeconds: Number(seconds.toFixed(2)),
    pipelineItemsPerSecond: Math.round(pipelinePerSecond),
    parseStringItemsPerSecond: Math.round(baselinePerSecond),
    pipelineCostVsParse: Number((baselinePerSecond / pipelinePerSecond).toFixed(1)),
    cpuSeconds: Number(cpuSeconds.toFixed(1)),
    newArticlesPerCpuSecond: Math.round(totals.new / cpuSeconds),
    newArticlesPerCpuSecondTarget: 500,
    reIngestSeen: reSeen,
    reIngestCostVsParse: Number((reSeconds / (totals.items / baselinePerSecond)).toFixed(2)),
    reIngestTarget: 1.2,
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
    analysisArticlesPerSecond: Math.round(analysisPerSecond),
    analysisTarget: TARGET_ANALYSIS_PER_SECOND,
    analysisMeetsTarget: analysisPerSecond >= TARGET_ANALYSIS_PER_SECOND,
    storedBefore: PREFILL,
    japaneseEvery: JAPANESE_EVERY,
    peakRssMiB: Math.round(peakRss / 2 ** 20),
    peakRssTargetMiB: 250,
  };
  console.table(result);
  await writeBenchResult(JAPANESE_EVERY > 0 ? 'ingest-japanese' : 'ingest', result);
}

await main();
