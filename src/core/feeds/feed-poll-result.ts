/** What ingesting one fetched feed did: counts per item outcome. */
export interface FeedIngestSummary {
  items: number;
  new: number;
  duplicate: number;
  notRelevant: number;
  seen: number;
}

/** One feed's result from a poll. `nextDueAt` is null while the feed is paused. */
export type FeedPollResult =
  | { feed: string; status: 'ok'; summary: FeedIngestSummary; nextDueAt: string }
  | { feed: string; status: 'not-modified'; nextDueAt: string }
  | {
      feed: string;
      status: 'failed';
      error: string;
      consecutiveFailures: number;
      paused: boolean;
      nextDueAt: string | null;
    }
  | { feed: string; status: 'paused'; since: string; error: string | null };

/** What admins hear about: failures, a feed being paused, a feed working again. */
export type FeedEvent =
  | {
      type: 'feed-failed';
      feed: string;
      at: string;
      error: string;
      consecutiveFailures: number;
      nextDueAt: string;
    }
  | { type: 'feed-paused'; feed: string; at: string; error: string; consecutiveFailures: number }
  | { type: 'feed-recovered'; feed: string; at: string; afterFailures: number };

/** Time as the poller sees it; tests pass a fake one. */
export interface PollerClock {
  now(): Date;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock. */
export const systemClock: PollerClock = {
  now: () => new Date(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
