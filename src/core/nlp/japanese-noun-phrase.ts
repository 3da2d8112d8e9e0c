import { type ClauseToken, wordAt } from './japanese-clause.js';
import type { Morpheme } from './japanese-morphology.js';

/** A noun phrase of a sentence: its words and where it lies in the article. */
export interface NounPhrase {
  words: readonly Morpheme[];
  start: number;
  end: number;
}

// Longer than any title + name + body ("北大西洋条約機構（ＮＡＴＯ）のストルテンベルグ事務総長").
const MAX_WORDS = 16;

/**
 * The noun phrase that ends right before token `end` (the particle は or が): nouns, prefixes,
 * suffixes, の between nouns, ・ in names, and a parenthesised gloss after a noun. Anything else
 * ends it, so what is returned is never a fragment such as `…構想に` or `日本に対して`, and a
 * dateline (`【パリ】`) or an opening clause (`これに対し、`) is never part of it. Null when the
 * words before the particle are not a noun phrase that can name someone (a time, `こと`).
 */
export function nounPhraseBefore(tokens: readonly ClauseToken[], end: number): NounPhrase | null {
  const words: Morpheme[] = [];
  let i = end - 1;
  while (i >= 0 && words.length < MAX_WORDS) {
    const word = wordAt(tokens, i);
    if (!word) break;
    const linksNouns = words.length > 0 && isNominal(wordAt(tokens, i - 1));
    if (isNominal(word) || (linksNouns && (isNo(word) || word.surface === '・'))) {
      words.unshift(word);
      i -= 1;
      continue;
    }
    const gloss = word.surface === '）' && words.length > 0 ? glossStart(tokens, i) : -1;
    if (gloss < 0) break;
    for (let k = i; k >= gloss; k -= 1) {
      const inside = wordAt(tokens, k);
      if (inside) words.unshift(inside);
    }
    i = gloss - 1;
  }
  return canName(words) ? toPhrase(words) : null;
}

/** The phrase's text as written in the article. */
export function phraseText(source: string, phrase: NounPhrase): string {
  return source.slice(phrase.start, phrase.end);
}

function isNominal(word: Morpheme | null): boolean {
  return word !== null && (word.pos === '名詞' || word.pos === '接頭詞');
}

function isNo(word: Morpheme): boolean {
  return word.surface === 'の' && word.pos === '助詞';
}

// "北大西洋条約機構（ＮＡＴＯ）": the （ of a short gloss that follows a noun.
function glossStart(tokens: readonly ClauseToken[], close: number): number {
  for (let k = close - 1; k >= Math.max(0, close - 6); k -= 1) {
    const word = wordAt(tokens, k);
    if (!word) return -1;
    if (word.surface === '（') return isNominal(wordAt(tokens, k - 1)) ? k : -1;
    if (!isNominal(word)) return -1;
  }
  return -1;
}

// Words that cannot head a speaker's name: times and counts (１０日は), dependent nouns (ことは).
const NOT_HEAD = new Set(['非自立', '数', '副詞可能', '接続詞的', '動詞非自立的']);

function canName(words: readonly Morpheme[]): boolean {
  const head = words.at(-1);
  if (head?.pos !== '名詞' || NOT_HEAD.has(head.posDetail[0] ?? '')) return false;
  if (head.posDetail.includes('助数詞')) return false;
  // A phrase of times and counts only ("今月１０日") names no one.
  return words.some(
    (w) => w.pos === '名詞' && !NOT_HEAD.has(w.posDetail[0] ?? '') && !w.posDetail.includes('助数詞'),
  );
}

function toPhrase(words: Morpheme[]): NounPhrase {
  const first = words[0] as Morpheme;
  const last = words.at(-1) as Morpheme;
  return { words, start: first.start, end: last.start + last.surface.length };
}
