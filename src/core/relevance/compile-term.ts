const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Text as terms are matched against it: full-width letters and digits folded (ＮＡＴＯ → NATO). */
export function foldForMatching(text: string): string {
  return text.normalize('NFKC');
}

/** Folded text and its Latin words, lower-cased: what every term of a list is tested on. */
export interface MatchableText {
  folded: string;
  words: ReadonlySet<string>;
}

/** Anything but a Latin letter or digit: the word boundary of a Latin term's pattern. */
const BOUNDARIES = /[^\p{Script=Latin}\p{N}]+/u;

export function matchableText(text: string): MatchableText {
  const folded = foldForMatching(text);
  // ſ is the one lower-case letter outside ASCII that the patterns' case folding takes for one in it.
  return {
    folded,
    words: new Set(folded.split(BOUNDARIES).map((word) => word.toLowerCase().replaceAll('ſ', 's'))),
  };
}

/**
 * Turns a watched term into a test on folded text. Latin terms match whole words only, so "NATO"
 * is not found in "donation", while "Japan's" still contains "Japan" (the apostrophe is a
 * boundary). Japanese has no spaces between words, so a term with CJK characters is a plain
 * substring, and its spaces may be absent in the text ("NATO 連絡事務所" matches "NATO連絡事務所").
 */
export function compileTerm(term: string): (text: MatchableText) => boolean {
  const folded = foldForMatching(term).trim();
  const words = folded.split(/\s+/);
  const escaped = words.map(escapeRegExp);
  if (cjk.test(folded)) {
    const pattern = new RegExp(escaped.join('\\s*'), 'iu');
    return (text) => pattern.test(text.folded);
  }
  // A boundary is anything but a Latin letter or digit: kana and kanji next to "NATO" are boundaries.
  const pattern = new RegExp(
    `(?<![\\p{Script=Latin}\\p{N}])${escaped.join('[\\s\\u00a0-]+')}(?![\\p{Script=Latin}\\p{N}])`,
    'iu',
  );
  // Each word of the term made of ASCII letters and digits matches one of the text's words, bounded
  // on both sides as the split bounds it: without them all the pattern cannot match, and most of
  // the hundreds of terms (keywords, their actors' people) are ruled out without running it.
  const required = words.filter((word) => /^[A-Za-z0-9]+$/.test(word)).map((word) => word.toLowerCase());
  if (required.length === 0) return (text) => pattern.test(text.folded);
  return (text) => required.every((word) => text.words.has(word)) && pattern.test(text.folded);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
