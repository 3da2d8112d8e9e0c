import { randomUUID } from 'node:crypto';
import { createClient } from '@keyv/redis';
import pg from 'pg';

/**
 * A store the ingest processes share, as a bot deployment would: `storeUrl` for every process
 * (none: the SQLite files of the data directory) and whether they share one data directory.
 */
export interface SharedStore {
  name: string;
  storeUrl?: string;
  /** Redis holds state only; processes share the archive through a common data directory. */
  sharedDataDir: boolean;
  drop(): Promise<void>;
}

/** The embedded store always; PostgreSQL and Redis when the test servers are there (`. /tmp/services.sh`, CI). */
export function sharedStores(): SharedStore[] {
  const postgresUrl = process.env.NEWSBOT_TEST_POSTGRES_URL;
  const redisUrl = process.env.NEWSBOT_TEST_REDIS_URL;
  return [
    { name: 'SQLite', sharedDataDir: true, drop: async () => {} },
    ...(postgresUrl ? [postgresStore(postgresUrl)] : []),
    ...(redisUrl ? [redisStore(redisUrl)] : []),
  ];
}

/**
 * Keys of their own (`?prefix=`), deleted after: runs meet in one Redis database, and a report's
 * text joins the story an earlier (or parallel) run filed it under, listing that run's articles.
 */
function redisStore(base: string): SharedStore {
  const prefix = `ingest-test-${randomUUID().slice(0, 8)}:`;
  return {
    name: 'Redis',
    storeUrl: `${base}/4?prefix=${prefix}`,
    sharedDataDir: true,
    drop: () => deleteRedisPrefix(`${base}/4`, prefix),
  };
}

/** Deletes every key starting with `prefix` (a test run's) from the Redis database at `url`. */
export async function deleteRedisPrefix(url: string, prefix: string): Promise<void> {
  const client = createClient({ url });
  await client.connect();
  try {
    for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
      const keys = Array.isArray(batch) ? batch : [batch];
      if (keys.length > 0) await client.del(keys);
    }
  } finally {
    await client.quit();
  }
}

/** A schema of its own (`?schema=`), dropped after, so parallel runs never meet. */
function postgresStore(base: string): SharedStore {
  const schema = `ingest_test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  return {
    name: 'PostgreSQL',
    storeUrl: url.toString(),
    sharedDataDir: false,
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
