/**
 * Characters of an article's text that analysis reads (sentences, quotes, stance, story terms,
 * duplicate fingerprints). Real articles are far shorter (a long feature is ~30,000 characters);
 * a feed item of megabytes (a transcript, a dump, a hostile feed) is stored whole but only its
 * opening is analysed, so each stage's time and memory stay bounded whatever the feed sends.
 */
export const ANALYSED_TEXT_LIMIT = 50_000;

/** How far back from the limit a paragraph, sentence or word end is looked for. */
const BOUNDARY_WINDOW = 2_000;

/**
 * The part of `text` that is analysed: all of it when short, else its opening up to the limit,
 * cut at the last paragraph break, sentence end or space before it, so no sentence or word is
 * cut in half when the text has one near the limit.
 */
export function analysedText(text: string, limit = ANALYSED_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  const from = Math.max(0, limit - BOUNDARY_WINDOW);
  const paragraph = text.lastIndexOf('\n\n', limit - 2);
  if (paragraph > from) return text.slice(0, paragraph);
  for (let end = limit - 1; end > from; end -= 1) {
    if (endsSentence(text.charAt(end - 1), text.charAt(end))) return text.slice(0, end);
  }
  const space = text.lastIndexOf(' ', limit);
  if (space > from) return text.slice(0, space);
  // One enormous word or unspaced text: cut at the limit, but not inside a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}

/** A full stop of Japanese ends a sentence by itself; a Latin one when a space follows. */
function endsSentence(last: string, next: string): boolean {
  return /[。！？]/.test(last) || (/[.!?]/.test(last) && /\s/.test(next));
}
