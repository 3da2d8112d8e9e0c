import { ELLIPSIS, splitIntoChunks, truncateAtWord } from '../../core/reply/fit-text.js';

/** Characters Discord's markdown reads anywhere in a line; `<` and `>` also start mentions. */
const INLINE_MARKUP = /[\\*_~`|[\]<>]/g;
/** Markup that only counts at the start of a line: headings, quotes, lists, `-#` subtext. */
const LINE_START_MARKUP = /^([ \t]*)([#>+-])/gm;
const NUMBERED_LIST = /^([ \t]*\d+)\.(?=\s)/gm;
/** A zero-width space after the `@` keeps the words visible while no client reads them as a ping. */
const MASS_MENTION = /@(everyone|here)/g;

/**
 * Escapes feed or user text for Discord markdown so it shows exactly as written: no bold, links,
 * headings or quotes it did not ask for, and no `<@id>`, `<#channel>`, `@everyone` or `@here`
 * that a client would turn into a mention. (allowed_mentions on every message is the second guard.)
 */
export function escapeDiscordText(text: string): string {
  return text
    .replace(INLINE_MARKUP, '\\$&')
    .replace(LINE_START_MARKUP, '$1\\$2')
    .replace(NUMBERED_LIST, '$1\\.')
    .replace(MASS_MENTION, '@\u200b$1');
}

/** `<#123…>`, which Discord shows as the channel's name, for a snowflake id only; null otherwise. */
export function discordChannelMention(channelId: string): string | null {
  return /^\d{15,21}$/.test(channelId) ? `<#${channelId}>` : null;
}

/**
 * Escapes `raw` and shortens the result at a word to at most `max` characters, with a marker.
 * Escapes hold no whitespace, so a word-boundary cut never splits one; a cut inside an overlong
 * word drops a dangling backslash that would otherwise escape the marker.
 */
export function fitDiscordText(raw: string, max: number): string {
  const escaped = escapeDiscordText(raw);
  const cut = truncateAtWord(escaped, max);
  if (cut === escaped) return cut;
  const body = cut.slice(0, -ELLIPSIS.length);
  return `${hasDanglingBackslash(body) ? body.slice(0, -1) : body}${ELLIPSIS}`;
}

/** Escapes `raw` and splits it into chunks of at most `max` characters, losing nothing. */
export function discordTextChunks(raw: string, max: number): string[] {
  // One character of room: a backslash may move to the next chunk (below).
  const chunks = splitIntoChunks(escapeDiscordText(raw), Math.max(1, max - 1));
  // A hard cut inside a long word can separate a backslash from what it escapes: move it along.
  for (let at = 0; at < chunks.length - 1; at += 1) {
    const chunk = chunks[at] ?? '';
    if (hasDanglingBackslash(chunk)) {
      chunks[at] = chunk.slice(0, -1);
      chunks[at + 1] = `\\${chunks[at + 1] ?? ''}`;
    }
  }
  return chunks.filter((chunk) => chunk !== '');
}

function hasDanglingBackslash(text: string): boolean {
  const trailing = /\\*$/.exec(text)?.[0].length ?? 0;
  return trailing % 2 === 1;
}

/** Longer links are shown as their label: they would eat the description's budget. */
const MAX_HREF = 512;

/**
 * A `[label](url)` link built only from the model's own url fields; anything but an http(s) URL
 * shows the label alone. Parentheses are percent-encoded so they cannot end the link early.
 */
export function discordLink(url: string | undefined, escapedLabel: string): string {
  const href = safeHref(url);
  return href === null ? escapedLabel : `[${escapedLabel}](${href})`;
}

/**
 * The URL as Discord accepts it (an embed's title link, a masked link), or null when it is not
 * an http(s) URL of reasonable length: an invalid URL would make Discord refuse the whole message.
 */
export function safeHref(url: string | undefined): string | null {
  const parsed = url !== undefined && URL.canParse(url) ? new URL(url) : null;
  if (parsed === null || !/^https?:$/.test(parsed.protocol)) return null;
  const href = parsed.href.replace(/[()]/g, (paren) => (paren === '(' ? '%28' : '%29'));
  return href.length > MAX_HREF ? null : href;
}
