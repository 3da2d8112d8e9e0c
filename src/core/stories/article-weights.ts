import { namesAnEvent } from './key-kinds.js';
import type { ProfileView } from './profile-view.js';
import type { Idf } from './story-profile.js';
import type { StoryFeatures } from './story-terms.js';

/**
 * The article's side of the TF-IDF cosine, weighed once per article instead of once per candidate
 * story (an article is compared with up to 25 stories): each term's weight (count x IDF), its IDF,
 * and the sum of the squared weights, added in the order of `features.terms` as before.
 */
export interface TermWeights {
  terms: string[];
  weights: number[];
  idfs: number[];
  squares: number;
}

export function termWeights(features: StoryFeatures, idf: Idf): TermWeights {
  const weighed: TermWeights = { terms: [], weights: [], idfs: [], squares: 0 };
  for (const [term, count] of features.terms) {
    const termIdf = idf(term);
    const weight = count * termIdf;
    weighed.squares += weight * weight;
    weighed.terms.push(term);
    weighed.weights.push(weight);
    weighed.idfs.push(termIdf);
  }
  return weighed;
}

/**
 * TF-IDF cosine between weighed article terms and a story's summed terms. The story's side depends
 * on this article's IDF (its document count moves with every article), so it is summed here, in
 * the profile's order; the arithmetic is that of the per-candidate code it replaced, bit for bit.
 */
export function cosineTo(article: TermWeights, story: ProfileView, idf: Idf): number {
  const { at, names, values } = story.terms;
  let dot = 0;
  for (let i = 0; i < article.terms.length; i += 1) {
    const other = at.get(article.terms[i] as string);
    if (other !== undefined)
      dot += (article.weights[i] as number) * (values[other] as number) * (article.idfs[i] as number);
  }
  // Nothing shared: 0 whatever the story's norm, which is then not worth summing.
  if (dot === 0) return 0;
  let right = 0;
  for (let i = 0; i < names.length; i += 1) right += ((values[i] as number) * idf(names[i] as string)) ** 2;
  return article.squares === 0 || right === 0 ? 0 : dot / Math.sqrt(article.squares * right);
}

/**
 * The article's side of the key overlap: each key's squared weight (IDF x kind weight, times
 * `titleWeight` for a key its title names), whether it can tie two reports (not common, names an
 * event), and the sum of the squares, in key order.
 */
export interface KeyWeights {
  keys: readonly string[];
  squares: number[];
  specific: boolean[];
  sum: number;
}

export function keyWeights(
  features: StoryFeatures,
  idf: Idf,
  common: (key: string) => boolean,
  kindWeight: (key: string) => number,
  titleWeight = 1,
): KeyWeights {
  const weighed: KeyWeights = { keys: features.keys, squares: [], specific: [], sum: 0 };
  const titled = new Set(titleWeight === 1 ? [] : features.titleKeys);
  for (const key of features.keys) {
    const weight = idf(key) * kindWeight(key) * (titled.has(key) ? titleWeight : 1);
    weighed.sum += weight * weight;
    weighed.squares.push(weight * weight);
    weighed.specific.push(!common(key) && namesAnEvent(key));
  }
  return weighed;
}

/**
 * Cosine of weighed article keys against a story's key counts (each weighted by the share of the
 * story's articles carrying it, its IDF and its kind), 0 without a shared specific key. `skip`
 * leaves story keys out of the story's norm (the cross-language case: see score-story.ts).
 */
export function overlapTo(
  article: KeyWeights,
  { keys: { at, names, values: counts }, articles }: ProfileView,
  idf: Idf,
  kindWeight: (key: string) => number,
  skip?: (key: string) => boolean,
): number {
  let dot = 0;
  let specific = false;
  for (let i = 0; i < article.keys.length; i += 1) {
    const position = at.get(article.keys[i] as string);
    if (position === undefined) continue;
    dot += (article.squares[i] as number) * ((counts[position] as number) / articles);
    if (article.specific[i]) specific = true;
  }
  if (!specific) return 0;
  let right = 0;
  for (let i = 0; i < names.length; i += 1) {
    const key = names[i] as string;
    if (skip?.(key)) continue;
    right += (((counts[i] as number) / articles) * idf(key) * kindWeight(key)) ** 2;
  }
  return article.sum === 0 || right === 0 ? 0 : dot / Math.sqrt(article.sum * right);
}
