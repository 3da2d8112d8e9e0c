import type { DedupIndex } from '../dedup/dedup-index.js';
import type { DedupOptions } from '../dedup/dedup-options.js';
import type { ArticleStore } from '../store/article-store.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import type { StoryIndexStore } from '../stories/story-index-store.js';

/**
 * The archive: articles and their search index, the duplicate index, and transactions that make
 * a batch of articles' writes all-or-nothing. Embedded SQLite tables by default (open-sqlite-archive.ts),
 * PostgreSQL tables for shared deployments (open-postgres-archive.ts).
 */
export interface Archive {
  /** Which implementation this is, for the start-up banner and the logs. */
  kind: 'sqlite' | 'postgres';
  articles: ArticleStore;
  /** The duplicate index for these dedup settings, in the archive's storage. */
  dedupIndex(settings: DedupOptions): DedupIndex;
  /**
   * Records kept by namespace and key in the archive (stories and analyses: archive-namespaces.ts),
   * inside the open transaction when there is one. Its `close` does nothing: close the archive.
   */
  values: KeyValueStore;
  /**
   * The story assigner's document frequencies and candidate index as rows, inside the open
   * transaction when there is one. `adoptValues` moves such records found in `values` (adopted
   * from an older keyv store) into them.
   */
  storyIndex: StoryIndexStore & { adoptValues(): Promise<void> };
  /**
   * Runs `work` holding the archive's write lock and commits what it wrote, or nothing if it
   * throws. Calls are serialized in this process; other processes wait for the lock, so a check
   * made inside sees every copy committed before.
   */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Of `items` (one feed's), those already stored with this GUID (or link) and content hash:
   * one indexed lookup per batch, made before the items are normalized.
   */
  knownItems(feed: string, items: readonly { itemKey: string; contentHash: string }[]): Promise<Set<string>>;
  /**
   * Has the database gather its table statistics again (SQLite `ANALYZE` and `PRAGMA optimize`,
   * PostgreSQL `ANALYZE` of the archive's tables), after a bulk load such as a key-value migration:
   * until then the planner picks indexes without knowing the tables' sizes, and autovacuum may
   * not analyse a table for hours.
   */
  refreshStatistics(): Promise<void>;
  /** Whether any article is stored (an empty archive adopts no older records: migrate-kv-values.ts). */
  hasArticles(): Promise<boolean>;
  /** A note the archive keeps about itself (a one-time migration done, say). */
  readNote(key: string): Promise<string | undefined>;
  writeNote(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}
