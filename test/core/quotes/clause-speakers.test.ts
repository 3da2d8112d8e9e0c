import { describe, expect, it } from 'vitest';
import { clauseArticles } from '../../fixtures/quotes/clause-articles.js';
import { ingestQuoteFixtures } from '../../fixtures/quotes/ingest-quote-fixtures.js';
import { coverage, lastNameToken, normaliseQuote } from '../../fixtures/quotes/quote-matching.js';
import { withDefaultApp } from '../../fixtures/quotes/with-default-app.js';

const speakerOf = (speaker: string | null | undefined) => (speaker ? lastNameToken(speaker) : null);

describe('speakers read from part-of-speech tags, through the production path', () => {
  it('names the subject of a non-speech verb, titles the word lists do not know, and asides, quote by quote', async () => {
    const articles = await withDefaultApp((app) => ingestQuoteFixtures(app, clauseArticles));
    for (const article of clauseArticles) {
      const reported = articles.find((a) => a.articleId === article.key)?.reported ?? [];
      const got = article.quotes.map((gold) => {
        const quote = reported.find((r) => coverage(normaliseQuote(r.text), normaliseQuote(gold.text)) === 1);
        // The quote is exactly what the article printed between its marks.
        if (quote) expect(article.text).toContain(quote.text);
        return `${gold.text} → ${speakerOf(quote?.speaker)}`;
      });
      expect(got, article.key).toEqual(
        article.quotes.map((gold) => `${gold.text} → ${speakerOf(gold.speaker)}`),
      );
    }
  }, 60_000);
});
