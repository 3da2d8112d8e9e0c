import { describe, expect, it } from 'vitest';
import { createDuplicateFinder } from '../../../src/core/dedup/create-duplicate-finder.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import type { BaseArticle } from '../../fixtures/dedup/base-articles.js';
import { BLIND_PAIRS } from '../../fixtures/dedup/blind-pairs.js';

const candidate = (article: BaseArticle) => ({
  ...article,
  id: article.key,
  feed: `https://${article.source.length}.example/feed`,
  guid: null,
});

describe('duplicate detection on hand-made pairs the generator did not make', () => {
  for (const pair of BLIND_PAIRS) {
    it(`${pair.name}: ${pair.duplicate ? 'a copy' : 'not a copy'}`, async () => {
      const finder = createDuplicateFinder(createMemoryKeyValueStore());
      await finder.add(candidate(pair.first));
      const match = await finder.find(candidate(pair.second));
      console.log(`${pair.name}: ${JSON.stringify(match)}`);
      if (pair.duplicate) expect(match).toMatchObject({ of: pair.first.key });
      else expect(match).toBeNull();
    });
  }
});
