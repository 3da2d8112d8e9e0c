import type { ReplyQuote } from './reply.js';

/** How a platform writes feed text and links in its markdown dialect, escaped and fitted. */
export interface MarkdownDialect {
  text(raw: string, max: number): string;
  link(url: string | undefined, rawLabel: string, max: number): string;
}

/**
 * A quote as Discord and Slack show it: the words in a block quote, then who said them and where.
 * Every line of a multi-line quote gets its own `>` so it stays inside the quote.
 */
export function quoteMarkdown(
  quote: ReplyQuote,
  dialect: MarkdownDialect,
  limits: { quote: number; detail: number },
): string {
  const said = dialect.text(quote.text, limits.quote).replace(/\n/g, '\n> ');
  const who = [quote.speaker ?? 'Unattributed', quote.speakerTitle ?? undefined]
    .filter((part): part is string => part !== undefined && part !== '')
    .map((part) => dialect.text(part, limits.detail));
  const where = [dialect.link(quote.url, quote.source, limits.detail)];
  if (quote.publishedAt !== undefined) where.push(dialect.text(quote.publishedAt, 40));
  return `> “${said}”\n> — ${who.join(', ')} · ${where.join(' · ')}`;
}
