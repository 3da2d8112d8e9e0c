import { type MarkdownDialect, quoteMarkdown } from '../../core/reply/quote-markdown.js';
import type { Reply, ReplyItem, ReplyQuote, ReplySection } from '../../core/reply/reply.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { discordChannelMention, discordLink, discordTextChunks, fitDiscordText } from './discord-text.js';

/** One piece of a rendered reply: a paragraph of escaped markdown or a label/value field. */
export type ReplyPart = { kind: 'text'; text: string } | { kind: 'field'; name: string; value: string };

const ZERO_WIDTH = '\u200b';
const ITEM_TEXT_MAX = 300;
const DETAIL_MAX = 200;
const QUOTE_MAX = 1000;
/** Long paragraphs are cut into pieces this size, so they pack into embeds with little waste. */
const PARAGRAPH_MAX = 1000;

/**
 * Turns a reply's body (lead text and sections) into escaped parts in reading order, each within
 * one embed's limits. Title and footer are left to the packer, which places them.
 */
export function replyParts(reply: Reply): ReplyPart[] {
  const parts: ReplyPart[] = [];
  if (reply.text !== undefined) parts.push(...paragraphs(reply.text));
  for (const section of reply.sections) parts.push(...sectionParts(section));
  return parts;
}

function paragraphs(text: string): ReplyPart[] {
  return discordTextChunks(text, PARAGRAPH_MAX).map((chunk) => ({ kind: 'text', text: chunk }));
}

function sectionParts(section: ReplySection): ReplyPart[] {
  const parts: ReplyPart[] = [];
  if (section.heading !== undefined) {
    parts.push({ kind: 'text', text: `**${fitDiscordText(section.heading, DISCORD_LIMITS.title)}**` });
  }
  if (section.text !== undefined) parts.push(...paragraphs(section.text));
  for (const item of section.items ?? []) parts.push({ kind: 'text', text: itemLine(item) });
  for (const quote of section.quotes ?? []) parts.push({ kind: 'text', text: quoteLines(quote) });
  for (const field of section.fields ?? []) {
    parts.push({
      kind: 'field',
      // Discord refuses empty field names and values: a zero-width space stands in.
      name: fitDiscordText(field.label, DISCORD_LIMITS.fieldName) || ZERO_WIDTH,
      value:
        (field.mention === 'channel' ? discordChannelMention(field.value) : null) ??
        (fitDiscordText(field.value, DISCORD_LIMITS.fieldValue) || ZERO_WIDTH),
    });
  }
  return parts;
}

function itemLine(item: ReplyItem): string {
  const line = `• ${discordLink(item.url, fitDiscordText(item.text, ITEM_TEXT_MAX))}`;
  return item.detail === undefined ? line : `${line}\n  ${fitDiscordText(item.detail, DETAIL_MAX)}`;
}

const discordDialect: MarkdownDialect = {
  text: fitDiscordText,
  link: (url, label, max) => discordLink(url, fitDiscordText(label, max)),
};

function quoteLines(quote: ReplyQuote): string {
  return quoteMarkdown(quote, discordDialect, { quote: QUOTE_MAX, detail: DETAIL_MAX });
}
