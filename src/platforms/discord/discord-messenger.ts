import { type Client, type Guild, PermissionFlagsBits, Routes } from 'discord.js';
import type { ChannelMessenger, DeliveryResult } from '../../core/digest/channel-messenger.js';
import type { Logger } from '../../core/logging/logger.js';
import type { Reply } from '../../core/reply/reply.js';
import { classifyDiscordError } from './classify-discord-error.js';
import { channelMessageBody } from './discord-payloads.js';
import { renderDiscordReply } from './render-discord-reply.js';

/** Channels tried for an admin notice before falling back to a DM to the server owner. */
const MAX_NOTICE_CHANNELS = 3;
const NEEDED = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
];

/**
 * The ChannelMessenger for Discord: digests are posted with the channel messages REST route.
 * discord.js waits out rate limits and retries 5xx; what still fails is reported as forbidden
 * (403), not-found (10003 Unknown Channel) or unavailable, so the scheduler can pause a
 * subscription. Admins are told in the server's system channel, else the first text channel the
 * bot can write to, else by a DM to the server owner.
 */
export function createDiscordMessenger(client: Client, logger: Logger): ChannelMessenger {
  const post = async (channelId: string, reply: Reply): Promise<DeliveryResult> => {
    let first: string | undefined;
    for (const message of renderDiscordReply({ ...reply, ephemeral: false })) {
      try {
        const sent = (await client.rest.post(Routes.channelMessages(channelId), {
          body: channelMessageBody(message),
        })) as { id?: string };
        first ??= sent.id;
      } catch (error) {
        const failure = classifyDiscordError(error);
        logger.warn('discord delivery failed', { channel: channelId, ...failure });
        return failure;
      }
    }
    return first === undefined ? { ok: true } : { ok: true, messageId: first };
  };
  return {
    platform: 'discord',
    post,
    async notifyAdmins(guildId, reply) {
      const guild = client.guilds.cache.get(guildId);
      if (guild === undefined) {
        logger.warn('admin notice for a server the bot is not in', { guild: guildId, title: reply.title });
        return;
      }
      for (const channelId of noticeChannels(guild).slice(0, MAX_NOTICE_CHANNELS)) {
        if ((await post(channelId, reply)).ok) {
          logger.info('told server admins', { guild: guildId, channel: channelId });
          return;
        }
      }
      await tellOwner(client, guild, reply, post, logger);
    },
  };
}

/** The system channel first, then text channels in the order the server lists them. */
function noticeChannels(guild: Guild): string[] {
  const me = guild.members.me;
  const writable = guild.channels.cache
    .filter((channel) => channel.isTextBased() && !channel.isThread() && !channel.isVoiceBased())
    .filter((channel) => me === null || channel.permissionsFor(me)?.has(NEEDED) !== false)
    .sort((a, b) => ('position' in a && 'position' in b ? a.position - b.position : 0))
    .map((channel) => channel.id);
  const system = guild.systemChannelId;
  return system !== null && writable.includes(system)
    ? [system, ...writable.filter((id) => id !== system)]
    : writable;
}

async function tellOwner(
  client: Client,
  guild: Guild,
  reply: Reply,
  post: (channelId: string, reply: Reply) => Promise<DeliveryResult>,
  logger: Logger,
): Promise<void> {
  try {
    const dm = (await client.rest.post(Routes.userChannels(), { body: { recipient_id: guild.ownerId } })) as {
      id: string;
    };
    const result = await post(dm.id, reply);
    if (result.ok) logger.info('told the server owner by DM', { guild: guild.id, user: guild.ownerId });
    else logger.error('could not tell the server admins anywhere', { guild: guild.id, ...result });
  } catch (error) {
    logger.error('could not open a DM with the server owner', {
      guild: guild.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
