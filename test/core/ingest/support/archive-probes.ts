import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { ARCHIVE_FILE } from '../../../../src/core/archive/open-archive.js';
import { deleteRedisPrefix } from './shared-stores.js';

/**
 * One backend the kill test runs on: a fresh store per run (`storeUrl(run)`, none for the
 * embedded SQLite), a way to count rows in that run's archive, and cleanup of every run's store.
 */
export interface KillTarget {
  name: string;
  storeUrl(run: number): string | undefined;
  /** `field` of an article's JSON body as the dialect reads it (a boolean field cast). */
  field(name: string, boolean?: boolean): string;
  /** The search index's row id column. */
  searchRow: string;
  /** FROM items giving one row per (story, listed article): `story_key` and `member_id`. */
  storyMembers: string;
  /** Runs `SELECT count(*) AS n ...` on one run's archive. */
  count(dataDir: string, run: number, sql: string): Promise<number>;
  drop(): Promise<void>;
}

const sqliteCount: KillTarget['count'] = async (dataDir, _run, sql) => {
  const db = new Database(join(dataDir, ARCHIVE_FILE), { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
};
const sqliteField = (name: string) => `json_extract(body, '$.${name}')`;

/** SQLite always; PostgreSQL and Redis when their test servers are there (`. /tmp/services.sh`, CI). */
export function killTargets(): KillTarget[] {
  const tag = randomUUID().replaceAll('-', '').slice(0, 12);
  const postgresUrl = process.env.NEWSBOT_TEST_POSTGRES_URL;
  const redisUrl = process.env.NEWSBOT_TEST_REDIS_URL;
  const sqlite: KillTarget = {
    name: 'SQLite',
    storeUrl: () => undefined,
    field: sqliteField,
    searchRow: 'rowid',
    storyMembers: `(SELECT v.key AS story_key, m.value AS member_id
                    FROM archive_values v, json_each(v.value, '$.articleIds') m WHERE v.namespace = 'stories')`,
    count: sqliteCount,
    drop: async () => {},
  };
  return [
    sqlite,
    ...(postgresUrl ? [postgresTarget(postgresUrl, `killed_${tag}`)] : []),
    // Redis holds state only: the archive is the SQLite file in the run's data directory.
    ...(redisUrl
      ? [
          {
            ...sqlite,
            name: 'Redis',
            storeUrl: (run: number) => `${redisUrl}/4?prefix=killed-${tag}-${run}:`,
            drop: () => deleteRedisPrefix(`${redisUrl}/4`, `killed-${tag}-`),
          },
        ]
      : []),
  ];
}

/** A schema per run on the shared server, all dropped after. */
function postgresTarget(base: string, prefix: string): KillTarget {
  const schema = (run: number) => `${prefix}_${run < 0 ? 'm' : ''}${Math.abs(run)}`;
  const used = new Set<number>();
  const withClient = async <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'PostgreSQL',
    storeUrl: (run) => {
      used.add(run);
      const url = new URL(base);
      url.searchParams.set('schema', schema(run));
      return url.toString();
    },
    field: (name, boolean) => `(body::jsonb ->> '${name}')${boolean ? '::boolean' : ''}`,
    searchRow: 'seq',
    storyMembers: `(SELECT v.key AS story_key, m.id AS member_id
                    FROM archive_values v, jsonb_array_elements_text(v.value::jsonb -> 'articleIds') AS m (id)
                    WHERE v.namespace = 'stories') AS members`,
    count: (_dataDir, run, sql) =>
      withClient(async (client) => {
        await client.query(`SET search_path TO ${schema(run)}`);
        return Number((await client.query<{ n: string }>(sql)).rows[0]?.n);
      }),
    drop: () =>
      withClient(async (client) => {
        for (const run of used) await client.query(`DROP SCHEMA IF EXISTS ${schema(run)} CASCADE`);
      }),
  };
}
