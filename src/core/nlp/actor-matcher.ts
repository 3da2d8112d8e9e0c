import { allMatches } from '../text/all-matches.js';
import type { ActorGazetteer } from './actor-gazetteer.js';

/** Where a name of an actor occurs in a text. */
export interface ActorMention {
  actor: string;
  alias: string;
  start: number;
  end: number;
}

/** A leader or official listed in the gazetteer. */
export interface KnownPerson {
  actor: string;
  name: string;
  title: string | null;
}

/** The gazetteer compiled into matchers; build it once (see `compileActorMatcher`). */
export interface ActorMatcher {
  /** Every non-overlapping mention of an actor (people, bodies, demonyms, metonyms, Japanese names). */
  mentions(text: string): ActorMention[];
  /** A listed person by full name, Japanese name, or surname alone when only one person has it. */
  person(name: string): KnownPerson | undefined;
  /** Whether a word or words name an actor by themselves ("Chinese", "NATO", "Japan's", "United States"). */
  isActorWord(word: string): boolean;
  /** Place names of the gazetteer found in the text, by their English name. */
  places(text: string): string[];
  /**
   * Listed people with a Japanese name that starts with `surname` (林 → 林芳正 and 林剣), for
   * title forms such as 林外相 or 上川大臣; the caller tells them apart by the title.
   */
  japanesePeople(surname: string): KnownPerson[];
}

const cache = new WeakMap<ActorGazetteer, ActorMatcher>();

