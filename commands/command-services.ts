import type { Digest } from '../src/core/digest/digest.js';
import type { PositionsReader, StoryReader } from '../src/core/digest/digest-ports.js';
import type { ChannelRef, SubscriptionStore } from '../src/core/digest/subscription-store.js';
import type { Explanation } from '../src/core/explain/explain-item.js';
import type { RelevanceMatcher } from '../src/core/relevance/create-relevance-matcher.js';
import type { WatchedKeywords } from '../src/core/relevance/relevance-schema.js';
import type { CronValidator } from '../src/core/settings/parse-schedule.js';
import type { WorkspaceKeywords } from '../src/core/settings/workspace-keywords.js';
import type { ArticleStore } from '../src/core/store/article-store.js';

/** A followed feed as `/feeds list` shows it. */
export interface FeedEntry {
  url: string;
  name?: string;
}

/** One feed's health, as `/feeds status` shows it. */
export interface FeedStatus {
  url: string;
  name?: string;
  consecutiveFailures: number;
  lastError: string | null;
  lastSuccessAt: string | null;
  pausedAt: string | null;
  nextDueAt: string | null;
}

/** What one fetch of a feed found, before it is added. */
export type FeedPreview =
  | { ok: true; title: string; itemCount: number; relevantCount: number; examples: string[] }
  | { ok: false; error: string };

/** The followed feeds (config + admin additions) and their state. */
export interface FeedAdmin {
  list(): Promise<FeedEntry[]>;
  add(feed: FeedEntry): Promise<'added' | 'exists'>;
  remove(url: string): Promise<'removed' | 'not-found'>;
  status(): Promise<FeedStatus[]>;
  /** Polls a feed paused after failures again from its next slot. */
  resume(url: string): Promise<'resumed' | 'not-paused'>;
  /** Fetches and reads the feed once: a title, counts and two example titles, or why it failed. */
  preview(url: string): Promise<FeedPreview>;
}

/**
 * Everything commands may use, and the one place that says so. Owned by the commands work;
 * `createCommandServices` builds the real one from the store and the other modules' factories.
 * Adapters never look inside: they pass it through to `runCommand`.
 */
export interface CommandServices {
  articles: Pick<
    ArticleStore,
    'get' | 'getMany' | 'all' | 'inStory' | 'firstSeenSince' | 'withUrl' | 'search' | 'storiesMatching'
  >;
  stories: StoryReader;
  positions: PositionsReader;
  /** The actors `positions` accepts (japan, nato, france, us, china by default). */
  actorKeys: readonly string[];
  keywords: WorkspaceKeywords;
  /** A relevance check for a keyword list, for `watch add`'s dry run. */
  relevanceFor(watched: WatchedKeywords): RelevanceMatcher;
  feeds: FeedAdmin;
  schedules: SubscriptionStore;
  /** node-cron's check, handed in by main.ts (commands do not import node-cron). */
  validateCron: CronValidator;
  /** The timezone `schedule set` uses when none is given. */
  defaultTimezone: string;
  digests: { build(channel: ChannelRef, since: Date, until: Date): Promise<Digest | null> };
  explain(url: string): Promise<Explanation>;
}
