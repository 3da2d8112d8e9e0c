import type { NormalizedItem } from '../articles/article.js';
import { stanceFactsOf } from '../positions/stance-facts.js';
import type { ActorGazetteer } from './actor-gazetteer.js';
import { compileActorMatcher } from './actor-matcher.js';
import { analyseEnglish } from './analyse-english.js';
import { type AnalysisLimits, analyseInWindows, DEFAULT_ANALYSIS_LIMITS } from './analyse-in-windows.js';
import { analyseJapanese } from './analyse-japanese.js';
import type { ArticleAnalysis } from './article-analysis.js';

/** Everything analysis at ingest finds in one article: actors and places, statements and speakers. */
export function analyseArticle(
  article: NormalizedItem & { id: string },
  gazetteer: ActorGazetteer,
  limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS,
): ArticleAnalysis {
  const matcher = compileActorMatcher(gazetteer);
  const japanese =
    article.language === 'ja' || (article.language === 'other' && /[\u3040-\u30ff]/.test(article.text));
  const analyse = (text: string) =>
    japanese ? analyseJapanese(text, matcher) : analyseEnglish(text, matcher);
  const { statements, analysedChars } = analyseInWindows(article.text, analyse, limits);
  const whole = `${article.title}\n${article.text}`;
  const actors = new Set(matcher.mentions(whole).map((mention) => mention.actor));
  return {
    articleId: article.id,
    url: article.url,
    source: article.source,
    publishedAt: article.publishedAt,
    language: article.language,
    entities: [...actors, ...matcher.places(whole)],
    statements,
    // Cut here, once, so that reading positions only weighs them (positions/stance-facts.ts).
    stance: stanceFactsOf(article, statements, gazetteer),
    ...(analysedChars < article.text.length
      ? { unanalysed: { from: analysedChars, reason: 'time-budget' as const } }
      : {}),
  };
}
