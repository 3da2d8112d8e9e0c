import { UserError } from '../src/core/reply/user-error.js';

/** Straight and typographic double quotes: Slack clients often turn `"` into `“ ”` as people type. */
const OPEN_QUOTES = new Set(['"', '“', '„']);
const CLOSE_QUOTES = new Set(['"', '”', '“']);

/**
 * Splits slash-command text into words, keeping "quoted phrases" together. Single quotes are
 * left alone: they are apostrophes far more often than quotes ("Xi's remarks").
 */
export function tokenizeCommandText(text: string): string[] {
  const tokens: string[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text.charAt(at);
    if (/\s/.test(char)) {
      at += 1;
      continue;
    }
    if (OPEN_QUOTES.has(char)) {
      const end = findClosingQuote(text, at + 1);
      if (end === -1)
        throw new UserError('unclosed-quote', `A quote opened at "${text.slice(at)}" is never closed.`);
      tokens.push(text.slice(at + 1, end).trim());
      at = end + 1;
      continue;
    }
    const match = /^\S+/.exec(text.slice(at));
    const word = match?.[0] ?? char;
    tokens.push(word);
    at += word.length;
  }
  return tokens.filter((token) => token !== '');
}

function findClosingQuote(text: string, from: number): number {
  for (let at = from; at < text.length; at += 1) {
    if (CLOSE_QUOTES.has(text.charAt(at))) return at;
  }
  return -1;
}
