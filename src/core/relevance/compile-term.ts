const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Text as terms are matched against it: full-width letters and digits folded (ＮＡＴＯ → NATO). */
export function foldForMatching(text: string): string {
  return text.normalize('NFKC');
}

/**
 * Turns a watched term into a test on folded text. Latin terms match whole words only, so "NATO"
 * is not found in "donation", while "Japan's" still contains "Japan" (the apostrophe is a
 * boundary). Japanese has no spaces between words, so a term with CJK characters is a plain
 * substring, and its spaces may be absent in the text ("NATO 連絡事務所" matches "NATO連絡事務所").
 */
export function compileTerm(term: string): (folded: string) => boolean {
  const folded = foldForMatching(term).trim();
  const words = folded.split(/\s+/).map(escapeRegExp);
  if (cjk.test(folded)) {
    const pattern = new RegExp(words.join('\\s*'), 'iu');
    return (text) => pattern.test(text);
  }
  // A boundary is anything but a Latin letter or digit: kana and kanji next to "NATO" are boundaries.
  const pattern = new RegExp(
    `(?<![\\p{Script=Latin}\\p{N}])${words.join('[\\s\\u00a0-]+')}(?![\\p{Script=Latin}\\p{N}])`,
    'iu',
  );
  return (text) => pattern.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
