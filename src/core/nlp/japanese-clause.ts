import { REPORTING_VERBS } from './japanese-lexicon.js';
import type { JapaneseMorphology, Morpheme } from './japanese-morphology.js';
import type { JapaneseQuote } from './japanese-sentences.js';
import type { Span } from './text-spans.js';

/** A sentence as the attribution rules read it: its words, with each quote as one token. */
export type ClauseToken = { kind: 'word'; word: Morpheme } | { kind: 'quote'; quote: JapaneseQuote };

/**
 * Tokenizes only the words outside the sentence's quotes, in one call: a speaker and its verb
 * are never inside the quote, and tokenizing is the costly part of Japanese analysis. The quotes'
 * marks stay (林外相は「」と述べた) so the analyser still sees 」と as a quotation particle;
 * offsets are mapped back to the article's.
 */
export function clauseTokens(
  text: string,
  sentence: Span,
  quotes: readonly JapaneseQuote[],
  morphology: JapaneseMorphology,
): ClauseToken[] {
  // The text between quotes: piece k ends with quote k's opening mark, piece k+1 starts with its closing one.
  const pieces: { from: number; to: number; at: number }[] = [];
  let from = sentence.start;
  let at = 0;
  for (const quote of [...quotes, null]) {
    const to = quote ? quote.start : sentence.end;
    pieces.push({ from, to, at });
    at += Math.max(0, to - from);
    from = quote ? (quote.close ?? sentence.end) : sentence.end;
  }
  const outside = pieces.map((piece) => text.slice(piece.from, piece.to)).join('');
  const tokens: ClauseToken[] = [];
  let piece = 0;
  const enterNextPiece = () => {
    const quote = quotes[piece];
    if (quote) tokens.push({ kind: 'quote', quote });
    piece += 1;
  };
  for (const morpheme of morphology.tokenize(outside)) {
    while (piece + 1 < pieces.length && morpheme.start >= (pieces[piece + 1]?.at ?? 0)) enterNextPiece();
    const { from: start, at: offset } = pieces[piece] as (typeof pieces)[number];
    if (!QUOTE_MARKS.test(morpheme.surface))
      tokens.push({ kind: 'word', word: { ...morpheme, start: morpheme.start - offset + start } });
  }
  while (piece < quotes.length) enterNextPiece();
  return tokens;
}

// The marks of the quotes themselves (「 at a piece's end, 」 at its start) are not words.
const QUOTE_MARKS = /^[「『」』]+$/u;

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
