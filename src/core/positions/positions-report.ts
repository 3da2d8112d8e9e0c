/** The actors the bot follows by default; config may add others. */
export type ActorKey = 'japan' | 'nato' | 'france' | 'us' | 'china' | (string & {});

export type Stance = 'supportive' | 'opposed' | 'skeptical' | 'noncommittal' | 'mixed' | 'unknown';

/** Something an actor said or did about the story: a direct quote or reported speech. */
export interface Statement {
  /** For a quote: exactly the characters between the quotation marks, as the source printed them. */
  text: string;
  quote: boolean;
  /** The person or body that spoke; null when unsure (never a guess). */
  speaker: string | null;
  speakerTitle: string | null;
  articleId: string;
  url: string;
  source: string;
  publishedAt: string;
  /** The cue phrases, as printed, that made this statement count toward the stance (the evidence). */
  cues?: string[];
}

export interface SummarySentence {
  /** A sentence that exists verbatim in the source article. */
  text: string;
  articleId: string;
  url: string;
  source: string;
}

export interface ActorPosition {
  actor: ActorKey;
  /** How people write the actor (config/actors.yaml `name`): "South Korea". */
  name?: string;
  stance: Stance;
  /** One to three extractive sentences joined by spaces ("" when nothing was said). */
  summary: string;
  summarySentences: SummarySentence[];
  statements: Statement[];
  /** Stance per month ("2023-05"), oldest first, so a change shows. */
  timeline: { period: string; stance: Stance }[];
}

/** What `positions` answers: where each actor stands on one story. */
export interface PositionsReport {
  story: { id: string; title: string };
  actors: ActorPosition[];
}

/** What `positions topic:<words>` answers: each actor over every article matching the words. */
export interface TopicPositionsReport {
  topic: string;
  /** How many stored articles matched (at most the search's limit). */
  articles: number;
  actors: ActorPosition[];
}
