import { ANALYSIS_NAMESPACE } from '../nlp/create-analyser.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import { MERGED_NAMESPACE } from '../stories/merge-stories.js';
import { STORIES_NAMESPACE } from '../stories/story-store.js';

/**
 * Key-value namespaces whose records belong to the archive: analyses and everything the story
 * assigner keeps (stories, their profiles, the key-term index, document frequencies, the recent
 * list, the pointers of re-linked stories; the names are those of src/core/stories). They are read and rewritten for every new
 * article, so they live in the archive's `archive_values` table: written inside the article's
 * transaction (a crash cannot leave a story listing an article that was never stored) and as plain
 * JSON through prepared statements, not keyv's serializer on another connection.
 */
export const ARCHIVE_NAMESPACES: readonly string[] = [
  ANALYSIS_NAMESPACE,
  STORIES_NAMESPACE,
  'stories-profile',
  // Rows of `story_keys` and `story_terms` in the archive (Archive.storyIndex): listed so that
  // records an older keyv holds are adopted (migrate-kv-values.ts converts them).
  'stories-keys',
  'stories-df',
  'stories-meta',
  'stories-recent',
  MERGED_NAMESPACE,
];

/**
 * One key-value port for the whole app: the archive's namespaces go to `archiveValues`, every
 * other (settings, feed state, subscriptions, deliveries, locks) to `kv` (keyv). Closing it
 * closes `kv`; the archive closes itself.
 */
export function withArchiveNamespaces(kv: KeyValueStore, archiveValues: KeyValueStore): KeyValueStore {
  const inArchive = new Set(ARCHIVE_NAMESPACES);
  const storeOf = (namespace: string) => (inArchive.has(namespace) ? archiveValues : kv);
  return {
    get: (namespace, key) => storeOf(namespace).get(namespace, key),
    getMany: (namespace, keys) => storeOf(namespace).getMany(namespace, keys),
    set: (namespace, key, value) => storeOf(namespace).set(namespace, key, value),
    delete: (namespace, key) => storeOf(namespace).delete(namespace, key),
    setIfAbsent: (namespace, key, value) => storeOf(namespace).setIfAbsent(namespace, key, value),
    update: (namespace, key, change) => storeOf(namespace).update(namespace, key, change),
    keys: (namespace, prefix) => storeOf(namespace).keys(namespace, prefix),
    close: () => kv.close(),
  };
}
