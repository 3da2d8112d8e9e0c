import type { KeyValueStore } from '../store/key-value-store.js';
import { survivorOf } from './merge-stories.js';
import { createRecentStories } from './recent-stories.js';
import type { Story } from './story.js';

/** Namespace of story records, shared by the assigner (writes) and the store (reads). */
export const STORIES_NAMESPACE = 'stories';

/** Read access to stories for commands and digests. */
export interface StoryStore {
  get(id: string): Promise<Story | undefined>;
  /** The stories of `ids` found, newest first, in one read (a digest's window, say). */
  getMany(ids: readonly string[]): Promise<Story[]>;
  /** Every story, most recently active (latest lastSeen) first. */
  all(): Promise<Story[]>;
  /** The `limit` most recently active stories, newest first, without reading every story. */
  recent(limit: number): Promise<Story[]>;
}

/**
 * `recentIds`: the archive's `ArticleStore.recentStories`, when the stories are assigned on an
 * archive (which then keeps no list of its own); else the list the assigner keeps in `kv`.
 */
export function createStoryStore(
  kv: KeyValueStore,
  recentIds: (limit: number) => Promise<string[] | null> = createRecentStories(kv).ids,
): StoryStore {
  const read = async (ids: readonly string[]) =>
    (await kv.getMany<Story>(STORIES_NAMESPACE, ids))
      .filter((story): story is Story => story !== undefined)
      .sort((a, b) => b.lastSeen.localeCompare(a.lastSeen) || a.id.localeCompare(b.id));
  const all = async () => {
    const ids: string[] = [];
    for await (const id of kv.keys(STORIES_NAMESPACE)) ids.push(id);
    return read(ids);
  };
  return {
    // A story merged into another answers with the one that absorbed it (links in old digests).
    get: async (id) => kv.get<Story>(STORIES_NAMESPACE, await survivorOf(kv, id)),
    getMany: read,
    all,
    recent: async (limit) => {
      const ids = await recentIds(limit);
      // A store written before the index existed has none: read everything once.
      return ids === null ? (await all()).slice(0, limit) : read(ids);
    },
  };
}
