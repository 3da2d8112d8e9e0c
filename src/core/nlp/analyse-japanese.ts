import type { ActorMatcher } from './actor-matcher.js';
import type { AnalysedStatement } from './article-analysis.js';
import { frameOfQuote, pointerIn, type QuoteFrame, topicBefore } from './japanese-attribution.js';
import { clauseTokens } from './japanese-clause.js';
import { BACKWARD_POINTERS, FORWARD_POINTERS, PERSONAL_PRONOUNS } from './japanese-lexicon.js';
import { type JapaneseMorphology, japaneseMorphology } from './japanese-morphology.js';
import { phraseText } from './japanese-noun-phrase.js';
import { findJapaneseQuotes, type JapaneseQuote, japaneseParagraphs } from './japanese-sentences.js';
import { resolveJapaneseSpeaker } from './japanese-speaker.js';
import { type ResolvedSpeaker, UNKNOWN_SPEAKER } from './resolve-speaker.js';
import { findCues } from './stance-cues.js';
import type { Span } from './text-spans.js';

/** Who spoke last while reading an article, and quotes still waiting for a speaker named later. */
interface Reading {
  text: string;
  matcher: ActorMatcher;
  morphology: JapaneseMorphology;
  last: { who: ResolvedSpeaker; paragraph: number } | null;
  /** 林外相は次のように述べた。: the quotes that follow are his. */
  announced: { who: ResolvedSpeaker; paragraph: number } | null;
  /** Quotes standing alone (「…」。) until a sentence says whose they were (林外相はこう述べた。). */
  waiting: AnalysedStatement[];
}

// A subjectless 「…」と述べた follows the last speaker only this many paragraphs on.
const SPEAKER_REACH = 1;

/**
 * Quotes in 「」 and 『』 (a quote inside a quote belongs to the outer one) with their speakers,
 * and positions stated without quotes. Speakers are read from morphemes (kuromoji): the subject
 * of the reporting verb that governs the quote; unsure means null.
 */
export function analyseJapanese(
  text: string,
  matcher: ActorMatcher,
  morphology: JapaneseMorphology = japaneseMorphology(),
): AnalysedStatement[] {
  const reading: Reading = { text, matcher, morphology, last: null, announced: null, waiting: [] };
  const statements: AnalysedStatement[] = [];
  japaneseParagraphs(text).forEach((sentences, paragraph) => {
    for (const sentence of sentences) {
      const quotes = findJapaneseQuotes(sentence);
      if (quotes.length === 0) statements.push(...withoutQuotes(reading, sentence, paragraph));
      else statements.push(...withQuotes(reading, sentence, quotes, paragraph));
    }
  });
  return statements;
}

function withQuotes(
  reading: Reading,
  sentence: Span,
  quotes: readonly JapaneseQuote[],
  paragraph: number,
): AnalysedStatement[] {
  const tokens = clauseTokens(reading.text, sentence, quotes, reading.morphology);
  const standalone = tokens.every((t) => t.kind === 'quote' || isPunctuation(t.word.surface));
  if (!standalone) reading.waiting = [];
  const statements: AnalysedStatement[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'quote') return;
    const frame = frameOfQuote(tokens, index);
    // 「自由で開かれたインド太平洋」の実現: a name or a term in quotation marks, not speech.
    if (!frame.governed && !standalone && !isClause(reading, token.quote)) return;
    let who = frame.subject ? speakerOf(reading, frame) : null;
    if (who === null && frame.governed) who = recent(reading.last, paragraph);
    if (who === null && standalone) {
      who = recent(reading.announced, paragraph);
      // Each quote of the announced run keeps the announcement alive for the next paragraph.
      if (who && reading.announced) reading.announced.paragraph = paragraph;
    }
    if (who?.speaker) reading.last = { who, paragraph };
    const statement = toStatement(reading.text, token.quote, sentence, who ?? UNKNOWN_SPEAKER);
    if (who === null && standalone) reading.waiting.push(statement);
    statements.push(statement);
  });
  if (!standalone) reading.announced = null;
  return statements;
}

/** A sentence without quotes: a speaker announcing or claiming quotes, or a stated position. */
function withoutQuotes(reading: Reading, sentence: Span, paragraph: number): AnalysedStatement[] {
  const { polarity, cues } = findCues(sentence.text);
  // Tokenizing is the costly step: only sentences that may point to a quote or state a position.
  const mayPoint = POINTERS.some((word) => sentence.text.includes(word));
  if (polarity === 'none' && !mayPoint) {
    reading.waiting = [];
    reading.announced = null;
    return [];
  }
  const tokens = clauseTokens(reading.text, sentence, [], reading.morphology);
  const pointer = mayPoint ? pointerIn(reading.text, tokens) : null;
  const subject = topicBefore(tokens, tokens.length);
  const who = subject ? resolveJapaneseSpeaker(reading.text, subject, reading.matcher) : UNKNOWN_SPEAKER;
  if (pointer === 'backward' && who.speaker) {
    for (const statement of reading.waiting) Object.assign(statement, who);
    reading.last = { who, paragraph };
  }
  reading.waiting = [];
  reading.announced = pointer === 'forward' && who.speaker ? { who, paragraph } : null;
  if (!who.actor || polarity === 'none') return [];
  return [{ text: sentence.text, quote: false, ...who, polarity, cues, sentence: sentence.text }];
}

function speakerOf(reading: Reading, frame: QuoteFrame): ResolvedSpeaker | null {
  if (!frame.subject) return null;
  const phrase = phraseText(reading.text, frame.subject);
  // 彼は「…」と述べた: the person named last, if recent enough (checked by the caller's reach).
  if (PERSONAL_PRONOUNS.has(phrase)) return reading.last?.who ?? UNKNOWN_SPEAKER;
  return resolveJapaneseSpeaker(reading.text, frame.subject, reading.matcher);
}

function recent(
  memory: { who: ResolvedSpeaker; paragraph: number } | null,
  paragraph: number,
): ResolvedSpeaker | null {
  return memory && paragraph - memory.paragraph <= SPEAKER_REACH ? memory.who : null;
}

const POINTERS = [...FORWARD_POINTERS, ...BACKWARD_POINTERS];

function toStatement(
  text: string,
  quote: JapaneseQuote,
  sentence: Span,
  who: ResolvedSpeaker,
): AnalysedStatement {
  const words = text.slice(quote.start, quote.end);
  const after = quote.close === null ? '' : text.slice(quote.close + 1, sentence.end);
  const { polarity, cues } = findCues(`${words} ${after}`);
  return { text: words, quote: true, ...who, polarity, cues, sentence: sentence.text };
}

// A clause someone said ends on a predicate (誤りだ, 認めない, 反対する); a name or term on a noun.
const PREDICATES = new Set(['動詞', '形容詞', '助動詞']);

function isClause(reading: Reading, quote: JapaneseQuote): boolean {
  const words = reading.morphology.tokenize(reading.text.slice(quote.start, quote.end));
  const last = words.findLast((word) => word.pos !== '記号');
  return last !== undefined && (PREDICATES.has(last.pos) || last.posDetail[0] === '終助詞');
}

function isPunctuation(surface: string): boolean {
  return /^[。、！？\s]+$/u.test(surface);
}
