import type { KeyValueStore } from '../store/key-value-store.js';
import { isCommonKey } from './concept-terms.js';
import { type Idf, idfFrom } from './story-profile.js';
import type { StoryFeatures } from './story-terms.js';

const FREQUENCIES = 'stories-df';
const META = 'stories-meta';

/** How many articles carried each term and key: the IDF of story scoring, kept in kv. */
export interface DocumentFrequencies {
  /** The IDF over the article's own terms and keys (the only ones its scoring needs). */
  idfFor(features: StoryFeatures): Promise<Idf>;
  /** Counts one more article: each distinct term and key once. */
  count(features: StoryFeatures): Promise<void>;
}

export function createDocumentFrequencies(kv: KeyValueStore): DocumentFrequencies {
  const read = async (terms: string[]) => {
    const [documents, counts] = await Promise.all([
      kv.get<number>(META, 'documents'),
      kv.getMany<number>(FREQUENCIES, terms),
    ]);
    return { documents: documents ?? 0, counts: counts.map((count) => count ?? 0) };
  };
  return {
    idfFor: async (features) => {
      const terms = [...features.terms.keys(), ...features.keys];
      const { documents, counts } = await read(terms);
      return idfFrom(documents, new Map(terms.map((term, i) => [term, counts[i] ?? 0])), isCommonKey);
    },
    count: async (features) => {
      const terms = [...new Set([...features.terms.keys(), ...features.keys])];
      const { documents, counts } = await read(terms);
      await Promise.all(terms.map((term, i) => kv.set(FREQUENCIES, term, (counts[i] ?? 0) + 1)));
      await kv.set(META, 'documents', documents + 1);
    },
  };
}
