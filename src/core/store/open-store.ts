import { join } from 'node:path';
import type { KeyValueStore } from './key-value-store.js';
import { openPostgresStore } from './open-postgres-store.js';
import { openRedisStore } from './open-redis-store.js';
import { openSqliteStore } from './open-sqlite-store.js';

/** Infrastructure failure opening the configured store; `cause` holds the driver's error. */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
}

/**
 * Opens the store the config names: no URL means the embedded SQLite file in the data directory;
 * `postgres://` and `redis://` URLs are the shared backends.
 */
export async function openStore(options: {
  url?: string | undefined;
  dataDir: string;
}): Promise<KeyValueStore> {
  const url = options.url;
  try {
    if (!url) return await openSqliteStore(join(options.dataDir, 'newsbot.sqlite'));
    if (url.startsWith('sqlite://')) return await openSqliteStore(url.slice('sqlite://'.length));
    if (/^postgres(ql)?:\/\//.test(url)) return await openPostgresStore(url);
    if (/^rediss?:\/\//.test(url)) return await openRedisStore(url);
  } catch (error) {
    throw new StoreOpenError(`cannot open the store ${redact(url ?? options.dataDir)}: ${describe(error)}`, {
      cause: error,
    });
  }
  throw new StoreOpenError(`store.url ${redact(url)}: expected sqlite://, postgres:// or redis://`);
}

/** Store URLs may carry passwords: never print them. */
function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
