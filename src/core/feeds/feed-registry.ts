import type { KeyValueStore } from '../store/key-value-store.js';
import type { FeedSource } from './feed-source.js';

/** The feeds to poll: the configured ones plus those admins added, minus those they removed. */
export interface FeedRegistry {
  list(): Promise<FeedSource[]>;
  add(feed: FeedSource): Promise<'added' | 'exists'>;
  remove(url: string): Promise<'removed' | 'not-found'>;
}

/** Stored per URL in namespace `feeds`: an admin's addition, or the removal of a configured feed. */
type FeedEntry = { kind: 'added'; feed: FeedSource } | { kind: 'removed' };

const namespace = 'feeds';

/**
 * Admin changes are stored as entries over the configured list rather than as a copy of it, so a
 * feed added to the config file later still appears, and a configured feed an admin removed stays
 * removed across restarts.
 */
export function createFeedRegistry(kv: KeyValueStore, configured: readonly FeedSource[]): FeedRegistry {
  const entries = async () => {
    const urls: string[] = [];
    for await (const url of kv.keys(namespace)) urls.push(url);
    const values = await kv.getMany<FeedEntry>(namespace, urls);
    return new Map(urls.flatMap((url, index) => (values[index] ? [[url, values[index]] as const] : [])));
  };
  const list = async () => {
    const changes = await entries();
    const kept = configured.filter((feed) => changes.get(feed.url)?.kind !== 'removed');
    const known = new Set(kept.map((feed) => feed.url));
    const added = [...changes.values()].flatMap((entry) =>
      entry.kind === 'added' && !known.has(entry.feed.url) ? [entry.feed] : [],
    );
    return [...kept, ...added];
  };
  return {
    list,
    add: async (feed) => {
      if ((await list()).some((known) => known.url === feed.url)) return 'exists';
      await kv.set<FeedEntry>(namespace, feed.url, { kind: 'added', feed });
      return 'added';
    },
    remove: async (url) => {
      if (!(await list()).some((known) => known.url === url)) return 'not-found';
      if (configured.some((feed) => feed.url === url)) {
        await kv.set<FeedEntry>(namespace, url, { kind: 'removed' });
      } else {
        await kv.delete(namespace, url);
      }
      return 'removed';
    },
  };
}
