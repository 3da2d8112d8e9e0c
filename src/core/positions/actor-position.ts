import type { AnalysedStatement, ArticleAnalysis } from '../nlp/article-analysis.js';
import type { ActorPosition, Statement, SummarySentence } from './positions-report.js';
import { polarityBehind, polarityOfVote, stanceOf } from './stance-of.js';
import type { Evidence } from './statement-evidence.js';

/** A statement with the article it came from, as positions are built from stored analyses. */
export interface SourcedStatement {
  statement: AnalysedStatement;
  analysis: ArticleAnalysis;
  /** What it says about the story's subject (see statement-evidence.ts). */
  evidence: Evidence;
}

const SUMMARY_SIZE = 3;

/** One actor's position on a story: stance, extractive summary, statements oldest first, timeline. */
export function buildActorPosition(actor: string, found: readonly SourcedStatement[]): ActorPosition {
  const mine = oncePerWording(
    found
      .filter((item) => item.statement.actor === actor)
      .sort((a, b) => a.analysis.publishedAt.localeCompare(b.analysis.publishedAt)),
  );
  const stance = stanceOf(mine.map((item) => item.evidence.vote));
  const summarySentences = pickSummary(mine, polarityBehind(stance));
  return {
    actor,
    stance,
    summary: summarySentences.map((sentence) => sentence.text).join(' '),
    summarySentences,
    statements: mine.map(toStatement),
    timeline: timelineOf(mine),
  };
}

/**
 * The same quote carried by several outlets is one statement (the oldest report of it): it is
 * shown once and counts once toward the stance.
 */
function oncePerWording(items: SourcedStatement[]): SourcedStatement[] {
  const seen = new Set<string>();
  return items.filter(({ statement }) => {
    const key = `${statement.quote}|${statement.text
      .replace(/[\s,.。、"“”]+/gu, ' ')
      .trim()
      .toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function timelineOf(mine: readonly SourcedStatement[]): ActorPosition['timeline'] {
  const months = new Map<string, SourcedStatement[]>();
  for (const item of mine) {
    const period = item.analysis.publishedAt.slice(0, 7);
    months.set(period, [...(months.get(period) ?? []), item]);
  }
  // A month where the actor spoke without taking any position says nothing about a change.
  return [...months]
    .map(([period, items]) => ({ period, stance: stanceOf(items.map((i) => i.evidence.vote)) }))
    .filter((entry) => entry.stance !== 'unknown');
}

/**
 * Up to three sentences that exist in the sources: first those whose cues back the stance, then
 * other cued ones, then the rest; shown oldest first so the summary reads as a sequence.
 */
function pickSummary(mine: readonly SourcedStatement[], behind: string | null): SummarySentence[] {
  const rank = (item: SourcedStatement) => {
    const polarity = polarityOfVote(item.evidence.vote);
    return polarity === behind ? 0 : polarity !== 'none' ? 1 : 2;
  };
  const ranked = mine
    .map((item, order) => ({ item, order }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.order - b.order);
  const chosen: { item: SourcedStatement; order: number }[] = [];
  for (const candidate of ranked) {
    if (chosen.length === SUMMARY_SIZE) break;
    if (chosen.some((c) => c.item.statement.sentence === candidate.item.statement.sentence)) continue;
    chosen.push(candidate);
  }
  return chosen
    .sort((a, b) => a.order - b.order)
    .map(({ item }) => ({
      text: withoutDateline(item.statement.sentence),
      articleId: item.analysis.articleId,
      url: item.analysis.url,
      source: item.analysis.source,
    }));
}

/**
 * A wire dateline ("WASHINGTON --", "TOKYO (Kyodo) —") says where the report was filed, not what
 * was said: the summary leaves it out. What remains is still a substring of the source.
 */
const DATELINE = /^[A-Z][A-Z .'-]{1,40}(?:\([^)]{1,30}\))?\s*(?:--|—|–)\s*/;

export function withoutDateline(sentence: string): string {
  const stripped = sentence.replace(DATELINE, '');
  return stripped === '' ? sentence : stripped;
}

function toStatement({ statement, analysis, evidence }: SourcedStatement): Statement {
  return {
    text: statement.text,
    quote: statement.quote,
    speaker: statement.speaker,
    speakerTitle: statement.speakerTitle,
    articleId: analysis.articleId,
    url: analysis.url,
    source: analysis.source,
    publishedAt: analysis.publishedAt,
    cues: evidence.cues,
  };
}
