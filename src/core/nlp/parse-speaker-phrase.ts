import {
  CLAUSE_STOP,
  NOT_NAME,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  TITLE_NOUNS,
  TITLE_WORDS,
} from './speaker-words.js';
import { nounPhraseSpeaker } from './tagged-noun-phrase.js';

/** Who a phrase next to a speech verb names, before the gazetteer is consulted. */
export type SpeakerPhrase =
  | { kind: 'named'; name: string; title: string | null }
  /** An institution or a government by metonym: "a NATO spokesperson", "Beijing". */
  | { kind: 'body'; text: string; title: string | null; definite?: boolean }
  /** "the ambassador", "the envoy": someone named earlier. */
  | { kind: 'description'; noun: string }
  | { kind: 'pronoun'; person: boolean };

/** Says whether a single word names an actor ("Chinese", "NATO", "Japan's"). */
export type ActorWordTest = (word: string) => boolean;

// Determiners that open a speaker phrase ("one European ambassador").
const ARTICLES = new Set(['a', 'an', 'the', 'one', 'another']);

/**
 * Parses the words right before a speech verb, from the verb backwards: an optional title, then
 * a name ("Chinese Foreign Ministry spokesperson Mao Ning"), an appositive ("Douglas Jones, deputy
 * assistant secretary of state,"), a body ("a NATO spokesperson") or a pronoun. With `whole`, the
 * phrase must be everything in `head` (the words between a closing mark and "said").
 */
export function parseSpeakerBefore(
  head: string,
  whole: boolean,
  isActorWord: ActorWordTest,
): SpeakerPhrase | null {
  const trimmed = head.trim();
  if (trimmed.endsWith(',')) return parseAppositive(trimmed.slice(0, -1), whole, isActorWord);
  const tokens = trimmed.split(/\s+/).filter(Boolean);
  const last = tokens.at(-1)?.toLowerCase();
  if (last && (PERSON_PRONOUNS.has(last) || OTHER_PRONOUNS.has(last))) {
    if (whole && tokens.length > 1) return null;
    return { kind: 'pronoun', person: PERSON_PRONOUNS.has(last) };
  }
  // "... a visit to Canberra last week and added": the verb shares an earlier subject.
  if (last && CONNECTIVES.has(last)) return null;
  const parsed = parseTokensBackward(tokens, isActorWord);
  if (whole && parsed.used !== tokens.length) return null;
  return parsed.phrase;
}

const CONNECTIVES = new Set(['and', 'or', 'but', 'to', 'of', 'for', 'the', 'a', 'an', 'with', 'as', 'that']);

/** Parses the words after an inverted verb or "according to": "said Koji Tomita, Japan's ambassador". */
export function parseSpeakerAfter(tail: string, isActorWord: ActorWordTest): SpeakerPhrase | null {
  // "according to a statement from the Chinese embassy": the statement's author speaks.
  const author = tail.replace(
    /^(?:an?|the)\s+(?:statement|report|readout|post)\s+(?:from|by|issued by|of)\s+/i,
    '',
  );
  // "(D-Md.)" says where, not who, and its stop ends nothing.
  const clause = author.replace(/\s*\([^()]*\)/g, '').split(CLAUSE_STOP)[0] ?? '';
  const segments = clause.split(/,\s*/);
  const [first = '', second = ''] = segments.map(cutAtClause);
  // "said master of ceremonies Nadim Al-Qasra": the word lists stop at "master"; the tags read on.
  const tagged = nounPhraseSpeaker(segments[0] ?? '', false, isActorWord);
  const longer = tagged && speakerText(tagged).length > first.length;
  const phrase = (longer ? null : parseSpeakerBefore(first, true, isActorWord)) ?? tagged;
  if (phrase?.kind === 'named' && !phrase.title && looksLikeTitle(second))
    return { ...phrase, title: second };
  if (phrase?.kind === 'body' && isName(second, isActorWord))
    return { kind: 'named', name: second, title: phrase.text };
  return phrase;
}

