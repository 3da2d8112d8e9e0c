import { type APIEmbed, MessageFlags } from 'discord.js';
import type { DiscordMessage } from './render-discord-reply.js';

/** Fits reply(), followUp() and, without `flags`, editReply(). */
export interface InteractionPayload {
  embeds: APIEmbed[];
  allowedMentions: { parse: [] };
  flags?: MessageFlags.Ephemeral;
}

/**
 * Options for discord.js interaction replies, edits and follow-ups. Mentions are never parsed:
 * a feed's `@everyone` or `<@id>` must not ping anyone, whatever the escaping missed.
 */
export function interactionPayload(message: DiscordMessage): InteractionPayload {
  return { ...editPayload(message), ...(message.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

/** An edit of the deferred answer: whether it is ephemeral was settled when deferring. */
export function editPayload(message: DiscordMessage): Omit<InteractionPayload, 'flags'> {
  return { embeds: message.embeds, allowedMentions: { parse: [] } };
}

/** The raw REST body of a channel message (digests): channel messages are never ephemeral. */
export function channelMessageBody(message: DiscordMessage): {
  embeds: unknown[];
  allowed_mentions: { parse: [] };
} {
  return { embeds: message.embeds, allowed_mentions: { parse: [] } };
}
