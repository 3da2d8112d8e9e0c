import { type ActorGazetteer, featuredFirst, listActorKeys } from '../nlp/actor-gazetteer.js';
import { analyseArticle } from '../nlp/analyse-article.js';
import type { ArticleAnalysis } from '../nlp/article-analysis.js';
import { ANALYSIS_NAMESPACE } from '../nlp/create-analyser.js';
import { UserError } from '../reply/user-error.js';
import type { ArticleStore } from '../store/article-store.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import type { Story } from '../stories/story.js';
import { buildActorPosition, type SourcedStatement } from './actor-position.js';
import type { ActorPosition, PositionsReport } from './positions-report.js';

export interface PositionsDeps {
  kv: KeyValueStore;
  articles: ArticleStore;
  stories: { get(id: string): Promise<Story | undefined> };
  gazetteer: ActorGazetteer;
}

/** Where each actor stands on a story, built from the analyses stored at ingest. */
export interface PositionsService {
  /**
   * The report for one story (null when there is no such story). `actors` limits and orders the
   * actors; an unknown key is a UserError with code `unknown-actor` listing the known ones.
   * Without it: the featured actors (config/actors.yaml), then any other actor on record.
   */
  positionsFor(storyId: string, actors?: readonly string[]): Promise<PositionsReport | null>;
}

/**
 * Reads only the analyses of the story's own articles (copies are not in Story.articleIds), so
 * the work is bounded by the story's size, not by how many articles are stored.
 */
export function createPositionsService(deps: PositionsDeps): PositionsService {
  return {
    positionsFor: async (storyId, actors) => {
      const asked = checkActors(actors, listActorKeys(deps.gazetteer));
      const story = await deps.stories.get(storyId);
      if (!story) return null;
      const analyses = await readAnalyses(deps, story.articleIds);
      const found: SourcedStatement[] = analyses.flatMap((analysis) =>
        analysis.statements.map((statement) => ({ statement, analysis })),
      );
      return {
        story: { id: story.id, title: story.title },
        actors: positionsOf(deps.gazetteer, asked, found),
      };
    },
  };
}

/** The asked actors, or the featured ones followed by the others that said something. */
export function positionsOf(
  gazetteer: ActorGazetteer,
  asked: string[] | null,
  found: readonly SourcedStatement[],
): ActorPosition[] {
  const named = (actor: string) => ({ ...buildActorPosition(actor, found), name: nameOf(gazetteer, actor) });
  if (asked) return asked.map(named);
  const { featured, others } = featuredFirst(gazetteer);
  const onRecord = others.map(named).filter((position) => position.statements.length > 0);
  return [...featured.map(named), ...onRecord];
}

function nameOf(gazetteer: ActorGazetteer, actor: string): string {
  return gazetteer.actors[actor]?.name ?? actor;
}

function checkActors(asked: readonly string[] | undefined, known: string[]): string[] | null {
  if (!asked || asked.length === 0) return null;
  const wanted = asked.map((key) => key.trim().toLowerCase());
  const unknown = wanted.filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new UserError(
      'unknown-actor',
      `Unknown actor ${unknown.join(', ')}. Known actors: ${known.join(', ')}.`,
    );
  }
  return [...new Set(wanted)];
}

// An article stored before analysis existed (or whose analysis was lost) is analysed on the fly,
// without storing: a read command should not write.
async function readAnalyses(deps: PositionsDeps, ids: readonly string[]): Promise<ArticleAnalysis[]> {
  const stored = await deps.kv.getMany<ArticleAnalysis>(ANALYSIS_NAMESPACE, ids);
  const missing = ids.filter((_, index) => stored[index] === undefined);
  const late = missing.length === 0 ? [] : await deps.articles.getMany(missing);
  const fresh = late.map((article) => analyseArticle(article, deps.gazetteer));
  return [...stored.filter((found): found is ArticleAnalysis => found !== undefined), ...fresh];
}
