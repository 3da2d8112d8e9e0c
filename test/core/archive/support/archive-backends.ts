import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Archive } from '../../../../src/core/archive/archive.js';
import { openPostgresArchive } from '../../../../src/core/archive/open-postgres-archive.js';
import { openSqliteArchive } from '../../../../src/core/archive/open-sqlite-archive.js';
import type { KeyValueStore } from '../../../../src/core/store/key-value-store.js';
import { openStore } from '../../../../src/core/store/open-store.js';

/** One test's archive location: a temp directory, or a fresh schema on the test server. */
export interface ArchivePlace {
  /** Opens the archive there (again: a second process's view of the same archive). */
  open(): Promise<Archive>;
  /** The key-value store of the same backend and place (an older archive lived there). */
  openKv(): Promise<KeyValueStore>;
  /** Marks the archive as written by a schema version newer than the code's. */
  bumpSchemaVersion(): Promise<void>;
  /**
   * Runs `statements` on the closed archive and marks it at schema `version`: an older archive,
   * as the code of that version left it.
   */
  rewind(statements: string, version: number): Promise<void>;
  /** How many columns or indexes of `table` the database holds planner statistics for. */
  statisticsOf(table: string): Promise<number>;
  drop(): Promise<void>;
}

export interface ArchiveBackend {
  name: string;
  /**
   * Whether two archives opened in one process can wait on each other's transactions. Not on
   * SQLite, whose lock wait blocks the event loop; two processes share it in
   * test/core/ingest/two-processes.test.ts.
   */
  concurrentInOneProcess: boolean;
  place(): Promise<ArchivePlace>;
}

const sqlite: ArchiveBackend = {
  name: 'SQLite',
  concurrentInOneProcess: false,
  place: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbot-archive-'));
    const file = join(dir, 'archive.sqlite');
    return {
      open: async () => openSqliteArchive(file),
      openKv: () => openStore({ dataDir: dir }),
      bumpSchemaVersion: async () => {
        const raw = new Database(file);
        raw.pragma(`user_version = ${(raw.pragma('user_version', { simple: true }) as number) + 1}`);
        raw.close();
      },
      rewind: async (statements, version) => {
        const raw = new Database(file);
        raw.exec(statements);
        raw.pragma(`user_version = ${version}`);
        raw.close();
      },
      statisticsOf: async (table) => {
        const raw = new Database(file, { readonly: true });
        try {
          const analysed = raw.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'").get();
          if (!analysed) return 0;
          return raw.prepare('SELECT count(*) FROM sqlite_stat1 WHERE tbl = ?').pluck().get(table) as number;
        } finally {
          raw.close();
        }
      },
      drop: () => rm(dir, { recursive: true, force: true }),
    };
  },
};

/** Each place is its own schema (`?schema=`), so parallel test files and runs never meet. */
const postgres = (base: string): ArchiveBackend => ({
  name: 'PostgreSQL',
  concurrentInOneProcess: true,
  place: async () => {
    const schema = `newsbot_test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
    const url = new URL(base);
    url.searchParams.set('schema', schema);
    const admin = async (statement: string, values: unknown[] = []) => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try {
        return (await client.query(statement, values)).rows;
      } finally {
        await client.end();
      }
    };
    return {
      open: () => openPostgresArchive(url.toString()),
      openKv: () => openStore({ url: url.toString(), dataDir: '/nonexistent' }),
      bumpSchemaVersion: async () => {
        await admin(`UPDATE ${schema}.schema_version SET version = version + 1`);
      },
      rewind: async (statements, version) => {
        await admin(
          `SET search_path TO ${schema}; ${statements}; UPDATE schema_version SET version = ${version}`,
        );
      },
      statisticsOf: async (table) => {
        const [row] = await admin(
          'SELECT count(*)::int AS n FROM pg_stats WHERE schemaname = $1 AND tablename = $2',
          [schema, table],
        );
        return (row as { n: number }).n;
      },
      drop: async () => {
        await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      },
    };
  },
});

/**
 * The backends the archive tests run on: SQLite always, PostgreSQL when the test server's URL is
 * set (`. /tmp/services.sh` locally; CI's .ci/start-services.sh starts one).
 */
export const archiveBackends: ArchiveBackend[] = [
  sqlite,
  ...(process.env.NEWSBOT_TEST_POSTGRES_URL ? [postgres(process.env.NEWSBOT_TEST_POSTGRES_URL)] : []),
];
