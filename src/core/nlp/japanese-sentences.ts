import { type Span, splitParagraphs } from './text-spans.js';

const OPENERS = '「『';
const CLOSERS = '」』';

/** A quotation in an article: `start`/`end` bound the words, `close` is the closing mark (null when missing). */
export interface JapaneseQuote {
  start: number;
  end: number;
  close: number | null;
}

/** Paragraphs and their sentences, in reading order. */
export function japaneseParagraphs(text: string): Span[][] {
  return splitParagraphs(text).map(japaneseSentences);
}

/** Sentences on 。！？ outside brackets, so a quote with several sentences stays in one. */
export function japaneseSentences(paragraph: Span): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let from = 0;
  const text = paragraph.text;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (OPENERS.includes(ch)) depth += 1;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '。！？'.includes(ch)) {
      spans.push(slice(paragraph, from, i + 1));
      from = i + 1;
    }
  }
  if (text.slice(from).trim() !== '') spans.push(slice(paragraph, from, text.length));
  return spans.filter((span) => span.text.trim() !== '');
}

/** Top-level quotes in 「」 and 『』 of a sentence; a quote inside a quote belongs to the outer one. */
export function findJapaneseQuotes(sentence: Span): JapaneseQuote[] {
  const quotes: JapaneseQuote[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < sentence.text.length; i += 1) {
    const ch = sentence.text[i] ?? '';
    if (OPENERS.includes(ch)) {
      if (depth === 0) open = i;
      depth += 1;
    } else if (CLOSERS.includes(ch) && depth > 0) {
      depth -= 1;
      if (depth === 0)
        quotes.push({ start: sentence.start + open + 1, end: sentence.start + i, close: sentence.start + i });
    }
  }
  // A quote left open runs to the end of its sentence (closing mark missing).
  if (depth > 0) {
    const end = sentence.text.replace(/[。\s]+$/, '').length;
    quotes.push({ start: sentence.start + open + 1, end: sentence.start + end, close: null });
  }
  return quotes.filter((quote) => quote.end > quote.start);
}

function slice(paragraph: Span, from: number, to: number): Span {
  const raw = paragraph.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { start: paragraph.start + from + lead, end: paragraph.start + from + lead + text.length, text };
}
