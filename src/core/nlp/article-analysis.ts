import type { Language } from '../articles/article.js';
import type { CueClass } from './stance-cues.js';

/** Which way a statement leans, from the cue phrases in it (see stance-cues.ts). */
export type Polarity = 'support' | 'oppose' | 'doubt' | 'neutral' | 'mixed' | 'none';

/** A quote or a piece of reported speech found in an article, with who said it. */
export interface AnalysedStatement {
  /** A quote: exactly the characters between the marks. Reported speech: the sentence. */
  text: string;
  quote: boolean;
  /** The person or body that spoke; null when the analysis is unsure. */
  speaker: string | null;
  speakerTitle: string | null;
  /** Actor key of the speaker; null when unknown or not an actor the gazetteer follows. */
  actor: string | null;
  polarity: Polarity;
  /** The cue phrases that set the polarity, as printed. */
  cues: string[];
  /** The sentence the statement sits in, verbatim from the article (for extractive summaries). */
  sentence: string;
}

/** What analysis at ingest stores per article (kv namespace `analysis`, key = article id). */
export interface ArticleAnalysis {
  articleId: string;
  url: string;
  source: string;
  publishedAt: string;
  language: Language;
  /** Actor keys and place names mentioned in the title or text. */
  entities: string[];
  statements: AnalysedStatement[];
  /**
   * Present when analysis stopped early: the text from this offset on is stored with the article
   * but was not analysed (the per-article time budget ran out; see analyse-in-windows.ts).
   */
  unanalysed?: { from: number; reason: 'time-budget' };
  /**
   * What stance toward a subject needs of this article, cut at ingest (positions/stance-facts.ts).
   * Absent in analyses stored before it existed; a read then cuts it from the statements.
   */
  stance?: StanceFacts;
}

/**
 * The story-independent half of stance: each statement's clauses with their words and cues, and
 * the terms of the article's title and lead (what the story is about, as this outlet put it).
 * Positions weigh them against the story's subject when read, without the article's text.
 */
export interface StanceFacts {
  /**
   * What they were cut with (the actors, the cue and subject lexicons, the cutting code's version):
   * facts cut with anything else are cut again at read time, so answers never depend on when an
   * article was analysed.
   */
  basis: string;
  /** Content words of the title and lead, without actor names or cues. */
  lead: string[];
  /** Per statement, in the order of `statements`. */
  statements: StatementClause[][];
}

/** One clause of a statement: whose words, what it names, which cues it holds. */
export interface StatementClause {
  /** The speaker's own words (the quote, or the reported sentence), not the reporter's frame. */
  own: boolean;
  /** It refers back to the matter at hand ("the plan", "this", 今回). */
  refers: boolean;
  /** Its content words, once each, without actor names or cues. */
  terms: string[];
  /** Its cue phrases as printed (negation included), in text order. */
  cues: { text: string; cueClass: CueClass }[];
}
