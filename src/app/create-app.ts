import type { CommandServices } from '../../commands/command-services.js';
import { createCommandServices } from '../../commands/create-command-services.js';
import type { NewsbotConfig } from '../../config/load-config.js';
import type { Archive } from '../core/archive/archive.js';
import { withArchiveNamespaces } from '../core/archive/archive-namespaces.js';
import { migrateKvArticles } from '../core/archive/migrate-kv-articles.js';
import { migrateKvValues } from '../core/archive/migrate-kv-values.js';
import { openArchive } from '../core/archive/open-archive.js';
import { createDuplicateFinderOn } from '../core/dedup/create-duplicate-finder.js';
import { createSubscriptionStore, type SubscriptionStore } from '../core/digest/subscription-store.js';
import { createFeedRegistry, type FeedRegistry } from '../core/feeds/feed-registry.js';
import { createFeedStateStore, type FeedStateStore } from '../core/feeds/feed-state-store.js';
import type { FetchFeedOptions } from '../core/feeds/fetch-feed.js';
import { createIngestPipeline, type IngestPipeline } from '../core/ingest/create-ingest-pipeline.js';
import type { Logger } from '../core/logging/logger.js';
import { analysisOf, createAnalyser } from '../core/nlp/create-analyser.js';
import { createPositionsService, type PositionsService } from '../core/positions/build-positions.js';
import { actorAliasesFrom } from '../core/relevance/actor-aliases.js';
import type { ArticleStore } from '../core/store/article-store.js';
import type { KeyValueStore } from '../core/store/key-value-store.js';
import { openStore } from '../core/store/open-store.js';
import { createStoryAssigner } from '../core/stories/create-story-assigner.js';
import { createStoryStore, type StoryStore } from '../core/stories/story-store.js';
import { validateCron } from '../scheduler/validate-cron.js';
import { createFeedIngester, type FeedIngester } from './ingest-feed.js';
import { createWatchedRelevance } from './watched-relevance.js';

/** Everything the CLI and the platforms use, built once from the config (the composition root). */
export interface NewsbotApp {
  config: NewsbotConfig;
  kv: KeyValueStore;
  archive: Archive;
  articles: ArticleStore;
  stories: StoryStore;
  positions: PositionsService;
  pipeline: IngestPipeline;
  feeds: FeedIngester;
  registry: FeedRegistry;
  feedState: FeedStateStore;
  fetchOptions: FetchFeedOptions;
  subscriptions: SubscriptionStore;
  services: CommandServices;
  logger: Logger;
  now: () => Date;
  close(): Promise<void>;
}

export interface CreateAppOptions {
  config: NewsbotConfig;
  dataDir: string;
  /** NEWSBOT_STORE_URL wins over the file's store.url (it may carry credentials). */
  storeUrl?: string | undefined;
  logger: Logger;
  now?: () => Date;
  /** Tests and the demo read feeds on loopback or from files. */
  allowPrivateAddresses?: boolean;
}

export async function createApp(options: CreateAppOptions): Promise<NewsbotApp> {
  const { config, logger } = options;
  const now = options.now ?? (() => new Date());
  const storeUrl = options.storeUrl ?? config.store.url;
  const keyv = await openStore({ url: storeUrl, dataDir: options.dataDir });
  const archive = await openArchiveOrClose(keyv, storeUrl, options.dataDir);
  // Stories and analyses are archive records; everything else stays in keyv.
  const kv = withArchiveNamespaces(keyv, archive.values);
  const articles = archive.articles;
  const stories = createStoryStore(kv, archive.articles.recentStories);
  const relevance = await createWatchedRelevance(kv, config.keywords, actorAliasesFrom(config.actors));
  const pipeline = createIngestPipeline({
    articles,
    relevance: relevance.match,
    duplicates: createDuplicateFinderOn(archive.dedupIndex),
    stories: createStoryAssigner({
      values: kv,
      storyIndex: archive.storyIndex,
      recentStories: archive.articles.recentStories,
    }),
    ...analysisOf(createAnalyser(kv, config.actors)),
    now,
    logger,
    transaction: archive.transaction,
  });
  const fetchOptions = fetchOptionsFrom(config, options.allowPrivateAddresses);
  const positions = createPositionsService({ kv, articles, stories, gazetteer: config.actors });
  const registry = createFeedRegistry(kv, config.feeds);
  const feedState = createFeedStateStore(kv);
  const subscriptions = createSubscriptionStore(kv);
  const services = createCommandServices({
    kv,
    articles,
    gazetteer: config.actors,
    defaultKeywords: config.keywords,
    configuredFeeds: config.feeds,
    fetchOptions,
    validateCron,
    defaultTimezone: config.digest.defaultTimezone,
    maxDigestStories: config.digest.maxStories,
    subscriptions,
    now,
  });
  return {
    ...{ config, kv, archive, articles, stories, positions, pipeline, registry, feedState, fetchOptions },
    feeds: createFeedIngester({ pipeline, fetchOptions, now, beforeIngest: relevance.refresh, archive }),
    subscriptions,
    services,
    logger,
    now,
    close: async () => {
      await archive.close();
      await kv.close();
    },
  };
}

/** The archive beside the store; an existing key-value archive is copied in once. */
async function openArchiveOrClose(kv: KeyValueStore, url: string | undefined, dataDir: string) {
  try {
    const archive = await openArchive({ url, dataDir });
    const copied = (await migrateKvArticles(kv, archive)) + (await migrateKvValues(kv, archive));
    // A bulk load leaves the planner without statistics until autovacuum (or nothing, on SQLite).
    if (copied > 0) await archive.refreshStatistics();
    return archive;
  } catch (error) {
    await kv.close();
    throw error;
  }
}

function fetchOptionsFrom(config: NewsbotConfig, allowPrivateAddresses?: boolean): FetchFeedOptions {
  return {
    timeoutMs: config.fetch.timeoutSeconds * 1000,
    maxBytes: config.fetch.maxBytes,
    maxRedirects: config.fetch.maxRedirects,
    userAgent: config.fetch.userAgent,
    allowPrivateAddresses: allowPrivateAddresses ?? config.fetch.allowPrivateAddresses,
  };
}
