/**
 * mrkdwn has no escape character for its formatting marks (a backslash shows as itself), so feed
 * text gets look-alike characters that Slack never reads as delimiters: bold, italics, strike and
 * code cannot start, whatever the feed wrote. (The same substitution jsx-slack's `<Escape>` uses.)
 */
const FORMATTING: Readonly<Record<string, string>> = {
  '*': '\u2217', // ∗ asterisk operator
  _: '\u02cd', // ˍ modifier letter low macron
  '~': '\u223c', // ∼ tilde operator
  '`': '\u02cb', // ˋ modifier letter grave accent
};
/**
 * Slack pairs `*`, `_` and `~` only at word edges: one inside a word (a story id `s_3f1d`, a
 * file_name) formats nothing and stays as typed, so ids can still be copied.
 */
const MARK_AT_EDGE = /(?<![\p{L}\p{N}])[*_~]|[*_~](?![\p{L}\p{N}])|`/gu;
/** `>` opens a block quote only at the start of a line, even when written `&gt;`. */
const QUOTE_AT_LINE_START = /^([ \t]*)>/gm;
/** Spelled-out mass mentions: a zero-width space after `@` keeps the word and drops the ping. */
const MASS_MENTION = /@(channel|here|everyone)\b/gi;

/**
 * Escapes feed or user text for a mrkdwn text object so it shows exactly as written: `&`, `<` and
 * `>` as entities (no `<!channel>`, `<@U…>`, `<#C…>` or `<url|label>` can form), formatting marks
 * as look-alikes, a line-start `>` as a look-alike (no block quote), `@channel` unpinged. Text
 * objects also carry `verbatim: true` (slack-blocks.ts), so bare URLs and #names stay plain text.
 */
export function escapeSlackText(text: string): string {
  return escapeSlackEntities(
    text
      .replace(QUOTE_AT_LINE_START, '$1\u02c3') // ˃ modifier letter right arrowhead
      .replace(MARK_AT_EDGE, (mark) => FORMATTING[mark] ?? mark)
      .replace(MASS_MENTION, '@\u200b$1'),
  );
}

/** The three characters Slack reads as markup in any text, plain_text headers included. */
export function escapeSlackEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Undoes Slack's escaping of `&`, `<` and `>` in the text of a slash command. */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * A `<url|label>` link, built only from the model's own `url` fields. Anything that is not an
 * http(s) URL is shown as its label alone, so a feed cannot produce a `javascript:` or
 * `<!channel>` link; `|` and `>` cannot appear in the href, which would end the link early.
 */
export function slackLink(url: string | undefined, label: string): string {
  const href = safeHref(url);
  const text = escapeSlackText(label);
  return href === null ? text : `<${href}|${text}>`;
}

/** `<#C123>`, which Slack shows as the channel's name, for a well-formed channel id only; null otherwise. */
export function slackChannelMention(channelId: string): string | null {
  return /^[CDG][A-Z0-9]{2,30}$/.test(channelId) ? `<#${channelId}>` : null;
}

/** Longer links are shown as their label: they would crowd out the 3000-character section text. */
const MAX_HREF = 1500;

function safeHref(url: string | undefined): string | null {
  if (url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const href = escapeSlackEntities(parsed.href.replace(/\|/g, '%7C'));
  return href.length > MAX_HREF ? null : href;
}
