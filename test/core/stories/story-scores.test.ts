import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
import { createStoryStore } from '../../../src/core/stories/story-store.js';
import { BASE_ARTICLES, SHORT_ARTICLES } from '../../fixtures/dedup/base-articles.js';

/** Pairwise precision, recall and F1 of a clustering against labels. */
function pairwiseScores(items: readonly { label: string; cluster: string }[]) {
  let both = 0;
  let predicted = 0;
  let actual = 0;
  for (const [i, a] of items.entries()) {
    for (const b of items.slice(i + 1)) {
      const same = a.cluster === b.cluster;
      const labelled = a.label === b.label;
      if (same) predicted += 1;
      if (labelled) actual += 1;
      if (same && labelled) both += 1;
    }
  }
  const precision = predicted === 0 ? 1 : both / predicted;
  const recall = actual === 0 ? 1 : both / actual;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

describe('story grouping on the labelled fixture', () => {
  it('groups independent reports of one event and keeps events with shared vocabulary apart (pairwise F1 >= 0.85)', async () => {
    const kv = createMemoryKeyValueStore();
    const assigner = createStoryAssigner(kv);
    const articles = [...BASE_ARTICLES, ...SHORT_ARTICLES].sort((a, b) =>
      a.publishedAt.localeCompare(b.publishedAt),
    );
    const assigned: { key: string; label: string; cluster: string; similarity: number }[] = [];
    for (const article of articles) {
      const { story, similarity } = await assigner.assign({ ...article, id: article.key });
      assigned.push({ key: article.key, label: article.story, cluster: story.id, similarity });
    }
    const scores = pairwiseScores(assigned);
    const stories = await createStoryStore(kv).all();
    console.log(
      `stories fixture: ${articles.length} articles, ${new Set(articles.map((a) => a.story)).size} events, ` +
        `${stories.length} stories; pairwise precision ${scores.precision.toFixed(3)}, ` +
        `recall ${scores.recall.toFixed(3)}, F1 ${scores.f1.toFixed(3)}`,
    );
    for (const story of stories) {
      const members = assigned.filter((a) => a.cluster === story.id);
      console.log(
        `  ${story.title}: ${members.map((m) => `${m.key}[${m.label}] ${m.similarity}`).join(', ')}`,
      );
    }
    expect(scores.f1).toBeGreaterThanOrEqual(0.85);
  });
});
