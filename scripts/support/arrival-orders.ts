import { createHash } from 'node:crypto';
import type { StoryCandidate } from './story-candidates.js';

const hashOf = (id: string) => createHash('sha256').update(id).digest('hex');

/** An order in which a corpus's items reach the assigner. */
export type ArrivalOrder = (items: readonly StoryCandidate[]) => StoryCandidate[];

/**
 * Orders the items of a corpus can arrive in: feed by feed (as `newsbot ingest feeds/*.xml` gives
 * them: feed files by name, each feed's items by date; a backlog), all items by publication date
 * (a bot polling every feed as the news breaks) and a fixed pseudo-random order.
 */
export const ARRIVAL_ORDERS = {
  'feed by feed': (items) =>
    [...items].sort((a, b) => a.feed.localeCompare(b.feed) || a.publishedAt.localeCompare(b.publishedAt)),
  'by date': (items) =>
    [...items].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id)),
  shuffled: (items) => [...items].sort((a, b) => hashOf(a.id).localeCompare(hashOf(b.id))),
} satisfies Record<string, ArrivalOrder>;
