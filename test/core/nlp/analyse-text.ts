import type { Language } from '../../../src/core/articles/article.js';
import { analyseArticle } from '../../../src/core/nlp/analyse-article.js';
import type { AnalysedStatement } from '../../../src/core/nlp/article-analysis.js';
import { loadDefaultGazetteer } from '../../../src/core/nlp/load-default-gazetteer.js';

const gazetteer = await loadDefaultGazetteer();

/** Analyses a text as an article would be at ingest and returns its statements. */
export function analyseText(text: string, language: Language = 'en'): AnalysedStatement[] {
  const url = 'https://news.example/x';
  return analyseArticle(
    {
      id: 'a_test',
      feed: 'https://news.example/feed.xml',
      source: 'Example News',
      guid: null,
      url,
      canonicalUrl: url,
      title: '',
      text,
      publishedAt: '2024-01-01T00:00:00Z',
      language,
      author: null,
    },
    gazetteer,
  ).statements;
}

/** Quotes only, as `text → speaker (actor)` lines a reader can check at a glance. */
export function quotesOf(text: string, language: Language = 'en'): string[] {
  return analyseText(text, language)
    .filter((s) => s.quote)
    .map((s) => `${s.text} → ${s.speaker ?? '?'} (${s.actor ?? '-'})`);
}
