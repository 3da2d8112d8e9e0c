import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfigPath, loadConfig, type NewsbotConfig } from '../../config/load-config.js';
import { createApp, type NewsbotApp } from '../../src/app/create-app.js';
import { silentLogger } from '../../src/core/logging/logger.js';
import type { WatchedKeywords } from '../../src/core/relevance/relevance-schema.js';

/** The shipped config, with the watched keywords replaced when a corpus brings its own. */
export async function evalConfig(keywords?: WatchedKeywords): Promise<NewsbotConfig> {
  const loaded = await loadConfig(defaultConfigPath());
  if (!loaded.ok) throw new Error(`config: ${loaded.problems.join('; ')}`);
  return keywords ? { ...loaded.config, keywords } : loaded.config;
}

/**
 * Runs `work` against the app exactly as `newsbot ingest` builds it (embedded SQLite in a fresh
 * temporary data folder), then removes the folder.
 */
export async function withScratchApp<T>(
  config: NewsbotConfig,
  work: (app: NewsbotApp) => Promise<T>,
): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), 'newsbot-eval-'));
  const app = await createApp({ config, dataDir, logger: silentLogger, allowPrivateAddresses: true });
  try {
    return await work(app);
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
