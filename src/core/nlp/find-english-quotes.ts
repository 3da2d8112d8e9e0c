import type { Span } from './text-spans.js';

/** A direct quote in English text; offsets are in the article's text. */
export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** First and past-the-last character of the quoted words (marks excluded). */
  start: number;
  end: number;
  /** Index of the closing mark; null when the writer left it out. */
  close: number | null;
  /** Unclosed at the end of its paragraph: the quote may go on in the next one. */
  runsOn: boolean;
}

type Open = { mark: 'double' | 'single'; at: number; nested: number };

/**
 * Quotes in one paragraph: “ ” and " " (straight marks told apart by the spaces around them),
 * ‘ ’ at the top level or nested inside double marks (nested ones belong to the outer quote).
 * Two opening marks in a row mean the first was never closed; it ends before the second.
 */
export function findEnglishQuotes(paragraph: Span): QuoteSpan[] {
  const text = paragraph.text;
  const found: QuoteSpan[] = [];
  let open: Open | null = null;
  const finish = (closeAt: number | null, endAt: number) => {
    if (!open) return;
    const start = open.at + 1;
    const end = start + text.slice(start, endAt).trimEnd().length;
    const runsOn = closeAt === null && endAt === text.length;
    if (end > start)
      found.push(offset({ open: open.at, start, end, close: closeAt, runsOn }, paragraph.start));
    open = null;
  };
  for (let i = 0; i < text.length; i += 1) {
    const kind = classify(text, i);
    if (kind === null) continue;
    const [mark, classified] = kind;
    // `... like, 'Well, this one matters,' " Hale said`: a straight mark with a space on both
    // sides cannot say which it is; inside an open quote it closes it (an opening mark is
    // followed by its first word, not by a space).
    const role = classified === 'either' ? (open?.mark === 'double' ? 'close' : 'open') : classified;
    if (!open) {
      if (role === 'open') open = { mark, at: i, nested: 0 };
      continue;
    }
    if (mark !== open.mark) {
      // The other kind of mark inside a quote is a quote within the quote.
      if (role === 'open') open.nested += 1;
      else if (open.nested > 0) open.nested -= 1;
      continue;
    }
    if (role === 'close') finish(i, i);
    else {
      finish(null, i);
      open = { mark, at: i, nested: 0 };
    }
  }
  finish(null, text.length);
  return found;
}

function classify(text: string, i: number): ['double' | 'single', 'open' | 'close' | 'either'] | null {
  const ch = text[i];
  const before = text[i - 1];
  const after = text[i + 1];
  if (ch === '“') return ['double', 'open'];
  if (ch === '”') return ['double', 'close'];
  if (ch === '‘') return ['single', 'open'];
  // ’ inside a word is an apostrophe (Japan’s, won’t), not a closing mark.
  if (ch === '’') return after !== undefined && /\p{L}/u.test(after) ? null : ['single', 'close'];
  if (ch !== '"') return null;
  const spaceBefore = before === undefined || /[\s([{—–-]/.test(before);
  const spaceAfter = after === undefined || /\s/.test(after);
  if (spaceBefore && !spaceAfter) return ['double', 'open'];
  if (!spaceBefore) return ['double', 'close'];
  return ['double', 'either'];
}

function offset(span: QuoteSpan, by: number): QuoteSpan {
  return {
    open: span.open + by,
    start: span.start + by,
    end: span.end + by,
    close: span.close === null ? null : span.close + by,
    runsOn: span.runsOn,
  };
}
