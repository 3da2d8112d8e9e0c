import type { Logger } from '../logging/logger.js';
import { channelAccessFix, channelField, commandHint } from '../reply/platform-wording.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import type { ChannelMessenger, DeliveryResult } from './channel-messenger.js';
import type { Digest } from './digest.js';
import { digestReply } from './digest-reply.js';
import type { PostedStories } from './posted-stories.js';
import type { ChannelRef, Subscription, SubscriptionStore } from './subscription-store.js';

/** What became of one scheduled digest. */
export type DeliveryOutcome =
  | { kind: 'sent'; storyIds: string[]; messageId?: string }
  | { kind: 'nothing-new' }
  | { kind: 'paused' }
  /** Another run (this process before a restart, or another process) already took this slot. */
  | { kind: 'slot-taken'; status: SlotRecord['status'] }
  | { kind: 'failed'; reason: Extract<DeliveryResult, { ok: false }>['reason']; message: string }
  /** The platform call threw: the digest may or may not have arrived, so it is not sent again. */
  | { kind: 'unknown'; message: string };

/** The record of one channel's scheduled slot, in the `deliveries` namespace. */
export interface SlotRecord {
  status: 'intent' | 'completed' | 'failed' | 'dropped';
  storyIds: string[];
  recordedAt: string;
  messageId?: string;
  error?: string;
}

/** Everything one delivery touches; `createDeliverDeps` wires it from the store. */
export interface DeliverDeps {
  kv: KeyValueStore;
  messenger: ChannelMessenger;
  subscriptions: SubscriptionStore;
  posted: PostedStories;
  build(channel: ChannelRef, since: Date, until: Date): Promise<Digest | null>;
  now: () => Date;
  logger: Logger;
  /**
   * How far behind the previous digest (or now, for the first) a digest looks. Stories are dated
   * by their articles' publication, often hours before a feed delivers them; the overlap this
   * gives is safe because stories already posted to the channel are left out.
   */
  lookbackMs: number;
}

/** Namespace of slot records (`slot:<platform>:<channel>:<minute>`). */
export const DELIVERIES = 'deliveries';

/** The slot key: one channel, one scheduled minute. */
export function slotKey(channel: ChannelRef, scheduledAt: Date): string {
  const minute = new Date(Math.floor(scheduledAt.getTime() / 60_000) * 60_000);
  return `slot:${channel.platform}:${channel.channelId}:${minute.toISOString()}`;
}

/**
 * Posts one scheduled digest at most once. The slot is claimed with an atomic set-if-absent and
 * its stories are reserved as posted *before* sending; completion is recorded after. A crash in
 * between leaves an `intent` that `recoverInterruptedDeliveries` drops (see there why). A
 * refused post (forbidden, not found) pauses the subscription and tells the workspace's admins.
 */
export async function deliverDigest(
  deps: DeliverDeps,
  subscription: Subscription,
  scheduledAt: Date,
): Promise<DeliveryOutcome> {
  if (subscription.paused) return { kind: 'paused' };
  const key = slotKey(subscription, scheduledAt);
  const existing = await deps.kv.get<SlotRecord>(DELIVERIES, key);
  if (existing) return { kind: 'slot-taken', status: existing.status };
  const now = deps.now();
  const previous = subscription.lastDigestAt ? Date.parse(subscription.lastDigestAt) : now.getTime();
  const since = new Date(Math.min(previous, now.getTime()) - deps.lookbackMs);
  const digest = await deps.build(subscription, since, now);
  if (digest === null) {
    // Empty because another process claimed this slot and reserved its stories while this one
    // was building: that is a taken slot (its claim precedes the reservation), not a quiet day.
    const claimed = await deps.kv.get<SlotRecord>(DELIVERIES, key);
    if (claimed) return { kind: 'slot-taken', status: claimed.status };
    await deps.subscriptions.markDigested(subscription, now);
    return { kind: 'nothing-new' };
  }
  const storyIds = digest.stories.map((story) => story.id);
  const intent: SlotRecord = { status: 'intent', storyIds, recordedAt: now.toISOString() };
  // Checked above, but another process may have claimed the slot while this one was building.
  if (!(await deps.kv.setIfAbsent(DELIVERIES, key, intent))) {
    const taken = await deps.kv.get<SlotRecord>(DELIVERIES, key);
    return { kind: 'slot-taken', status: taken?.status ?? 'intent' };
  }
  await deps.posted.add(subscription, storyIds);
  let result: DeliveryResult;
  try {
    result = await deps.messenger.post(subscription.channelId, digestReply(digest));
  } catch (error) {
    return dropUnknown(deps, subscription, key, intent, error);
  }
  return result.ok
    ? complete(deps, subscription, key, intent, result.messageId)
    : fail(deps, subscription, key, intent, result);
}

