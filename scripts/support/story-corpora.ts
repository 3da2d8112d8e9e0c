import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { NewsbotApp } from '../../src/app/create-app.js';
import { readFeed } from '../../src/core/feeds/read-feed.js';
import { relevanceSchema } from '../../src/core/relevance/relevance-schema.js';
import { inPublicationOrder } from '../../src/core/stories/in-publication-order.js';
import { evalConfig, withScratchApp } from './run-production-ingest.js';

/**
 * Where the development corpora live: NEWSBOT_CORPORA, else ../shared/corpora beside the checkout
 * (or beside the folder of worktrees). Absent in a clone.
 */
export const CORPORA_DIR =
  process.env.NEWSBOT_CORPORA ??
  ['../../../shared/corpora', '../../../../shared/corpora']
    .map((path) => resolve(import.meta.dirname, path))
    .find((path) => existsSync(path)) ??
  resolve(import.meta.dirname, '../../../shared/corpora');

/** The corpora labelled by story (polnear is labelled by quotes, not stories). */
export const STORY_CORPORA = ['gva', 'ecb'] as const;

/**
 * The stretch of the gva corpus as dense as the portion the maintainers score on (about 20
 * incidents a week; see the corpus's README: "judge grouping on the dense months").
 */
export const GVA_DENSE = { from: '2016-11-01', to: '2017-03-01' };

export interface GoldArticle {
  id: string;
  feed: string;
  url: string;
  guid: string;
  published: string;
  story: string;
}

/** One scored article: its gold story, the story the bot gave it, and when it was published. */
export interface ScoredArticle {
  id: string;
  label: string;
  cluster: string;
  published: string;
}

/**
 * The corpora to score by story: the development corpora (STORY_CORPORA, listed even when absent so
 * a run says it skipped them), then every other folder of CORPORA_DIR whose `gold.json` has two
 * articles sharing a story (another corpus in the same format put beside them). Folders labelled
 * otherwise (polnear: one story per article, for quotes) are listed in `others`.
 */
export async function labelledCorpora(): Promise<{ byStory: string[]; others: string[] }> {
  const byStory: string[] = [];
  const others: string[] = [];
  const folders = existsSync(CORPORA_DIR) ? await readdir(CORPORA_DIR) : [];
  for (const name of folders) {
    const gold = join(CORPORA_DIR, name, 'gold.json');
    if (!existsSync(gold)) continue;
    const { articles } = JSON.parse(await readFile(gold, 'utf8')) as { articles: { story?: string }[] };
    const stories = new Set(articles.map((article) => article.story));
    (stories.size < articles.length ? byStory : others).push(name);
  }
  return { byStory: [...new Set([...STORY_CORPORA, ...byStory.sort()])], others: others.sort() };
}

/** The corpus folder, or null (with the reason) when this machine does not have it. */
export function corpusDir(name: string): { dir: string } | { missing: string } {
  const dir = join(CORPORA_DIR, name);
  return existsSync(join(dir, 'gold.json')) ? { dir } : { missing: `${dir}/gold.json not found` };
}

/**
 * Ingests every feed file of a corpus as `newsbot ingest feeds/*.xml` does (files in name order,
 * the corpus's keywords in place of the config's), hands the app to `inspect`, and returns each
 * gold article with the story it was given. With `within`, only the items published in that window
 * are ingested (each feed's, through the same pipeline) and scored.
 */
export async function ingestCorpus<T = void>(
  dir: string,
  inspect?: (app: NewsbotApp, scored: ScoredArticle[]) => Promise<T>,
  within?: { from: string; to: string },
): Promise<{ scored: ScoredArticle[]; inspected: T | undefined; failures: string[] }> {
  const gold = JSON.parse(await readFile(join(dir, 'gold.json'), 'utf8')) as { articles: GoldArticle[] };
  const keywords = relevanceSchema.parse(JSON.parse(await readFile(join(dir, 'keywords.json'), 'utf8')));
  const feeds = (await readdir(join(dir, 'feeds'))).filter((name) => name.endsWith('.xml')).sort();
  const inWindow = (published: string) => !within || (published >= within.from && published < within.to);
  return withScratchApp(await evalConfig(keywords), async (app) => {
    const failures: string[] = [];
    for (const feed of feeds) {
      const path = join(dir, 'feeds', feed);
      if (within) {
        // Only the window's items, as if the bot had polled the feeds during those months alone.
        try {
          const parsed = await readFeed(await readFile(path, 'utf8'), path, new Date());
          const items = parsed.items.filter((item) => inWindow(item.publishedAt));
          await app.pipeline.ingestItems(inPublicationOrder(items));
        } catch (error) {
          failures.push(`${feed}: ${error instanceof Error ? error.message : String(error)}`);
        }
        continue;
      }
      const report = await app.feeds.ingestOnce({ url: path });
      if (!report.ok) failures.push(`${feed}: ${report.error}`);
    }
    // As `newsbot ingest` ends its run.
    await app.pipeline.settle();
    const byGuid = new Map((await app.articles.all()).map((article) => [article.guid, article]));
    const scored = gold.articles
      .filter((article) => inWindow(article.published))
      .map((article) => ({
        id: article.id,
        label: article.story,
        cluster: byGuid.get(article.guid)?.storyId ?? `unassigned:${article.id}`,
        published: article.published,
      }));
    return { scored, inspected: inspect ? await inspect(app, scored) : undefined, failures };
  });
}
