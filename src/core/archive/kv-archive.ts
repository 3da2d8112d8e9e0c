import { createDedupIndex } from '../dedup/dedup-index.js';
import { createArticleStore } from '../store/article-store.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import type { Archive } from './archive.js';

const NOTES = 'archive-notes';

/**
 * The archive as keys of the key-value store, as it was before the archive had tables: the
 * in-memory one of unit tests, and the source migrate-kv-articles.ts copies from. No
 * transactions: writes are issued one after another.
 */
export function createKvArchive(kv: KeyValueStore): Archive {
  const articles = createArticleStore(kv);
  return {
    kind: 'key-value',
    articles,
    dedupIndex: (settings) => createDedupIndex(kv, settings),
    transactional: false,
    transaction: (work) => work(),
    // No item index here: the pipeline's "already stored" check by canonical URL does the work.
    knownItems: async () => new Set(),
    readNote: (key) => kv.get<string>(NOTES, key),
    writeNote: (key, value) => kv.set(NOTES, key, value),
    close: async () => {},
  };
}
