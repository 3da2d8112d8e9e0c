import { allMatches } from '../text/all-matches.js';
import {
  type ActorWordTest,
  parseSpeakerAfter,
  parseSpeakerBefore,
  type SpeakerPhrase,
} from './parse-speaker-phrase.js';
import { REPORTING_VERB_FORMS } from './reporting-verbs.js';
import {
  AUXILIARIES,
  MODAL_SPEECH_VERB,
  SPEECH_VERB,
  TIME_PHRASE,
  TITLE_ABBREVIATIONS,
} from './speaker-words.js';
import { nounPhraseSpeaker } from './tagged-noun-phrase.js';

// "Beijing's claim that NATO was "..."": the quote is inside another's words (their content
// clause, or right after them); "Dalton said Okada's words "amount to ..."" is Dalton's own verdict.
const OTHERS_WORDS =
  /['’]s\s+(?:\w+\s+)?(?:claims?|accusations?|assertions?|remarks?|comments?|charges?|arguments?|allegations?|warnings?|description|words|view|characteri[sz]ation)(?:\s+that\b|\s+of\s+(?:an?\s+|the\s+)?$|\s*[:,]?\s*$)/i;
const NOUN_BEFORE = /(?:['’]s?|\b(?:his|her|their|its|the|a|an))\s+$/i;
// "was widely ridiculed": a passive verb of saying has no speaker for its subject.
const PASSIVE = /\b(?:was|were|is|are|been|be|being)\s+(?:\p{Ll}+ly\s+)?$/u;
const OBJECT_BEFORE =
  /\b(?:at|to|on|by|against|about|for|from|over|toward|towards|into|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}$/u;
const SUBORDINATE =
  /^\s*(?:when|whenever|as|after|before|while|if|although|though|because|since|until|once|whereas)\s/i;
// A stop after an initial or an abbreviated title ("Rep. Alan Tessaro") ends no sentence.
const SENTENCE_BREAK = new RegExp(`(?<!\\b(?:\\p{Lu}|${TITLE_ABBREVIATIONS}))[.!?]["”’]?\\s`, 'u');
// `," countered Tomoko Arai`: any verb of saying before a name, an article or a title.
const INVERTED = new RegExp(`^(?:according to|${SPEECH_VERB.source})\\s+(?=\\p{Lu}|(?:an?|the)\\s)`, 'iu');

/**
 * The speaker named right after a quote: `," Tomita said`, `," said Koji Tomita`,
 * `," a NATO spokesperson told the Harbour Times`, `," he added`. The words before the verb must be a speaker
 * phrase and nothing else; the first verb of the sentence for which they are counts.
 */
export function findAttributionAfter(after: string, isActorWord: ActorWordTest): SpeakerPhrase | null {
  const text = after.replace(/^[\s,.:;!?—–-]+/, '');
  const inverted = INVERTED.exec(text);
  // ", noting the party's nominee ...": a participle is no inverted attribution.
  if (inverted && !/ing\s*$/.test(inverted[0]))
    return parseSpeakerAfter(text.slice(inverted[0].length), isActorWord);
  // "," Ann Corwin, ..., one of the towns suing the water board, said": a verb form that is also a
  // noun ("states") may come first; the first verb that leaves a speaker phrase before it counts.
  let first = true;
  for (const verb of allMatches(SPEECH_VERB, text.slice(0, 200))) {
    if (verb.index > 160) break;
    const head = text.slice(0, verb.index);
    // `" suggests that ...`: the quoted words are the verb's subject; no later verb speaks them.
    if (SENTENCE_BREAK.test(head) || head.trim() === '') break;
    // ", Mei Okada, saying": a participle attributes nothing after a quote.
    if (/ing$/.test(verb[0])) continue;
    // (Only the first verb's words are tagged: tagging every candidate costs analysis time.)
    const phrase = attributionBeforeVerb(text, head, verb, isActorWord, first);
    if (phrase) return phrase;
    first = false;
  }
  return null;
}

function attributionBeforeVerb(
  text: string,
  head: string,
  verb: RegExpExecArray,
  isActorWord: ActorWordTest,
  tag: boolean,
): SpeakerPhrase | null {
  // `" about fixing the roads, said Nora Blaine`: the quote's sentence goes on, then the
  // attribution comes inverted after a comma.
  const subject = stripBetween(head);
  const phrase =
    parseSpeakerBefore(subject, true, isActorWord) ??
    (tag && /^[^,;:]*$/.test(subject) ? nounPhraseSpeaker(subject, true, isActorWord) : null) ??
    beforeAppositive(subject, isActorWord);
  const oneClause = /^[^,]*,\s*$/.test(head);
  const inverted2 = !phrase && oneClause ? INVERTED.exec(text.slice(verb.index)) : null;
  if (inverted2) return parseSpeakerAfter(text.slice(verb.index + inverted2[0].length), isActorWord);
  return phrase;
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
  const verbs = allMatches(SPEECH_VERB, before);
  if (verbs.length === 0) verbs.push(...allMatches(MODAL_SPEECH_VERB, before));
  if (order === 'last') verbs.reverse();
  let unnamed: SpeakerPhrase | null = null;
  for (const verb of verbs) {
    // "Dalton's remarks", "his comments": a noun, not a verb; "will continue to be": no saying.
    // (Only the few characters next to the verb are looked at: this runs for every verb of every sentence.)
    if (NOUN_BEFORE.test(before.slice(Math.max(0, verb.index - 8), verb.index))) continue;
    if (/^\s+to\s+be\b/.test(before.slice(verb.index + verb[0].length, verb.index + verb[0].length + 8)))
      continue;
    if (!/ing$/.test(verb[0]) && PASSIVE.test(before.slice(Math.max(0, verb.index - 24), verb.index)))
      continue;
    // "The Harbour Times, Varga said, called the announcement "..."": the verb after a parenthetical
    // attribution is the reported clause's; the parenthetical's speaker is the one quoted.
    if (parentheticalBefore(before.slice(Math.max(0, verb.index - 80), verb.index))) continue;
    const head = stripBetween(before.slice(0, verb.index)).replace(/,\s+(?:which|who)\s*$/i, '');
    // "Because of the delay, explained Pell, "..."": the verb inverted before the quote.
    const opensClause = head.trim() === '' || head.trimEnd().endsWith(',');
    const inverted = opensClause && !/ing$/.test(verb[0]) ? invertedBefore(before, verb, isActorWord) : null;
    if (inverted) return inverted;
    // ", adding that ..." and "... and added" have the subject of the clause before: look earlier.
    if (/ing$/.test(verb[0]) && head.trimEnd().endsWith(',')) continue;
    // "footage of Dalton saying": the gerund's subject follows "of" (not "Federation of Teachers").
    const gerund = /ing$/.test(verb[0])
      ? /\b\p{Ll}+\s+of\s+(?=(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}$)/u.exec(before.slice(0, verb.index))
      : null;
    if (gerund) {
      const phrase = parseSpeakerBefore(
        before.slice(gerund.index + gerund[0].length, verb.index),
        true,
        isActorWord,
      );
      if (phrase?.kind === 'named') return phrase;
    }
    // "Lund tweeted back at Dalton pointing out ...", "statements by Dalton calling for": a name
    // after a preposition is no subject of the participle after it ("with Hale noting" is).
    if (/ing$/.test(verb[0]) && OBJECT_BEFORE.test(before.slice(Math.max(0, verb.index - 60), verb.index)))
      continue;
    if (/\b(?:and|but)$/i.test(head.trimEnd())) continue;
    // "When Marsh criticized Okada, Mei shot back, "..."": a verb in a subordinate clause
    // does not govern a quote that comes after the clause has ended.
    if (SUBORDINATE.test(head.split(/[,;:]\s*/).at(-1) ?? '') && /,\s+\S/.test(before.slice(verb.index)))
      continue;
    const phrase = parseSpeakerBefore(head, false, isActorWord);
    if (phrase?.kind === 'pronoun' && !phrase.person) {
      unnamed = phrase;
      continue;
    }
    // "Hayashi said Beijing's claim that NATO was "..."": the quoted words are someone else's.
    if (phrase && OTHERS_WORDS.test(before.slice(verb.index + verb[0].length)))
      return { kind: 'pronoun', person: false };
    if (phrase) return (order === 'last' ? outerReporter(before, verbs, verb, isActorWord) : null) ?? phrase;
  }
  const according = /\baccording to\s+/i.exec(before);
  if (according) return parseSpeakerAfter(before.slice(according.index + according[0].length), isActorWord);
  return unnamed;
}

/**
 * "Dalton said during a rally that Okada once called the deal "the best on offer"": a
 * clause reported by an earlier verb of saying ("said ... that") is that speaker's report, so the
 * quote is theirs (the outermost source), not the inner subject's.
 */
function outerReporter(
  before: string,
  verbs: readonly RegExpExecArray[],
  inner: RegExpExecArray,
  isActorWord: ActorWordTest,
): SpeakerPhrase | null {
  for (const verb of verbs) {
    if (verb.index >= inner.index || /ing$/.test(verb[0])) continue;
    const between = before.slice(verb.index + verb[0].length, inner.index);
    if (!REPORTED_CLAUSE.test(between) || NEW_CLAUSE.test(between)) continue;
    const head = before.slice(0, verb.index);
    if (NOUN_BEFORE.test(head.slice(-8)) || SUBORDINATE.test(head.split(/[,;:]\s*/).at(-1) ?? '')) continue;
    const phrase = parseSpeakerBefore(stripBetween(head), false, isActorWord);
    if (phrase?.kind === 'named' || (phrase?.kind === 'pronoun' && phrase.person)) return phrase;
  }
  return null;
}

// A verb's "that" clause within a few words (a time or place may come first), unbroken.
const REPORTED_CLAUSE = /^(?:\s+[^\s.;:!?"“”]+){0,8}?\s+that\s[^.;:!?"“”]*$/;

// ", while Varga said ...": a clause of its own, not inside the earlier verb's report.
const NEW_CLAUSE =
  /,\s*(?:while|whereas|but|and|although|though|as|when|(?:to |in |of )?(?:which|whom|who))\s/i;

/** Whether `head` ends in a short attribution between commas: ", Quill said," or ", a top aide said,". */
function parentheticalBefore(head: string): boolean {
  const match = /,\s+([^,;:"“”]{1,60}?)\s+(\p{Ll}+)\s*,\s*$/u.exec(head);
  return match !== null && REPORTING_FORMS.has(match[2] ?? '') && (match[1] ?? '').split(/\s+/).length <= 6;
}

const REPORTING_FORMS = new Set(REPORTING_VERB_FORMS);

/**
 * `," Dalton, the party's front-runner and polling leader in the northern region, said`: a long
 * appositive between commas; the name before it speaks.
 */
function beforeAppositive(subject: string, isActorWord: ActorWordTest): SpeakerPhrase | null {
  const match = /^([^,;:]+),[^;:]+,\s*$/.exec(subject);
  const phrase = match?.[1] ? nounPhraseSpeaker(match[1], true, isActorWord) : null;
  return phrase?.kind === 'named' ? phrase : null;
}

/** The speaker named right after an inverted verb, when that phrase is all there is before the quote. */
function invertedBefore(
  before: string,
  verb: RegExpExecArray,
  isActorWord: ActorWordTest,
): SpeakerPhrase | null {
  const rest = before.slice(verb.index + verb[0].length);
  if (!/^\s+\p{Lu}[^,;:]*[,:]\s*$/u.test(rest)) return null;
  const phrase = parseSpeakerAfter(rest.trim(), isActorWord);
  return phrase?.kind === 'named' ? phrase : null;
}

/** "China's Foreign Ministry on Monday has" → "China's Foreign Ministry". */
function stripBetween(head: string): string {
  // "Tom D. Ferris (R-Wis.) said": a parenthesis says where, not who.
  return head
    .replace(/\s*\([^()]*\)/g, '')
    .replace(AUXILIARIES, '')
    .replace(TIME_PHRASE, '')
    .replace(AUXILIARIES, '');
}
