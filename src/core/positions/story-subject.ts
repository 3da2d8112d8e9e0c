import type { ActorMatcher } from '../nlp/actor-matcher.js';
import type { StatementClause } from '../nlp/article-analysis.js';
import { type CueMatch, findCueMatches } from '../nlp/stance-cues.js';
import subjectWords from './subject-words.json' with { type: 'json' };

/** The words that name what a story or a topic is about ("office", "pact", 事務, 協定). */
export interface StorySubject {
  terms: ReadonlySet<string>;
}

const STOPWORDS: ReadonlySet<string> = new Set(subjectWords.stopwords.join(' ').split(/\s+/));
const REFERENCE = new RegExp(subjectWords.reference.en, 'iu');
const JAPANESE_REFERENCE = new RegExp(subjectWords.reference.ja, 'u');

/**
 * The subject of a story: the words of its title, and those that two or more of its articles
 * share in their titles and leads (one article alone: its own). What one outlet adds ("deeper
 * links") is its angle, not the story. Actor names and stance cues are left out: "Japan" or
 * "opposes" says who and how, not what, and would put every sentence by Japan on subject.
 */
export function storySubject(
  title: string,
  articles: readonly string[],
  matcher: ActorMatcher,
): StorySubject {
  return storySubjectOfTerms(
    subjectTermsOf(title, matcher),
    articles.map((text) => subjectTermsOf(text, matcher)),
  );
}

/**
 * The same from terms already cut (subjectTermsOf): the title's, and each article's lead's, as
 * analysis stores them at ingest (stance-facts.ts), so a read needs no article text.
 */
export function storySubjectOfTerms(
  titleTerms: readonly string[],
  articleTerms: readonly (readonly string[])[],
): StorySubject {
  const seen = new Map<string, number>();
  for (const terms of articleTerms)
    for (const term of new Set(terms)) seen.set(term, (seen.get(term) ?? 0) + 1);
  const shared =
    articleTerms.length > 1 ? [...seen].filter(([, n]) => n >= 2).map(([t]) => t) : [...seen.keys()];
  return subjectOfTerms([...titleTerms, ...shared]);
}

/** The content words of a text that can name a subject: no actor names, no stance cues. */
export function subjectTermsOf(text: string, matcher: ActorMatcher): string[] {
  return termsOf(withoutActorsAndCues(text, matcher));
}

/** The subject named by words a user typed (a topic), with the same actor and cue words left out. */
export function topicSubject(words: string, matcher: ActorMatcher): StorySubject {
  return subjectOfTerms(subjectTermsOf(words, matcher));
}

function subjectOfTerms(terms: readonly string[]): StorySubject {
  return { terms: new Set([...terms, ...terms.map(prefixKey).filter((key) => key !== null)]) };
}

/** Whether a term is one of the subject's, or shares its first letters with one (attend, attendance). */
export function sharesTerm(subject: StorySubject, term: string): boolean {
  const key = prefixKey(term);
  return subject.terms.has(term) || (key !== null && subject.terms.has(key));
}

// Five letters tell most English word families apart (deploy/deployment, partner/partnership)
// without a stemmer; shorter words must match whole.
const PREFIX = 5;

function prefixKey(term: string): string | null {
  return /^[a-z]/.test(term) && term.length >= PREFIX ? `~${term.slice(0, PREFIX)}` : null;
}

/** How a clause relates to the subject: names it, names something else, or names nothing clear. */
export type ClauseAbout = 'subject' | 'elsewhere' | 'unclear';

export function clauseAbout(clause: string, subject: StorySubject, matcher: ActorMatcher): ClauseAbout {
  return aboutOf(clauseWords(clause, matcher), subject);
}

/** What the subject test needs of a clause; computed once at ingest (stance-facts.ts). */
export type ClauseWords = Pick<StatementClause, 'refers' | 'terms'>;

/** `cues`: the clause's cue matches, when the caller has found them already. */
export function clauseWords(
  clause: string,
  matcher: ActorMatcher,
  cues: readonly CueMatch[] = findCueMatches(clause),
): ClauseWords {
  const plain = withoutActorsAndCues(clause, matcher, cues);
  const refers = REFERENCE.test(plain) || JAPANESE_REFERENCE.test(plain);
  return { refers, terms: [...new Set(termsOf(plain))] };
}

export function aboutOf(clause: ClauseWords, subject: StorySubject): ClauseAbout {
  if (clause.refers) return 'subject';
  if (clause.terms.some((term) => sharesTerm(subject, term))) return 'subject';
  // One stray word ("he warned", "と反発した") is no other object: the clause leans on its context.
  return clause.terms.length >= OTHER_OBJECT_TERMS ? 'elsewhere' : 'unclear';
}

/** Content words a clause needs to be about something of its own (English words; Japanese pairs). */
const OTHER_OBJECT_TERMS = 2;

function withoutActorsAndCues(
  text: string,
  matcher: ActorMatcher,
  cues: readonly CueMatch[] = findCueMatches(text),
): string {
  let plain = text;
  for (const span of [...matcher.mentions(text), ...cues])
    plain = `${plain.slice(0, span.start)}${' '.repeat(span.end - span.start)}${plain.slice(span.end)}`;
  return plain;
}

/**
 * English words (lower case, a light plural and tense stem, no function or reporting words) and,
 * for Japanese, overlapping pairs of kanji or katakana (事務所 → 事務, 務所): Japanese has no
 * spaces, and pairs match 事務所 in 事務所開設 without a dictionary.
 */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []) {
    const stem = stemOf(word.replace(/['’]s?$/, ''));
    if (stem.length >= 3 && !STOPWORDS.has(stem) && !STOPWORDS.has(word)) terms.push(stem);
  }
  for (const run of text.match(/[\p{Script=Han}]{2,}|[\p{Script=Katakana}ー]{2,}/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i += 1) terms.push(`${chars[i]}${chars[i + 1]}`);
  }
  return terms;
}

function stemOf(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  return word;
}
