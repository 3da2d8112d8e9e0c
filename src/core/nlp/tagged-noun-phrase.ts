import { type TaggedWord, tagEnglish } from './english-tags.js';
import type { ActorWordTest, SpeakerPhrase } from './parse-speaker-phrase.js';
import { NOT_NAME, PERSON_PRONOUNS, TITLE_NOUNS, TITLE_WORDS } from './speaker-words.js';

// Prepositions that may sit inside a speaker's noun phrase ("chairwoman of the party").
const INNER_PREPOSITIONS = new Set(['of', 'at', 'from', 'for', 'to']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Where the noun phrase starting at `from` ends (exclusive), read from part-of-speech tags:
 * determiners, adjectives, nouns, names, numbers, possessive 's, a participle used as an
 * adjective ("retired Army Lt. Gen."), a parenthesis ("(R-Ohio)") and "of"/"at" between nouns.
 * Returns `from` when no noun phrase starts there.
 */
export function nounPhraseEnd(words: readonly TaggedWord[], from: number): number {
  let i = from;
  let end = from;
  while (i < words.length) {
    const word = words[i];
    if (!word) break;
    const next = words[i + 1];
    if (word.text === '(') {
      const close = words.findIndex((w, k) => k > i && w.text === ')');
      if (close < 0 || close - i > 8 || end === from) break;
      i = close + 1;
      end = i;
      continue;
    }
    if (nominal(word)) {
      i += 1;
      if (word.pos !== 'DET' && word.pos !== 'ADJ') end = i;
      continue;
    }
    // "retired Army Lt. Gen.", "the printed card": a participle opens the phrase or follows its
    // article; after a noun it is the clause's verb ("Dalton attacked former nominee ...").
    const opensPhrase = end === from;
    const adjectival =
      opensPhrase &&
      word.pos === 'VERB' &&
      /ed$/.test(word.text) &&
      ['NOUN', 'PROPN', 'ADJ'].includes(next?.pos ?? '');
    const inner =
      word.pos === 'ADP' &&
      INNER_PREPOSITIONS.has(word.text.toLowerCase()) &&
      end > from &&
      next &&
      nominal(next);
    if (!adjectival && !inner) break;
    i += 1;
  }
  return end;
}

function nominal(word: TaggedWord): boolean {
  if (['NOUN', 'PROPN', 'NUM', 'ADJ', 'DET'].includes(word.pos)) return !/^[,;:"“”]$/.test(word.text);
  return word.pos === 'PART' && /^['’]s$/.test(word.text);
}

/**
 * A speaker from a tagged noun phrase the word lists could not read: trailing capitalised words
 * are the name and the words before them the title ("Band member Pip", "Northgate Capital
 * portfolio manager Ada Quill"); without a name, a phrase with a capitalised word or a title noun
 * is a body ("the printed Varga slate card"). A pronoun subject is a pronoun.
 */
export function taggedSpeaker(
  text: string,
  words: readonly TaggedWord[],
  isActorWord: ActorWordTest,
): SpeakerPhrase | null {
  if (words.length === 1 && words[0]?.pos === 'PRON') {
    const pronoun = words[0].text.toLowerCase();
    return { kind: 'pronoun', person: PERSON_PRONOUNS.has(pronoun) };
  }
  // "(R-Ohio)" says where, not who.
  const open = words.findIndex((word) => word.text === '(');
  let plain = open > 0 ? words.slice(0, open) : words;
  // "Clara Hale of Ashford": a name before "of"/"from" is the person, the rest where they are from.
  const inner = plain.findIndex((word, k) => k > 0 && word.pos === 'ADP');
  if (inner > 0 && nameWord(plain[inner - 1], isActorWord)) plain = plain.slice(0, inner);
  let split = plain.length;
  while (split > 0 && plain.length - split < 4 && nameWord(plain[split - 1], isActorWord)) split -= 1;
  let first = 0;
  while (first < split && ARTICLES.has(plain[first]?.text.toLowerCase() ?? '')) first += 1;
  const slice = (from: number, to: number) =>
    from >= to ? '' : text.slice(plain[from]?.start ?? 0, plain[to - 1]?.end ?? 0);
  const title = slice(first, split) || null;
  // "a longtime adviser to Dalton" is the adviser, who works for that side.
  const worksFor = /\b(?:to|of|for)$/i.test(title ?? '');
  if (split < plain.length && worksFor) return { kind: 'body', text: slice(first, plain.length), title };
  if (split < plain.length) return { kind: 'named', name: slice(split, plain.length), title };
  const titleWords = plain.slice(first);
  // A capital at the start of the sentence ("Those services", "Guns") names nothing by itself.
  const capitalised = titleWords.some(
    (word, k) =>
      /^\p{Lu}/u.test(word.text) &&
      (k > 0 || first > 0 || (word.pos === 'PROPN' && !NOT_NAME.has(word.text))),
  );
  const titled = titleWords.some((word) => TITLE_NOUNS.has(word.text.toLowerCase()));
  if (!title || !(capitalised || titled)) return null;
  return {
    kind: 'body',
    text: title,
    title: titled ? title : null,
    definite: first > 0 && /^the$/i.test(plain[0]?.text ?? ''),
  };
}

function nameWord(word: TaggedWord | undefined, isActorWord: ActorWordTest): boolean {
  if (!word || !/^\p{Lu}[\p{L}'’.-]*$/u.test(word.text)) return false;
  if (NOT_NAME.has(word.text) || TITLE_WORDS.has(word.text.toLowerCase())) return false;
  return !isActorWord(word.text) && !/['’]s$/.test(word.text);
}

/**
 * A speaker phrase read by its tags where the word lists could not read it: with `whole`, all of
 * `text` must be a noun phrase (the words between a quote and its verb: "Northgate Capital
 * portfolio manager Ada Quill"); without, the noun phrase opening `text` (after an inverted
 * verb: "said retired Army Lt. Gen. Owen Lund, who served ...").
 */
export function nounPhraseSpeaker(
  text: string,
  whole: boolean,
  isActorWord: ActorWordTest,
): SpeakerPhrase | null {
  const trimmed = text.trim().replace(/[,.]$/, '');
  if (trimmed === '' || (whole && trimmed.split(/\s+/).length > 12)) return null;
  const words = tagEnglish(trimmed);
  const end = nounPhraseEnd(words, 0);
  if (end === 0 || (whole && end !== words.length)) return null;
  const phrase = words.slice(0, end);
  return taggedSpeaker(trimmed.slice(0, phrase.at(-1)?.end ?? 0), phrase, isActorWord);
}
