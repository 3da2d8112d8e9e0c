import type { RelevanceVerdict } from '../core/ingest/ingest-ports.js';
import type { ActorAliases } from '../core/relevance/actor-aliases.js';
import {
  createRelevanceMatcher,
  type RelevanceInput,
  type RelevanceMatcher,
} from '../core/relevance/create-relevance-matcher.js';
import type { WatchedKeywords } from '../core/relevance/relevance-schema.js';
import type { KeyValueStore } from '../core/store/key-value-store.js';

/** Where src/core/settings/workspace-keywords.ts keeps each workspace's list. */
const SETTINGS = 'settings';
const KEYWORDS_PREFIX = 'keywords:';

export interface WatchedRelevance {
  /** Relevant when any workspace watches it: the configured defaults or an admin's list. */
  match(item: RelevanceInput): RelevanceVerdict;
  /** Re-reads the workspaces' lists (before each feed, so a `/watch add` counts from the next poll). */
  refresh(): Promise<void>;
}

/**
 * Ingest relevance over every workspace's watched keywords. One store serves every workspace, so
 * an item is kept when any of them watches it; when none does, the defaults' verdict (and its
 * reason) is the one recorded.
 */
export async function createWatchedRelevance(
  kv: KeyValueStore,
  defaults: WatchedKeywords,
  aliases: ActorAliases,
): Promise<WatchedRelevance> {
  const base = createRelevanceMatcher(defaults, aliases);
  let extra: RelevanceMatcher[] = [];
  const refresh = async () => {
    const keys: string[] = [];
    for await (const key of kv.keys(SETTINGS, KEYWORDS_PREFIX)) keys.push(key);
    const lists = await kv.getMany<WatchedKeywords>(SETTINGS, keys);
    extra = lists.flatMap((list) => (list ? [createRelevanceMatcher(list, aliases)] : []));
  };
  await refresh();
  return {
    match: (item) => {
      const verdict = base(item);
      if (verdict.relevant) return verdict;
      for (const matcher of extra) {
        const other = matcher(item);
        if (other.relevant) return other;
      }
      return verdict;
    },
    refresh,
  };
}
