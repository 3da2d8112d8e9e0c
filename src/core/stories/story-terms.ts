import type { Language } from '../articles/article.js';
import { CONCEPT_WORDS, conceptsIn, outsideConcepts } from './concept-terms.js';
import { katakanaSkeletons, nameSkeleton } from './name-keys.js';

/** What story grouping reads of an article: weighted words and the key terms that name the event. */
export interface StoryFeatures {
  /** Term frequencies over title (counted twice) and lead. */
  terms: Map<string, number>;
  /** Actors, places and other proper names: concepts ('c:'), NLP actors ('e:') and places ('p:'), capitalised names ('n:'). */
  keys: string[];
  /**
   * Distinct terms of the title and the lead's first words: with the keys, the terms whose
   * document frequency is counted (a quarter of all terms, the same groupings on every fixture).
   */
  counted: string[];
  /** The article's language: word overlap only means something between articles in one language. */
  language: Language;
}

/** About the first two paragraphs: what the event is, before background. */
const LEAD_WORDS = 90;
const LEAD_CHARS = 180;
/** Share of the lead whose terms get document frequencies (fewer writes per article). */
const COUNTED_SHARE = 0.3;

const STOPWORDS = new Set(
  `a an the and or but of to in on at for from by with as is are was were be been being it its this that these those
  he she they we you i his her their our not no has have had do does did will would could should may might can said says
  say told after before over under about into than then also more most other some such new last first one two three
  which who whom what when where why how while there here up out all any each both only own same so very just us mr ms
  tuesday monday wednesday thursday friday saturday sunday week year month day`.split(/\s+/),
);

const DATELINE = /^[A-Z][A-Z .,'-]+(?:\([^)]*\))?\s*[-–—]+\s*/;

/** Capitalised words that start sentences or name offices rather than events. */
const GENERIC_NAMES = new Set(
  `the a an in on at but and it this that he she they we after before while under as for his her its their
  president presidents prime minister ministers secretary general foreign defence defense chief cabinet minister's official officials
  former leader leaders state department ministry government`.split(/\s+/),
);

export function storyFeatures(
  title: string,
  text: string,
  language: Language,
  entities: readonly string[] = [],
): StoryFeatures {
  const titleTerms = termsOf(title, language);
  const terms = new Map<string, number>();
  for (const term of [...titleTerms, ...titleTerms, ...termsOf(leadOf(text, language, 1), language)]) {
    terms.set(term, (terms.get(term) ?? 0) + 1);
  }
  // Keys come from the title and first paragraph only: later paragraphs carry background names
  // (the partners listed in every report, last month's summit) that would tie unrelated events.
  // A dateline ("TOKYO (Kyodo) --") says where the outlet filed from, not what happened.
  const opening = (text.trim().split(/\n\s*\n/)[0] ?? '').replace(DATELINE, '');
  const keys = new Set([
    ...conceptsIn(`${title}\n${opening}`),
    ...entities.map(entityKey),
    ...[...namesOf(title, true), ...namesOf(opening, false)].map(nameKey),
    ...(language === 'ja'
      ? katakanaSkeletons(outsideConcepts(`${title}\n${opening}`)).map((name) => `n:${name}`)
      : []),
  ]);
  return {
    terms,
    keys: [...keys],
    counted: [...new Set([...titleTerms, ...termsOf(leadOf(text, language, COUNTED_SHARE), language)])],
    language,
  };
}

/** The first words (English) or characters (Japanese) of the text; `share` of the full lead. */
function leadOf(text: string, language: Language, share: number): string {
  if (language === 'ja') return text.slice(0, Math.round(LEAD_CHARS * share));
  return text
    .split(/\s+/)
    .slice(0, Math.round(LEAD_WORDS * share))
    .join(' ');
}

/** A name's key: its consonant skeleton, which a katakana spelling of it shares; short names as written. */
const nameKey = (name: string) => `n:${nameSkeleton(name) ?? name}`;

/**
 * The NLP stage gives actor ids in lower case ('nato', 'japan') and places by their English name
 * ('Vilnius', 'The Hague', also for Japanese text): places are keys of their own, not actors.
 */
function entityKey(entity: string): string {
  return entity === entity.toLowerCase() ? `e:${entity}` : `p:${entity.toLowerCase()}`;
}

/** Words for English (stopwords out, plural s off); character pairs within Japanese runs. */
function termsOf(text: string, language: Language): string[] {
  const normalized = text.normalize('NFKC');
  const latin = (normalized.toLowerCase().match(/[a-z][a-z0-9'-]+/g) ?? [])
    .filter((word) => !STOPWORDS.has(word))
    .map((word) => word.replace(/'s$/, '').replace(/(?<=[a-z]{3})s$/, ''));
  if (language !== 'ja') return latin;
  const runs = normalized.match(/[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu) ?? [];
  const pairs = runs.flatMap((run) => Array.from({ length: run.length - 1 }, (_, i) => run.slice(i, i + 2)));
  return [...latin, ...pairs];
}

/**
 * Capitalised words and acronyms (AUKUS) not at the start of a sentence, not titles, not part
 * of a concept: names of people, places and programmes. A headline's first word is kept: headlines
 * open on their subject ("Quad leaders launch ...").
 */
function namesOf(text: string, isHeadline: boolean): string[] {
  const normalized = text.normalize('NFKC');
  const names: string[] = [];
  for (const match of normalized.matchAll(/\b([A-Z][a-zA-Z]+(?:-[A-Za-z]+)*|[A-Z]{2,})\b/g)) {
    const word = (match[1] ?? '').toLowerCase();
    const before = normalized.slice(Math.max(0, match.index - 3), match.index);
    const startsSentence = match.index === 0 ? !isHeadline : /[.!?"\n]\s*$/.test(before);
    if (startsSentence || GENERIC_NAMES.has(word) || STOPWORDS.has(word) || CONCEPT_WORDS.has(word)) continue;
    names.push(word);
  }
  return names;
}
