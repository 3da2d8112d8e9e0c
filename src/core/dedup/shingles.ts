import type { Language } from '../articles/article.js';
import { fnv1a32, mix32 } from './hash32.js';

/** Letters and digits only: punctuation and spacing differ between copies of one text. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased NFKC words: full-width digits and letters fold to their ASCII forms. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/** Japanese has no spaces: the text as one run of letters and digits, NFKC-folded. */
export function charsOf(text: string): string {
  return wordsOf(text).join('');
}

/** Kana or Han characters: text written without spaces between words. */
const UNSPACED_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * Whether shingles are made of characters: Japanese, and unclassified text in an unspaced script
 * (Chinese), where "words" would be whole clauses.
 */
export function shinglesByCharacter(text: string, language: Language): boolean {
  return language === 'ja' || (language === 'other' && UNSPACED_SCRIPT.test(text));
}

/** The units shingles are made of: words, or characters for unspaced scripts. */
export function tokensOf(text: string, language: Language): string[] {
  return shinglesByCharacter(text, language) ? [...charsOf(text)] : wordsOf(text);
}

/**
 * Shingle hashes in text order (with repeats): each run of `size` tokens hashed from the tokens'
 * own hashes, so a text is hashed once per token rather than once per shingle.
 */
export function shingleSequence(tokens: readonly string[], size: number): Uint32Array {
  const hashes = Uint32Array.from(tokens, (token) => fnv1a32(token));
  const count = Math.max(0, tokens.length - size + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) {
    let hash = 0x811c9dc5;
    for (let j = 0; j < size; j += 1) hash = Math.imul(hash ^ (hashes[i + j] as number), 0x01000193);
    out[i] = mix32(hash);
  }
  return out;
}

/** The distinct hashes of a sequence, sorted ascending: the set that Jaccard and containment compare. */
export function shingleSet(sequence: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(sequence).sort();
  let size = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[size++] = sorted[i] as number;
  }
  return sorted.slice(0, size);
}

/**
 * How many values sorted sets `a` and `b` share, counted to the end unless fewer than `needed`
 * can still be shared: then the count stops, and a result below `needed` says only "fewer". Most
 * candidates a check confirms share a title or an opening, not their text, and are given up after
 * a fifth of the shorter set.
 */
export function sharedCount(a: Uint32Array, b: Uint32Array, needed = 0): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (shared + Math.min(a.length - i, b.length - j) < needed) return shared;
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/** Size of the intersection of two sorted distinct sets, by a merge walk. */
export const intersectionSize = (a: Uint32Array, b: Uint32Array): number => sharedCount(a, b);
