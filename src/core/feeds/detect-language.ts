import type { Language } from '../articles/article.js';

const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const han = /\p{Script=Han}/gu;
const latin = /\p{Script=Latin}/gu;
const letters = /\p{L}/gu;
const latinWords = /\p{Script=Latin}+/gu;

/** English function words: a quarter or more of English prose (a tenth even amid code), rare in French or German. */
const englishFunctionWords = new Set(
  'the and of to in is are was were for that with on as by at from it its be been has have had said says would not this an or but he she they we his her their who which after over'.split(
    ' ',
  ),
);

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * The language of an item's text, with the feed's `<language>` (or the configured one) as a hint.
 * Kana only occur in Japanese; text of kanji alone ("日米首脳会談") is taken as Japanese unless
 * the hint says Chinese. Latin-script text is English when the hint says English or Japanese (a
 * Japanese outlet's Latin-script item is its English edition), `other` when the hint names another
 * language, and without a hint English only if English function words are common enough in it.
 */
export function detectLanguage(text: string, hint?: string | null): Language {
  const sample = text.slice(0, 2000);
  const hinted = languageOfHint(hint);
  // Plain ASCII text (most English items) has only Latin letters: the script shares need no counting.
  const plain = plainLetters(sample);
  const total = plain ?? count(sample, letters);
  if (total === 0) return hinted ?? 'other';
  if (plain === undefined) {
    const kanaShare = count(sample, kana) / total;
    const hanShare = count(sample, han) / total;
    if (kanaShare >= 0.05) return 'ja';
    if (kanaShare + hanShare >= 0.3) return hint?.toLowerCase().startsWith('zh') ? 'other' : 'ja';
    if (count(sample, latin) / total < 0.5) return 'other';
  }
  if (hinted) return hinted === 'other' ? 'other' : 'en';
  return looksEnglish(sample) ? 'en' : 'other';
}

/**
 * The letters of a sample made only of ASCII and general punctuation (U+2000-U+206F: curly quotes,
 * dashes, none of them letters), where every letter is A-Z or a-z; undefined for any other
 * character. One pass over the codes instead of five Unicode pattern matches that build arrays
 * (most English items take this path; the others are counted by the patterns as before).
 */
function plainLetters(sample: string): number | undefined {
  let found = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if (code >= 0x80) {
      if (code < 0x2000 || code > 0x206f) return undefined;
    } else if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) found += 1;
  }
  return found;
}

/** Too few words to judge (a headline) counts as English: the beat's default language. */
function looksEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(latinWords) ?? [];
  if (words.length < 12) return true;
  return words.filter((word) => englishFunctionWords.has(word)).length / words.length >= 0.08;
}

function languageOfHint(hint: string | null | undefined): Language | null {
  const code = hint?.trim().toLowerCase().slice(0, 2);
  if (!code) return null;
  return code === 'ja' ? 'ja' : code === 'en' ? 'en' : 'other';
}
