import { randomUUID } from 'node:crypto';
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
    // Keys of every run meet in one Redis database: runs keep apart by their items' unique links.
    ...(redisUrl
      ? [{ name: 'Redis', storeUrl: `${redisUrl}/4`, sharedDataDir: true, drop: async () => {} }]
      : []),
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
