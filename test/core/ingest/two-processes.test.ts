import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_FILE } from '../../../src/core/archive/open-archive.js';
import { openSqliteArchive } from '../../../src/core/archive/open-sqlite-archive.js';
import { serveFiles } from '../../cli/serve-files.js';
import { reportText, writeOverlappingFeeds } from './support/overlapping-feeds.js';
import { runIngestProcess } from './support/run-ingest-process.js';

let dir: string;
let server: Awaited<ReturnType<typeof serveFiles>>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-two-'));
  await writeOverlappingFeeds(dir);
  server = await serveFiles(dir);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

type Report = { ok: boolean; counts: { new: number; duplicate: number; notRelevant: number; seen: number } };

describe('two processes ingesting overlapping feeds and a mirror into one SQLite store', () => {
  it('store every report once, miss no copy and count exactly', async () => {
    const dataDir = join(dir, 'data');
    const wire = `${server.base}/wire.xml`;
    const mirror = `${server.base}/mirror.xml`;
    const first = runIngestProcess(dataDir, [wire, mirror]);
    const second = runIngestProcess(dataDir, [mirror, wire]);
    const reports = [...((await first.done) ?? []), ...((await second.done) ?? [])] as Report[];
    expect(reports.map((report) => report.ok)).toEqual([true, true, true, true]);
    const sum = (key: keyof Report['counts']) => reports.reduce((total, r) => total + r.counts[key], 0);
    // 120 items stored once each (90 originals, 30 copies); every second sighting is "seen".
    expect({ new: sum('new'), duplicate: sum('duplicate'), seen: sum('seen') }).toEqual({
      new: 90,
      duplicate: 30,
      seen: 120,
    });
    const archive = openSqliteArchive(join(dataDir, ARCHIVE_FILE));
    const stored = await archive.articles.all();
    await archive.close();
    expect(stored).toHaveLength(120);
    // Each report's text is stored once as an original; a mirrored one also once as its copy.
    const byText = new Map<string, { originals: number; copies: number }>();
    for (const article of stored) {
      const entry = byText.get(article.text) ?? { originals: 0, copies: 0 };
      if (article.duplicateOf === null) entry.originals += 1;
      else entry.copies += 1;
      byText.set(article.text, entry);
    }
    expect(byText.size).toBe(90);
    expect([...byText.values()].filter((entry) => entry.originals !== 1)).toEqual([]);
    expect([...byText.values()].filter((entry) => entry.copies === 1)).toHaveLength(30);
    expect(byText.get(reportText(45))).toEqual({ originals: 1, copies: 1 });
    const ids = new Set(stored.map((article) => article.id));
    expect(stored.filter((article) => article.duplicateOf !== null && !ids.has(article.duplicateOf))).toEqual(
      [],
    );
  }, 120_000);
});
