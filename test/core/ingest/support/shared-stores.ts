import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
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
  /** Empties what an earlier run left behind, before this run uses the store. */
  reset?(): Promise<void>;
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

/**
 * A Redis database of its own for this test process (5 to 15, by process id), emptied before and
 * after: the reports' texts are the same in every run, so a story indexed by an earlier run would
 * pull this run's articles into it and list articles this run's archive does not hold.
 */
function redisStore(base: string): SharedStore {
  const url = `${base}/${5 + (process.pid % 11)}`;
  const flush = async () => {
    const client = createClient({ url });
    await client.connect();
    try {
      await client.flushDb();
    } finally {
      await client.quit();
    }
  };
  return { name: 'Redis', storeUrl: url, sharedDataDir: true, reset: flush, drop: flush };
}
