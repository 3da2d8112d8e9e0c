import { buildDigest } from '../src/core/digest/build-digest.js';
import { createSubscriptionStore, type SubscriptionStore } from '../src/core/digest/subscription-store.js';
import { explainItem } from '../src/core/explain/explain-item.js';
import { createFeedRegistry } from '../src/core/feeds/feed-registry.js';
import type { FeedSource } from '../src/core/feeds/feed-source.js';
import { createFeedStateStore } from '../src/core/feeds/feed-state-store.js';
import { type FetchFeedOptions, fetchFeed } from '../src/core/feeds/fetch-feed.js';
import { type ActorGazetteer, listActorKeys } from '../src/core/nlp/actor-gazetteer.js';
import { createPositionsService } from '../src/core/positions/build-positions.js';
import { actorAliasesFrom } from '../src/core/relevance/actor-aliases.js';
import { createRelevanceMatcher } from '../src/core/relevance/create-relevance-matcher.js';
import type { WatchedKeywords } from '../src/core/relevance/relevance-schema.js';
import type { CronValidator } from '../src/core/settings/parse-schedule.js';
import { createWorkspaceKeywords } from '../src/core/settings/workspace-keywords.js';
import { type ArticleStore, createArticleStore } from '../src/core/store/article-store.js';
import type { KeyValueStore } from '../src/core/store/key-value-store.js';
import { createStoryStore } from '../src/core/stories/story-store.js';
import type { CommandServices } from './command-services.js';
import { createFeedAdmin } from './create-feed-admin.js';
import { previewFeed } from './preview-feed.js';

/** What the real services are built from: the store and the validated configuration. */
export interface CommandServicesDeps {
  kv: KeyValueStore;
  /** The archive's articles (src/core/archive); the key-value store's when not given. */
  articles?: ArticleStore;
  gazetteer: ActorGazetteer;
  /** The configured keywords: every workspace starts from them; `feeds add` previews with them. */
  defaultKeywords: WatchedKeywords;
  configuredFeeds: readonly FeedSource[];
  /** The poller's fetch limits and address policy, used by `feeds add` to fetch once. */
  fetchOptions: FetchFeedOptions;
  /** `validateCron` from src/scheduler (node-cron's check). */
  validateCron: CronValidator;
  defaultTimezone: string;
  maxDigestStories: number;
  /** Pass the scheduler's store so schedule changes reach it; built from kv otherwise. */
  subscriptions?: SubscriptionStore;
  now?: () => Date;
}

/** The real `CommandServices`; main.ts and the end-to-end tests call this. */
export function createCommandServices(deps: CommandServicesDeps): CommandServices {
  const { kv } = deps;
  const now = deps.now ?? (() => new Date());
  const articles = deps.articles ?? createArticleStore(kv);
  const stories = createStoryStore(kv, articles.recentStories);
  const positions = createPositionsService({ kv, articles, stories, gazetteer: deps.gazetteer });
  const fetchText = async (url: string) => {
    const outcome = await fetchFeed(url, deps.fetchOptions);
    if (outcome.kind !== 'fetched') throw new Error('the server answered "not modified" to a first request');
    return outcome.body;
  };
  const aliases = actorAliasesFrom(deps.gazetteer);
  const relevanceFor = (watched: WatchedKeywords) => createRelevanceMatcher(watched, aliases);
  const relevance = relevanceFor(deps.defaultKeywords);
  const feeds = createFeedAdmin(
    createFeedRegistry(kv, deps.configuredFeeds),
    createFeedStateStore(kv),
    (url) => previewFeed({ fetchText, relevance, now }, url),
    now,
  );
  const digestDeps = { stories, articles, positions, maxStories: deps.maxDigestStories };
  const keywords = createWorkspaceKeywords(kv, deps.defaultKeywords);
  return {
    articles,
    stories,
    positions,
    actorKeys: listActorKeys(deps.gazetteer),
    keywords,
    relevanceFor,
    feeds,
    schedules: deps.subscriptions ?? createSubscriptionStore(kv),
    validateCron: deps.validateCron,
    defaultTimezone: deps.defaultTimezone,
    // On demand a digest shows everything in the window, posted before or not: it answers a person.
    digests: {
      build: async (channel, since, until) =>
        buildDigest(digestDeps, {
          since,
          until,
          relevance: relevanceFor(await keywords.list(channel.workspaceId)),
        }),
    },
    explain: (url) => explainItem({ articles, stories }, url),
  };
}
