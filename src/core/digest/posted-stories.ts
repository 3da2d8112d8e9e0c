import type { KeyValueStore } from '../store/key-value-store.js';
import type { ChannelRef } from './subscription-store.js';

/** Which stories went to which channel, so none is posted to a channel twice. */
export interface PostedStories {
  /** The subset of `storyIds` already posted (or reserved for posting) to the channel. */
  posted(channel: ChannelRef, storyIds: readonly string[]): Promise<Set<string>>;
  add(channel: ChannelRef, storyIds: readonly string[]): Promise<void>;
  remove(channel: ChannelRef, storyIds: readonly string[]): Promise<void>;
}

const NAMESPACE = 'posted-stories';
// One key per channel and story rather than one growing list: a write never rewrites history.
const keyFor = (channel: ChannelRef, storyId: string) =>
  `posted:${channel.platform}:${channel.channelId}:${storyId}`;

/** Posted stories in their own namespace, one key per channel and story. */
export function createPostedStories(kv: KeyValueStore): PostedStories {
  return {
    posted: async (channel, storyIds) => {
      const found = await kv.getMany<string>(
        NAMESPACE,
        storyIds.map((id) => keyFor(channel, id)),
      );
      return new Set(storyIds.filter((_, index) => found[index] !== undefined));
    },
    add: async (channel, storyIds) => {
      const at = new Date().toISOString();
      for (const id of storyIds) await kv.set(NAMESPACE, keyFor(channel, id), at);
    },
    remove: async (channel, storyIds) => {
      for (const id of storyIds) await kv.delete(NAMESPACE, keyFor(channel, id));
    },
  };
}
