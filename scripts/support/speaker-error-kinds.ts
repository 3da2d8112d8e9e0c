import type { QuoteMiss } from '../../test/fixtures/quotes/score-quotes.js';

/**
 * Speaker misses by kind, for `eval:quotes --errors`: where the gold speaker's name stands
 * relative to the quote (same sentence before or after it, an earlier sentence or paragraph, not
 * before it at all) and the shape of the sentence (a participle clause ", saying", a paragraph
 * opened by a lone quote, "according to", a question before the attribution ...). Only kinds and
 * counts are printed: the texts stay in the corpus.
 */
export function speakerErrorKind(text: string, miss: QuoteMiss): string {
  const at = text.indexOf(miss.text.slice(0, 30));
  if (at < 0 || !miss.expected) return `${miss.kind}: quote not located`;
  const paragraphStart = text.lastIndexOf('\n', at) + 1;
  const paragraphEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  const before = text.slice(paragraphStart, at);
  const after = text.slice(at + miss.text.length, paragraphEnd);
  const sentenceBefore = before.split(/[.!?]["”’]?\s+(?=["“\p{Lu}])/u).at(-1) ?? '';
  const sentenceAfter = after.split(/[.!?]["”’]?\s+(?=["“\p{Lu}])/u)[0] ?? '';
  const name = new RegExp(`\\b${escapeRegExp(miss.expected)}\\b`, 'i');
  const where = name.test(sentenceBefore)
    ? 'named before, same sentence'
    : name.test(sentenceAfter)
      ? 'named after, same sentence'
      : name.test(before)
        ? 'named in an earlier sentence of the paragraph'
        : name.test(text.slice(Math.max(0, paragraphStart - 600), paragraphStart))
          ? 'named in the previous paragraph(s)'
          : name.test(text.slice(0, paragraphStart))
            ? 'named further back'
            : 'not named before';
  return `${miss.kind}: ${where}${shape(sentenceBefore, sentenceAfter, before)}`;
}

function shape(sentenceBefore: string, sentenceAfter: string, paragraphBefore: string): string {
  const sentence = `${sentenceBefore} ${sentenceAfter}`;
  if (/\baccording to\b/i.test(sentence)) return ' / according to';
  if (paragraphBefore.trim() === '' || /^["“]?\s*$/.test(sentenceBefore))
    return ' / quote opens the sentence';
  if (/,\s+\p{Ll}+ing\b[^,]*$/u.test(sentenceBefore)) return ' / participle clause (", saying")';
  if (/:\s*["“]?$/.test(sentenceBefore)) return ' / colon before the quote';
  return ' / quote inside the sentence';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
