import type { Article } from '../articles/article.js';
import { type ActorGazetteer, featuredFirst, listActorKeys } from '../nlp/actor-gazetteer.js';
import { compileActorMatcher } from '../nlp/actor-matcher.js';
import { analyseArticle } from '../nlp/analyse-article.js';
import type { ArticleAnalysis, StanceFacts } from '../nlp/article-analysis.js';
import { ANALYSIS_NAMESPACE } from '../nlp/create-analyser.js';
import { UserError } from '../reply/user-error.js';
import type { ArticleStore } from '../store/article-store.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import type { Story } from '../stories/story.js';
import { buildActorPosition, type SourcedStatement } from './actor-position.js';
import { articlesOnTopic } from './articles-on-topic.js';
import type { ActorPosition, PositionsReport, TopicPositionsReport } from './positions-report.js';
import { currentFacts, stanceFactsOf } from './stance-facts.js';
import { evidenceOfClauses } from './statement-evidence.js';
import { type StorySubject, storySubjectOfTerms, subjectTermsOf, topicSubject } from './story-subject.js';

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
  /** The reports of stories already read, in their order, from one read of their analyses. */
  positionsOfStories(stories: readonly Story[], actors?: readonly string[]): Promise<PositionsReport[]>;
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
 * the work is bounded by the story's size, not by how many articles are stored. Stance facts are
 * cut at ingest (stance-facts.ts): a story's articles are read only when an analysis lacks them.
 */
export function createPositionsService(deps: PositionsDeps): PositionsService {
  const matcher = compileActorMatcher(deps.gazetteer);
  // Every story's analyses in one read: a digest asks for ten stories at once.
  const reportsOf = async (stories: readonly Story[], asked: string[] | null) => {
    const read = await analysesOf(deps, [...new Set(stories.flatMap((story) => story.articleIds))]);
    const byId = new Map(read.map((item) => [item.id, item]));
    return stories.map((story): PositionsReport => {
      const mine = story.articleIds.flatMap((id) => byId.get(id) ?? []);
      const subject = storySubjectOfTerms(
        subjectTermsOf(story.title, matcher),
        mine.map(({ facts }) => facts.lead),
      );
      return {
        story: { id: story.id, title: story.title },
        actors: positionsOf(deps.gazetteer, asked, sourcedStatements(mine, subject)),
      };
    });
  };
  return {
    positionsFor: async (storyId, actors) => {
      const asked = checkActors(actors, listActorKeys(deps.gazetteer));
      const story = await deps.stories.get(storyId);
      if (!story) return null;
      return (await reportsOf([story], asked))[0] ?? null;
    },
    positionsOfStories: async (stories, actors) =>
      reportsOf(stories, checkActors(actors, listActorKeys(deps.gazetteer))),
    positionsOnTopic: async (topic, actors, now) => {
      const asked = checkActors(actors, listActorKeys(deps.gazetteer));
      const articles = await articlesOnTopic(deps.articles, topic, now);
      const read = await analysesOf(
        deps,
        articles.map((article) => article.id),
        articles,
      );
      const found = sourcedStatements(read, topicSubject(topic, matcher));
      return { topic, articles: articles.length, actors: positionsOf(deps.gazetteer, asked, found) };
    },
  };
}

/** An article's analysis with its stance facts as they would be cut now. */
interface ReadAnalysis {
  id: string;
  analysis: ArticleAnalysis;
  facts: StanceFacts;
}

function sourcedStatements(read: readonly ReadAnalysis[], subject: StorySubject): SourcedStatement[] {
  return read.flatMap(({ analysis, facts }) =>
    analysis.statements.map((statement, index) => ({
      statement,
      analysis,
      evidence: evidenceOfClauses(facts.statements[index] ?? [], subject),
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
// and facts cut with another basis (older code, other actors) are cut again, both without
// storing: a read command should not write. Only those articles are read (unless given).
async function analysesOf(
  deps: PositionsDeps,
  ids: readonly string[],
  given?: readonly Article[],
): Promise<ReadAnalysis[]> {
  const stored = await deps.kv.getMany<ArticleAnalysis>(ANALYSIS_NAMESPACE, ids);
  const current = stored.map((analysis) =>
    analysis ? currentFacts(analysis.stance, analysis.statements, deps.gazetteer) : undefined,
  );
  const missing = ids.filter((_, index) => current[index] === undefined);
  const articles = given ?? (missing.length > 0 ? await deps.articles.getMany(missing) : []);
  const byId = new Map(articles.map((article) => [article.id, article]));
  return ids.flatMap((id, index): ReadAnalysis[] => {
    const analysis = stored[index];
    const facts = current[index];
    if (analysis && facts) return [{ id, analysis, facts }];
    const article = byId.get(id);
    if (!article) return [];
    const read = analysis ?? analyseArticle(article, deps.gazetteer);
    return [{ id, analysis: read, facts: stanceFactsOf(article, read.statements, deps.gazetteer) }];
  });
}
