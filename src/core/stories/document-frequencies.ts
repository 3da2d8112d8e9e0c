import type { KeyValueStore } from '../store/key-value-store.js';
import { isCommonKey } from './concept-terms.js';
import { type Idf, idfFrom } from './story-profile.js';
import type { StoryFeatures } from './story-terms.js';

const FREQUENCIES = 'stories-df';
const META = 'stories-meta';

/** The IDF for one article's scoring, and the counting of that article once it is assigned. */
export interface ArticleFrequencies {
  /** IDF over the article's terms and keys (the only ones its scoring needs). */
  idf: Idf;
  /** Counts the article: each distinct counted term and key once (see `StoryFeatures.counted`). */
  count(): Promise<void>;
}

/** How many articles carried each term and key: the IDF of story scoring, kept in kv. */
export interface DocumentFrequencies {
  /** Reads the counts once for both scoring and counting the article. */
  forArticle(features: StoryFeatures): Promise<ArticleFrequencies>;
}

export function createDocumentFrequencies(kv: KeyValueStore): DocumentFrequencies {
  return {
    forArticle: async (features) => {
      const terms = [...new Set([...features.terms.keys(), ...features.keys])];
      const [documents = 0, counts] = await Promise.all([
        kv.get<number>(META, 'documents'),
        kv.getMany<number>(FREQUENCIES, terms),
      ]);
      const frequencies = new Map(terms.map((term, i) => [term, counts[i] ?? 0]));
      const counted = [...new Set([...features.counted, ...features.keys])];
      return {
        idf: idfFrom(documents, frequencies, isCommonKey),
        count: async () => {
          await Promise.all(
            counted.map((term) => kv.set(FREQUENCIES, term, (frequencies.get(term) ?? 0) + 1)),
          );
          await kv.set(META, 'documents', documents + 1);
        },
      };
    },
  };
}
