import type { NormalizedItem } from '../articles/article.js';
import type { RelevanceVerdict } from '../ingest/ingest-ports.js';
import { createRelevanceMatcher, type RelevanceMatcher } from '../relevance/create-relevance-matcher.js';
import type { WorkspaceKeywords } from './workspace-keywords.js';

/** Ingest's relevance check, kept in step with the keywords admins add in any workspace. */
export interface UnionRelevance {
  relevance(item: NormalizedItem): RelevanceVerdict;
  /** Waits for a rebuild in progress (tests, and ingest right after a `watch add`). */
  settled(): Promise<void>;
  close(): void;
}

/**
 * A matcher over `keywords.union()`, rebuilt after every change, so `/watch add AUKUS` makes
 * items about AUKUS relevant from the next poll on (each channel's digest still keeps only
 * what its own workspace watches). Until a rebuild finishes the previous matcher answers.
 */
export async function createUnionRelevance(keywords: WorkspaceKeywords): Promise<UnionRelevance> {
  let matcher: RelevanceMatcher = createRelevanceMatcher(await keywords.union());
  let rebuilding = Promise.resolve();
  const stop = keywords.onChange(() => {
    rebuilding = rebuilding.then(async () => {
      matcher = createRelevanceMatcher(await keywords.union());
    });
  });
  return {
    relevance: (item) => matcher(item),
    settled: () => rebuilding,
    close: stop,
  };
}
