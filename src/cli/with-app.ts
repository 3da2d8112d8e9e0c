import { resolve } from 'node:path';
import { defaultConfigPath, loadConfig, type NewsbotConfig } from '../../config/load-config.js';
import type { NewsbotApp } from '../app/create-app.js';
import { createJsonLogger, type LogLevel } from '../core/logging/logger.js';
import { CliError, type CliOutput } from './cli-output.js';

/** The options every command accepts (commander's global options). */
export interface GlobalOptions {
  data: string;
  config?: string;
  logLevel?: LogLevel;
}

/** Loads and validates the config; every problem is listed and the command fails. */
export async function loadConfigOrFail(options: GlobalOptions): Promise<NewsbotConfig> {
  const path = resolve(options.config ?? defaultConfigPath());
  const result = await loadConfig(path);
  if (result.ok) return result.config;
  const lines = result.problems.map((problem) => `  - ${problem}`).join('\n');
  throw new CliError(`The configuration in ${path} has ${result.problems.length} problem(s):\n${lines}`, 2);
}

/**
 * Runs `work` with the app built from the config and the data directory, and always closes the
 * store, so a failing command never leaves the SQLite file locked.
 */
export async function withApp<T>(
  options: GlobalOptions,
  output: CliOutput,
  work: (app: NewsbotApp) => Promise<T>,
  extra: { allowPrivateAddresses?: boolean; config?: NewsbotConfig } = {},
): Promise<T> {
  const config = extra.config ?? (await loadConfigOrFail(options));
  const logger = createJsonLogger((line) => output.err(line), options.logLevel ?? 'warn');
  // Loaded on demand: the NLP model and the store drivers are not needed by --help or check-config.
  const { createApp } = await import('../app/create-app.js');
  const app = await createApp({
    config,
    dataDir: resolve(options.data),
    storeUrl: process.env.NEWSBOT_STORE_URL,
    logger,
    ...(extra.allowPrivateAddresses === undefined
      ? {}
      : { allowPrivateAddresses: extra.allowPrivateAddresses }),
  });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
