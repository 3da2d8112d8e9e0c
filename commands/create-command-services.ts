import { buildDigest } from '../src/core/digest/build-digest.js';
import type { PositionsReader, StoryReader } from '../src/core/digest/digest-ports.js';
import { createSubscriptionStore, type SubscriptionStore } from '../src/core/digest/subscription-store.js';
import { explainItem } from '../src/core/explain/explain-item.js';
import { createRelevanceMatcher } from '../src/core/relevance/create-relevance-matcher.js';
import type { WatchedKeywords } from '../src/core/relevance/relevance-schema.js';
import type { CronValidator } from '../src/core/settings/parse-schedule.js';
import { createWorkspaceKeywords } from '../src/core/settings/workspace-keywords.js';
import { createArticleStore } from '../src/core/store/article-store.js';
import type { KeyValueStore } from '../src/core/store/key-value-store.js';
import type { CommandServices, FeedAdmin } from './command-services.js';

/** What the real services are built from: the store, and what the other modules' factories made. */
export interface CommandServicesDeps {
  kv: KeyValueStore;
  /** `createStoryStore(kv)` from src/core/stories. */
  stories: StoryReader;
  /** `createPositionsService(...)` from src/core/positions. */
  positions: PositionsReader;
  /** `listActorKeys(gazetteer)` from src/core/nlp. */
  actorKeys: readonly string[];
  /** The configured keywords: every workspace starts from them. */
  defaultKeywords: WatchedKeywords;
  feeds: FeedAdmin;
  /** `validateCron` from src/scheduler (node-cron's check). */
  validateCron: CronValidator;
  defaultTimezone: string;
  maxDigestStories: number;
  /** Pass the scheduler's store so schedule changes reach it; built from kv otherwise. */
  subscriptions?: SubscriptionStore;
}

/** The real `CommandServices`; main.ts and the end-to-end tests call this. */
export function createCommandServices(deps: CommandServicesDeps): CommandServices {
  const articles = createArticleStore(deps.kv);
  const digestDeps = {
    stories: deps.stories,
    articles,
    positions: deps.positions,
    maxStories: deps.maxDigestStories,
  };
  return {
    articles,
    stories: deps.stories,
    positions: deps.positions,
    actorKeys: deps.actorKeys,
    keywords: createWorkspaceKeywords(deps.kv, deps.defaultKeywords),
    relevanceFor: createRelevanceMatcher,
    feeds: deps.feeds,
    schedules: deps.subscriptions ?? createSubscriptionStore(deps.kv),
    validateCron: deps.validateCron,
    defaultTimezone: deps.defaultTimezone,
    // On demand a digest shows everything in the window, posted before or not: it answers a person.
    digests: { build: (_channel, since, until) => buildDigest(digestDeps, { since, until }) },
    explain: (url) => explainItem({ articles, stories: deps.stories }, url),
  };
}
