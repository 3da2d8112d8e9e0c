import type { APIEmbed } from 'discord.js';
import { truncateAtWord } from '../../core/reply/fit-text.js';
import type { Reply } from '../../core/reply/reply.js';
import { DISCORD_LIMITS, EMBED_COLOR } from './discord-limits.js';
import { fitDiscordText, safeHref } from './discord-text.js';
import { type ReplyPart, replyParts } from './reply-parts.js';

/** One Discord message of a rendered reply. */
export interface DiscordMessage {
  embeds: APIEmbed[];
  ephemeral: boolean;
}

export interface RenderDiscordOptions {
  /** Past this many messages the rest is left out and the last message says how much. */
  maxMessages?: number;
}

/** Footers are plain text (no markdown), kept short so they never crowd out the body. */
const FOOTER_MAX = 300;
const WARNING = '⚠️ ';

/**
 * Renders a reply as Discord messages of embeds, each message within 10 embeds and 6000
 * characters, each embed within 4096 description characters and 25 fields. A long reply goes on
 * in further messages (follow-ups), split between paragraphs, never inside a word; past
 * `maxMessages` (5) the last message's footer counts what was left out.
 */
export function renderDiscordReply(reply: Reply, options: RenderDiscordOptions = {}): DiscordMessage[] {
  const maxMessages = Math.max(1, options.maxMessages ?? 5);
  const color = reply.tone === 'error' ? EMBED_COLOR.error : EMBED_COLOR.normal;
  const parts = replyParts(reply);
  if ((reply.title?.trim() ?? '') === '' && parts.length === 0)
    parts.push({ kind: 'text', text: '(no answer)' });
  const footer = reply.footer === undefined ? undefined : truncateAtWord(reply.footer, FOOTER_MAX);
  const first = firstEmbed(reply, color);
  const pages = packEmbeds(first, parts, color);
  const kept = pages.slice(0, maxMessages);
  const leftOut = pages.slice(maxMessages).reduce((sum, page) => sum + page.parts, 0);
  const closing =
    leftOut === 0
      ? footer
      : `… ${leftOut} more ${leftOut === 1 ? 'part' : 'parts'} not shown: narrow the question to see them.`;
  const last = kept.at(-1)?.embeds.at(-1);
  if (last !== undefined && closing !== undefined) last.footer = { text: closing };
  return kept.map((page) => ({ embeds: page.embeds, ephemeral: reply.ephemeral }));
}

function firstEmbed(reply: Reply, color: number): APIEmbed {
  const embed: APIEmbed = { color };
  const warn = reply.tone === 'error' ? WARNING : '';
  const title = reply.title?.trim() ?? '';
  // Discord refuses an empty title, and a link without a title has nothing to show on.
  if (title !== '') {
    embed.title = `${warn}${fitDiscordText(title, DISCORD_LIMITS.title - warn.length)}`;
    const href = safeHref(reply.url);
    if (href !== null) embed.url = href;
  }
  return embed;
}

interface Page {
  embeds: APIEmbed[];
  chars: number;
  /** How many body parts this page holds, to say how many were left out. */
  parts: number;
}

/** Room kept free in every message for the footer or the "not shown" note that closes the reply. */
const CLOSING_ROOM = FOOTER_MAX + 10;

const MESSAGE_BUDGET = DISCORD_LIMITS.charsPerMessage - CLOSING_ROOM;

function packEmbeds(first: APIEmbed, parts: ReplyPart[], color: number): Page[] {
  const pages: Page[] = [{ embeds: [first], chars: first.title?.length ?? 0, parts: 0 }];
  for (const part of parts) {
    const { page, embed } = placeFor(pages, part, color);
    page.chars += cost(embed, part);
    page.parts += 1;
    add(embed, part);
  }
  return pages;
}

/** The embed a part goes into: the last one if it fits there, else a new one, in a new message if need be. */
function placeFor(pages: Page[], part: ReplyPart, color: number): { page: Page; embed: APIEmbed } {
  // Never empty: packEmbeds starts with one page holding one embed, and pages only grow.
  let page = pages[pages.length - 1] as Page;
  const last = page.embeds[page.embeds.length - 1] as APIEmbed;
  if (fitsEmbed(last, part) && page.chars + cost(last, part) <= MESSAGE_BUDGET) return { page, embed: last };
  const embed: APIEmbed = { color };
  if (
    page.embeds.length >= DISCORD_LIMITS.embedsPerMessage ||
    page.chars + cost(embed, part) > MESSAGE_BUDGET
  ) {
    page = { embeds: [], chars: 0, parts: 0 };
    pages.push(page);
  }
  page.embeds.push(embed);
  return { page, embed };
}

/** Text after fields would show above them: a paragraph after fields starts a new embed. */
function fitsEmbed(embed: APIEmbed, part: ReplyPart): boolean {
  const fields = embed.fields?.length ?? 0;
  if (part.kind === 'field') return fields < DISCORD_LIMITS.fieldsPerEmbed;
  return fields === 0 && (embed.description?.length ?? 0) + cost(embed, part) <= DISCORD_LIMITS.description;
}

function cost(embed: APIEmbed, part: ReplyPart): number {
  if (part.kind === 'field') return part.name.length + part.value.length;
  return part.text.length + (embed.description === undefined ? 0 : 1);
}

function add(embed: APIEmbed, part: ReplyPart): void {
  if (part.kind === 'field') {
    embed.fields = [...(embed.fields ?? []), { name: part.name, value: part.value, inline: true }];
  } else {
    embed.description = embed.description === undefined ? part.text : `${embed.description}\n${part.text}`;
  }
}
