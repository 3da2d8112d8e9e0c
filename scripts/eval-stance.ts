/**
 * Stance quality on a seed-like story of our own writing (test/fixtures/positions/cyber-centre-feed.ts),
 * through the production path: the feed is ingested by the app `newsbot start` builds (relevance,
 * dedup, analysis, story grouping) and positions are read as /positions reads them. Prints the
 * (story, actor) accuracy against the gold stances and every miss, and writes
 * bench/results/eval-stance.json. Targets (issue 11): all five featured actors right, and >= 0.85
 * of (story, actor) pairs. Run: npx tsx scripts/eval-stance.ts
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { createApp } from '../src/app/create-app.js';
import { silentLogger } from '../src/core/logging/logger.js';
import {
  cyberCentreFeed,
  cyberCentreGold,
  cyberCentreLinks,
} from '../test/fixtures/positions/cyber-centre-feed.js';

const FEATURED = ['japan', 'nato', 'france', 'us', 'china'];

async function main(): Promise<void> {
  const loaded = await loadConfig();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const dir = await mkdtemp(join(tmpdir(), 'newsbot-eval-stance-'));
  const app = await createApp({ config: loaded.config, dataDir: join(dir, 'data'), logger: silentLogger });
  try {
    const feed = join(dir, 'cyber-centre.xml');
    await writeFile(feed, cyberCentreFeed());
    const ingested = await app.feeds.ingestOnce({ url: feed });
    if (!ingested.ok) throw new Error(ingested.error);
    // As `newsbot ingest` ends its run.
    await app.pipeline.settle();
    const articles = (await app.articles.all()).filter((a) => cyberCentreLinks.includes(a.url));
    const storyIds = [...new Set(articles.map((a) => a.storyId ?? ''))];
    const pairs: { story: string; actor: string; stance: string; gold: string }[] = [];
    for (const storyId of storyIds) {
      const report = await app.positions.positionsFor(storyId);
      for (const position of report?.actors ?? [])
        pairs.push({
          story: storyId,
          actor: position.actor,
          stance: position.stance,
          gold: cyberCentreGold[position.actor] ?? 'unknown',
        });
    }
    const right = pairs.filter((p) => p.stance === p.gold);
    const featuredRight = FEATURED.every((actor) =>
      pairs.some((p) => p.actor === actor && p.stance === p.gold),
    );
    const figures = {
      articles: articles.length,
      stories: storyIds.length,
      pairs: pairs.length,
      accuracy: right.length / pairs.length,
      allFeaturedRight: featuredRight,
      targetMet: featuredRight && right.length / pairs.length >= 0.85,
      misses: pairs.filter((p) => p.stance !== p.gold),
    };
    console.log(JSON.stringify(figures, null, 2));
    await mkdir('bench/results', { recursive: true });
    await writeFile('bench/results/eval-stance.json', `${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