// Words a speaker phrase never starts with (they belong inside a title: "ambassador to the US").
const LEADING_PREPOSITIONS = new Set(['of', 'for', 'to']);
// Prepositions whose object is never the subject of the verb after it.
const OBJECT_OF = new Set(['by', 'about', 'against']);
const PARTY_STATE = /^[RDI]-[\p{Lu}][\p{L}.]*$/u;
const CITY_BEFORE = /\b(?:in|at|from|near)\s+(?:\p{Lu}[\p{L}.'’-]*\s?){1,3}$/u;

function speakerText(phrase: SpeakerPhrase): string {
  if (phrase.kind === 'named') return `${phrase.title ?? ''} ${phrase.name}`.trim();
  return phrase.kind === 'body' ? phrase.text : '';
}

function parseAppositive(body: string, whole: boolean, isActorWord: ActorWordTest): SpeakerPhrase | null {
  const comma = body.lastIndexOf(', ');
  if (comma < 0) return parseSpeakerBefore(body, whole, isActorWord);
  const appositive = body.slice(comma + 2).trim();
  // "Ann Corwin, R-Ky.," and "in Ashford, Ohio,": a party and state, or a city's state, say where, not who.
  if (PARTY_STATE.test(appositive) || CITY_BEFORE.test(body.slice(0, comma)))
    return parseSpeakerBefore(`${body.slice(0, comma)},`, whole, isActorWord);
  // "A French diplomat, speaking on condition of anonymity," and "Rutte, who took office in
  // October," say nothing about who: skip the clause.
  if (/^(?:\p{Ll}+ing|who|which)\b/u.test(appositive))
    return parseSpeakerBefore(body.slice(0, comma), whole, isActorWord);
  const before = body.slice(0, comma).split(/\s+/).filter(Boolean);
  // "The finance committee chairman, Rep. Owen Talbot,": a title, then the person it names.
  const titled = TITLE_NOUNS.has(before.at(-1)?.toLowerCase() ?? '');
  const alone =
    titled && !isName(appositive, isActorWord) ? parseSpeakerBefore(appositive, true, isActorWord) : null;
  if (alone?.kind === 'named') return { ...alone, title: alone.title ?? body.slice(0, comma) };
  const parsed = parseTokensBackward(before, isActorWord);
  if (whole && parsed.used !== before.length) return null;
  if (isName(appositive, isActorWord)) {
    // "the country's ambassador to the United States, Koji Tomita,"
    const title = parsed.phrase?.kind === 'body' ? parsed.phrase.text : null;
    return { kind: 'named', name: appositive, title };
  }
  // "Kishida, for his part, said", "Beijing, however, accused": an aside that is no title is skipped.
  // "Tuesday at Ashford College, Gov. Ruth Pell, said": the last part is the speaker.
  if (!looksLikeTitle(appositive)) {
    if (parsed.phrase?.kind === 'named' || parsed.phrase?.kind === 'body') return parsed.phrase;
    const alone = parseSpeakerBefore(appositive, true, isActorWord);
    return alone?.kind === 'named' ? alone : null;
  }
  if (parsed.phrase?.kind !== 'named') return null;
  const title = appositive.replace(/^(?:a|an|the)\s+/i, '');
  return { kind: 'named', name: parsed.phrase.name, title: parsed.phrase.title ?? title };
}

function parseTokensBackward(
  tokens: string[],
  isActorWord: ActorWordTest,
): { phrase: SpeakerPhrase | null; used: number } {
  const { name, title, next } = collectNameAndTitle(tokens, isActorWord);
  let i = next;
  // "The Chinese embassy in Paris": a place after "in" or "at" is where, not who.
  const locative = ['in', 'at'].includes(tokens[i]?.toLowerCase() ?? '');
  if (locative && name.length === 0 && title.length > 0 && title.every((word) => isActorWord(word))) {
    const inner = parseTokensBackward(tokens.slice(0, i), isActorWord);
    return { phrase: inner.phrase, used: inner.phrase ? tokens.length : 0 };
  }
  // "The paradox of Mei, says ...", "" for Okada, said Lund": a name after a preposition is
  // its object, not a speaker.
  const lead = title[0]?.toLowerCase() ?? '';
  const governed = LEADING_PREPOSITIONS.has(lead) || OBJECT_OF.has(tokens[i]?.toLowerCase() ?? '');
  if (governed && name.length + title.length > 0) return { phrase: null, used: 0 };
  const article = ARTICLES.has(tokens[i]?.toLowerCase() ?? '') ? tokens[i--]?.toLowerCase() : undefined;
  const used = tokens.length - 1 - i;
  const titleText = title.join(' ') || null;
  // "an aide to Macron": the speaker is the aide, who works for Macron's side.
  if (name.length > 0 && /\b(?:to|of|for)$/i.test(titleText ?? '')) {
    return { phrase: { kind: 'body', text: `${titleText} ${name.join(' ')}`, title: titleText }, used };
  }
  // "Ivo Marsh of the Harbour Times": the person is the name before "of", the rest their affiliation.
  const of = title.findIndex((word) => ['of', 'from', 'at'].includes(word.toLowerCase()));
  const before = title.slice(0, of);
  if (name.length > 0 && of > 0 && before.every((word) => isNameToken(word, isActorWord))) {
    const affiliation = [...title.slice(of), ...name].join(' ');
    return { phrase: { kind: 'named', name: before.join(' '), title: affiliation }, used };
  }
  if (name.length > 0) return { phrase: { kind: 'named', name: name.join(' '), title: titleText }, used };
  if (!titleText) return { phrase: null, used };
  const nouns = title.filter((word) => TITLE_NOUNS.has(word.toLowerCase()));
  const named = title.some((word) => isActorWord(word) || /^\p{Lu}/u.test(word));
  if (article === 'the' && !named && nouns.length > 0) {
    return { phrase: { kind: 'description', noun: nouns.at(-1) ?? '' }, used };
  }
  if (!named && nouns.length === 0) return { phrase: null, used };
  const bodyTitle = nouns.length > 0 ? titleText : null;
  return { phrase: { kind: 'body', text: titleText, title: bodyTitle, definite: article === 'the' }, used };
}

/** From the end: up to four name words, then the title words before them. */
function collectNameAndTitle(tokens: string[], isActorWord: ActorWordTest) {
  let i = tokens.length - 1;
  const name: string[] = [];
  while (i >= 0 && name.length < 4 && isNameToken(tokens[i] ?? '', isActorWord))
    name.unshift(tokens[i--] ?? '');
  const title: string[] = [];
  // "the United States", "White House": capitalised, but an actor rather than a person.
  if (name.length > 0 && isActorWord(name.join(' '))) title.push(...name.splice(0));
  while (i >= 0 && isTitleToken(tokens[i] ?? '', isActorWord)) {
    const token = tokens[i] ?? '';
    // An article ends the phrase unless a title goes on through it ("ambassador to the US").
    const through = ['to', 'of', 'for'].includes(tokens[i - 1]?.toLowerCase() ?? '');
    if (ARTICLES.has(token.toLowerCase()) && !through) break;
    title.unshift(token);
    i -= 1;
  }
  while (title.length > 0 && ARTICLES.has(title[0]?.toLowerCase() ?? '')) title.shift();
  return { name, title, next: i };
}

function isNameToken(token: string, isActorWord: ActorWordTest): boolean {
  if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(token) || NOT_NAME.has(token)) return false;
  return !TITLE_WORDS.has(token.toLowerCase()) && !isActorWord(token) && !/['’]s$/.test(token);
}

function isTitleToken(token: string, isActorWord: ActorWordTest): boolean {
  if (TITLE_WORDS.has(token.toLowerCase())) return true;
  if (/[,;:."“”]$/.test(token) && !/^(?:\p{Lu}\.)+$/u.test(token)) return false;
  const bare = token.replace(/['’]s$/, '');
  if (TITLE_WORDS.has(bare.toLowerCase()) || isActorWord(token) || isActorWord(bare)) return true;
  return /^\p{Lu}/u.test(token) && !NOT_NAME.has(token);
}

function isName(text: string, isActorWord: ActorWordTest): boolean {
  const tokens = text.split(/\s+/).filter(Boolean);
  return tokens.length > 0 && tokens.length <= 4 && tokens.every((token) => isNameToken(token, isActorWord));
}

function looksLikeTitle(text: string): boolean {
  return text.split(/\s+/).some((word) => TITLE_NOUNS.has(word.toLowerCase().replace(/['’]s$/, '')));
}

// "Tomita on Tuesday" / "a NATO spokesperson in a statement": the phrase ends at the first plain word.
function cutAtClause(segment: string): string {
  const words = segment.trim().split(/\s+/);
  const kept: string[] = [];
  for (const [index, word] of words.entries()) {
    const plain = /^\p{Ll}/u.test(word) && !TITLE_WORDS.has(word.toLowerCase());
    if (plain && !(index === 0 && ARTICLES.has(word.toLowerCase()))) break;
    kept.push(word);
  }
  while (kept.length > 0 && ['of', 'for', 'to', 'and', 'the'].includes(kept.at(-1) ?? '')) kept.pop();
  return kept.join(' ');
}
