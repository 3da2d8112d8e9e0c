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
  /** People named in full so far, latest last: "Lin said" is the article's own Lin first. */
  people: ResolvedSpeaker[];
}

/** A fresh memory: one per article, nothing carries over between articles. */
export function createSpeakerMemory(): SpeakerMemory {
  return { lastPerson: null, lastQuote: null, lastBody: null, people: [] };
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
  if (phrase.kind === 'named') {
    const who = earlierMention(phrase, memory) ?? resolveSpeaker(phrase, matcher);
    if (who.speaker?.includes(' '))
      memory.people = [...memory.people.filter((p) => p.speaker !== who.speaker), who];
    memory.lastPerson = { who, paragraph };
    return who;
  }
  if (phrase.kind === 'body') {
    const who = resolveSpeaker(phrase, matcher);
    const person = samePerson(phrase, who, memory, paragraph);
    if (person) return person;
    if (who.actor) memory.lastBody = { who, paragraph };
    return who;
  }
  if (phrase.kind === 'description' && BODY_NOUNS.has(phrase.noun.toLowerCase())) {
    return recallBody(phrase.noun.toLowerCase(), memory, paragraph);
  }
  const last = memory.lastPerson;
  const noun0 = phrase.kind === 'description' ? phrase.noun.toLowerCase() : '';
  if (!last || paragraph - last.paragraph > PRONOUN_REACH)
    return (noun0 ? titled(noun0, memory) : null) ?? UNKNOWN_SPEAKER;
  const title = last.who.speakerTitle?.toLowerCase() ?? '';
  const noun = phrase.kind === 'description' ? phrase.noun.toLowerCase() : '';
  const follows =
    phrase.kind === 'pronoun'
      ? phrase.person
      : GENERIC_NOUNS.has(noun) || (noun !== '' && title.includes(noun));
  if (!follows) return (noun ? titled(noun, memory) : null) ?? UNKNOWN_SPEAKER;
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
  // "Kamikawa" after "Kamikawa Yoko" is the same person, whatever the gazetteer's spelling.
  const words = new Set(current.toLowerCase().split(/\s+/));
  const others = named
    .map((mention) => matcher.person(mention.alias))
    .some(
      (person) =>
        person !== undefined &&
        person.name !== current &&
        !person.name
          .toLowerCase()
          .split(/\s+/)
          .some((word) => words.has(word)),
    );
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

/**
 * A lone surname ("Lin said", "Park said") is the person the article itself named in full
 * earlier, before any listed person of that surname. With several, a title that fits picks one,
 * else the latest mentioned.
 */
function earlierMention(
  phrase: Extract<SpeakerPhrase, { kind: 'named' }>,
  memory: SpeakerMemory,
): ResolvedSpeaker | null {
  const name = phrase.name.toLowerCase();
  if (name.includes(' ')) return null;
  const candidates = memory.people.filter((person) => {
    const words = person.speaker?.toLowerCase().split(/\s+/) ?? [];
    // Surname last (Rebecca Lin) or first (Park Sung-min, Kamikawa Yoko).
    return words.at(-1) === name || words[0] === name;
  });
  const title =
    phrase.title
      ?.toLowerCase()
      .split(/\s+/)
      .filter((word) => word.length > 3) ?? [];
  const fitting = candidates.filter((person) =>
    title.some((word) => person.speakerTitle?.toLowerCase().includes(word)),
  );
  return fitting.at(-1) ?? candidates.at(-1) ?? null;
}

/**
 * "the minister said" when the last person named is someone else: the latest person the article
 * named in full whose title has that noun, if exactly one has it.
 */
function titled(noun: string, memory: SpeakerMemory): ResolvedSpeaker | null {
  const fitting = memory.people.filter((person) => person.speakerTitle?.toLowerCase().includes(noun));
  return fitting.length === 1 ? (fitting[0] ?? null) : null;
}
