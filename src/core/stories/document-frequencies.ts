import type { KeyValueStore } from '../store/key-value-store.js';
import type { StoryIndexStore } from './story-index-store.js';
import { type Rarity, rarityFrom } from './story-profile.js';
import type { StoryFeatures } from './story-terms.js';

const META = 'stories-meta';

/** The rarity of one article's terms for its scoring, and the counting of that article once assigned. */
export interface ArticleFrequencies extends Rarity {
  /** Counts the article: each distinct counted term and key once (see `StoryFeatures.counted`). */
  count(): Promise<void>;
}

/** How many articles carried each term and key: the IDF of story scoring (counts in `index`, the total in kv). */
export interface DocumentFrequencies {
  /** Reads the counts once for both scoring and counting the article. */
  forArticle(features: StoryFeatures, commonShare: number): Promise<ArticleFrequencies>;
  /** Reads the document count ahead (through a caching store, for the first article after a start). */
  warm(): Promise<void>;
}

export function createDocumentFrequencies(kv: KeyValueStore, index: StoryIndexStore): DocumentFrequencies {
  return {
    warm: async () => {
      await kv.get<number>(META, 'documents');
    },
    forArticle: async (features, commonShare) => {
      const terms = [...new Set([...features.terms.keys(), ...features.keys])];
      const [documents = 0, counts] = await Promise.all([
        kv.get<number>(META, 'documents'),
        index.termCounts(terms),
      ]);
      const frequencies = new Map(terms.map((term, i) => [term, counts[i] ?? 0]));
      const counted = [...new Set([...features.counted, ...features.keys])];
      return {
        ...rarityFrom(documents, frequencies, commonShare),
        count: async () => {
          await index.countTerms(
            counted,
            counted.map((term) => (frequencies.get(term) ?? 0) + 1),
          );
          await kv.set(META, 'documents', documents + 1);
        },
      };
    },
  };
}
