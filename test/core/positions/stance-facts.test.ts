import { beforeAll, describe, expect, it } from 'vitest';
import type { ActorGazetteer } from '../../../src/core/nlp/actor-gazetteer.js';
import type { ArticleAnalysis } from '../../../src/core/nlp/article-analysis.js';
import { ANALYSIS_NAMESPACE } from '../../../src/core/nlp/create-analyser.js';
import { loadDefaultGazetteer } from '../../../src/core/nlp/load-default-gazetteer.js';
import { createPositionsService } from '../../../src/core/positions/build-positions.js';
import { stanceBasis } from '../../../src/core/positions/stance-facts.js';
import { createArticleStore } from '../../../src/core/store/article-store.js';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../../src/core/store/key-value-store.js';
import type { Story } from '../../../src/core/stories/story.js';
import { countingArticleStore } from '../../fixtures/commands/counting-article-store.js';
import { fixtureArticles } from '../../fixtures/positions/positions-fixture.js';
import { buildFixtureWorld } from './fixture-story-world.js';

let gazetteer: ActorGazetteer;
beforeAll(async () => {
  gazetteer = await loadDefaultGazetteer();
});

/** Every story's report, and how many article bodies positions read to build them. */
async function reportsOf(kv: KeyValueStore, stories: Map<string, Story>, actors: ActorGazetteer) {
  const store = createArticleStore(kv);
  const { articles, bodiesRead } = countingArticleStore(store);
  const positions = createPositionsService({
    kv,
    articles,
    gazetteer: actors,
    stories: { get: async (id) => stories.get(id) },
  });
  const reports = [];
  for (const id of stories.keys()) reports.push(await positions.positionsFor(id));
  return { reports, bodiesRead: bodiesRead() };
}

/** Rewrites every stored analysis, as an archive from another version would hold it. */
async function rewriteAnalyses(kv: KeyValueStore, change: (analysis: ArticleAnalysis) => ArticleAnalysis) {
  for (const { id } of fixtureArticles) {
    const analysis = await kv.get<ArticleAnalysis>(ANALYSIS_NAMESPACE, id);
    if (analysis) await kv.set(ANALYSIS_NAMESPACE, id, change(analysis));
  }
}

describe('stance facts cut at ingest', () => {
  it('give every story the report that cutting the statements at read time gives, without reading articles', async () => {
    const kv = createMemoryKeyValueStore();
    const { stories } = await buildFixtureWorld(kv, gazetteer, fixtureArticles);
    const stored = await kv.get<ArticleAnalysis>(ANALYSIS_NAMESPACE, fixtureArticles[0]?.id ?? '');
    expect(stored?.stance?.basis).toBe(stanceBasis(gazetteer));
    expect(stored?.stance?.statements).toHaveLength(stored?.statements.length ?? -1);
    const fromFacts = await reportsOf(kv, stories, gazetteer);
    expect(fromFacts.bodiesRead).toBe(0);

    // An analysis stored before facts existed: positions cut them from its statements and the article.
    await rewriteAnalyses(kv, ({ stance: _, ...analysis }) => analysis);
    const cutAtRead = await reportsOf(kv, stories, gazetteer);
    expect(cutAtRead.bodiesRead).toBe(fixtureArticles.length);
    expect(cutAtRead.reports).toEqual(fromFacts.reports);
    expect(fromFacts.reports.flatMap((r) => r?.actors.map((a) => a.stance) ?? [])).toContain('supportive');
  });

  it('cut with another basis (older code, other actors) are cut again, not trusted', async () => {
    const kv = createMemoryKeyValueStore();
    const { stories } = await buildFixtureWorld(kv, gazetteer, fixtureArticles);
    const before = await reportsOf(kv, stories, gazetteer);
    // Facts that would make every cue count as support, under a basis that is not the current one.
    await rewriteAnalyses(kv, (analysis) => ({
      ...analysis,
      stance: analysis.stance && {
        ...analysis.stance,
        basis: 'older',
        statements: analysis.stance.statements.map((clauses) =>
          clauses.map((clause) => ({
            ...clause,
            cues: clause.cues.map((cue) => ({ ...cue, cueClass: 'support' as const })),
          })),
        ),
      },
    }));
    const after = await reportsOf(kv, stories, gazetteer);
    expect(after.reports).toEqual(before.reports);
    expect(after.bodiesRead).toBe(fixtureArticles.length);
  });

  it('depend on the actors: another gazetteer has another basis', () => {
    const fewer: ActorGazetteer = { ...gazetteer, actors: { japan: gazetteer.actors.japan as never } };
    expect(stanceBasis(fewer)).not.toBe(stanceBasis(gazetteer));
    expect(stanceBasis({ ...gazetteer })).toBe(stanceBasis(gazetteer));
  });
});
