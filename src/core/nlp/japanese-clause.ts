import { REPORTING_VERBS } from './japanese-lexicon.js';
import type { JapaneseMorphology, Morpheme } from './japanese-morphology.js';
import type { JapaneseQuote } from './japanese-sentences.js';
import type { Span } from './text-spans.js';

/** A sentence as the attribution rules read it: its words, with each quote as one token. */
export type ClauseToken = { kind: 'word'; word: Morpheme } | { kind: 'quote'; quote: JapaneseQuote };

/**
 * Tokenizes only the words outside the sentence's quotes: a speaker and its verb are never inside
 * the quote, and tokenizing is the costly part of Japanese analysis. Each piece keeps its
 * brackets so the analyser sees 」と as a quotation particle; offsets are the article's.
 */
export function clauseTokens(
  text: string,
  sentence: Span,
  quotes: readonly JapaneseQuote[],
  morphology: JapaneseMorphology,
): ClauseToken[] {
  const tokens: ClauseToken[] = [];
  let from = sentence.start;
  for (const quote of quotes) {
    tokens.push(...words(text, from, quote.start, morphology));
    tokens.push({ kind: 'quote', quote });
    from = quote.close ?? sentence.end;
  }
  tokens.push(...words(text, from, sentence.end, morphology));
  return tokens;
}

function words(text: string, from: number, to: number, morphology: JapaneseMorphology): ClauseToken[] {
  if (to <= from) return [];
  return morphology
    .tokenize(text.slice(from, to))
    .map((m) => ({ ...m, start: m.start + from }))
    .filter((m) => !QUOTE_MARKS.has(m.surface))
    .map((word) => ({ kind: 'word' as const, word }));
}

// The marks of the quotes themselves (「 at a piece's end, 」 at its start) are not words.
const QUOTE_MARKS = new Set(['「', '『', '」', '』']);

/** The word at a token index, or null for a quote or past the end. */
export function wordAt(tokens: readonly ClauseToken[], index: number): Morpheme | null {
  const token = tokens[index];
  return token?.kind === 'word' ? token.word : null;
}

/**
 * The verb a word predicates, in dictionary form: 述べ → 述べる, 強調 + し → 強調する,
 * 明らか + に + し → 明らかにする, と + し → とする. Null for a word that is not a verb.
 */
export function predicateAt(tokens: readonly ClauseToken[], index: number): string | null {
  const word = wordAt(tokens, index);
  if (word?.pos !== '動詞' || word.posDetail[0] !== '自立') return null;
  if (word.basic !== 'する') return word.basic;
  const before = wordAt(tokens, index - 1);
  if (before?.pos === '名詞') return `${before.surface}する`;
  const noun = wordAt(tokens, index - 2);
  if (before?.surface === 'に' && noun?.posDetail[0] === '形容動詞語幹') return `${noun.surface}にする`;
  if (before?.surface === 'と' && before.pos === '助詞') return 'とする';
  return 'する';
}

/**
 * A sentence that ends on a noun of saying (「…」と強調。, common in broadcast and headline style)
 * reports speech as the verb would.
 */
export function nounPredicateAt(tokens: readonly ClauseToken[], index: number): string | null {
  const word = wordAt(tokens, index);
  if (word?.posDetail[0] !== 'サ変接続') return null;
  const next = wordAt(tokens, index + 1);
  const ends = index + 1 >= tokens.length || next?.surface === '。' || next?.surface === '、';
  return ends && REPORTING_VERBS.has(`${word.surface}する`) ? `${word.surface}する` : null;
}

/** Whether a word is the particle は (topic) or が (subject). */
export function isSubjectParticle(word: Morpheme | null): boolean {
  if (word?.pos !== '助詞') return false;
  return (
    (word.surface === 'は' && word.posDetail[0] === '係助詞') ||
    (word.surface === 'が' && word.posDetail[0] === '格助詞')
  );
}
