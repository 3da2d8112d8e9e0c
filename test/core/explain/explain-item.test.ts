import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/articles/article.js';
import { articleIdFor } from '../../../src/core/articles/article-id.js';
import { explainItem } from '../../../src/core/explain/explain-item.js';
import { explanationReply } from '../../../src/core/explain/explanation-reply.js';
import { createArticleStore } from '../../../src/core/store/article-store.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryStore } from '../../../src/core/stories/story-store.js';
import { storedArticle } from '../../fixtures/commands/stored-article.js';

function withUrl(article: Article, url: string): Article {
  return { ...article, id: articleIdFor(url), url, canonicalUrl: url };
}

async function explainFor(articles: Article[], url: string) {
  const kv = createMemoryKeyValueStore();
  const store = createArticleStore(kv);
  for (const article of articles) await store.put(article);
  const explanation = await explainItem({ articles: store, stories: createStoryStore(kv) }, url);
  return {
    explanation,
    text: `${explanationReply(explanation).title}\n${explanationReply(explanation).text}`,
  };
}

describe('why an item was or was not posted', () => {
  it('names a near copy, how similar it was, and what it copied', async () => {
    const original = withUrl(
      storedArticle({ id: 'x', title: 'NATO opens Tokyo office', publishedAt: '2024-05-01T00:00:00Z' }),
      'https://a.example/1',
    );
    const copy = {
      ...withUrl(
        storedArticle({ id: 'y', title: 'NATO to open Tokyo office', publishedAt: '2024-05-01T02:00:00Z' }),
        'https://b.example/2',
      ),
      source: 'Other Wire',
      duplicateOf: original.id,
      duplicate: { of: original.id, method: 'near' as const, similarity: 0.874 },
    };
    const { explanation, text } = await explainFor([original, copy], 'https://b.example/2#comments');
    expect(explanation.kind).toBe('duplicate');
    expect(text).toContain('Duplicate: NATO to open Tokyo office');
    expect(text).toContain(
      'A copy of "NATO opens Tokyo office" (Outlet 0, https://a.example/1): recognised by nearly the same text, 87% similar.',
    );
  });

  it('still explains a copy whose original is gone, and says why an item was skipped', async () => {
    const orphan = {
      ...withUrl(
        storedArticle({ id: 'z', title: 'Copy of a removed item', publishedAt: '2024-05-01T00:00:00Z' }),
        'https://c.example/3',
      ),
      duplicateOf: 'a_missing',
      duplicate: { of: 'a_missing', method: 'guid' as const, similarity: 1 },
    };
    expect((await explainFor([orphan], 'https://c.example/3')).text).toContain(
      'A copy of article a_missing: recognised by the same feed id (GUID), 100% similar.',
    );
    const skipped = {
      ...withUrl(
        storedArticle({ id: 'g', title: 'NATO video game review', publishedAt: '2024-05-01T00:00:00Z' }),
        'https://d.example/4',
      ),
      relevant: false,
      matchedKeywords: [],
      irrelevantReason: "excluded by 'video game'",
    };
    expect((await explainFor([skipped], 'https://d.example/4')).text).toContain(
      "Skipped: excluded by 'video game'.",
    );
  });
});
