import { type KeyKind, KEY_KINDS as KINDS, keyKind, namesAnEvent } from './key-kinds.js';
import { type NamedValues, nameHash, type ProfileView, positionOf } from './profile-view.js';
import type { Rarity } from './story-profile.js';
import { isJapaneseTerm, type StoryFeatures } from './story-terms.js';

/**
 * The article's side of the TF-IDF cosine, weighed once per article instead of once per candidate
 * story (an article is compared with up to 25 stories): each term's weight (count x IDF), its IDF,
 * and the sum of the squared weights, added in the order of `features.terms` as before.
 */
export interface TermWeights {
  /** The article's terms are Japanese character pairs (and a few words in Latin letters). */
  japanese: boolean;
  terms: string[];
  /** Each term's `nameHash`, to probe the candidates' profiles. */
  hashes: number[];
  weights: number[];
  idfs: number[];
  squares: number;
  /** The IDF of every term the article lacks (see `Rarity.unseen`): most of a story's terms. */
  unseenIdf: number;
}

export function termWeights(features: StoryFeatures, { idf, unseen }: Rarity): TermWeights {
  const weighed: TermWeights = {
    japanese: features.language === 'ja',
    terms: [],
    hashes: [],
    weights: [],
    idfs: [],
    squares: 0,
    unseenIdf: unseen.other,
  };
  for (const [term, count] of features.terms) {
    const termIdf = idf(term);
    const weight = count * termIdf;
    weighed.squares += weight * weight;
    weighed.terms.push(term);
    weighed.hashes.push(nameHash(term));
    weighed.weights.push(weight);
    weighed.idfs.push(termIdf);
  }
  return weighed;
}

/**
 * The story's sums that do not depend on the article, once per profile view (views are cached and
 * never change): the squares of its term weights, and of its key counts by kind. A story's norm
 * weighs each of its terms and keys by this article's IDF, and every one the article lacks has the
 * unseen IDF, so the norm is these sums times that IDF, corrected for the few the article shares:
 * summing a long story's ~170 keys for each of ~15 candidates was a third of scoring's CPU.
 */
const termSquares = new WeakMap<NamedValues, number>();
const keySquaresByKind = new WeakMap<NamedValues, Float64Array>();

function squaresOf(named: NamedValues): number {
  let sum = termSquares.get(named);
  if (sum === undefined) {
    sum = 0;
    for (const value of named.values) sum += value * value;
    termSquares.set(named, sum);
  }
  return sum;
}

/** The squares of a profile's Japanese terms (character pairs), for a story told in both languages. */
const japaneseTermSquares = new WeakMap<NamedValues, number>();

/** The squares of a profile's terms in one script: Japanese character pairs, or words in Latin letters. */
function scriptSquaresOf(named: NamedValues, japanese: boolean): number {
  let sum = japaneseTermSquares.get(named);
  if (sum === undefined) {
    sum = 0;
    for (let i = 0; i < named.names.length; i += 1)
      if (isJapaneseTerm(named.names[i] as string)) sum += (named.values[i] as number) ** 2;
    japaneseTermSquares.set(named, sum);
  }
  return japanese ? sum : squaresOf(named) - sum;
}

const kindIndex = (key: string) => KINDS.indexOf(keyKind(key));
/** The kinds a cross-language comparison leaves out when the article lacks them (see `overlapTo`). */
const NAME_KINDS = [KINDS.indexOf('name'), KINDS.indexOf('fullName')];

function squaresByKind(named: NamedValues): Float64Array {
  let sums = keySquaresByKind.get(named);
  if (sums === undefined) {
    sums = new Float64Array(KINDS.length);
    for (let i = 0; i < named.names.length; i += 1) {
      const count = named.values[i] as number;
      const kind = kindIndex(named.names[i] as string);
      sums[kind] = (sums[kind] as number) + count * count;
    }
    keySquaresByKind.set(named, sums);
  }
  return sums;
}

/**
 * TF-IDF cosine between weighed article terms and a story's summed terms. The story's side depends
 * on this article's IDF (its document count moves with every article): its terms the article
 * lacks all weigh the unseen IDF, its shared terms their own. With `ownScriptOnly` (a story told
 * in both languages) the story's norm counts only its terms in the article's script (Japanese
 * character pairs, or words in Latin letters) and those the article shares: the other language's
 * words can never match, and they lowered a report's cosine against a bilingual story of its own
 * event below that against a story told in one language.
 */
