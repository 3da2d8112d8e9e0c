import { type MarkdownDialect, quoteMarkdown } from '../../core/reply/quote-markdown.js';
import type { Reply, ReplyField, ReplyItem, ReplyQuote, ReplySection } from '../../core/reply/reply.js';
import { escapedChunks, fitEscaped, fitRaw } from './fit-slack-text.js';
import {
  contextBlock,
  fieldsBlock,
  headerBlock,
  SLACK_LIMITS,
  type SlackBlock,
  sectionBlock,
} from './slack-blocks.js';
import { escapeSlackEntities, slackChannelMention, slackLink } from './slack-text.js';

const ITEM_TEXT_MAX = 300;
const DETAIL_MAX = 200;
const QUOTE_MAX = 1000;
const WARNING = ':warning: ';

/**
 * Renders a reply as Block Kit blocks, in reading order, every string escaped and every block
 * within Slack's per-block limits. Splitting into messages of at most 50 blocks is done by the
 * caller; the footer is returned apart so it can close the last message.
 */
export function renderReplyBlocks(reply: Reply): { blocks: SlackBlock[]; footer: SlackBlock | null } {
  const blocks: SlackBlock[] = [];
  const warn = reply.tone === 'error';
  if (reply.title !== undefined) blocks.push(titleBlock(reply.title, reply.url, warn));
  const lead = reply.text === undefined ? [] : escapedChunks(reply.text, SLACK_LIMITS.sectionText);
  if (warn && reply.title === undefined && lead.length > 0) lead[0] = `${WARNING}${lead[0]}`;
  blocks.push(...packSections(lead));
  for (const section of reply.sections) blocks.push(...sectionBlocks(section));
  const footer =
    reply.footer === undefined ? null : contextBlock(fitEscaped(reply.footer, SLACK_LIMITS.contextText));
  return { blocks, footer };
}

function titleBlock(title: string, url: string | undefined, warn: boolean): SlackBlock {
  const prefix = warn ? WARNING : '';
  if (url === undefined)
    return headerBlock(
      prefix + fitEscaped(title, SLACK_LIMITS.headerText - prefix.length, escapeSlackEntities),
    );
  // A header cannot hold a link: a linked title is a bold section line instead.
  return sectionBlock(`${prefix}*${slackLink(url, fitRaw(title, SLACK_LIMITS.headerText))}*`);
}

function sectionBlocks(section: ReplySection): SlackBlock[] {
  const parts: string[] = [];
  if (section.heading !== undefined) parts.push(`*${fitEscaped(section.heading, SLACK_LIMITS.headerText)}*`);
  if (section.text !== undefined) parts.push(...escapedChunks(section.text, SLACK_LIMITS.sectionText));
  for (const item of section.items ?? []) parts.push(itemLine(item));
  for (const quote of section.quotes ?? []) parts.push(quoteLines(quote));
  const blocks = packSections(parts);
  const fields = section.fields ?? [];
  for (let at = 0; at < fields.length; at += SLACK_LIMITS.fieldsPerSection) {
    blocks.push(fieldsBlock(fields.slice(at, at + SLACK_LIMITS.fieldsPerSection).map(fieldText)));
  }
  return blocks;
}

function itemLine(item: ReplyItem): string {
  const label = fitRaw(item.text, ITEM_TEXT_MAX);
  const line = `• ${slackLink(item.url, label)}`;
  return item.detail === undefined ? line : `${line}\n    ${fitEscaped(item.detail, DETAIL_MAX)}`;
}

const slackDialect: MarkdownDialect = {
  text: (raw, max) => fitEscaped(raw, max),
  link: (url, label, max) => slackLink(url, fitRaw(label, max)),
};

function quoteLines(quote: ReplyQuote): string {
  return quoteMarkdown(quote, slackDialect, { quote: QUOTE_MAX, detail: DETAIL_MAX });
}

function fieldText(field: ReplyField): string {
  const label = fitEscaped(field.label, 200);
  const mention = field.mention === 'channel' ? slackChannelMention(field.value) : null;
  if (mention !== null) return `*${label}*\n${mention}`;
  return `*${label}*\n${fitEscaped(field.value, SLACK_LIMITS.fieldText - label.length - 3)}`;
}

/** Packs already-escaped paragraphs into as few section blocks as fit, never splitting one. */
function packSections(parts: string[]): SlackBlock[] {
  const texts: string[] = [];
  let current = '';
  for (const part of parts) {
    if (current !== '' && current.length + 1 + part.length > SLACK_LIMITS.sectionText) {
      texts.push(current);
      current = '';
    }
    current = current === '' ? part : `${current}\n${part}`;
  }
  if (current !== '') texts.push(current);
  return texts.map(sectionBlock);
}
