import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../../src/core/nlp/article-analysis.js';
import { ANALYSIS_NAMESPACE, createAnalyser } from '../../../src/core/nlp/create-analyser.js';
import { loadDefaultGazetteer } from '../../../src/core/nlp/load-default-gazetteer.js';
import type { KeyValueStore } from '../../../src/core/store/key-value-store.js';
import { openStore } from '../../../src/core/store/open-store.js';

let dir: string;
let kv: KeyValueStore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbot-analysis-'));
  kv = await openStore({ dataDir: dir });
});
afterEach(async () => {
  await kv.close();
  rmSync(dir, { recursive: true, force: true });
});

const article = {
  id: 'a_1',
  feed: 'https://news.example/feed.xml',
  source: 'Example News',
  guid: null,
  url: 'https://news.example/1',
  canonicalUrl: 'https://news.example/1',
  title: 'NATO office in Tokyo',
  text: '"We welcome it," Tomita said in Washington.\n\nBeijing urged high vigilance.',
  publishedAt: '2023-05-09T00:00:00Z',
  language: 'en' as const,
  author: null,
};

describe('analysis at ingest', () => {
  it('stores the analysis under the article id in SQLite and returns actors and places', async () => {
    const analyser = createAnalyser(kv, await loadDefaultGazetteer());
    const { entities } = await analyser.analyseAndStore(article);
    expect(entities.sort()).toEqual(
      ['Beijing', 'Tokyo', 'Washington', 'china', 'japan', 'nato', 'us'].sort(),
    );
    const stored = await kv.get<ArticleAnalysis>(ANALYSIS_NAMESPACE, 'a_1');
    expect(stored?.statements.map((s) => [s.text, s.speaker, s.actor, s.polarity])).toEqual([
      ['We welcome it,', 'Koji Tomita', 'japan', 'support'],
      ['Beijing urged high vigilance.', 'Beijing', 'china', 'oppose'],
    ]);
    expect(stored?.url).toBe('https://news.example/1');
  });
});
