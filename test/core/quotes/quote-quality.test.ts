import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfigPath, loadConfig } from '../../../config/load-config.js';
import { createApp } from '../../../src/app/create-app.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { ingestQuoteFixtures } from '../../fixtures/quotes/ingest-quote-fixtures.js';
import { quoteFixtureArticles } from '../../fixtures/quotes/quote-fixture-articles.js';
import { scoreQuotes } from '../../fixtures/quotes/score-quotes.js';

// Targets of issue 11 for direct quotes on real political news.
const RECALL_TARGET = 0.95;
const SPEAKER_TARGET = 0.85;

describe('English quotes and speakers through the production path', () => {
  it('finds the quotes of eight house styles and names their speakers, never a wrong one', async () => {
    const loaded = await loadConfig(defaultConfigPath());
    if (!loaded.ok) throw new Error(loaded.problems.join('; '));
    const dataDir = await mkdtemp(join(tmpdir(), 'newsbot-quotes-quality-'));
    const app = await createApp({ config: loaded.config, dataDir, logger: silentLogger });
    try {
      const articles = await ingestQuoteFixtures(app, quoteFixtureArticles);
      const byKey = new Map(quoteFixtureArticles.map((article) => [article.key, article.text]));
      for (const article of articles)
        for (const quote of article.reported) expect(byKey.get(article.articleId)).toContain(quote.text);
      const scores = scoreQuotes(articles);
      const misses = scores.misses.filter((miss) => miss.kind !== 'not-gold');
      expect(scores.recall, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(RECALL_TARGET);
      expect(scores.speakerAccuracy, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(SPEAKER_TARGET);
      expect(scores.wrongSpeaker, JSON.stringify(misses, null, 1)).toBe(0);
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
