import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfigPath, loadConfig } from '../../../config/load-config.js';
import { createApp, type NewsbotApp } from '../../../src/app/create-app.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { pairwiseScores } from '../../../src/core/stories/pairwise-scores.js';
import { ingestLabelled } from '../../fixtures/stories/ingest-labelled.js';
import type { LabelledArticle } from '../../fixtures/stories/labelled-story-sets.js';

/**
 * Runs `work` on the app as `newsbot ingest` builds it from the shipped config (embedded SQLite
 * in a fresh temporary folder: the NLP entities, the config's keywords), then removes the folder.
 */
export async function withProductionApp<T>(work: (app: NewsbotApp) => Promise<T>): Promise<T> {
  const loaded = await loadConfig(defaultConfigPath());
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const dataDir = await mkdtemp(join(tmpdir(), 'newsbot-stories-'));
  const app = await createApp({
    config: loaded.config,
    dataDir,
    logger: silentLogger,
    allowPrivateAddresses: true,
  });
  try {
    return await work(app);
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Ingests a labelled set through the production pipeline and prints its pairwise scores and stories. */
export async function scoreOnProductionPath(name: string, articles: readonly LabelledArticle[]) {
  return withProductionApp(async (app) => {
    const scored = await ingestLabelled(app.pipeline, app.articles, articles);
    const scores = pairwiseScores(scored);
    console.log(
      `${name}: ${articles.length} articles, ${new Set(scored.map((item) => item.cluster)).size} stories; ` +
        `P ${scores.precision.toFixed(3)} R ${scores.recall.toFixed(3)} F1 ${scores.f1.toFixed(3)}`,
    );
    for (const cluster of new Set(scored.map((item) => item.cluster)))
      console.log(
        `  ${scored
          .filter((item) => item.cluster === cluster)
          .map((item) => `${item.key}[${item.label}]`)
          .join(', ')}`,
      );
    return scores;
  });
}
