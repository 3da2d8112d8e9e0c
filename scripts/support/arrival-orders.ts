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

/** Every order of `items`' distinct values (n! of them: for a handful of feeds only). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/**
 * Every order a few feeds can be ingested in (`newsbot ingest b.xml a.xml` reads them as given,
 * each feed's items by date), named by the feeds, and all items by date: what a result that must
 * not depend on the command line is checked against.
 */
export function everyFeedOrder(items: readonly StoryCandidate[]): Record<string, ArrivalOrder> {
  const feeds = [...new Set(items.map((item) => item.feed))].sort();
  const orders: Record<string, ArrivalOrder> = { 'by date': ARRIVAL_ORDERS['by date'] };
  for (const order of permutations(feeds)) {
    orders[`feeds ${order.join(', ')}`] = (all) =>
      [...all].sort(
        (a, b) => order.indexOf(a.feed) - order.indexOf(b.feed) || a.publishedAt.localeCompare(b.publishedAt),
      );
  }
  return orders;
}
