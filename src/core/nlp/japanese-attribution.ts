import {
  type ClauseToken,
  isSubjectParticle,
  nounPredicateAt,
  predicateAt,
  wordAt,
} from './japanese-clause.js';
import { BACKWARD_POINTERS, FORWARD_POINTERS, REPORTING_VERBS } from './japanese-lexicon.js';
import type { Morpheme } from './japanese-morphology.js';
import { type NounPhrase, nounPhraseBefore } from './japanese-noun-phrase.js';

/** What a sentence says about who spoke a quote in it. */
export interface QuoteFrame {
  /** The quote is the object of a reporting verb (「…」と述べた); the verb's subject is its speaker. */
  governed: boolean;
  /** The subject of that verb, when the sentence names it. */
  subject: NounPhrase | null;
  /** The reporting verb's token index (for pointer words such as こう before it), or -1. */
  verb: number;
}

/**
 * Reads the frame of the quote at token `index`:
 * - 「…」と[、]X は/が … 述べた: X, named between the particle と and the verb;
 * - X は/が[１０日、]「…」と述べた: X right before the quote (also 中国が「…」と主張 inside a longer sentence);
 * - X は … 「…」と述べた: the topic of the sentence, or its が subject when no clause ends between
 *   them (a が inside 「ＮＡＴＯが…する構想について」 belongs to that clause, not to the verb).
 * Quotes in a row (「…」「…」と述べた) share the frame of the last one. A quote whose closing mark
 * is missing (a cut-off summary) is read as governed by the verb that was cut off.
 */
export function frameOfQuote(tokens: readonly ClauseToken[], index: number): QuoteFrame {
  const next = index + 1 + (wordAt(tokens, index + 1)?.surface === '、' ? 1 : 0);
  if (tokens[next]?.kind === 'quote') return frameOfQuote(tokens, next);
  const verb = reportingVerbAfter(tokens, index);
  // A quote cut off by the end of a summary (林外相は「連携を…) is still the subject's.
  const token = tokens[index];
  const cutOff = token?.kind === 'quote' && token.quote.close === null;
  const governed = verb.at >= 0 || cutOff;
  const subject = governed
    ? (verb.subject ?? subjectRightBefore(tokens, index) ?? topicBefore(tokens, index))
    : null;
  return { governed, subject, verb: verb.at };
}

/** The sentence's topic (X は), else a が subject not closed off by a clause, before token `end`. */
export function topicBefore(tokens: readonly ClauseToken[], end: number): NounPhrase | null {
  for (let i = 0; i < end; i += 1) {
    const word = wordAt(tokens, i);
    if (word?.surface !== 'は' || !isSubjectParticle(word)) continue;
    const phrase = nounPhraseBefore(tokens, i);
    if (phrase) return phrase;
  }
  for (let i = end - 1; i >= 0; i -= 1) {
    const word = wordAt(tokens, i);
    if (word && isClauseEnd(word)) return null;
    if (word?.surface === 'が' && isSubjectParticle(word)) return nounPhraseBefore(tokens, i);
  }
  return null;
}

// 「…」と / 「…」とも / 「…」との考えを / 「…」という認識を: the particle that makes a quote an object.
const QUOTATIVE = new Set(['と', 'という', 'といった']);

/**
 * The first verb after the quote's particle: a reporting verb governs the quote; any other verb
 * (「…」と書かれた看板, 「…」という構想を進める) does not. A subject named between the particle and
 * the verb is returned with it.
 */
function reportingVerbAfter(
  tokens: readonly ClauseToken[],
  index: number,
): { at: number; subject: NounPhrase | null } {
  const none = { at: -1, subject: null };
  const particle = wordAt(tokens, index + 1);
  if (particle?.pos !== '助詞' || !QUOTATIVE.has(particle.surface)) return none;
  let subject: NounPhrase | null = null;
  for (let i = index + 2; i < tokens.length; i += 1) {
    const word = wordAt(tokens, i);
    if (!word) return none;
    if (word.surface === '。') return none;
    if (isSubjectParticle(word) && !subject) subject = nounPhraseBefore(tokens, i);
    const noun = nounPredicateAt(tokens, i);
    if (noun) return { at: i, subject };
    const verb = predicateAt(tokens, i);
    if (verb === null || isAdverbial(tokens, i)) continue;
    return REPORTING_VERBS.has(verb) ? { at: i, subject } : none;
  }
  return none;
}

// 「…」と繰り返し主張した: a verb's stem right before a noun or verb modifies it; the clause goes on.
function isAdverbial(tokens: readonly ClauseToken[], index: number): boolean {
  const next = wordAt(tokens, index + 1);
  return next !== null && (next.pos === '名詞' || next.pos === '動詞') && next.posDetail[0] !== '非自立';
}

// Between a subject and its quote only a time (１０日、同日) or a comma may stand.
function subjectRightBefore(tokens: readonly ClauseToken[], index: number): NounPhrase | null {
  let i = index - 1;
  while (i >= 0 && isTimeOrComma(wordAt(tokens, i))) i -= 1;
  const particle = wordAt(tokens, i);
  return particle && isSubjectParticle(particle) ? nounPhraseBefore(tokens, i) : null;
}

function isTimeOrComma(word: Morpheme | null): boolean {
  if (!word) return false;
  if (word.surface === '、' || word.surface === '，') return true;
  return (
    word.pos === '名詞' &&
    (word.posDetail[0] === '数' || word.posDetail.includes('助数詞') || word.posDetail[0] === '副詞可能')
  );
}

// A verb, adjective or auxiliary ends the clause a が subject belongs to.
function isClauseEnd(word: Morpheme): boolean {
  return (
    (word.pos === '動詞' && word.posDetail[0] === '自立') || word.pos === '形容詞' || word.pos === '助動詞'
  );
}

/**
 * 林外相はこう述べた (the quote before was his) or 林外相は次のように述べた (the quote after will
 * be): a pointer word right before a reporting verb of the sentence.
 */
export function pointerIn(source: string, tokens: readonly ClauseToken[]): 'forward' | 'backward' | null {
  for (let i = 0; i < tokens.length; i += 1) {
    const verb = predicateAt(tokens, i) ?? nounPredicateAt(tokens, i);
    if (!verb || !REPORTING_VERBS.has(verb)) continue;
    const verbWords = verb.endsWith('にする') ? 3 : verb.endsWith('する') && verb !== 'とする' ? 2 : 1;
    const first = wordAt(tokens, nounPredicateAt(tokens, i) ? i : i - verbWords + 1);
    const before = first ? source.slice(Math.max(0, first.start - 8), first.start) : '';
    if (FORWARD_POINTERS.some((word) => before.endsWith(word))) return 'forward';
    if (BACKWARD_POINTERS.some((word) => before.endsWith(word))) return 'backward';
  }
  return null;
}
