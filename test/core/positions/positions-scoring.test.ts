import { beforeAll, describe, expect, it } from 'vitest';
import type { ActorGazetteer } from '../../../src/core/nlp/actor-gazetteer.js';
import type { ArticleAnalysis } from '../../../src/core/nlp/article-analysis.js';
import { ANALYSIS_NAMESPACE } from '../../../src/core/nlp/create-analyser.js';
import { loadDefaultGazetteer } from '../../../src/core/nlp/load-default-gazetteer.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { fixtureArticles, goldStances } from '../../fixtures/positions/positions-fixture.js';
import { buildFixtureWorld } from './fixture-story-world.js';

const normalize = (text: string) => text.trim().replace(/[\s,.。、!?]+$/u, '');
const sameSpeaker = (predicted: string | null, gold: string | null) => {
  if (gold === null || predicted === null) return gold === predicted;
  const [a, b] = [predicted.toLowerCase(), gold.toLowerCase()];
  return a.includes(b) || b.includes(a);
};

let gazetteer: ActorGazetteer;
beforeAll(async () => {
  gazetteer = await loadDefaultGazetteer();
});

describe('positions scoring on hand-annotated articles', () => {
  it('finds the quotes, attributes them, never to the wrong actor, and reads each actor’s stance', async () => {
    const kv = createMemoryKeyValueStore();
    const { positions, stories } = await buildFixtureWorld(kv, gazetteer, fixtureArticles);
    let gold = 0;
    let found = 0;
    let rightSpeaker = 0;
    const wrongActor: string[] = [];
    const misses: string[] = [];
    for (const article of fixtureArticles) {
      const analysis = await kv.get<ArticleAnalysis>(ANALYSIS_NAMESPACE, article.id);
      const quotes = analysis?.statements.filter((s) => s.quote) ?? [];
      for (const quote of quotes) expect(article.text).toContain(quote.text);
      for (const expected of article.quotes) {
        gold += 1;
        const match = quotes.find((q) => normalize(q.text) === normalize(expected.text));
        if (!match) {
          misses.push(`${article.id}: quote not found: ${expected.text}`);
          continue;
        }
        found += 1;
        if (sameSpeaker(match.speaker, expected.speaker)) rightSpeaker += 1;
        else
          misses.push(`${article.id}: "${expected.text}" by ${match.speaker}, expected ${expected.speaker}`);
        if (match.actor !== null && match.actor !== expected.actor) {
          wrongActor.push(
            `${article.id}: "${expected.text}" given to ${match.actor}, expected ${expected.actor}`,
          );
        }
      }
    }
    let pairs = 0;
    let rightStance = 0;
    for (const [storyId, expected] of Object.entries(goldStances)) {
      const report = await positions.positionsFor(storyId, Object.keys(expected));
      expect(report?.story.title).toBe(stories.get(storyId)?.title);
      for (const position of report?.actors ?? []) {
        pairs += 1;
        if (position.stance === expected[position.actor]) rightStance += 1;
        else
          misses.push(
            `${storyId}/${position.actor}: ${position.stance}, expected ${expected[position.actor]}`,
          );
      }
    }
    const figures = {
      quoteRecall: found / gold,
      speakerAccuracy: rightSpeaker / found,
      wrongActorAttributions: wrongActor.length,
      stanceAccuracy: rightStance / pairs,
      goldQuotes: gold,
      stancePairs: pairs,
    };
    console.log(
      'positions scoring',
      JSON.stringify(figures),
      misses.length > 0 ? `\n  ${misses.join('\n  ')}` : '',
    );
    expect(wrongActor).toEqual([]);
    expect(figures.quoteRecall).toBeGreaterThanOrEqual(0.95);
    expect(figures.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(figures.stanceAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(pairs).toBe(Object.keys(goldStances).length * 5);
  });
});
