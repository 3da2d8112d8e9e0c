import type { PositionsReport, TopicPositionsReport } from '../positions/positions-report.js';
import type { Story } from '../stories/story.js';

/** Reading stories (src/core/stories' store): `all()` is newest `lastSeen` first. */
export interface StoryReader {
  get(id: string): Promise<Story | undefined>;
  /** Several stories in one read, newest first (missing ones left out). */
  getMany?(ids: readonly string[]): Promise<Story[]>;
  all(): Promise<Story[]>;
  /** The `limit` most recently active stories, newest first (cheaper than `all`). */
  recent?(limit: number): Promise<Story[]>;
}

/** Reading positions (src/core/positions): null when the story is unknown. */
export interface PositionsReader {
  positionsFor(storyId: string, actors?: readonly string[]): Promise<PositionsReport | null>;
  /** The reports of stories already read, in their order (one read of all their analyses). */
  positionsOfStories(stories: readonly Story[], actors?: readonly string[]): Promise<PositionsReport[]>;
  /** Each actor over every stored article matching the words (see src/core/positions). */
  positionsOnTopic(
    topic: string,
    actors: readonly string[] | undefined,
    now: Date,
  ): Promise<TopicPositionsReport>;
}
