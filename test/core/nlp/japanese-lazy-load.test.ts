import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../../src/core/nlp/article-analysis.js';
import { ANALYSIS_NAMESPACE, createAnalyser } from '../../../src/core/nlp/create-analyser.js';
import { isJapaneseMorphologyLoaded } from '../../../src/core/nlp/japanese-morphology.js';
import { loadDefaultGazetteer } from '../../../src/core/nlp/load-default-gazetteer.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';

const article = (id: string, language: 'en' | 'ja', text: string) => ({
  id,
  feed: 'https://news.example/feed.xml',
  source: 'Example News',
  guid: null,
  url: `https://news.example/${id}`,
  canonicalUrl: `https://news.example/${id}`,
  title: 'NATO',
  text,
  publishedAt: '2024-01-01T00:00:00Z',
  language,
  author: null,
});

describe('the Japanese analyser at ingest', () => {
  it('is loaded only when the first Japanese article is analysed, and attributes its quotes', async () => {
    const kv = createMemoryKeyValueStore();
    const analyser = createAnalyser(kv, await loadDefaultGazetteer());
    await analyser.analyseAndStore(article('a_en', 'en', '"We welcome it," Koji Tomita said.'));
    expect(isJapaneseMorphologyLoaded()).toBe(false);
    await analyser.analyseAndStore(
      article(
        'a_ja',
        'ja',
        '【ワシントン共同】上川大臣は９日、「ＮＡＴＯとの連携を歓迎する」と記者団に語った。',
      ),
    );
    expect(isJapaneseMorphologyLoaded()).toBe(true);
    const stored = await kv.get<ArticleAnalysis>(ANALYSIS_NAMESPACE, 'a_ja');
    expect(stored?.statements.map((s) => [s.text, s.speaker, s.actor, s.polarity])).toEqual([
      ['ＮＡＴＯとの連携を歓迎する', '上川大臣', 'japan', 'support'],
    ]);
  });
});
