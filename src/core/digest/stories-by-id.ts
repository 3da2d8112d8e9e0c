import type { Story } from '../stories/story.js';
import type { StoryReader } from './digest-ports.js';

/** The stories of `ids` that exist, newest first: in one read where the reader can. */
export async function storiesById(stories: StoryReader, ids: readonly string[]): Promise<Story[]> {
  if (stories.getMany) return stories.getMany(ids);
  const found = await Promise.all(ids.map((id) => stories.get(id)));
  return found
    .filter((story): story is Story => story !== undefined)
    .sort((a, b) => b.lastSeen.localeCompare(a.lastSeen));
}
