/**
 * How long each chat command takes on a large store: 100,000 articles over a year in stories of 5,
 * with their analyses, in the archive (articles, and stories and analyses in its key-value table)
 * as createApp opens them: SQLite files in a temp dir, or with BENCH_STORE_URL=postgres://… a fresh schema on that
 * server (dropped after). Each command runs RUNS times in a fresh process's first use onwards:
 * p50, p99 and the first (cold) round are reported; the target is p99 < 50 ms, first round
 * included (issue 12).
 * Run: npm run bench:commands (BENCH_COMMANDS_ARTICLES=10000 for a quick run).
 * Writes bench/results/commands.json (commands-postgres.json on PostgreSQL).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { allCommands } from '../commands/all-commands.js';
import type { Archive } from '../src/core/archive/archive.js';
import { withArchiveNamespaces } from '../src/core/archive/archive-namespaces.js';
import { openArchive } from '../src/core/archive/open-archive.js';
import { analyseArticle } from '../src/core/nlp/analyse-article.js';
import type { ArticleAnalysis } from '../src/core/nlp/article-analysis.js';
import { ANALYSIS_NAMESPACE } from '../src/core/nlp/create-analyser.js';
import { loadDefaultGazetteer } from '../src/core/nlp/load-default-gazetteer.js';
import type { KeyValueStore } from '../src/core/store/key-value-store.js';
import { openStore } from '../src/core/store/open-store.js';
import { STORIES_NAMESPACE } from '../src/core/stories/story-store.js';
import { storedArticle } from '../test/fixtures/commands/stored-article.js';
import { benchServices, runAsAdmin } from './support/bench-commands.js';
import { writeBenchResult } from './support/bench-results.js';
import { benchSchema } from './support/bench-schema.js';

const ARTICLES = Number(process.env.BENCH_COMMANDS_ARTICLES ?? 100_000);
const PER_STORY = 5;
const RUNS = 20;
const TARGET_P99_MS = 50;
const now = new Date('2024-05-06T09:00:00Z');
/** The articles are spread evenly over the year before `now`. */
const SPACING_MS = (365 * 86_400_000) / ARTICLES;
/** A statement with a speaker and a stance, so /positions has something to show. */
const QUOTE = ' "We support a stronger partnership with Japan," NATO Secretary General Mark Rutte said.';

/** Fills the store as ingest would leave it: articles with their stories, the stories. */
async function fill(kv: KeyValueStore, archive: Archive): Promise<void> {
  const articles = archive.articles;
  const gazetteer = await loadDefaultGazetteer();
  // Every text says the same apart from its number: one analysis serves as every article's.
  let analysis: ArticleAnalysis | undefined;
  for (let index = 0; index < ARTICLES; index += 1) {
    const story = `s_${Math.floor(index / PER_STORY)}`;
    const publishedAt = new Date(now.getTime() - (ARTICLES - index) * SPACING_MS).toISOString();
    const article = storedArticle({
      id: `a_${index}`,
      title: `NATO partner talks number ${index} in Tokyo`,
      text: `Officials from NATO and Japan met for talks number ${index}. ${'More text follows here. '.repeat(40)}${QUOTE}`,
      publishedAt,
      outlet: index % 20,
      storyId: story,
    });
    await articles.put(article);
    analysis ??= analyseArticle(article, gazetteer);
    const { id, url, source } = article;
    await kv.set<ArticleAnalysis>(ANALYSIS_NAMESPACE, id, {
      ...analysis,
      articleId: id,
      url,
      source,
      publishedAt,
    });
    if (index % PER_STORY !== PER_STORY - 1) continue;
    const ids = Array.from({ length: PER_STORY }, (_, k) => `a_${index - PER_STORY + 1 + k}`);
    await kv.set(STORIES_NAMESPACE, story, {
      id: story,
      title: article.title,
      firstSeen: publishedAt,
      lastSeen: publishedAt,
      articleIds: ids,
      sources: ['Outlet 1', 'Outlet 2'],
    });
  }
}

const calls: [string, string | null, Record<string, string>][] = [
  ['positions', null, {}],
  ['digest', null, { since: '7d' }],
  ['story', null, { story: 'talks number 4242' }],
  ['search', null, { words: 'talks 4242' }],
  ['why', null, { url: 'https://feed2.example/a_4242' }],
  ['watch', 'add', { keyword: 'partner' }],
];

const dir = await mkdtemp(join(tmpdir(), 'newsbot-bench-commands-'));
const postgres = process.env.BENCH_STORE_URL ? benchSchema(process.env.BENCH_STORE_URL) : undefined;
const keyv = await openStore({ url: postgres?.url, dataDir: dir });
const archive = await openArchive({ url: postgres?.url, dataDir: dir });
const kv = withArchiveNamespaces(keyv, archive.values);
const fillStarted = performance.now();
await archive.transaction(() => fill(kv, archive));
process.stderr.write(
  `filled ${ARTICLES} articles in ${((performance.now() - fillStarted) / 1000).toFixed(0)} s\n`,
);
const services = benchServices(kv, await loadDefaultGazetteer(), now, archive.articles);
const results: Record<string, { firstMs: number; p50Ms: number; p99Ms: number; meetsTarget: boolean }> = {};
for (const [name, subcommand, options] of calls) {
  const definition = allCommands.find((command) => command.name === name);
  if (!definition) throw new Error(`no command ${name}`);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    if (name === 'watch') await services.keywords.remove('bench', 'partner');
    const started = performance.now();
    await runAsAdmin(definition, services, now, options, subcommand);
    times.push(performance.now() - started);
  }
  const first = times[0] ?? 0;
  times.sort((a, b) => a - b);
  const p99 = times[Math.min(RUNS - 1, Math.ceil(RUNS * 0.99) - 1)] ?? 0;
  results[`${name}${subcommand ? ` ${subcommand}` : ''}`] = {
    firstMs: Number(first.toFixed(1)),
    p50Ms: Number((times[Math.floor(RUNS / 2)] ?? 0).toFixed(1)),
    p99Ms: Number(p99.toFixed(1)),
    meetsTarget: p99 < TARGET_P99_MS,
  };
}
console.table(results);
await writeBenchResult(postgres ? 'commands-postgres' : 'commands', {
  date: new Date().toISOString(),
  store: postgres ? 'PostgreSQL archive + keyv (PostgreSQL)' : 'SQLite archive + keyv (SQLite)',
  loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
  targetP99Ms: TARGET_P99_MS,
  articles: ARTICLES,
  stories: ARTICLES / PER_STORY,
  runs: RUNS,
  results,
});
await archive.close();
await kv.close();
await postgres?.drop();
await rm(dir, { recursive: true, force: true });
