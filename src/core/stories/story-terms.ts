import type { Language } from '../articles/article.js';
import type { Morpheme } from '../nlp/japanese-morphology.js';
import { stripHouseStyle } from '../text/house-style.js';
import { eventDatesOf } from './event-dates.js';
import { kanaSkeleton, katakanaSkeletons, nameSkeleton } from './name-keys.js';

/** What story grouping reads of an article: weighted words and the key terms that name the event. */
export interface StoryFeatures {
  /** Term frequencies over title (counted twice) and lead. */
  terms: Map<string, number>;
  /**
   * What names the event: NLP actors ('e:') and places ('p:'), proper names by their consonant
   * skeleton ('n:', Latin script, katakana or a Japanese name's reading), numbers ('#:'), and the
   * days the opening says things happened ('d:', see event-dates.ts).
   */
  keys: string[];
  /** Distinct terms whose document frequency is counted (title and the lead's opening). */
  counted: string[];
  /** The article's language: word overlap only means something between articles in one language. */
  language: Language;
  /** The keys its title names (names of a headline not in title case, numbers): see `titleKeyWeight`. */
  titleKeys?: readonly string[];
}

/** How much of an article the features read (fitted with the weights: see story-options.ts). */
export interface FeatureShape {
  /** English words of the lead read for terms and keys. */
  leadWords: number;
  /** Share of the lead whose terms get document frequencies (fewer writes per article). */
  countedShare: number;
}

/** Japanese characters per English word of lead (a rough equivalence in information). */
const CHARS_PER_WORD = 2;

const STOPWORDS = new Set(
  `a an the and or but of to in on at for from by with as is are was were be been being it its this that these those
  he she they we you i his her their our not no has have had do does did will would could should may might can said says
  say told after before over under about into than then also more most other some such new last first one two three
  which who whom what when where why how while there here up out all any each both only own same so very just us mr ms`.split(
    /\s+/,
  ),
);

/** Words of the calendar: every report has a date, and a date names no event. */
const CALENDAR = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week year month day
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/),
);

/** Capitalised words that start clauses or name offices rather than events. */
const GENERIC_NAMES = new Set(
  `the a an in on at but and it this that he she they we after before while under as for his her its their
  president presidents prime minister ministers secretary general foreign defence defense chief cabinet official officials
  former leader leaders state department ministry government police sheriff officer officers mayor governor senator
  mr mrs ms dr st`.split(/\s+/),
);

export function storyFeatures(
  article: {
    title: string;
    text: string;
    language: Language;
    entities?: readonly string[];
    /** Resolves the opening's weekdays and dates to days; without it there are no date keys. */
    publishedAt?: string;
  },
  shape: FeatureShape,
  morphemes: readonly Morpheme[] = [],
): StoryFeatures {
  const { title, language } = article;
  const lead = leadOf(stripHouseStyle(article.text), language, shape.leadWords);
  const titleTerms = termsOf(title, language);
  const terms = new Map<string, number>();
  for (const term of [...titleTerms, ...titleTerms, ...termsOf(lead, language)]) {
    terms.set(term, (terms.get(term) ?? 0) + 1);
  }
  // A name the NLP stage recognised as an actor or place is that entity's key only: counted
  // twice, the beat's ever-present actors (NATO) would tie unrelated reports as rare names.
  const entities = article.entities ?? [];
  const recognised = new Set(entities.map((entity) => nameKey(entity.toLowerCase())));
  const titleNames = isTitleCase(title) ? [] : namesOf(title);
  const namingLead = withoutShouting(lead);
  const keys = new Set([
    ...entities.map(entityKey),
    ...[...titleNames, ...namesOf(namingLead)].map(nameKey).filter((key) => !recognised.has(key)),
    ...fullNamesOf(namingLead),
    ...numbersOf(`${title}\n${lead}`).map((number) => `#:${number}`),
    ...(language === 'ja'
      ? japaneseNames(`${title}\n${lead}`, morphemes).filter((key) => !recognised.has(key))
      : []),
  ]);
  const opening = leadOf(lead, language, Math.round(shape.leadWords * shape.countedShare));
  const dates = article.publishedAt
    ? eventDatesOf(`${title}\n${opening}`, language, article.publishedAt).map((day) => `d:${day}`)
    : [];
  const titleKeys = [...titleNames.map(nameKey), ...numbersOf(title).map((number) => `#:${number}`)].filter(
    (key) => keys.has(key),
  );
  return {
    terms,
    titleKeys: [...new Set(titleKeys)],
    keys: [...keys, ...dates],
    counted: [...new Set([...titleTerms, ...termsOf(opening, language)])],
    language,
  };
}

