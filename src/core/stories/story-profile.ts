import { cosineTo, keyWeights, overlapTo, termWeights } from './article-weights.js';
import type { KeyKind } from './key-kinds.js';
import { type AnyProfile, entriesOf, mapOf, recordOf, viewOf } from './profile-view.js';
import type { StoryFeatures } from './story-terms.js';

/** What a story remembers of its articles for scoring: summed term weights and key-term counts. */
export interface StoryProfile {
  terms: Record<string, number>;
  keys: Record<string, number>;
  articles: number;
  /** Articles per language (absent in profiles stored before it was added). */
  languages?: Record<string, number>;
  /** The story's span, kept here so candidates are scored without reading their story records. */
  span?: StorySpan;
}

/** UTC ISO of a story's earliest and latest article. */
export interface StorySpan {
  firstSeen: string;
  lastSeen: string;
}

/** Inverse document frequency from stored counts; unseen terms count as seen once. */
export type Idf = (term: string) => number;

/** What the stored counts say of an article's terms: how rare each is, and which keys are common. */
export interface Rarity {
  idf: Idf;
  /** Carried by more than the common share of the articles: too common to tie two reports alone. */
  isCommon: (key: string) => boolean;
  /**
   * The IDF of every term and key the article does not carry, an actor's ('e:') or any other's:
   * `idf` gives it for them (the counts read are the article's own), and a story's norm sums it.
   */
  unseen: { actor: number; other: number };
}

/** Pseudo-documents behind the prior: enough to matter while few articles are stored, not after. */
const PRIOR_DOCUMENTS = 20;
/** Share of the pseudo-documents that carry an actor of the config. */
const ACTOR_SHARE = 0.5;

/**
 * Smoothed IDF: `PRIOR_DOCUMENTS` imaginary articles are added, half of which carry each actor the
 * config watches ('e:' keys from the NLP stage): a bot watching them sees them in nearly every
 * article, so they weigh little from the first article on, while observed counts take over as the
 * store fills.
 */
export function rarityFrom(
  documents: number,
  /** The stored counts of the article's own terms and keys (absent or 0 when never counted). */
  frequencies: ReadonlyMap<string, number>,
  commonShare: number,
): Rarity {
  const seen = (term: string) =>
    (frequencies.get(term) ?? 0) + (term.startsWith('e:') ? ACTOR_SHARE * PRIOR_DOCUMENTS : 0);
  const total = documents + PRIOR_DOCUMENTS;
  const idfOf = (count: number) => Math.log((total + 1) / (count + 1)) + 1;
  // Most terms a story's profile is scored on are not the article's, so not counted here: their
  // IDF is one of two values, computed once per article instead of once per term and candidate.
  const unseen = idfOf(0);
  const unseenActor = idfOf(ACTOR_SHARE * PRIOR_DOCUMENTS);
  // The counted terms' IDF once each, not once per candidate story scored on them (two logarithms
  // per shared term and candidate, about a seventh of scoring's CPU at 100k stored).
  const counted = new Map<string, number>();
  for (const term of frequencies.keys()) counted.set(term, idfOf(seen(term)));
  return {
    idf: (term) => counted.get(term) ?? (term.startsWith('e:') ? unseenActor : unseen),
    isCommon: (key) => seen(key) > commonShare * total,
    unseen: { actor: unseenActor, other: unseen },
  };
}

/** Adds an article's length-normalized terms and its keys; keeps the `limit` heaviest terms. */
export function addToProfile(stored: AnyProfile, features: StoryFeatures, limit: number): StoryProfile {
  const profile = viewOf(stored);
  // The view keeps the stored order (terms are never integer-like keys), so ties sort alike.
  const terms = mapOf(profile.terms);
  const norm = Math.sqrt([...features.terms.values()].reduce((sum, count) => sum + count * count, 0)) || 1;
  for (const [term, count] of features.terms) terms.set(term, (terms.get(term) ?? 0) + count / norm);
  // Positions sorted by weight, heaviest first (a stable sort, as of the entries themselves before):
  // no array per entry.
  const names = [...terms.keys()];
  const weights = [...terms.values()];
  const kept = names
    .map((_, i) => i)
    .sort((a, b) => (weights[b] as number) - (weights[a] as number))
    .slice(0, limit);
  const keys = recordOf(entriesOf(profile.keys));
  for (const key of features.keys) keys[key] = (keys[key] ?? 0) + 1;
  const languages = {
    ...profile.languages,
    [features.language]: (profile.languages?.[features.language] ?? 0) + 1,
  };
  // Four decimals are far below any fitted threshold, and halve the profile's stored size (read
  // for every candidate story of every article).
  const rounded: Record<string, number> = {}; // assigned one by one: see recordOf
  for (const i of kept) rounded[names[i] as string] = Math.round((weights[i] as number) * 10_000) / 10_000;
  return { terms: rounded, keys, articles: profile.articles + 1, languages };
}

/** TF-IDF cosine between an article and a story's summed terms. */
export function cosine(features: StoryFeatures, profile: AnyProfile, rarity: Rarity): number {
  return cosineTo(termWeights(features, rarity), viewOf(profile));
}

/**
 * Cosine of IDF-weighted key terms: the article's keys against the story's, each weighted by the
 * share of the story's articles that carry it and by its kind (`byKind`, fitted: key-kinds.ts).
 * Rare names (Vilnius, Macron) weigh more than ones every article of the beat carries (NATO, Japan), and a big story's passing mentions weigh little,
 * so a long-running story does not swallow every article that names one of its places. Without a
 * shared key that is not common it is 0: an article naming only NATO and Japan (typical of a
 * Japanese report outside the gazetteer) would otherwise match any story that names them.
 */
export function keyOverlap(
  features: StoryFeatures,
  profile: AnyProfile,
  rarity: Rarity,
  byKind: Readonly<Record<KeyKind, number>>,
  titleWeight = 1,
): number {
  return overlapTo(keyWeights(features, rarity, byKind, titleWeight), viewOf(profile));
}
