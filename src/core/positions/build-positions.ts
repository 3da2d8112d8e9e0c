import type { Article } from '../articles/article.js';
import { type ActorGazetteer, featuredFirst, listActorKeys } from '../nlp/actor-gazetteer.js';
import { type ActorMatcher, compileActorMatcher } from '../nlp/actor-matcher.js';
import { analyseArticle } from '../nlp/analyse-article.js';
import type { ArticleAnalysis } from '../nlp/article-analysis.js';
import { ANALYSIS_NAMESPACE } from '../nlp/create-analyser.js';
import { UserError } from '../reply/user-error.js';
import type { ArticleStore } from '../store/article-store.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import type { Story } from '../stories/story.js';
import { buildActorPosition, type SourcedStatement } from './actor-position.js';
import { articlesOnTopic } from './articles-on-topic.js';
import type { ActorPosition, PositionsReport, TopicPositionsReport } from './positions-report.js';
import { evidenceOf } from './statement-evidence.js';
import { type StorySubject, storySubject, topicSubject } from './story-subject.js';

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
  /**
   * Each actor over every stored article matching `topic` (see articles-on-topic.ts), however the
   * stories were cut; `actors` as for `positionsFor`.
   */
  positionsOnTopic(
    topic: string,
    actors: readonly string[] | undefined,
    now: Date,
  ): Promise<TopicPositionsReport>;
}

/**
 * Reads only the analyses of the story's own articles (copies are not in Story.articleIds), so
 * the work is bounded by the story's size, not by how many articles are stored.
 */
export function createPositionsService(deps: PositionsDeps): PositionsService {
  const matcher = compileActorMatcher(deps.gazetteer);
  return {
    positionsFor: async (storyId, actors) => {
      const asked = checkActors(actors, listActorKeys(deps.gazetteer));
      const story = await deps.stories.get(storyId);
      if (!story) return null;
      const articles = await deps.articles.getMany(story.articleIds);
      const subject = storySubject(story.title, articles.map(leadOf), matcher);
      const found = sourcedStatements(await analysesOf(deps, articles), subject, matcher);
      return {
        story: { id: story.id, title: story.title },
        actors: positionsOf(deps.gazetteer, asked, found),
      };
    },
    positionsOnTopic: async (topic, actors, now) => {
      const asked = checkActors(actors, listActorKeys(deps.gazetteer));
      const articles = await articlesOnTopic(deps.articles, topic, now);
      const found = sourcedStatements(
        await analysesOf(deps, articles),
        topicSubject(topic, matcher),
        matcher,
      );
      return { topic, articles: articles.length, actors: positionsOf(deps.gazetteer, asked, found) };
    },
  };
}

function sourcedStatements(
  analyses: readonly ArticleAnalysis[],
  subject: StorySubject,
  matcher: ActorMatcher,
): SourcedStatement[] {
  return analyses.flatMap((analysis) =>
    analysis.statements.map((statement) => ({
      statement,
      analysis,
      evidence: evidenceOf(statement, subject, matcher),
    })),
  );
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
async function analysesOf(deps: PositionsDeps, articles: readonly Article[]): Promise<ArticleAnalysis[]> {
  const stored = await deps.kv.getMany<ArticleAnalysis>(
    ANALYSIS_NAMESPACE,
    articles.map((article) => article.id),
  );
  return articles.map((article, index) => stored[index] ?? analyseArticle(article, deps.gazetteer));
}

/** Characters of each article's lead read for the subject: the lead says what happened. */
const LEAD_CHARS = 300;

/** An article's title and lead: what the story is about, as this outlet put it. */
function leadOf(article: Article): string {
  return `${article.title}\n${article.text.slice(0, LEAD_CHARS)}`;
}
