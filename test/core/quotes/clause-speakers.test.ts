import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfigPath, loadConfig } from '../../../config/load-config.js';
import { createApp } from '../../../src/app/create-app.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { clauseArticles } from '../../fixtures/quotes/clause-articles.js';
import { ingestQuoteFixtures } from '../../fixtures/quotes/ingest-quote-fixtures.js';
import { coverage, lastNameToken, normaliseQuote } from '../../fixtures/quotes/quote-matching.js';

describe('speakers read from part-of-speech tags, through the production path', () => {
  it('names the subject of a non-speech verb, titles the word lists do not know, and asides, quote by quote', async () => {
    const loaded = await loadConfig(defaultConfigPath());
    if (!loaded.ok) throw new Error(loaded.problems.join('; '));
    const dataDir = await mkdtemp(join(tmpdir(), 'newsbot-clause-speakers-'));
    const app = await createApp({ config: loaded.config, dataDir, logger: silentLogger });
    try {
      const articles = await ingestQuoteFixtures(app, clauseArticles);
      for (const article of clauseArticles) {
        const reported = articles.find((a) => a.articleId === article.key)?.reported ?? [];
        const got = article.quotes.map((gold) => {
          const quote = reported.find(
            (r) => coverage(normaliseQuote(r.text), normaliseQuote(gold.text)) === 1,
          );
          // The quote is exactly what the article printed between its marks.
          if (quote) expect(article.text).toContain(`${quote.text}`);
          return `${gold.text} → ${quote?.speaker ? lastNameToken(quote.speaker) : null}`;
        });
        const want = article.quotes.map(
          (gold) => `${gold.text} → ${gold.speaker ? lastNameToken(gold.speaker) : null}`,
        );
        expect(got, article.key).toEqual(want);
      }
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
