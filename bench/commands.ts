/**
 * How long each chat command takes on a large store: 5,000 articles in 1,000 stories on SQLite in
 * a temp dir, each command run 5 times (median and slowest). Commands must answer well inside the
 * platforms' 3-second window; the ones that read every article show here first as the archive
 * grows. Run: npm run bench:commands. Writes bench/results/commands.json.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allCommands } from '../commands/all-commands.js';
import { loadDefaultGazetteer } from '../src/core/nlp/load-default-gazetteer.js';
import { createArticleStore } from '../src/core/store/article-store.js';
import type { KeyValueStore } from '../src/core/store/key-value-store.js';
import { openStore } from '../src/core/store/open-store.js';
import { createRecentStories } from '../src/core/stories/recent-stories.js';
import { STORIES_NAMESPACE } from '../src/core/stories/story-store.js';
import { storedArticle } from '../test/fixtures/commands/stored-article.js';
import { benchServices, runAsAdmin } from './support/bench-commands.js';
import { writeBenchResult } from './support/bench-results.js';

const ARTICLES = 5_000;
const PER_STORY = 5;
const RUNS = 5;
const now = new Date('2024-05-06T09:00:00Z');

/** Fills the store as ingest would leave it: articles, their stories, the recent-stories list. */
async function fill(kv: KeyValueStore): Promise<void> {
  const articles = createArticleStore(kv);
  const recent = createRecentStories(kv);
  for (let index = 0; index < ARTICLES; index += 1) {
    const story = `s_${Math.floor(index / PER_STORY)}`;
    const publishedAt = new Date(now.getTime() - (ARTICLES - index) * 120_000).toISOString();
    const article = storedArticle({
      id: `a_${index}`,
      title: `NATO partner talks number ${index} in Tokyo`,
      text: `Officials from NATO and Japan met for talks number ${index}. ${'More text follows here. '.repeat(40)}`,
      publishedAt,
      outlet: index % 20,
      storyId: story,
    });
    await articles.put(article);
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
    await recent.touch(story, publishedAt);
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
const kv = await openStore({ dataDir: dir });
await fill(kv);
const services = benchServices(kv, await loadDefaultGazetteer(), now);
const results: Record<string, { medianMs: number; slowestMs: number }> = {};
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
  times.sort((a, b) => a - b);
  results[`${name}${subcommand ? ` ${subcommand}` : ''}`] = {
    medianMs: Math.round(times[Math.floor(RUNS / 2)] ?? 0),
    slowestMs: Math.round(times[RUNS - 1] ?? 0),
  };
}
console.table(results);
await writeBenchResult('commands', {
  articles: ARTICLES,
  stories: ARTICLES / PER_STORY,
  runs: RUNS,
  results,
});
await kv.close();
await rm(dir, { recursive: true, force: true });
