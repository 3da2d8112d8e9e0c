/**
 * Escapes text for Slack's mrkdwn and plain_text fields. Slack only treats `<...>` as markup
 * (mentions, `<!channel>`, links), so escaping `&`, `<` and `>` is what keeps feed text from
 * pinging a channel or smuggling in a link.
 */
export function escapeSlackText(text: string): string {
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
  const href = escapeSlackText(parsed.href.replace(/\|/g, '%7C'));
  return href.length > MAX_HREF ? null : href;
}
