import type { AnalyseAndStore } from '../ingest/ingest-ports.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import type { ActorGazetteer } from './actor-gazetteer.js';
import { analyseArticle } from './analyse-article.js';
import type { ArticleAnalysis } from './article-analysis.js';

/** kv namespace of stored analyses, keyed by article id. */
export const ANALYSIS_NAMESPACE = 'analysis';

/** Analysis at ingest: analyses an article once and stores the result, so commands only read. */
export interface Analyser {
  analyseAndStore: AnalyseAndStore;
  /** The actors stored for an article by `analyseAndStore`. */
  storedEntities: (articleId: string) => Promise<string[] | undefined>;
}

/** Analysis at ingest over a store: `analyseAndStore` is what the ingest pipeline calls. */
export function createAnalyser(kv: KeyValueStore, gazetteer: ActorGazetteer): Analyser {
  return {
    analyseAndStore: async (article) => {
      const analysis = analyseArticle(article, gazetteer);
      await kv.set<ArticleAnalysis>(ANALYSIS_NAMESPACE, article.id, analysis);
      return { entities: analysis.entities };
    },
    storedEntities: async (articleId) =>
      (await kv.get<ArticleAnalysis>(ANALYSIS_NAMESPACE, articleId))?.entities,
  };
}

/** The ingest pipeline's analysis ports (`IngestDeps`) of an analyser. */
export const analysisOf = (analyser: Analyser) => ({
  analyse: analyser.analyseAndStore,
  storedEntities: analyser.storedEntities,
});
