import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
import { createStoryStore } from '../../../src/core/stories/story-store.js';
import { BASE_ARTICLES, type BaseArticle, SHORT_ARTICLES } from '../../fixtures/dedup/base-articles.js';
import { FIFTH_BLIND_ARTICLES } from '../../fixtures/stories/fifth-blind-articles.js';
import { FOURTH_BLIND_ARTICLES } from '../../fixtures/stories/fourth-blind-articles.js';
import {
  BLIND_ARTICLES,
  FINAL_BLIND_ARTICLES,
  HELD_OUT_ARTICLES,
} from '../../fixtures/stories/held-out-articles.js';

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

/** Assigns the articles in publication order, as ingest does, and prints the scores and stories. */
async function scoreStories(name: string, fixture: readonly BaseArticle[]) {
  const kv = createMemoryKeyValueStore();
  const assigner = createStoryAssigner(kv);
  const articles = [...fixture].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  const assigned: { key: string; label: string; cluster: string; similarity: number }[] = [];
  for (const article of articles) {
    const { story, similarity } = await assigner.assign({ ...article, id: article.key });
    assigned.push({ key: article.key, label: article.story, cluster: story.id, similarity });
  }
  const scores = pairwiseScores(assigned);
  const stories = await createStoryStore(kv).all();
  console.log(
    `${name}: ${articles.length} articles, ${new Set(articles.map((a) => a.story)).size} events, ` +
      `${stories.length} stories; pairwise precision ${scores.precision.toFixed(3)}, ` +
      `recall ${scores.recall.toFixed(3)}, F1 ${scores.f1.toFixed(3)}`,
  );
  for (const story of stories) {
    const members = assigned.filter((a) => a.cluster === story.id);
    console.log(`  ${story.title}: ${members.map((m) => `${m.key}[${m.label}] ${m.similarity}`).join(', ')}`);
  }
  return scores;
}

/** Scores a set as a whole and its English articles alone (cross-language grouping is the weaker part). */
async function scoreWithEnglishOnly(name: string, fixture: readonly BaseArticle[]) {
  const all = await scoreStories(name, fixture);
  const english = await scoreStories(
    `${name}, English only`,
    fixture.filter((article) => article.language === 'en'),
  );
  return { all, english };
}

describe('story grouping on labelled fixtures', () => {
  it('groups independent reports of one event and keeps events with shared vocabulary apart (pairwise F1 >= 0.85)', async () => {
    const scores = await scoreStories('stories fixture', [...BASE_ARTICLES, ...SHORT_ARTICLES]);
    expect(scores.f1).toBeGreaterThanOrEqual(0.85);
  });

  it('on held-out articles not used to choose the thresholds, merges no events and groups same-language reports', async () => {
    const { all, english } = await scoreWithEnglishOnly('held-out stories', HELD_OUT_ARTICLES);
    // Across languages, grouping rests on the bilingual gazetteer: see docs/decisions/0002-stories.md.
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
    expect(english.f1).toBeGreaterThanOrEqual(0.85);
  });

  // Known gap, kept visible: events on the same day in the same city whose openings name the same
  // actors (a Quad summit and the bomber flight timed to it) merge. When this starts to pass, turn
  // it into an ordinary test. See docs/decisions/0002-stories.md.
  it.fails('known gap: on a blind set, events sharing day, city and actors are still merged', async () => {
    const { all, english } = await scoreWithEnglishOnly('blind stories', BLIND_ARTICLES);
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
    expect(english.f1).toBeGreaterThanOrEqual(0.85);
  });

  // Known gap, the figure to quote for unseen text (first and only scoring: F1 0.667 over all
  // languages, 0.333 for the English articles alone). Turn into an ordinary test when it passes.
  it.fails('known gap: on the final blind set, nothing tuned on it, pairwise F1 stays under 0.85', async () => {
    const { all, english } = await scoreWithEnglishOnly('final blind stories', FINAL_BLIND_ARTICLES);
    expect(Math.min(all.f1, english.f1)).toBeGreaterThanOrEqual(0.85);
  });

  // Blind when written, scored once (all languages precision 0.818, recall 0.600, F1 0.692; English
  // alone 1.000 / 0.800 / 0.889), then used to find the rules that brought it here, so no longer
  // blind: it now guards those rules (language-neutral keys across languages, katakana names).
  it('on the fourth set (two events in Madrid on one day, Japanese reports outside the gazetteer), merges no events and reaches F1 0.85', async () => {
    const { all, english } = await scoreWithEnglishOnly('fourth stories', FOURTH_BLIND_ARTICLES);
    expect(Math.min(all.precision, english.precision)).toBeGreaterThanOrEqual(0.95);
    expect(Math.min(all.f1, english.f1)).toBeGreaterThanOrEqual(0.85);
  });

  // Known gap, the figure to quote for unseen text after the November 2026 changes (written after
  // them, scored once, nothing tuned on it): all languages precision 0.571, recall 1.000, F1 0.727;
  // English alone 0.500 / 1.000 / 0.667. Kishida in Kyiv joins Xi in Moscow (same days, both name
  // Ukraine and Russia). Turn into an ordinary test when it passes.
  it.fails('known gap: on the fifth blind set, two visits on the same days naming Ukraine and Russia merge', async () => {
    const { all, english } = await scoreWithEnglishOnly('fifth blind stories', FIFTH_BLIND_ARTICLES);
    expect(Math.min(all.f1, english.f1)).toBeGreaterThanOrEqual(0.85);
  });
});