async function complete(
  deps: DeliverDeps,
  subscription: Subscription,
  key: string,
  intent: SlotRecord,
  messageId: string | undefined,
): Promise<DeliveryOutcome> {
  const record: SlotRecord = messageId
    ? { ...intent, status: 'completed', messageId }
    : { ...intent, status: 'completed' };
  await deps.kv.set(DELIVERIES, key, record);
  await deps.subscriptions.markDigested(subscription, deps.now());
  deps.logger.info('digest posted', { channel: subscription.channelId, stories: intent.storyIds.length });
  return messageId
    ? { kind: 'sent', storyIds: intent.storyIds, messageId }
    : { kind: 'sent', storyIds: intent.storyIds };
}

async function fail(
  deps: DeliverDeps,
  subscription: Subscription,
  key: string,
  intent: SlotRecord,
  result: Extract<DeliveryResult, { ok: false }>,
): Promise<DeliveryOutcome> {
  // The platform said no: nothing was posted, so the stories go into the next digest.
  await deps.posted.remove(subscription, intent.storyIds);
  await deps.kv.set(DELIVERIES, key, { ...intent, status: 'failed', error: result.message });
  deps.logger.warn('digest not delivered', { channel: subscription.channelId, reason: result.reason });
  if (result.reason === 'forbidden' || result.reason === 'not-found') {
    const why =
      result.reason === 'forbidden'
        ? 'the bot may not post in that channel'
        : 'the channel no longer exists or the bot cannot see it';
    await deps.subscriptions.pause(subscription, why);
    await deps.messenger.notifyAdmins(subscription.workspaceId, {
      title: 'Digest paused',
      text: pausedText(subscription, why, result.message),
      sections: [{ fields: [channelField(subscription.channelId)] }],
      ephemeral: true,
      tone: 'error',
    });
  }
  return { kind: 'failed', reason: result.reason, message: result.message };
}

/** What the admins read: what happened and, on their platform, the fix and the command that restores the schedule. */
function pausedText(subscription: Subscription, why: string, message: string): string {
  const again = commandHint(
    subscription.platform,
    ['schedule', 'set'],
    [
      { name: 'when', value: typedSchedule(subscription.cron) },
      { name: 'timezone', value: subscription.timezone },
    ],
  );
  return `Digests for the channel below are paused: ${why} (${message}). ${channelAccessFix(subscription.platform)}, then run ${again} in it to resume them.`;
}

/** A daily cron as the HH:MM a person typed (Slack shows `*` as a look-alike, which would not paste back). */
function typedSchedule(cron: string): string {
  const daily = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron);
  return daily ? `${daily[2]?.padStart(2, '0')}:${daily[1]?.padStart(2, '0')}` : cron;
}

/** Treated like a crash mid-send: dropped at once, its stories left reserved (at most once). */
async function dropUnknown(
  deps: DeliverDeps,
  subscription: Subscription,
  key: string,
  intent: SlotRecord,
  error: unknown,
): Promise<DeliveryOutcome> {
  const message = error instanceof Error ? error.message : String(error);
  await deps.kv.set(DELIVERIES, key, { ...intent, status: 'dropped', error: message });
  deps.logger.error('digest outcome unknown; dropped, not re-sent', {
    channel: subscription.channelId,
    error: message,
  });
  return { kind: 'unknown', message };
}
