import type { ActorMatcher, ActorMention } from './actor-matcher.js';
import type { SpeakerPhrase } from './parse-speaker-phrase.js';
import { type ResolvedSpeaker, resolveSpeaker, UNKNOWN_SPEAKER } from './resolve-speaker.js';
import { BODY_NOUNS } from './speaker-words.js';

/** Who spoke last while reading an article, so "he added" and "the envoy said" can be followed. */
export interface SpeakerMemory {
  lastPerson: { who: ResolvedSpeaker; paragraph: number } | null;
  lastQuote: { who: ResolvedSpeaker; paragraph: number } | null;
  /** The last institution that spoke for an actor, for "the ministry said". */
  lastBody: { who: ResolvedSpeaker; paragraph: number } | null;
}

/** A fresh memory: one per article, nothing carries over between articles. */
export function createSpeakerMemory(): SpeakerMemory {
  return { lastPerson: null, lastQuote: null, lastBody: null };
}

// A pronoun further than this many paragraphs from its name is too risky to follow.
const PRONOUN_REACH = 2;
const GENERIC_NOUNS = new Set(['envoy', 'diplomat', 'official']);

/**
 * Turns a parsed phrase into a speaker, remembering named people. Returns null when there was no
 * phrase at all (the caller may then look at neighbouring quotes), and the unknown speaker when
 * the phrase does not say who (a pronoun too far from its name, "it said").
 */
export function recallSpeaker(
  phrase: SpeakerPhrase | null,
  memory: SpeakerMemory,
  paragraph: number,
  matcher: ActorMatcher,
): ResolvedSpeaker | null {
  if (!phrase) return null;
  if (phrase.kind === 'named' || phrase.kind === 'body') {
    const who = resolveSpeaker(phrase, matcher);
    const person = phrase.kind === 'body' ? samePerson(phrase, who, memory, paragraph) : null;
    if (person) return person;
    if (phrase.kind === 'named') memory.lastPerson = { who, paragraph };
    else if (who.actor) memory.lastBody = { who, paragraph };
    return who;
  }
  if (phrase.kind === 'description' && BODY_NOUNS.has(phrase.noun.toLowerCase())) {
    return recallBody(phrase.noun.toLowerCase(), memory, paragraph);
  }
  const last = memory.lastPerson;
  if (!last || paragraph - last.paragraph > PRONOUN_REACH) return UNKNOWN_SPEAKER;
  const title = last.who.speakerTitle?.toLowerCase() ?? '';
  const noun = phrase.kind === 'description' ? phrase.noun.toLowerCase() : '';
  const follows =
    phrase.kind === 'pronoun'
      ? phrase.person
      : GENERIC_NOUNS.has(noun) || (noun !== '' && title.includes(noun));
  if (!follows) return UNKNOWN_SPEAKER;
  // Each "he said" keeps the chain going: the person stays the one being talked about.
  memory.lastPerson = { who: last.who, paragraph };
  return last.who;
}

/** "the ministry said": the last institution that spoke, if it is one of those. */
function recallBody(noun: string, memory: SpeakerMemory, paragraph: number): ResolvedSpeaker {
  const last = memory.lastBody;
  if (!last || paragraph - last.paragraph > PRONOUN_REACH) return UNKNOWN_SPEAKER;
  return last.who.speaker?.toLowerCase().includes(noun) ? last.who : UNKNOWN_SPEAKER;
}

/**
 * Another listed person named in a sentence makes "he" ambiguous: forget the last person unless
 * the sentence only names that same person.
 */
export function forgetIfOthersNamed(
  named: readonly ActorMention[],
  memory: SpeakerMemory,
  matcher: ActorMatcher,
): void {
  const current = memory.lastPerson?.who.speaker;
  if (!current) return;
  const others = named
    .map((mention) => matcher.person(mention.alias))
    .some((person) => person !== undefined && person.name !== current);
  if (others) memory.lastPerson = null;
}

/** "the French leader said" just after Macron spoke is Macron: same actor, a person's title. */
function samePerson(
  phrase: Extract<SpeakerPhrase, { kind: 'body' }>,
  who: ResolvedSpeaker,
  memory: SpeakerMemory,
  paragraph: number,
): ResolvedSpeaker | null {
  const last = memory.lastPerson;
  const noun = phrase.text.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (!phrase.definite || !who.actor || BODY_NOUNS.has(noun) || !last) return null;
  if (last.who.actor !== who.actor || paragraph - last.paragraph > PRONOUN_REACH) return null;
  memory.lastPerson = { who: last.who, paragraph };
  return last.who;
}
