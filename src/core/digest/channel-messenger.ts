import type { Reply } from '../reply/reply.js';

/** What happened to one message a platform was asked to post. */
export type DeliveryResult =
  | { ok: true; messageId?: string }
  | {
      ok: false;
      /** forbidden/not-found pause the subscription; the others are worth retrying later. */
      reason: 'forbidden' | 'not-found' | 'rate-limited' | 'unavailable';
      message: string;
    };

/**
 * The port through which digests leave the bot. Each platform adapter implements it
 * (channels.messages on Discord, chat.postMessage on Slack, stdout in the console).
 */
export interface ChannelMessenger {
  readonly platform: 'discord' | 'slack' | 'console';
  post(channelId: string, reply: Reply): Promise<DeliveryResult>;
  /** Tells a workspace's admins about a problem (a paused subscription), wherever they can be reached. */
  notifyAdmins(workspaceId: string, reply: Reply): Promise<void>;
}
