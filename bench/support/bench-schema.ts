import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** A fresh schema on a PostgreSQL server for one benchmark run: its store URL, and its removal. */
export function benchSchema(serverUrl: string): { url: string; drop: () => Promise<void> } {
  const schema = `newsbot_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const url = new URL(serverUrl);
  url.searchParams.set('schema', schema);
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}
