const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether a text holds any kanji, kana or hangul: a term so written is matched as Japanese is. */
export const holdsCjk = (text: string) => cjk.test(text);

/** Text as terms are matched against it: full-width letters and digits folded (ＮＡＴＯ → NATO). */
export function foldForMatching(text: string): string {
  return text.normalize('NFKC');
}

/** Folded text and its Latin words, lower-cased: what every term of a list is tested on. */
export interface MatchableText {
  folded: string;
  words: ReadonlySet<string>;
  /** Whether it holds any kanji, kana or hangul: an English report skips every Japanese term at once. */
  readonly hasCjk: boolean;
}

/** Whether a text holds a term (or names an actor some other way: see actor-aliases.ts). */
export type TextTest = (text: MatchableText) => boolean;

/** Anything but a Latin letter or digit: the word boundary of a Latin term's pattern. */
const BOUNDARIES = /[^\p{Script=Latin}\p{N}]+/u;

export function matchableText(text: string): MatchableText {
  const folded = foldForMatching(text);
  // ſ is the one lower-case letter outside ASCII that the patterns' case folding takes for one in it.
  let hasCjk: boolean | undefined;
  return {
    folded,
    // Asked only by Japanese terms, and a scan of the whole text: `/watch add` tests thousands.
    get hasCjk() {
      hasCjk ??= holdsCjk(folded);
      return hasCjk;
    },
    words: new Set(folded.split(BOUNDARIES).map((word) => word.toLowerCase().replaceAll('ſ', 's'))),
  };
}

/**
 * Turns a watched term into a test on folded text. Latin terms match whole words only, so "NATO"
 * is not found in "donation", while "Japan's" still contains "Japan" (the apostrophe is a
 * boundary), and a term in lower case also in its regular plural ("treaty" finds "treaties").
 * Japanese has no spaces between words, so a term with CJK characters is a plain substring, and
 * its spaces may be absent in the text ("NATO 連絡事務所" matches "NATO連絡事務所").
 */
export function compileTerm(term: string): TextTest {
  const folded = foldForMatching(term).trim();
  const words = folded.split(/\s+/);
  if (holdsCjk(folded)) {
    const pattern = new RegExp(words.map(escapeRegExp).join('\\s*'), 'iu');
    return (text) => text.hasCjk && pattern.test(text.folded);
  }
  const pattern = latinTermPattern(folded);
  // Each word of the term made of ASCII letters and digits matches one of the text's words, bounded
  // on both sides as the split bounds it: without them all the pattern cannot match, and most of
  // the hundreds of terms (keywords, their actors' people) are ruled out without running it.
  const last = words.length - 1;
  const required = words
    .map((word, i) => ({ word, isLast: i === last }))
    .filter(({ word }) => /^[A-Za-z0-9]+$/.test(word))
    .map(({ word, isLast }) => pluralForms(word, isLast).map((form) => form.toLowerCase()));
  if (required.length === 0) return (text) => pattern.test(text.folded);
  return (text) =>
    required.every((forms) => forms.some((form) => text.words.has(form))) && pattern.test(text.folded);
}

/**
 * The pattern of a Latin term alone: whole words, any run of spaces or hyphens between them, and
 * the last word of a common noun also in the plural ("missile" is watched, "missiles" are fired).
 * A boundary is anything but a Latin letter or digit: kana and kanji next to "NATO" are boundaries.
 */
export function latinTermPattern(term: string): RegExp {
  const words = foldForMatching(term).trim().split(/\s+/);
  const last = words.length - 1;
  const escaped = words.map((word, i) =>
    i === last ? `(?:${pluralForms(word, true).map(escapeRegExp).join('|')})` : escapeRegExp(word),
  );
  return new RegExp(
    `(?<![\\p{Script=Latin}\\p{N}])${escaped.join('[\\s\\u00a0-]+')}(?![\\p{Script=Latin}\\p{N}])`,
    'iu',
  );
}

/**
 * The forms of a term's word that match: the word itself, and when it is the term's last word and
 * written in lower case (a common noun), its regular English plurals (-s, -es, consonant + y ->
 * -ies). A name is matched as written: "Shin" must not find "shines". The term's pattern and the
 * precheck of the text's words both take their forms from here.
 */
function pluralForms(word: string, isLast: boolean): string[] {
  if (!isLast || !/^[a-z]+$/.test(word)) return [word];
  if (/[^aeiou]y$/.test(word)) return [word, `${word.slice(0, -1)}ies`];
  return [word, `${word}s`, `${word}es`];
}

/** The text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
