import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { NewsbotApp } from '../../src/app/create-app.js';
import type { ArticleAnalysis } from '../../src/core/nlp/article-analysis.js';
import { ANALYSIS_NAMESPACE } from '../../src/core/nlp/create-analyser.js';
import { ingestLabelled, labelledItem } from '../../test/fixtures/stories/ingest-labelled.js';
import { LABELLED_STORY_SETS } from '../../test/fixtures/stories/labelled-story-sets.js';
import { type ArrivalOrder, everyFeedOrder } from './arrival-orders.js';
import { DEMO_STORY_LABELS } from './demo-story-labels.js';
import { evalConfig, withScratchApp } from './run-production-ingest.js';
import type { CandidateSet, StoryCandidate } from './story-candidates.js';

/** One of our own labelled sets as story candidates (see `candidatesOf`), named. */
export interface NamedCandidateSet extends CandidateSet {
  name: string;
  /** Orders the set must be replayed in, by name (default: as production ingested it). */
  orders?: Record<string, ArrivalOrder>;
}

/**
 * The assigner's inputs of every originally stored relevant article, in the order the app stored
 * them (`rank`): our fixture sets are small, so the fit replays exactly the production order.
 */
async function storedCandidates(app: NewsbotApp, feedOf: (guid: string | null) => string) {
  const stored = await app.articles.all();
  const originals = stored.filter((article) => article.relevant && article.duplicateOf === null);
  const analyses = await app.kv.getMany<ArticleAnalysis>(
    ANALYSIS_NAMESPACE,
    originals.map((article) => article.id),
  );
  const candidates: StoryCandidate[] = originals.map((article, i) => ({
    id: article.id,
    feed: feedOf(article.guid),
    title: article.title,
    text: article.text,
    language: article.language,
    publishedAt: article.publishedAt,
    source: article.source,
    entities: analyses[i]?.entities ?? [],
  }));
  const byGuid = new Map(stored.map((article) => [article.guid, article]));
  return { candidates, originalOf: (guid: string) => byGuid.get(guid)?.duplicateOf ?? byGuid.get(guid)?.id };
}

/**
 * Our own labelled fixture sets and the demo's seed reports, ingested once through the production
 * path (the shipped config's keywords and actors), as candidate sets the fit can replay in the
 * order production ingested them (each set: feeds in order of first appearance).
 */
export async function fixtureCandidateSets(): Promise<NamedCandidateSet[]> {
  const config = await evalConfig();
  const sets: NamedCandidateSet[] = [];
  for (const set of LABELLED_STORY_SETS) {
    const items = set.articles.map(labelledItem);
    const feedOrder = [...new Set(items.map((item) => item.feed))];
    const rank = new Map(
      items.map((item, i) => [item.guid, feedOrder.indexOf(item.feed) * items.length + i] as const),
    );
    sets.push(
      await withScratchApp(config, async (app) => {
        await ingestLabelled(app.pipeline, app.articles, set.articles);
        const { candidates, originalOf } = await storedCandidates(app, (guid) =>
          String(rank.get(guid ?? '') ?? 0).padStart(6, '0'),
        );
        const gold = items.flatMap((item, i) => {
          const original = originalOf(item.guid ?? item.url);
          return original ? [{ label: set.articles[i]?.story ?? '', original }] : [];
        });
        return { name: set.name, candidates, gold };
      }),
    );
  }
  sets.push(await demoCandidates());
  return sets;
}

/** The demo's feeds (`newsbot demo`, demo/feeds), labelled by DEMO_STORY_LABELS. */
async function demoCandidates(): Promise<NamedCandidateSet> {
  const dir = join(import.meta.dirname, '../../demo/feeds');
  const feeds = (await readdir(dir)).filter((name) => name.endsWith('.xml')).sort();
  return withScratchApp(await evalConfig(), async (app) => {
    for (const feed of feeds) {
      const report = await app.feeds.ingestOnce({ url: join(dir, feed) });
      if (!report.ok) throw new Error(`demo feed ${feed}: ${report.error}`);
    }
    const guids = Object.keys(DEMO_STORY_LABELS);
    const feedOf = new Map((await app.articles.all()).map((article) => [article.guid, article.feed]));
    const feedFile = (guid: string | null) =>
      feeds.find((feed) => feedOf.get(guid)?.endsWith(`/${feed}`)) ?? '';
    const { candidates, originalOf } = await storedCandidates(app, feedFile);
    const gold = guids.flatMap((guid) => {
      const original = originalOf(guid);
      return original ? [{ label: DEMO_STORY_LABELS[guid] ?? '', original }] : [];
    });
    if (gold.length !== guids.length) throw new Error('demo: a labelled report was not stored');
    // A user may name the demo's feeds in any order (the CLI test names them in another than
    // `newsbot demo`): the seed reports must be one story in every one.
    return { name: 'demo', candidates, gold, orders: everyFeedOrder(candidates) };
  });
}
