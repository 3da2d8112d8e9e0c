/** The marker shown where text was shortened, so a reader knows something is missing. */
export const ELLIPSIS = '…';

/**
 * Shortens `text` to at most `max` characters, cutting at a word boundary and ending with a
 * marker, never mid-word (unless a single word is longer than the limit).
 */
export function truncateAtWord(text: string, max: number, marker = ELLIPSIS): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - marker.length);
  const cut = text.slice(0, room + 1);
  const lastSpace = cut.search(/\s\S*$/);
  const end = lastSpace > room / 2 ? lastSpace : room;
  return `${text.slice(0, end).trimEnd()}${marker}`;
}

/**
 * Splits text into chunks of at most `max` characters, preferring paragraph, then line, then word
 * boundaries, so a long answer can be sent as several messages or pages without losing anything.
 */
export function splitIntoChunks(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const at = lastBoundary(window, '\n\n') ?? lastBoundary(window, '\n') ?? lastBoundary(window, ' ') ?? max;
    chunks.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}

function lastBoundary(window: string, separator: string): number | undefined {
  const at = window.lastIndexOf(separator);
  return at > window.length / 3 ? at : undefined;
}
