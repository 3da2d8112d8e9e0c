import type { KeyValueStore } from '../store/key-value-store.js';

/** Where a digest goes. */
export interface ChannelRef {
  platform: 'discord' | 'slack' | 'console';
  workspaceId: string;
  channelId: string;
}

/** One channel's digest schedule. */
export interface Subscription extends ChannelRef {
  /** Five-field cron expression, read in `timezone`. */
  cron: string;
  /** IANA timezone name. */
  timezone: string;
  paused: boolean;
  /** Why it was paused ("the bot lost access to the channel"), null when running. */
  pausedReason: string | null;
  /** UTC ISO of the last digest posted (or found empty); null before the first. */
  lastDigestAt: string | null;
}

/** Digest subscriptions, one per channel, kept in the store. */
export interface SubscriptionStore {
  get(channel: ChannelRef): Promise<Subscription | undefined>;
  list(): Promise<Subscription[]>;
  /** Creates or replaces the schedule; a paused subscription is resumed. */
  set(channel: ChannelRef, schedule: { cron: string; timezone: string }): Promise<Subscription>;
  remove(channel: ChannelRef): Promise<boolean>;
  pause(channel: ChannelRef, reason: string): Promise<void>;
  markDigested(channel: ChannelRef, at: Date): Promise<void>;
  /** Called after set/remove/pause in this process, so the scheduler can reload. */
  onChange(listener: () => void): () => void;
}

const NAMESPACE = 'subscriptions';
const keyFor = (channel: ChannelRef) => `${channel.platform}:${channel.channelId}`;

/** Subscriptions in namespace `subscriptions`, keyed `<platform>:<channelId>`. */
export function createSubscriptionStore(kv: KeyValueStore): SubscriptionStore {
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  const get = (channel: ChannelRef) => kv.get<Subscription>(NAMESPACE, keyFor(channel));
  // Compare-and-set (kv.update): a digest marked sent in one process never undoes a schedule
  // change an admin made in another at the same moment, nor the reverse.
  const update = async (channel: ChannelRef, patch: Partial<Subscription>) =>
    (await kv.update<Subscription>(
      NAMESPACE,
      keyFor(channel),
      (found) => found && { ...found, ...patch },
    )) !== undefined;
  return {
    get,
    list: async () => {
      const keys: string[] = [];
      for await (const key of kv.keys(NAMESPACE)) keys.push(key);
      const found = await kv.getMany<Subscription>(NAMESPACE, keys.sort());
      return found.filter((sub): sub is Subscription => sub !== undefined);
    },
    set: async (channel, schedule) => {
      const { platform, workspaceId, channelId } = channel;
      const subscription = (await kv.update<Subscription>(NAMESPACE, keyFor(channel), (previous) => ({
        platform,
        workspaceId,
        channelId,
        ...schedule,
        paused: false,
        pausedReason: null,
        lastDigestAt: previous?.lastDigestAt ?? null,
      }))) as Subscription;
      changed();
      return subscription;
    },
    remove: async (channel) => {
      const removed = await kv.delete(NAMESPACE, keyFor(channel));
      if (removed) changed();
      return removed;
    },
    pause: async (channel, reason) => {
      if (await update(channel, { paused: true, pausedReason: reason })) changed();
    },
    markDigested: async (channel, at) => {
      await update(channel, { lastDigestAt: at.toISOString() });
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
