import type { StoryReader } from '../src/core/digest/digest-ports.js';
import { UserError } from '../src/core/reply/user-error.js';
import type { Story } from '../src/core/stories/story.js';

const RECENT_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A story by its id, or the one whose title shares the most of the given words (newest on a
 * tie). Without words: the most covered story of the last seven days (or the newest one).
 */
export async function findStory(stories: StoryReader, query: string | undefined, now: Date): Promise<Story> {
  const text = query?.trim() ?? '';
  if (text !== '') {
    const byId = await stories.get(text);
    if (byId) return byId;
  }
  const all = await stories.all();
  if (all.length === 0)
    throw new UserError('no-stories', 'No stories yet: the feeds have not brought anything relevant.');
  if (text === '') return mostCovered(all, now);
  const words = wordsOf(text);
  let best: { story: Story; score: number } | undefined;
  for (const story of all) {
    const title = story.title.toLowerCase();
    const score = words.filter((word) => title.includes(word)).length;
    if (score > 0 && (best === undefined || score > best.score)) best = { story, score };
  }
  if (best === undefined) {
    throw new UserError('story-not-found', `No story matches "${text}". Try /search ${text} or fewer words.`);
  }
  return best.story;
}

function mostCovered(all: readonly Story[], now: Date): Story {
  const cutoff = new Date(now.getTime() - RECENT_MS).toISOString();
  const recent = all.filter((story) => story.lastSeen >= cutoff);
  const pool = recent.length > 0 ? recent : all.slice(0, 1);
  // `all` is newest first and sort is stable, so ties go to the newest.
  return [...pool].sort((a, b) => b.sources.length - a.sources.length)[0] as Story;
}

/** Lower-case words of two letters or more; Japanese text is kept whole. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,.;:!?"“”()]+/)
    .filter((word) => word.length >= 2);
}
