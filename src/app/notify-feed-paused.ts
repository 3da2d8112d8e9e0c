import type { ChannelMessenger } from '../core/digest/channel-messenger.js';
import type { SubscriptionStore } from '../core/digest/subscription-store.js';
import type { FeedEvent } from '../core/feeds/poller.js';
import type { Logger } from '../core/logging/logger.js';
import { type ChatPlatform, commandHint } from '../core/reply/platform-wording.js';
import type { Reply } from '../core/reply/reply.js';

/**
 * A feed paused after repeated failures is news for the admins of every workspace the bot posts
 * digests in: they are told once, where the platform reaches them, with how to resume it.
 */
export async function notifyFeedPaused(
  event: Extract<FeedEvent, { type: 'feed-paused' }>,
  deps: {
    subscriptions: SubscriptionStore;
    messengerFor: (platform: string) => ChannelMessenger | null | undefined;
    logger: Logger;
  },
): Promise<number> {
  const workspaces = new Map<string, { platform: string; workspaceId: string }>();
  for (const sub of await deps.subscriptions.list()) {
    workspaces.set(`${sub.platform}:${sub.workspaceId}`, {
      platform: sub.platform,
      workspaceId: sub.workspaceId,
    });
  }
  let told = 0;
  for (const { platform, workspaceId } of workspaces.values()) {
    const messenger = deps.messengerFor(platform);
    if (!messenger) continue;
    try {
      await messenger.notifyAdmins(workspaceId, pausedFeedReply(event, messenger.platform));
      told += 1;
    } catch (error) {
      deps.logger.warn('could not tell admins about a paused feed', {
        platform,
        workspace: workspaceId,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return told;
}

/** The notice, with the commands to type on the platform it is read on. */
function pausedFeedReply(event: Extract<FeedEvent, { type: 'feed-paused' }>, platform: ChatPlatform): Reply {
  const feed = [{ name: 'url', value: event.feed }];
  return {
    title: 'A feed was paused',
    text:
      `${event.feed} failed ${event.consecutiveFailures} times in a row and is no longer polled. ` +
      `Last error: ${event.error}`,
    sections: [],
    ephemeral: true,
    tone: 'error',
    footer:
      `See ${commandHint(platform, ['feeds', 'status'])}; ${commandHint(platform, ['feeds', 'resume'], feed)} ` +
      `polls it again, ${commandHint(platform, ['feeds', 'remove'], feed)} stops following it.`,
  };
}
