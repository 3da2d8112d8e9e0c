/**
 * The platform-neutral answer of a command or a digest. Adapters render it within their
 * platform's limits (Discord embeds, Slack Block Kit, plain text in the console) and escape
 * everything in it: all strings here are plain text, never markup, and may come from feeds.
 */
export interface Reply {
  title?: string;
  /** Link for the title (a story's first article, say). */
  url?: string;
  /** A short paragraph under the title. */
  text?: string;
  sections: ReplySection[];
  /** Only the person who asked sees it (errors, admin answers). */
  ephemeral: boolean;
  /** `error` replies are rendered as such (a red embed, a warning sign). */
  tone?: 'normal' | 'error';
  /** A last line: hints, paging, counts. */
  footer?: string;
}

export interface ReplySection {
  heading?: string;
  text?: string;
  items?: ReplyItem[];
  quotes?: ReplyQuote[];
  /** Short label/value pairs (stance: opposed), rendered as fields where the platform has them. */
  fields?: ReplyField[];
}

export interface ReplyItem {
  text: string;
  url?: string;
  /** A second, dimmer line: source, date, "also reported by 3 outlets". */
  detail?: string;
}

export interface ReplyQuote {
  /** Exactly what the source printed. */
  text: string;
  speaker: string | null;
  speakerTitle?: string | null;
  source: string;
  url: string;
  publishedAt?: string;
}

export interface ReplyField {
  label: string;
  value: string;
  /** `channel`: value is a channel id, shown as the platform's own mention (`<#id>`), never as markup from text. */
  mention?: 'channel';
}
