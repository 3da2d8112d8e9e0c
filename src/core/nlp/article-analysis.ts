import type { Language } from '../articles/article.js';

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
}
