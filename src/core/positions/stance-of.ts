import type { Polarity } from '../nlp/article-analysis.js';
import type { Stance } from './positions-report.js';

/**
 * An actor's stance from the polarity of what it said. Doubt ("blown out of proportion") reads
 * as skeptical, neutral wording alone ("will not discuss deliberations") as noncommittal, and
 * support and opposition close to each other (neither twice the other) as mixed.
 */
export function stanceOf(polarities: readonly Polarity[]): Stance {
  const count = (p: Polarity) => polarities.filter((found) => found === p).length;
  const [support, oppose, doubt, neutral] = [
    count('support'),
    count('oppose'),
    count('doubt'),
    count('neutral'),
  ];
  if (support + oppose + doubt === 0) return neutral > 0 ? 'noncommittal' : 'unknown';
  if (support > 0 && oppose > 0 && oppose < 2 * support && support < 2 * oppose) return 'mixed';
  const top = Math.max(support, oppose, doubt);
  if (doubt === top) return 'skeptical';
  return oppose === top ? 'opposed' : 'supportive';
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
