import { describe, expect, it } from 'vitest';
import { ingestQuoteFixtures } from '../../fixtures/quotes/ingest-quote-fixtures.js';
import { quoteFixtureArticles } from '../../fixtures/quotes/quote-fixture-articles.js';
import { scoreQuotes } from '../../fixtures/quotes/score-quotes.js';
import { withDefaultApp } from '../../fixtures/quotes/with-default-app.js';

// Targets of issue 11 for direct quotes on real political news.
const RECALL_TARGET = 0.95;
const SPEAKER_TARGET = 0.85;

describe('English quotes and speakers through the production path', () => {
  it('finds the quotes of eight house styles and names their speakers, never a wrong one', async () => {
    const scored = await withDefaultApp(async (app) => {
      const articles = await ingestQuoteFixtures(app, quoteFixtureArticles);
      const byKey = new Map(quoteFixtureArticles.map((article) => [article.key, article.text]));
      for (const article of articles)
        for (const quote of article.reported) expect(byKey.get(article.articleId)).toContain(quote.text);
      return scoreQuotes(articles);
    });
    const misses = scored.misses.filter((miss) => miss.kind !== 'not-gold');
    expect(scored.recall, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(RECALL_TARGET);
    expect(scored.speakerAccuracy, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(SPEAKER_TARGET);
    expect(scored.wrongSpeaker, JSON.stringify(misses, null, 1)).toBe(0);
  }, 60_000);
});
