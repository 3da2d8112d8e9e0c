import { clauseSubject } from './clause-subject.js';
import type { QuoteSpan } from './find-english-quotes.js';
import { type ActorWordTest, parseSpeakerBefore, type SpeakerPhrase } from './parse-speaker-phrase.js';
import type { Span } from './text-spans.js';

// Words that may stand between a subject and its verb ("Dalton later defended").
const ADVERBS = new Set([
  'later',
  'then',
  'also',
  'again',
  'still',
  'once',
  'never',
  'often',
  'even',
  'just',
]);
const AUXILIARIES = new Set([
  'has',
  'had',
  'is',
  'was',
  'will',
  'would',
  'can',
  'could',
  'did',
  'does',
  'may',
  'might',
]);

/**
 * A dateline opening an article's first sentence: a place with a date or an agency in brackets
 * and a dash ("SEOUL, Sept. 3 (Yonhap) --", "Paris (AFP) -"), or a place in capitals and a dash
 * ("WASHINGTON —"). It is never part of the subject.
 */
const DATELINE =
  /^(?:[\p{Lu}][^\n()]{0,60}?\([^()]{2,30}\)\s*(?:--|[—–-])|\p{Lu}{3,}[\p{Lu}\s,./'-]*?\s(?:--|[—–]))\s*/u;

/** Whether a lower-case word reads as a finite verb or its auxiliary ("defended", "calls", "has"). */
function verbal(written: string): boolean {
  const word = written.replace(/[.,;:!?]+$/, '');
  if (AUXILIARIES.has(word)) return true;
  return /^\p{Ll}+(?:ed|[^s]s)$/u.test(word);
}

/**
 * The subject of the sentence a quote sits in, when the sentence opens with a name or a person
 * pronoun followed by a verb and the quote comes after it: "Okada has gone after Dalton as a "...""
 * gives Okada; failing that, the subject of the sentence's main clause read from part-of-speech
 * tags (`clauseSubject`). Null when neither names someone, so an unsure quote stays without a speaker.
 */
export function sentenceSubject(
  text: string,
  quote: { span: QuoteSpan; sentence: Span },
  isActorWord: ActorWordTest,
): SpeakerPhrase | null {
  const head = text.slice(quote.sentence.start, quote.span.open);
  const phrase = subjectOf(head, isActorWord) ?? clauseSubject(head.replace(DATELINE, ''), isActorWord);
  if (phrase?.kind === 'named' || (phrase?.kind === 'pronoun' && phrase.person)) return phrase;
  // "The Okada campaign ... worded it: "..."": an institution named in the subject.
  return phrase?.kind === 'body' && /\p{Lu}/u.test(phrase.text) ? phrase : null;
}

/** A named person or "he"/"she" opening `head` and followed by a verb ("Lin, the fellow, disagreed"). */
export function subjectOf(head: string, isActorWord: ActorWordTest): SpeakerPhrase | null {
  const words = head.replace(DATELINE, '').split(/\s+/).filter(Boolean);
  const verbAt = words.findIndex((word, index) => {
    if (index === 0 || !/^\p{Ll}/u.test(word)) return false;
    return verbal(word) || (ADVERBS.has(word) && verbal(words[index + 1] ?? ''));
  });
  if (verbAt < 1 || verbAt > 8) return null;
  const subject = words.slice(0, verbAt).join(' ');
  // A quote mark inside the subject means it is not a plain noun phrase; an appositive is allowed.
  if (/[;:"“”]/.test(subject) || (!subject.endsWith(',') && subject.includes(','))) return null;
  const phrase = parseSpeakerBefore(subject, true, isActorWord);
  if (phrase?.kind === 'named' || (phrase?.kind === 'pronoun' && phrase.person)) return phrase;
  return null;
}
