import type { ActorMatcher } from './actor-matcher.js';
import type { SpeakerPhrase } from './parse-speaker-phrase.js';
import { NOT_OFFICIAL } from './speaker-words.js';

/** A speaker as stored: who, with what title, for which actor (null when unknown). */
export interface ResolvedSpeaker {
  speaker: string | null;
  speakerTitle: string | null;
  actor: string | null;
}

export const UNKNOWN_SPEAKER: ResolvedSpeaker = { speaker: null, speakerTitle: null, actor: null };

// "ambassador to the United States", "talks with Beijing": the actor after these words is not
// the one the speaker works for.
const NOT_AFFILIATION =
  /\b(?:to|in|with|from|against|toward|towards|on|at|visiting|over|about)\s+(?:the\s+)?$/i;

// Roles that work for the person named after them (not "a rival of Macron").
const WORKS_FOR =
  /\b(?:aides?|advis[eo]rs?|spokes(?:person|man|woman)|envoy|representative|staff|secretary|deputy)\s+(?:to|of|for)\s+$/i;

// "the Paris Ledger's Lena Varga": a newspaper or broadcaster named after a place is not its government.
const MEDIA_TITLE =
  /\b(?:Post|Times|Journal|Herald|Tribune|Gazette|Examiner|Chronicle|Register|Daily|News|Magazine|Radio|Television|TV)\b/;

/** The one actor a phrase ties its speaker to, or null when it names none or several. */
export function affiliationOf(text: string, matcher: ActorMatcher): string | null {
  const actors = new Set(
    matcher
      .mentions(text)
      // ...but "an aide to Macron" or "a spokesperson for Wang Yi" works for that person's side.
      .filter((m) => {
        const before = text.slice(0, m.start);
        return (
          !NOT_AFFILIATION.test(before) || (matcher.person(m.alias) !== undefined && WORKS_FOR.test(before))
        );
      })
      // "a Tokyo-based analyst" works in Tokyo, not for Japan.
      .filter((mention) => !/^-(?:based|born|headquartered|registered)/.test(text.slice(mention.end)))
      .map((mention) => mention.actor),
  );
  return actors.size === 1 ? ([...actors][0] ?? null) : null;
}

/**
 * Gives a named or institutional phrase its actor: a listed person first (by full name, or by a
 * lone surname), then the words of the title. A listed person whose title names another actor
 * is left without an actor: an unknown is better than a wrong attribution.
 */
export function resolveSpeaker(
  phrase: Extract<SpeakerPhrase, { kind: 'named' | 'body' }>,
  matcher: ActorMatcher,
): ResolvedSpeaker {
  if (phrase.kind === 'body') {
    const actor = NOT_OFFICIAL.test(phrase.text) ? null : affiliationOf(phrase.text, matcher);
    return { speaker: phrase.text, speakerTitle: phrase.title, actor };
  }
  const official = !phrase.title || !(NOT_OFFICIAL.test(phrase.title) || MEDIA_TITLE.test(phrase.title));
  const fromTitle = phrase.title && official ? affiliationOf(phrase.title, matcher) : null;
  // Only a lone surname is looked up as such: "John Miller" is not Matthew Miller.
  const person = matcher.person(phrase.name);
  if (person && (fromTitle === null || fromTitle === person.actor)) {
    return { speaker: person.name, speakerTitle: phrase.title ?? person.title, actor: person.actor };
  }
  // "the United States said", "White House said": a capitalised name that is itself an actor.
  const fromName = !person && matcher.isActorWord(phrase.name) ? affiliationOf(phrase.name, matcher) : null;
  return { speaker: phrase.name, speakerTitle: phrase.title, actor: person ? null : (fromName ?? fromTitle) };
}
