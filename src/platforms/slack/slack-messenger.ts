import type { webApi } from '@slack/bolt';
import type { ChannelMessenger, DeliveryResult } from '../../core/digest/channel-messenger.js';
import type { Logger } from '../../core/logging/logger.js';
import type { Reply } from '../../core/reply/reply.js';
import { classifySlackError } from './classify-slack-error.js';
import { renderSlackReply } from './render-slack-reply.js';
import type { SlackMessage } from './slack-blocks.js';

export interface SlackMessengerOptions {
  /** Who notifyAdmins DMs (chat.postMessage to a user id opens the DM). */
  adminUserIds: readonly string[];
  logger: Logger;
  /** Attempts per message, the first included. */
  maxAttempts?: number;
  /** First backoff after a 5xx or network failure; doubles each time. */
  baseDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the delivery is reported rate-limited. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The ChannelMessenger for Slack: digests go out with chat.postMessage. 429s wait as long as
 * Slack's Retry-After asks and 5xx/network failures back off; a channel the bot cannot post to
 * is reported as forbidden or not-found, so the scheduler can pause that subscription.
 * The client should be built with `rejectRateLimitedCalls: true` and no retries of its own, so
 * that this is the one place deciding how long to wait.
 */
export function createSlackMessenger(
  client: Pick<webApi.WebClient, 'chat'>,
  options: SlackMessengerOptions,
): ChannelMessenger {
  const settings = {
    maxAttempts: Math.max(1, options.maxAttempts ?? 4),
    baseDelayMs: options.baseDelayMs ?? 1000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
  };
  const send = async (channel: string, reply: Reply): Promise<DeliveryResult> => {
    let first: string | undefined;
    for (const message of renderSlackReply({ ...reply, ephemeral: false })) {
      const result = await postWithRetry(client, channel, message, settings);
      if (!result.ok) return result;
      first ??= result.messageId;
    }
    return first === undefined ? { ok: true } : { ok: true, messageId: first };
  };
  return {
    platform: 'slack',
    async post(channelId, reply) {
      const result = await send(channelId, reply);
      if (!result.ok) options.logger.warn('slack delivery failed', { channel: channelId, ...result });
      return result;
    },
    async notifyAdmins(workspaceId, reply) {
      if (options.adminUserIds.length === 0) {
        options.logger.warn('no Slack admin ids configured: nobody was told', {
          workspace: workspaceId,
          title: reply.title,
        });
      }
      for (const admin of options.adminUserIds) {
        const result = await send(admin, reply).catch((error: unknown) => ({ ok: false, error }) as const);
        if (!result.ok)
          options.logger.error('could not DM a Slack admin', { workspace: workspaceId, user: admin, result });
      }
    },
  };
}

type Settings = Required<
  Pick<SlackMessengerOptions, 'maxAttempts' | 'baseDelayMs' | 'maxRetryAfterMs' | 'sleep'>
>;

async function postWithRetry(
  client: Pick<webApi.WebClient, 'chat'>,
  channel: string,
  message: SlackMessage,
  settings: Settings,
): Promise<DeliveryResult> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const answer = await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        // Feed links would otherwise unfold into large previews of every article.
        unfurl_links: false,
        unfurl_media: false,
      });
      return answer.ts === undefined ? { ok: true } : { ok: true, messageId: answer.ts };
    } catch (error) {
      const failure = classifySlackError(error);
      if (failure.kind === 'final') return { ok: false, reason: failure.reason, message: failure.message };
      const wait = failure.waitMs ?? settings.baseDelayMs * 2 ** (attempt - 1);
      if (attempt >= settings.maxAttempts || wait > settings.maxRetryAfterMs) {
        return { ok: false, reason: failure.reason, message: `${failure.message} after ${attempt} attempts` };
      }
      await settings.sleep(wait);
    }
  }
}
