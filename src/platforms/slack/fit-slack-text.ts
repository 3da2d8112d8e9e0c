import { splitIntoChunks, truncateAtWord } from '../../core/reply/fit-text.js';
import { escapeSlackText } from './slack-text.js';

/**
 * Shortens raw text, at a word and with a marker, so that its escaped form fits in `max`
 * characters. Escaping lengthens text (`&` becomes `&amp;`), so the budget shrinks until it fits.
 */
export function fitRaw(raw: string, max: number, escapeText: Escape = escapeSlackText): string {
  let budget = max;
  let cut = truncateAtWord(raw, budget);
  let overflow = escapeText(cut).length - max;
  while (overflow > 0 && budget > 1) {
    budget = Math.max(1, budget - overflow);
    cut = truncateAtWord(raw, budget);
    overflow = escapeText(cut).length - max;
  }
  return cut;
}

/** How text is escaped: for mrkdwn (the default) or, in plain_text headers, entities only. */
type Escape = (text: string) => string;

/** Escapes `raw`, shortened at a word so the escaped form stays within `max` characters. */
export function fitEscaped(raw: string, max: number, escapeText: Escape = escapeSlackText): string {
  return escapeText(fitRaw(raw, max, escapeText));
}

/**
 * Splits `raw` into escaped chunks of at most `max` characters each, at paragraph, line or word
 * boundaries, so nothing is lost and nothing is cut mid-word.
 */
export function escapedChunks(raw: string, max: number): string[] {
  const out: string[] = [];
  const pending = splitIntoChunks(raw, max);
  for (let chunk = pending.shift(); chunk !== undefined; chunk = pending.shift()) {
    const escaped = escapeSlackText(chunk);
    if (escaped.length <= max || chunk.length <= 1) {
      out.push(escaped);
      continue;
    }
    // Heavily escaped text (many `&`): split this chunk again, proportionally smaller.
    const smaller = Math.min(chunk.length - 1, Math.floor((max * chunk.length) / escaped.length));
    pending.unshift(...splitIntoChunks(chunk, Math.max(1, smaller)));
  }
  return out;
}
