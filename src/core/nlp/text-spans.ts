/** A piece of an article's text with its offsets, so anything cut from it stays an exact substring. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Paragraphs: normalized text separates them by blank lines; feeds often use single newlines. */
export function splitParagraphs(text: string): Span[] {
  return [...text.matchAll(/[^\n]+/g)]
    .filter((m) => m[0].trim() !== '')
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** The span of `outer` that contains offset `at`, if any. */
export function spanAt<T extends Span>(spans: readonly T[], at: number): T | undefined {
  return spans.find((span) => at >= span.start && at < span.end);
}
