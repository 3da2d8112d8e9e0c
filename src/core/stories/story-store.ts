import type { KeyValueStore } from '../store/key-value-store.js';
import type { Story } from './story.js';

/** Namespace of story records, shared by the assigner (writes) and the store (reads). */
export const STORIES_NAMESPACE = 'stories';

/** Read access to stories for commands and digests. */
export interface StoryStore {
  get(id: string): Promise<Story | undefined>;
  /** Every story, most recently active (latest lastSeen) first. */
  all(): Promise<Story[]>;
}

export function createStoryStore(kv: KeyValueStore): StoryStore {
  return {
    get: (id) => kv.get<Story>(STORIES_NAMESPACE, id),
    all: async () => {
      const ids: string[] = [];
      for await (const id of kv.keys(STORIES_NAMESPACE)) ids.push(id);
      const stories = (await kv.getMany<Story>(STORIES_NAMESPACE, ids)).filter(
        (story): story is Story => story !== undefined,
      );
      return stories.sort((a, b) => b.lastSeen.localeCompare(a.lastSeen) || a.id.localeCompare(b.id));
    },
  };
}
