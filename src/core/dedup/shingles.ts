import type { Language } from '../articles/article.js';
import { fnv1a32 } from './hash32.js';

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

/**
 * Shingle hashes in text order (with repeats): word `wordSize`-shingles for English and other
 * spaced languages, character `charSize`-grams for Japanese. Texts shorter than one shingle give none.
 */
export function shingleSequence(
  text: string,
  language: Language,
  sizes: { wordSize: number; charSize: number },
): Uint32Array {
  if (language === 'ja') {
    const chars = charsOf(text);
    const count = Math.max(0, chars.length - sizes.charSize + 1);
    const out = new Uint32Array(count);
    for (let i = 0; i < count; i += 1) out[i] = fnv1a32(chars.slice(i, i + sizes.charSize));
    return out;
  }
  const words = wordsOf(text);
  const count = Math.max(0, words.length - sizes.wordSize + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) out[i] = fnv1a32(words.slice(i, i + sizes.wordSize).join(' '));
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

/** Size of the intersection of two sorted distinct sets, by a merge walk. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
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
