import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listQuotes, type QuoteRecord } from '../../src/core/quotes/list-quotes.js';
import type { ArticleQuotes } from '../../test/fixtures/quotes/score-quotes.js';
import { CORPORA_DIR, corpusDir, type GoldArticle, ingestCorpus } from './story-corpora.js';

/** A gold quote of polnear/quotes.json (fields the scorer reads). */
interface PolnearQuote {
  articleId: string;
  text: string;
  named: boolean;
  sourceName: string | null;
  inTitle: boolean;
}

/**
 * The corpora labelled with quotes: polnear (expected), and any other folder of the corpora with a
 * `quotes.json` in its format.
 */
export async function quoteCorpora(): Promise<string[]> {
  const found = existsSync(CORPORA_DIR)
    ? (await readdir(CORPORA_DIR)).filter((name) => existsSync(join(CORPORA_DIR, name, 'quotes.json')))
    : [];
  return [...new Set(['polnear', ...found.sort()])];
}

/**
 * A quote corpus (polnear by default) through the production path: its feeds ingested into a
 * scratch store as `newsbot ingest` does (the corpus's keywords), then the code of `newsbot
 * quotes`; returns each gold article's reported and gold quotes, or the reason it was skipped.
 */
export async function corpusQuotes(
  name = 'polnear',
): Promise<{ articles: ArticleQuotes[]; failures: string[] } | { missing: string }> {
  const found = corpusDir(name);
  if ('missing' in found) return found;
  const gold = JSON.parse(await readFile(join(found.dir, 'quotes.json'), 'utf8')) as {
    quotes: PolnearQuote[];
  };
  const byArticle = new Map<string, PolnearQuote[]>();
  for (const quote of gold.quotes)
    byArticle.set(quote.articleId, [...(byArticle.get(quote.articleId) ?? []), quote]);
  const goldArticles = JSON.parse(await readFile(join(found.dir, 'gold.json'), 'utf8')) as {
    articles: GoldArticle[];
  };
  const { inspected, failures } = await ingestCorpus(found.dir, async (app) => ({
    quotes: await listQuotes({
      kv: app.kv,
      articles: app.articles,
      stories: app.stories,
      gazetteer: app.config.actors,
    }),
    texts: new Map((await app.articles.all()).map((article) => [article.url, article.text])),
  }));
  const reportedByUrl = new Map<string, QuoteRecord[]>();
  for (const quote of inspected?.quotes ?? [])
    reportedByUrl.set(quote.url, [...(reportedByUrl.get(quote.url) ?? []), quote]);
  const articles = goldArticles.articles.map((article) => ({
    articleId: article.id,
    reported: reportedByUrl.get(article.url) ?? [],
    text: inspected?.texts.get(article.url),
    gold: (byArticle.get(article.id) ?? []).map((quote) => ({
      text: quote.text,
      speakerName: quote.named ? quote.sourceName : null,
      forRecall: !quote.inTitle,
    })),
  }));
  return { articles, failures };
}
