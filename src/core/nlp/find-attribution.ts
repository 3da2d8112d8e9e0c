import {
  type ActorWordTest,
  parseSpeakerAfter,
  parseSpeakerBefore,
  type SpeakerPhrase,
} from './parse-speaker-phrase.js';
import { AUXILIARIES, SPEECH_VERB, TIME_PHRASE } from './speaker-words.js';

const OTHERS_WORDS =
  /['’]s\s+(?:\w+\s+)?(?:claims?|accusations?|assertions?|remarks?|comments?|charges?|arguments?|allegations?|warnings?|description|words|view|characteri[sz]ation)\b/i;
const SENTENCE_BREAK = /(?<!\b\p{Lu})[.!?]["”’]?\s/u;
const INVERTED = /^(?:said|says|added|told|wrote|stated|according to)\s+/i;

/**
 * The speaker named right after a quote: `," Tomita said`, `," said Koji Tomita`,
 * `," a NATO spokesperson told CNN`, `," he added`. Only the first verb counts, and the words
 * before it must be a speaker phrase and nothing else.
 */
export function findAttributionAfter(after: string, isActorWord: ActorWordTest): SpeakerPhrase | null {
  const text = after.replace(/^[\s,.:;!?—–-]+/, '');
  const inverted = INVERTED.exec(text);
  if (inverted) return parseSpeakerAfter(text.slice(inverted[0].length), isActorWord);
  const verb = firstMatch(text, SPEECH_VERB);
  if (!verb || verb.index > 160) return null;
  const head = text.slice(0, verb.index);
  if (SENTENCE_BREAK.test(head)) return null;
  return parseSpeakerBefore(stripBetween(head), true, isActorWord);
}

/**
 * The speaker of a clause that leads into a quote or states a position: the subject of the last
 * speech verb that has one ("Hayashi said the opening was not intended", "China responded by
 * stating ... what it referred to as"). "it"/"they" alone do not say who spoke, so an earlier
 * verb is tried; if nothing better is found the speaker is explicitly unknown.
 */
export function findAttributionBefore(
  before: string,
  isActorWord: ActorWordTest,
  order: 'last' | 'first' = 'last',
): SpeakerPhrase | null {
  const verbs = [...before.matchAll(SPEECH_VERB)];
  if (order === 'last') verbs.reverse();
  let unnamed: SpeakerPhrase | null = null;
  for (const verb of verbs) {
    const head = stripBetween(before.slice(0, verb.index)).replace(/,\s+(?:which|who)\s*$/i, '');
    // ", adding that ..." has the subject of the clause before it: look at an earlier verb.
    if (/ing$/.test(verb[0]) && head.trimEnd().endsWith(',')) continue;
    const phrase = parseSpeakerBefore(head, false, isActorWord);
    if (phrase?.kind === 'pronoun' && !phrase.person) {
      unnamed = phrase;
      continue;
    }
    // "Hayashi said Beijing's claim that NATO was "..."": the quoted words are someone else's.
    if (phrase && OTHERS_WORDS.test(before.slice(verb.index + verb[0].length)))
      return { kind: 'pronoun', person: false };
    if (phrase) return phrase;
  }
  const according = /\baccording to\s+/i.exec(before);
  if (according) return parseSpeakerAfter(before.slice(according.index + according[0].length), isActorWord);
  return unnamed;
}

/** "China's Foreign Ministry on Monday has" → "China's Foreign Ministry". */
function stripBetween(head: string): string {
  return head.replace(AUXILIARIES, '').replace(TIME_PHRASE, '').replace(AUXILIARIES, '');
}

function firstMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  const copy = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  return copy.exec(text);
}
