/**
 * Ingest throughput: 20 feeds × 1000 items served over HTTP on loopback, fetched, parsed,
 * normalized, filtered, deduplicated, analysed, grouped and stored in SQLite in a temp dir, after
 * the archive is filled with BENCH_INGEST_PREFILL older articles (default 80,000: 100k stored by
 * the end, where the RSS target applies). Baseline in the same run: rss-parser's parseString over
 * the same bodies, so figures read as "the pipeline costs N× bare parsing"; a quiet re-poll of the
 * same bodies is compared with a warm parse (best of 5 rounds each). BENCH_INGEST_JAPANESE=n makes
 * every n-th item Japanese (kuromoji loads: ~95 MB).
 *
 * The items' texts are the `news` corpus (bench/support/generate-news.ts: events of a few reports
 * over a skewed vocabulary, as real news is to duplicate detection and story grouping); a last
 * child runs the `uniform` corpus of the earlier measurements (every text from one 34-word filler),
 * so figures stay comparable with those.
 *
 * The work runs in a child process from the compiled build (`npm run bench:ingest` builds first)
 * with the V8 flags and environment of the bot's own command line (dist/src/cli.js), so CPU and
 * RSS are the bot's; a second child with Node's defaults shows in the same run what they trade.
 * Prints a table and writes bench/results/ingest.json (ingest-japanese.json with Japanese items).
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { writeBenchResult } from './support/bench-results.js';
import type { BenchCorpus } from './support/generate-feed.js';

const compiled = new URL('../dist/', import.meta.url);
const JAPANESE_EVERY = Number(process.env.BENCH_INGEST_JAPANESE ?? 0);

type ChildFigures = Record<string, unknown> & {
  newArticlesPerCpuSecond: number;
  analysisArticlesPerSecond: number;
  peakRssWhileIngestingMiB: number;
};

/** What the bot's shebang line (`#!/usr/bin/env -S NAME=value node --flag ...`) runs node with. */
interface BotSettings {
  v8Flags: string[];
  env: Record<string, string>;
}

async function botSettings(): Promise<BotSettings> {
  const cli = await readFile(new URL('src/cli.js', compiled), 'utf8');
  const words = (cli.split('\n', 1)[0] ?? '').split(/\s+/);
  const assignments = words.flatMap((word) => {
    const found = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(word);
    return found ? [[found[1] as string, found[2] as string] as const] : [];
  });
  return { v8Flags: words.filter((word) => word.startsWith('--')), env: Object.fromEntries(assignments) };
}

const NODE_DEFAULTS: BotSettings = { v8Flags: [], env: {} };

function runIngestChild({ v8Flags, env }: BotSettings, corpus: BenchCorpus): Promise<ChildFigures> {
  const script = new URL('bench/support/ingest-process.js', compiled).pathname;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...v8Flags, script], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env, BENCH_INGEST_CORPUS: corpus },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`the ingest child exited with ${code}`));
      const lastLine = output.trim().split('\n').at(-1) ?? '';
      resolve(JSON.parse(lastLine) as ChildFigures);
    });
  });
}

async function main(): Promise<void> {
  const bot = await botSettings();
  const settings = [...Object.entries(bot.env).map(([name, value]) => `${name}=${value}`), ...bot.v8Flags];
  process.stderr.write(`news corpus, the bot's settings (${settings.join(' ') || 'none'}):\n`);
  const figures = await runIngestChild(bot, 'news');
  let defaults: ChildFigures | undefined;
  if (settings.length > 0) {
    process.stderr.write("news corpus, Node's defaults:\n");
    defaults = await runIngestChild(NODE_DEFAULTS, 'news');
  }
  process.stderr.write("uniform corpus, the bot's settings:\n");
  const uniform = await runIngestChild(bot, 'uniform');
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
    botSettings: settings,
    ...figures,
    newArticlesPerCpuSecondTarget: 500,
    reIngestTarget: 1.2,
    analysisTarget: 200,
    analysisMeetsTarget: figures.analysisArticlesPerSecond >= 200,
    peakRssTargetMiB: 250,
    withNodeDefaultFlags: defaults && {
      newArticlesPerCpuSecond: defaults.newArticlesPerCpuSecond,
      cpuSeconds: defaults.cpuSeconds,
      reIngestCpuCostVsParse: defaults.reIngestCpuCostVsParse,
      peakRssWhileIngestingMiB: defaults.peakRssWhileIngestingMiB,
      peakRssWholeRunMiB: defaults.peakRssWholeRunMiB,
    },
    uniformCorpus: {
      new: uniform.new,
      duplicate: uniform.duplicate,
      notRelevant: uniform.notRelevant,
      cpuSeconds: uniform.cpuSeconds,
      newArticlesPerCpuSecond: uniform.newArticlesPerCpuSecond,
      reIngestCpuCostVsParse: uniform.reIngestCpuCostVsParse,
      peakRssWhileIngestingMiB: uniform.peakRssWhileIngestingMiB,
      peakRssWholeRunMiB: uniform.peakRssWholeRunMiB,
    },
  };
  const { withNodeDefaultFlags, uniformCorpus, ...shown } = result;
  console.table(shown);
  if (withNodeDefaultFlags) console.table(withNodeDefaultFlags);
  console.table(uniformCorpus);
  await writeBenchResult(JAPANESE_EVERY > 0 ? 'ingest-japanese' : 'ingest', result);
}

await main();