/** The first `words` English words, or as many characters times two of Japanese. */
function leadOf(text: string, language: Language, words: number): string {
  if (language === 'ja') return text.slice(0, words * CHARS_PER_WORD);
  if (words <= 0) return '';
  // Cut before the whitespace that ends the `words`-th word (what splitting the text at every word's
  // end and joining the first `words` pieces gave), without splitting a long text to its end.
  const end = /\S\s/g;
  for (let found = 1; end.exec(text) !== null; found += 1)
    if (found === words) return text.slice(0, end.lastIndex - 1);
  return text;
}

const nameKey = (name: string) => `n:${nameSkeleton(name) ?? name}`;

/**
 * The NLP stage gives actor ids in lower case ('nato', 'japan') and places by their English name
 * ('Vilnius', also for Japanese text): places are keys of their own, not actors.
 */
function entityKey(entity: string): string {
  return entity === entity.toLowerCase() ? `e:${entity}` : `p:${entity.toLowerCase()}`;
}

/** Lower-case English words, stopwords and calendar words out, plural s off. */
function englishWords(normalized: string): string[] {
  return (normalized.toLowerCase().match(/[a-z][a-z0-9'-]+/g) ?? [])
    .filter((word) => !STOPWORDS.has(word) && !CALENDAR.has(word))
    .map((word) => word.replace(/'s$/, '').replace(/(?<=[a-z]{3})s$/, ''));
}

/** Runs of kanji and katakana, whose character pairs are a Japanese report's terms. */
const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu;

/** Whether a term is a Japanese character pair (see `termsOf`) rather than a word in Latin letters. */
export const isJapaneseTerm = (term: string) => JAPANESE_CHARACTER.test(term);
const JAPANESE_CHARACTER = /[\p{Script=Han}\p{Script=Katakana}ー]/u;

/** Words for English (stopwords out, plural s off); character pairs within Japanese runs. */
function termsOf(text: string, language: Language): string[] {
  const normalized = text.normalize('NFKC');
  const latin = englishWords(normalized);
  if (language !== 'ja') return latin;
  const runs = normalized.match(JAPANESE_RUN) ?? [];
  const pairs = runs.flatMap((run) => Array.from({ length: run.length - 1 }, (_, i) => run.slice(i, i + 2)));
  return [...latin, ...pairs];
}

/**
 * Capitalised words and acronyms not at the start of a sentence (nor of a headline: "Allies meet
 * in ..."), not office titles or dates: names of people, places and programmes. A name that opens
 * a headline is nearly always named again in the lead.
 */
function namesOf(text: string): string[] {
  const normalized = text.normalize('NFKC');
  const names: string[] = [];
  for (const match of normalized.matchAll(/\b([A-Z][a-zA-Z]+(?:-[A-Za-z]+)*|[A-Z]{2,})\b/g)) {
    const word = (match[1] ?? '').toLowerCase();
    const before = normalized.slice(Math.max(0, match.index - 3), match.index);
    const startsSentence = match.index === 0 || /[.!?"“\n]\s*$/.test(before);
    if (startsSentence || GENERIC_NAMES.has(word) || STOPWORDS.has(word) || CALENDAR.has(word)) continue;
    names.push(word);
  }
  return names;
}

/**
 * Text written in capitals (a broadcast transcript, an old wire alert) in lower case: there every
 * word looks like an acronym, and each would become a name. Four capitalised words in a row are
 * taken for such text; acronyms seldom stand side by side without punctuation.
 */
function withoutShouting(text: string): string {
  return text.replace(SHOUTED_RUN, (run) => run.toLowerCase());
}

const SHOUTED_RUN = /\b[A-Z][A-Z'’-]*[A-Z]\b(?:[ \t]+[A-Z][A-Z'’-]*[A-Z]\b){3,}/g;

/**
 * A headline in title case ("Man Shot Outside Corner Store") capitalises every word, so its capitals
 * say nothing of names; the lead names the same people in sentence case.
 */
function isTitleCase(title: string): boolean {
  const words = title.match(/\b[a-zA-Z][a-zA-Z'’-]{3,}\b/g) ?? [];
  const capitalised = words.filter((word) => /^[A-Z]/.test(word)).length;
  return words.length >= 3 && capitalised / words.length >= 0.8;
}

/**
 * Runs of two or more capitalised words in the lead, split at office titles, stopwords and
 * calendar words, keyed by their words' skeletons joined: a person's full name ("Jane Doe"), a
 * street or a district. One word of a name ("Smith", "Park") is shared by many events of a beat;
 * the whole name seldom is. The title is left out: headlines in title case capitalise every word.
 */
function fullNamesOf(lead: string): string[] {
  const keys: string[] = [];
  for (const match of lead.normalize('NFKC').matchAll(/[A-Z][a-zA-Z'’-]+(?:[ \t]+[A-Z][a-zA-Z'’-]+)+/g)) {
    let run: string[] = [];
    const flush = () => {
      const skeletons = run.map((word) => nameSkeleton(word)).filter((key): key is string => key !== null);
      if (skeletons.length >= 2) keys.push(`n:${skeletons.join(' ')}`);
      run = [];
    };
    for (const word of match[0].split(/[ \t]+/)) {
      const lower = word.toLowerCase();
      if (GENERIC_NAMES.has(lower) || STOPWORDS.has(lower) || CALENDAR.has(lower)) flush();
      else run.push(word);
    }
    flush();
  }
  return keys;
}

/**
 * Numbers of two digits or more (ages, counts, addresses, amounts), not years: a year is shared by
 * every report of its time. Thousands separators are dropped so 1,200 and 1200 agree.
 */
function numbersOf(text: string): string[] {
  const normalized = text.normalize('NFKC');
  const numbers: string[] = [];
  for (const match of normalized.matchAll(/\d[\d,]*\d/g)) {
    const before = normalized.slice(Math.max(0, match.index - 10), match.index).toLowerCase();
    const after = normalized.charAt(match.index + match[0].length);
    // Dates name no event: "July 12", "12日", "5月", a year.
    const isDate = MONTH_BEFORE.test(before) || DATE_AFTER.has(after) || /^(?:19|20)\d\d$/.test(match[0]);
    if (!isDate) numbers.push(match[0].replace(/,/g, ''));
  }
  return numbers;
}

const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$/;
const DATE_AFTER = new Set(['日', '月', '年', '時', '分']);

/**
 * Proper names of a Japanese report as consonant skeletons, so they meet the English names:
 * katakana words as written (foreign names are written by sound), and the proper nouns the
 * morphological analyser found, by their reading (岸田 → キシダ → Kishida).
 */
/** IPADIC's classes of proper nouns that name people and places (not organisations' generic words). */
const NAMED = new Set(['人名', '地域']);

function japaneseNames(text: string, morphemes: readonly Morpheme[]): string[] {
  const read = morphemes
    .filter(
      (morpheme) =>
        morpheme.posDetail[0] === '固有名詞' &&
        NAMED.has(morpheme.posDetail[1] ?? '') &&
        morpheme.reading !== null,
    )
    .map((morpheme) => kanaSkeleton(morpheme.reading ?? ''))
    .filter((skeleton): skeleton is string => skeleton !== null);
  return [...new Set([...katakanaSkeletons(text), ...read])].map((skeleton) => `n:${skeleton}`);
}
