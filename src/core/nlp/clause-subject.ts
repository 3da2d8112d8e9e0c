import { type TaggedWord, tagEnglish } from './english-tags.js';
import type { ActorWordTest, SpeakerPhrase } from './parse-speaker-phrase.js';
import { parseSpeakerBefore } from './parse-speaker-phrase.js';
import { PERSON_PRONOUNS } from './speaker-words.js';
import { nounPhraseEnd, taggedSpeaker } from './tagged-noun-phrase.js';

// An aside between a subject and its verb ("Varga, with open delight, chided") is at most this long.
const ASIDE_WORDS = 16;
const QUOTE_MARK = /^["“”'‘’]$/;
const SUBORDINATORS = new Set(
  'when whenever as after before while if although though because since until once whereas where'.split(' '),
);
const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
// A place or time between a subject and its verb ("Corwin on Wednesday downplayed").
const BETWEEN_WORDS = 4;

/**
 * The subject of the main clause of `head` (a sentence up to a quote), read from part-of-speech
 * tags: the noun phrase right before the first finite verb, found at the sentence start or after
 * an opening adverbial that ends with a comma ("At a rally,", "Speaking at a town hall in Ashford,
 * Ohio,", "Later on Sunday,"). An appositive or aside between subject and verb is skipped.
 * Null when no clause opens with a noun phrase and a verb.
 */
export function clauseSubject(head: string, isActorWord: ActorWordTest): SpeakerPhrase | null {
  const words = tagEnglish(head);
  // The last clause that opens with a subject and a verb is the one the quote is in.
  for (const start of clauseStarts(words).reverse()) {
    // "When Marsh criticized Okada, ...": a subordinate clause's subject is not the sentence's.
    if (SUBORDINATORS.has(words[start]?.text.toLowerCase() ?? '')) continue;
    const end = nounPhraseEnd(words, start);
    if (end === start && !PERSON_PRONOUNS.has(words[start]?.text.toLowerCase() ?? '')) continue;
    const subjectEnd = end === start ? start + 1 : end;
    const verb = verbAfter(words, subjectEnd);
    if (verb === null) continue;
    const subject = words.slice(start, subjectEnd);
    if (copulaOnly(words, verb, subject)) continue;
    const text = head.slice(subject[0]?.start ?? 0, subject.at(-1)?.end ?? 0);
    const offset = subject[0]?.start ?? 0;
    const local = subject.map((word) => ({ ...word, start: word.start - offset, end: word.end - offset }));
    const phrase = parseSpeakerBefore(text, true, isActorWord) ?? taggedSpeaker(text, local, isActorWord);
    // "The committee chairman, Rep. Owen Talbot, issued": a name in the appositive is the person.
    const aside =
      words[subjectEnd]?.text === ',' ? words.findIndex((w, k) => k > subjectEnd && w.text === ',') : -1;
    const withAside = aside > 0 ? head.slice(subject[0]?.start ?? 0, words[aside]?.end ?? 0) : '';
    const named =
      phrase?.kind !== 'named' && withAside ? parseSpeakerBefore(withAside, true, isActorWord) : null;
    if (named?.kind === 'named') return named;
    if (phrase) return phrase;
  }
  return null;
}

/**
 * "The paradox of Rutte, says one diplomat, is that he is "..."": the subject of a plain copula
 * said nothing, unless it is someone's words ("Okada's response was: "..."", "the slogan is")
 * or the copula is an auxiliary ("is promising").
 */
function copulaOnly(words: readonly TaggedWord[], verb: number, subject: readonly TaggedWord[]): boolean {
  const next = words[verb + 1];
  if (!COPULA.has(words[verb]?.text.toLowerCase() ?? '') || next?.text === ':') return false;
  if (/ing$/.test(next?.text ?? '') || ['VERB', 'AUX'].includes(next?.pos ?? '')) return false;
  return !subject.some((word) => /^['’]s?$/.test(word.text));
}

/** The sentence start (after "And", "But then", "Later") and every point right after a comma. */
function clauseStarts(words: readonly TaggedWord[]): number[] {
  const skipOpeners = (from: number) => {
    let at = from;
    const opener = (word: TaggedWord | undefined) =>
      ['CCONJ', 'ADV'].includes(word?.pos ?? '') && !SUBORDINATORS.has(word?.text.toLowerCase() ?? '');
    while ((opener(words[at]) && words[at + 1]?.text !== ',') || QUOTE_MARK.test(words[at]?.text ?? ''))
      at += 1;
    return at;
  };
  const starts = [skipOpeners(0)];
  let depth = 0;
  words.forEach((word, index) => {
    if (word.text === '(') depth += 1;
    if (word.text === ')') depth -= 1;
    if (word.text === ',' && depth === 0 && index + 1 > (starts[0] ?? 0)) starts.push(skipOpeners(index + 1));
  });
  return starts;
}

/** The index of the finite verb after a subject ending at `from`, skipping an aside, adverbs and a short place/time phrase. */
function verbAfter(words: readonly TaggedWord[], from: number): number | null {
  let i = from;
  if (words[i]?.text === ',') {
    const close = words.findIndex((word, k) => k > i && word.text === ',');
    if (close < 0 || close - i > ASIDE_WORDS) return null;
    i = close + 1;
  }
  while (words[i]?.pos === 'ADV') i += 1;
  if (words[i]?.pos === 'ADP') {
    const verb = words.findIndex((word, k) => k > i && ['VERB', 'AUX'].includes(word.pos));
    const between = words.slice(i + 1, verb);
    const plain = between.every((word) => ['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ'].includes(word.pos));
    if (verb < 0 || verb - i - 1 > BETWEEN_WORDS || !plain) return null;
    i = verb;
  }
  while (words[i]?.pos === 'ADV') i += 1;
  const verb = words[i];
  if (!verb || !['VERB', 'AUX'].includes(verb.pos)) return null;
  // "Dalton calling for a ban" is a noun with a participle, not a clause.
  if (verb.pos === 'VERB' && /ing$/.test(verb.text)) return null;
  return i;
}
