import { join } from 'node:path';
import type { Archive } from './archive.js';
import { openPostgresArchive } from './open-postgres-archive.js';
import { openSqliteArchive } from './open-sqlite-archive.js';

/** The archive file's name in the data directory. */
export const ARCHIVE_FILE = 'newsbot-archive.sqlite';

/**
 * The archive the store URL implies (the same NEWSBOT_STORE_URL / store.url as the key-value
 * state):
 * - none: `newsbot-archive.sqlite` in the data directory;
 * - `sqlite://path`: the file beside it, `path` with `-archive` before its extension (the archive
 *   holds its write lock across an article's work: one file with keyv's table would deadlock);
 * - `redis://`: Redis holds settings and state only; the archive is SQLite in the data directory,
 *   so processes sharing a Redis must share the data directory to share articles;
 * - `postgres://`: tables on that server, in the URL's `?schema=` or `newsbot_archive`.
 */
export async function openArchive(options: { url?: string | undefined; dataDir: string }): Promise<Archive> {
  const url = options.url;
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgresArchive(url);
  if (url?.startsWith('sqlite://'))
    return openSqliteArchive(archiveFileBeside(url.slice('sqlite://'.length)));
  return openSqliteArchive(join(options.dataDir, ARCHIVE_FILE));
}

export function archiveFileBeside(file: string): string {
  if (file === ':memory:') return file;
  const dot = file.lastIndexOf('.');
  return dot > file.lastIndexOf('/') ? `${file.slice(0, dot)}-archive${file.slice(dot)}` : `${file}-archive`;
}
