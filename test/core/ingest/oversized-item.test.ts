import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_FILE } from '../../../src/core/archive/open-archive.js';
import { openSqliteArchive } from '../../../src/core/archive/open-sqlite-archive.js';
import { serveFiles } from '../../cli/serve-files.js';
import { compileApp } from './support/compile-app.js';
import { feedWith, oversizedBody } from './support/oversized-feed.js';
import { runIngestProcess } from './support/run-ingest-process.js';

/**
 * The bound for ingesting one 4.5 MB item. Time is measured by bench:oversized, which also
 * measures text with curly quotes (two bytes a character in memory): that one is over the bound.
 */
const MAX_PEAK_RSS_MB = 250;
const ITEM_BYTES = 4_500_000;
/** A word that occurs once, near the end of the huge item: past what is analysed, but stored. */
const TAIL_WORD = 'Zanzibarite';

let dir: string;
let server: Awaited<ReturnType<typeof serveFiles>>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-oversized-'));
  const body = `${oversizedBody(ITEM_BYTES, 1, false)}<p>The ${TAIL_WORD} delegation left.</p>`;
  const ordinary = [oversizedBody(3_000, 5), oversizedBody(3_000, 6)];
  await writeFile(join(dir, 'ordinary.xml'), feedWith('Ordinary', 'https://ordinary.example/r', ordinary));
  await writeFile(join(dir, 'huge.xml'), feedWith('Huge', 'https://huge.example/r', [body]));
  server = await serveFiles(dir);
  await compileApp(join(dir, 'app'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a 4.5 MB feed item of ASCII text (under the 5 MB fetch cap)', () => {
  it(`is ingested whole, after ordinary items, by a bot process that stays under ${MAX_PEAK_RSS_MB} MB resident`, async () => {
    const dataDir = join(dir, 'data');
    const feeds = [`${server.base}/ordinary.xml`, `${server.base}/huge.xml`];
    const ingest = runIngestProcess(dataDir, feeds, { compiledRoot: join(dir, 'app') });
    const reports = (await ingest.done) as { ok: boolean; counts: { new: number } }[];
    expect(reports).toMatchObject([
      { ok: true, counts: { new: 2 } },
      { ok: true, counts: { new: 1 } },
    ]);
    const archive = openSqliteArchive(join(dataDir, ARCHIVE_FILE));
    try {
      const stored = (await archive.articles.all()).find((article) => article.feed.endsWith('/huge.xml'));
      // The whole text is kept and searchable, though only its opening is analysed.
      expect(stored?.text.length).toBeGreaterThan(ITEM_BYTES * 0.95);
      expect(stored?.text.endsWith(`The ${TAIL_WORD} delegation left.`)).toBe(true);
      const found = await archive.articles.search([TAIL_WORD], {
        since: new Date(0),
        until: new Date('2100-01-01'),
        limit: 5,
        countLimit: 5,
      });
      expect(found.articles.map((article) => article.id)).toEqual([stored?.id]);
      expect(stored?.storyId).not.toBeNull();
    } finally {
      await archive.close();
    }
    const peak = await ingest.peakRssMb;
    console.log('PEAK', peak);
    expect(peak).toBeLessThan(MAX_PEAK_RSS_MB);
  }, 120_000);
});