export function cosineTo(article: TermWeights, story: ProfileView, ownScriptOnly = false): number {
  const { values } = story.terms;
  let dot = 0;
  let shared = 0;
  const unseen = article.unseenIdf * article.unseenIdf;
  for (let i = 0; i < article.terms.length; i += 1) {
    const term = article.terms[i] as string;
    const other = positionOf(story.terms, term, article.hashes[i] as number);
    if (other < 0) continue;
    const value = values[other] as number;
    const idf = article.idfs[i] as number;
    dot += (article.weights[i] as number) * value * idf;
    // A shared term of the other script is outside the norm below: it is added whole.
    const counted = !ownScriptOnly || isJapaneseTerm(term) === article.japanese;
    shared += value * value * (counted ? idf * idf - unseen : idf * idf);
  }
  // Nothing shared: 0 whatever the story's norm, which is then not worth summing.
  if (dot === 0) return 0;
  const norm = ownScriptOnly ? scriptSquaresOf(story.terms, article.japanese) : squaresOf(story.terms);
  const right = unseen * norm + shared;
  return article.squares === 0 || right <= 0 ? 0 : dot / Math.sqrt(article.squares * right);
}

/**
 * The article's side of the key overlap: each key's squared weight (IDF x kind weight, times
 * `titleWeight` for a key its title names), whether it can tie two reports (not common, names an
 * event), and the sum of the squares, in key order; and what a story's norm needs: each key's kind
 * and (IDF x kind weight)^2, and per kind that of a key the article lacks (the unseen IDF).
 */
export interface KeyWeights {
  keys: readonly string[];
  hashes: number[];
  squares: number[];
  specific: boolean[];
  sum: number;
  kinds: number[];
  storySquares: number[];
  unseenSquares: Float64Array;
}

export function keyWeights(
  features: StoryFeatures,
  { idf, isCommon, unseen }: Rarity,
  byKind: Readonly<Record<KeyKind, number>>,
  titleWeight = 1,
): KeyWeights {
  const unseenSquares = Float64Array.from(KINDS, (kind) => {
    const weight = (kind === 'actor' ? unseen.actor : unseen.other) * byKind[kind];
    return weight * weight;
  });
  const weighed: KeyWeights = {
    keys: features.keys,
    hashes: features.keys.map(nameHash),
    squares: [],
    specific: [],
    sum: 0,
    kinds: [],
    storySquares: [],
    unseenSquares,
  };
  const titled = new Set(titleWeight === 1 ? [] : features.titleKeys);
  for (const key of features.keys) {
    const kind = kindIndex(key);
    const storyWeight = idf(key) * byKind[KINDS[kind] as KeyKind];
    const weight = storyWeight * (titled.has(key) ? titleWeight : 1);
    weighed.sum += weight * weight;
    weighed.squares.push(weight * weight);
    weighed.specific.push(!isCommon(key) && namesAnEvent(key));
    weighed.kinds.push(kind);
    weighed.storySquares.push(storyWeight * storyWeight);
  }
  return weighed;
}

/**
 * Cosine of weighed article keys against a story's key counts (each weighted by the share of the
 * story's articles carrying it, its IDF and its kind), 0 without a shared specific key. With
 * `foreignNamesOut`, the story's names (`n:`) the article lacks are left out of its norm (the
 * cross-language case: see score-story.ts).
 */
export function overlapTo(
  article: KeyWeights,
  { keys: named, articles }: ProfileView,
  foreignNamesOut = false,
): number {
  const { values: counts } = named;
  let dot = 0;
  let specific = false;
  // The story's norm for the keys it shares with the article, over what the per-kind sums give them.
  let shared = 0;
  for (let i = 0; i < article.keys.length; i += 1) {
    const position = positionOf(named, article.keys[i] as string, article.hashes[i] as number);
    if (position < 0) continue;
    const count = counts[position] as number;
    dot += (article.squares[i] as number) * (count / articles);
    if (article.specific[i]) specific = true;
    // The per-kind sums below weigh this key as unseen (unless its kind is left out): its own weight
    // replaces that one.
    const kind = article.kinds[i] as number;
    const inSums = foreignNamesOut && NAME_KINDS.includes(kind) ? 0 : (article.unseenSquares[kind] as number);
    shared += count * count * ((article.storySquares[i] as number) - inSums);
  }
  if (!specific) return 0;
  const sums = squaresByKind(named);
  let right = shared;
  for (let kind = 0; kind < KINDS.length; kind += 1) {
    if (foreignNamesOut && NAME_KINDS.includes(kind)) continue;
    right += (article.unseenSquares[kind] as number) * (sums[kind] as number);
  }
  right /= articles * articles;
  return article.sum === 0 || right <= 0 ? 0 : dot / Math.sqrt(article.sum * right);
}
