import { createDedupIndex } from '../dedup/dedup-index.js';
import { createArticleStore } from '../store/article-store.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import type { Archive } from './archive.js';

const NOTES = 'archive-notes';

/**
 * The archive as keys of the key-value store: the shared PostgreSQL path until the archive has
 * tables there (docs/decisions/0004-store.md), and the in-memory one of unit tests. No
 * transactions: writes are issued one after another, as before the tables existed.
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
