import type { ItemSentence } from 'wink-nlp';
import { TITLE_ABBREVIATIONS } from './speaker-words.js';
import type { Span } from './text-spans.js';
import { winkWith } from './wink-instance.js';

const ABBREVIATION_END = new RegExp(`(?:\\b(?:\\p{Lu}|${TITLE_ABBREVIATIONS})\\.|\\([^()]*\\.\\))$`, 'u');

/** Sentences of one English paragraph (wink-nlp), with offsets in the article's text. */
export function englishSentences(paragraph: Span): Span[] {
  // Only sentence boundaries: the other annotations cost time on every sentence.
  const doc = winkWith('sbd').readDoc(paragraph.text);
  const spans: Span[] = [];
  let cursor = 0;
  doc.sentences().each((sentence: ItemSentence) => {
    const text = sentence.out().trim();
    const at = paragraph.text.indexOf(text, cursor);
    if (text === '' || at < 0) return;
    const previous = spans.at(-1);
    // "Rep. Nora J. Blaine (D-Md.) said": the stop of an abbreviation ended nothing.
    // "(D-N.Y.)" cut after "N.": the next part opens with the rest of the initials.
    const rest = /^\p{Ll}/u.test(text) || /^(?:\p{Lu}\.)+\)/u.test(text);
    if (previous && ABBREVIATION_END.test(previous.text) && rest) {
      previous.end = paragraph.start + at + text.length;
      previous.text = paragraph.text.slice(previous.start - paragraph.start, at + text.length);
    } else spans.push({ start: paragraph.start + at, end: paragraph.start + at + text.length, text });
    cursor = at + text.length;
  });
  return spans.length > 0 ? spans : [paragraph];
}
