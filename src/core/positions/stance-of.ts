import type { Polarity } from '../nlp/article-analysis.js';
import { type CueClass, polarityOf } from '../nlp/stance-cues.js';
import type { Stance } from './positions-report.js';

/** One statement's vote: per cue class it used about the subject, how surely (0 to 1). */
export type Vote = Readonly<Partial<Record<CueClass, number>>>;

/**
 * An actor's stance from its statements' votes. Each statement counts once per class it used.
 * Support against opposition and doubt: neither at least twice the other is `mixed` (equal
 * evidence never goes either way); against wins as `opposed`, or `skeptical` when doubt is at
 * least as common as opposition (the weaker claim); neutral wording alone is `noncommittal`;
 * nothing at all is `unknown`.
 */
export function stanceOf(votes: readonly Vote[]): Stance {
  const count = (c: CueClass) => votes.reduce((sum, vote) => sum + (vote[c] ?? 0), 0);
  const [support, oppose, doubt] = [count('support'), count('oppose'), count('doubt')];
  const against = oppose + doubt;
  if (support + against === 0) return count('neutral') > 0 ? 'noncommittal' : 'unknown';
  if (support < 2 * against && against < 2 * support) return 'mixed';
  if (support > against) return 'supportive';
  return doubt >= oppose ? 'skeptical' : 'opposed';
}

/** The polarity of one statement's vote, used to pick the sentences that explain a stance. */
export function polarityOfVote(vote: Vote): Polarity {
  const classes = (Object.keys(vote) as CueClass[]).flatMap((c) => (vote[c] ? [c] : []));
  return polarityOf(classes);
}

/** The polarity that backs a stance, used to pick the sentences that explain it. */
export function polarityBehind(stance: Stance): Polarity | null {
  const map: Partial<Record<Stance, Polarity>> = {
    supportive: 'support',
    opposed: 'oppose',
    skeptical: 'doubt',
    noncommittal: 'neutral',
  };
  return map[stance] ?? null;
}
