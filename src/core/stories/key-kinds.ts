import type { StoryOptions } from './story-options.js';

/** What kinds of name a key can be; the kinds weigh differently in the key overlap (fitted). */
export const KEY_KINDS = ['actor', 'place', 'name', 'fullName', 'number', 'date'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

/**
 * A key's kind from its prefix: actors ('e:') and places ('p:') from the NLP stage, numbers ('#:'),
 * days ('d:') and names ('n:'): one word, or a whole name (skeletons joined by a space).
 */
export function keyKind(key: string): KeyKind {
  if (key.startsWith('e:')) return 'actor';
  if (key.startsWith('d:')) return 'date';
  if (key.startsWith('p:')) return 'place';
  if (key.startsWith('#:')) return 'number';
  return key.includes(' ') ? 'fullName' : 'name';
}

/** The fitted options that weigh each kind, relative to an actor of the NLP stage (1). */
export type KeyKindWeights = Pick<
  StoryOptions,
  'placeKeyWeight' | 'nameKeyWeight' | 'fullNameKeyWeight' | 'numberKeyWeight'
>;

/**
 * Whether a shared key can name one event: a day cannot (many events happen on one day), so a
 * shared day adds to the overlap of other shared keys but never ties two reports alone, and stories
 * are not filed under days in the candidate index.
 */
export const namesAnEvent = (key: string) => keyKind(key) !== 'date';

/**
 * How much a key of each kind says about which event a report covers, beside its rarity. A
 * document frequency cannot tell a victim's whole name from a district's, both rare in a year of
 * news; which kinds tend to name one event is learnt from development data by the fit.
 */
export function kindWeights(weights: KeyKindWeights): Readonly<Record<KeyKind, number>> {
  return {
    actor: 1,
    place: weights.placeKeyWeight,
    name: weights.nameKeyWeight,
    fullName: weights.fullNameKeyWeight,
    number: weights.numberKeyWeight,
    // Days count through the same-day bonus (score-story.ts), not the overlap.
    date: 0,
  };
}
