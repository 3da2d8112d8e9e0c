import type { Logger } from '../logging/logger.js';
import type { ActorAliases } from '../relevance/actor-aliases.js';
import { createRelevanceMatcher } from '../relevance/create-relevance-matcher.js';
import type { WorkspaceKeywords } from '../settings/workspace-keywords.js';
import { type ArticleStore, createArticleStore } from '../store/article-store.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import { buildDigest } from './build-digest.js';
import type { ChannelMessenger } from './channel-messenger.js';
import type { DeliverDeps } from './deliver-digest.js';
import type { PositionsReader, StoryReader } from './digest-ports.js';
import { createPostedStories } from './posted-stories.js';
import type { SubscriptionStore } from './subscription-store.js';

const DAY_MS = 86_400_000;

/**
 * What `deliverDigest` needs, wired from the store: scheduled digests leave out the stories
 * already posted to the channel (on-demand ones, built by the commands, do not).
 */
export function createDeliverDeps(options: {
  kv: KeyValueStore;
  /** The archive's articles; the key-value store's when not given. */
  articles?: ArticleStore;
  messenger: ChannelMessenger;
  subscriptions: SubscriptionStore;
  stories: StoryReader;
  positions: PositionsReader;
  maxStories: number;
  /** Each workspace's watched keywords: a channel gets only the stories they match. */
  keywords: Pick<WorkspaceKeywords, 'list'>;
  /** The followed actors' other names for their keywords (actor-aliases.ts); none when not given. */
  aliases?: ActorAliases;
  now: () => Date;
  logger: Logger;
}): DeliverDeps {
  const posted = createPostedStories(options.kv);
  const digestDeps = {
    stories: options.stories,
    articles: options.articles ?? createArticleStore(options.kv),
    positions: options.positions,
    maxStories: options.maxStories,
  };
  return {
    kv: options.kv,
    messenger: options.messenger,
    subscriptions: options.subscriptions,
    posted,
    build: async (channel, since, until) =>
      buildDigest(digestDeps, {
        since,
        until,
        alreadyPosted: (ids) => posted.posted(channel, ids),
        relevance: createRelevanceMatcher(await options.keywords.list(channel.workspaceId), options.aliases),
      }),
    now: options.now,
    logger: options.logger,
    lookbackMs: DAY_MS,
  };
}
