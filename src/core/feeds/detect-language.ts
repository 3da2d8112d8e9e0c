import type { Language } from '../articles/article.js';

const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const han = /\p{Script=Han}/gu;
const latin = /\p{Script=Latin}/gu;
const letters = /\p{L}/gu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * The language of an item's text, with the feed's `<language>` (or the configured one) as a hint.
 * Kana only occur in Japanese; text of kanji alone ("日米首脳会談") is taken as Japanese unless
 * the hint says Chinese. Latin text is English unless the hint names a language other than English or Japanese
 * (a Japanese feed's Latin-script item is in English; a French feed's is not).
 */
export function detectLanguage(text: string, hint?: string | null): Language {
  const sample = text.slice(0, 2000);
  const hinted = languageOfHint(hint);
  const total = count(sample, letters);
  if (total === 0) return hinted ?? 'other';
  const kanaShare = count(sample, kana) / total;
  const hanShare = count(sample, han) / total;
  if (kanaShare >= 0.05) return 'ja';
  if (kanaShare + hanShare >= 0.3) return hint?.toLowerCase().startsWith('zh') ? 'other' : 'ja';
  if (count(sample, latin) / total >= 0.5) return hinted === 'other' ? 'other' : 'en';
  return 'other';
}

function languageOfHint(hint: string | null | undefined): Language | null {
  const code = hint?.trim().toLowerCase().slice(0, 2);
  if (!code) return null;
  return code === 'ja' ? 'ja' : code === 'en' ? 'en' : 'other';
}