/** Compiles (once per gazetteer object) the regular expressions that find actors in text. */
export function compileActorMatcher(gazetteer: ActorGazetteer): ActorMatcher {
  const cached = cache.get(gazetteer);
  if (cached) return cached;
  const aliases = new Map<string, string>();
  const people = indexPeople(gazetteer);
  const japaneseNames = [...people].filter(([key]) => !/\p{Script=Latin}/u.test(key));
  for (const [actor, entry] of Object.entries(gazetteer.actors)) {
    const all = [entry.name, ...entry.institutions, ...entry.demonyms, ...entry.metonyms, ...entry.ja];
    for (const alias of all) if (!aliases.has(alias)) aliases.set(alias, actor);
  }
  for (const [key, person] of people) if (!aliases.has(key)) aliases.set(key, person.actor);
  const words = new Set([...aliases.keys()].filter((alias) => /^\p{Lu}/u.test(alias)));
  for (const key of people.keys()) words.delete(key);
  const actorPattern = buildPattern([...aliases.keys()]);
  const placeNames = new Map<string, string>();
  for (const place of gazetteer.places)
    for (const n of [place.name, ...place.ja]) placeNames.set(n, place.name);
  const placePattern = buildPattern([...placeNames.keys()]);
  const matcher: ActorMatcher = {
    mentions: (text) =>
      allMatches(actorPattern, foldWidth(text)).map((m) => ({
        actor: aliases.get(m[0]) ?? aliases.get(lowerFirst(m[0])) ?? '',
        alias: m[0],
        start: m.index,
        end: m.index + m[0].length,
      })),
    isActorWord: (word) => words.has(word) || words.has(word.replace(/['’]s$/, '').replace(/[,:;]$/, '')),
    person: (name) => people.get(name.trim()),
    places: (text) => [
      ...new Set(allMatches(placePattern, foldWidth(text)).map((m) => placeNames.get(m[0]) ?? m[0])),
    ],
    japanesePeople: (surname) =>
      surname === ''
        ? []
        : [...new Set(japaneseNames.filter(([n]) => n.startsWith(surname)).map(([, p]) => p))],
  };
  cache.set(gazetteer, matcher);
  return matcher;
}

/** Full names, Japanese names and unambiguous surnames of everyone listed. */
export function indexPeople(gazetteer: ActorGazetteer): Map<string, KnownPerson> {
  const index = new Map<string, KnownPerson>();
  const surnames = new Map<string, KnownPerson | null>();
  for (const [actor, entry] of Object.entries(gazetteer.actors)) {
    for (const p of entry.people) {
      const person = { actor, name: p.name, title: p.title ?? null };
      index.set(p.name, person);
      for (const alias of p.ja) index.set(alias, person);
      const parts = p.name.split(/\s+/);
      const surname = entry.familyNameFirst ? parts[0] : parts.at(-1);
      if (!surname || p.ambiguousSurname) continue;
      const seen = surnames.get(surname);
      if (seen === undefined) surnames.set(surname, person);
      else if (seen && seen.actor !== actor) surnames.set(surname, null);
      else if (seen && seen.name !== p.name) surnames.set(surname, { actor, name: surname, title: null });
    }
  }
  for (const [surname, person] of surnames) if (person && !index.has(surname)) index.set(surname, person);
  return index;
}

// Latin aliases must stand as whole Latin words ("NATOは" still counts); Japanese ones cannot
// (no spaces between words).
// An alias written in lowercase ("the alliance") also matches with a capital first letter.
function buildPattern(aliases: string[]): RegExp {
  const unique = [...new Set(aliases)];
  const latin = unique.filter((alias) => /\p{Script=Latin}/u.test(alias)).flatMap(caseVariants);
  const other = unique.filter((alias) => !/\p{Script=Latin}/u.test(alias));
  // One boundary check around the whole Latin group, made only where an alias can start.
  const parts = [
    latin.length > 0
      ? `(?=[${firstLetters(latin)}])(?<![\\p{Script=Latin}\\p{N}])${trieSource(latin)}(?![\\p{Script=Latin}\\p{N}])`
      : '',
    other.length > 0 ? trieSource(other) : '',
  ].filter(Boolean);
  return new RegExp(parts.join('|') || '(?!)', 'gu');
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

/**
 * The aliases as one regular expression shaped like a trie ("Japan(?:ese(?: government)?|'s
 * …)?"): the engine follows one branch per character instead of trying every alias at every
 * position. A longer alias is tried before a shorter one it extends, so the longest alias that
 * matches (and passes the word-boundary check) wins, as it did with the aliases sorted by length.
 */
function trieSource(words: readonly string[]): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.end = true;
  }
  return emit(root);
}

function emit(node: TrieNode): string {
  const branches = [...node.children].map(([ch, child]) => `${escapeRegExp(ch)}${emit(child)}`);
  if (branches.length === 0) return '';
  const group = branches.length === 1 && !node.end ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  return node.end ? `${group.startsWith('(?:') ? group : `(?:${group})`}?` : group;
}

function firstLetters(words: readonly string[]): string {
  return [...new Set(words.map((word) => [...word][0] ?? ''))]
    .map((ch) => escapeRegExp(ch).replace('-', '\\-'))
    .join('');
}

function caseVariants(alias: string): string[] {
  const first = alias[0] ?? '';
  return /^[a-z]/.test(alias) ? [alias, `${first.toUpperCase()}${alias.slice(1)}`] : [alias];
}

/**
 * Japanese text writes Latin letters and digits full width (ＮＡＴＯ, Ｇ７): folded to ASCII one
 * character for one, so aliases match and offsets still point into the original text.
 */
function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The mentions inside a span, found by binary search over mentions in text order (as `mentions`
 * returns them): looking up every sentence of an article costs the mentions it holds plus a
 * logarithm, not a scan of the whole article's mentions per sentence.
 */
export function indexMentions(
  mentions: readonly ActorMention[],
): (span: { start: number; end: number }) => ActorMention[] {
  return (span) => {
    let low = 0;
    let high = mentions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((mentions[middle]?.start ?? 0) < span.start) low = middle + 1;
      else high = middle;
    }
    const inside: ActorMention[] = [];
    for (let i = low; i < mentions.length; i += 1) {
      const mention = mentions[i] as ActorMention;
      if (mention.start >= span.end) break;
      if (mention.end <= span.end) inside.push(mention);
    }
    return inside;
  };
}
