import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config/load-config.js';
import { createApp } from '../../../src/app/create-app.js';
import type { Article } from '../../../src/core/articles/article.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import type { Story } from '../../../src/core/stories/story.js';
import { serveFiles } from '../../cli/serve-files.js';
import { reportText, writeOverlappingFeeds } from './support/overlapping-feeds.js';
import { runIngestProcess } from './support/run-ingest-process.js';
import { type SharedStore, sharedStores } from './support/shared-stores.js';

const stores = sharedStores();
let dir: string;
let server: Awaited<ReturnType<typeof serveFiles>>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-two-'));
  server = await serveFiles(dir);
});
afterAll(async () => {
  await server.close();
  await Promise.all(stores.map((store) => store.drop()));
  await rm(dir, { recursive: true, force: true });
});

type Report = { ok: boolean; counts: { new: number; duplicate: number; notRelevant: number; seen: number } };

/** What the store holds after the run, read as the bot reads it. */
async function readBack(
  store: SharedStore,
  dataDir: string,
): Promise<{ articles: Article[]; stories: Story[] }> {
  const loaded = await loadConfig();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const app = await createApp({
    config: loaded.config,
    dataDir,
    storeUrl: store.storeUrl,
    logger: silentLogger,
  });
  try {
    const articles = await app.articles.all();
    const ids = [...new Set(articles.flatMap((article) => (article.storyId ? [article.storyId] : [])))];
    const stories = await Promise.all(
      ids.map(async (id) => (await app.stories.get(id)) ?? { id, missing: true }),
    );
    return { articles, stories: stories as Story[] };
  } finally {
    await app.close();
  }
}

describe.each(stores)(
  'two processes ingesting overlapping feeds and a mirror into one $name store',
  (store) => {
    it('store every report once, miss no copy, lose no story link and count exactly', async () => {
      // Links of their own: a Redis database is shared by every run, and keys follow the links.
      const run = randomUUID().slice(0, 8);
      const feeds = join(dir, run);
      await mkdir(feeds);
      await writeOverlappingFeeds(feeds, run);
      const dataDir = (n: number) => join(dir, store.sharedDataDir ? `data-${run}` : `data-${run}-${n}`);
      const wire = `${server.base}/${run}/wire.xml`;
      const mirror = `${server.base}/${run}/mirror.xml`;
      const options = store.storeUrl ? { storeUrl: store.storeUrl } : {};
      const first = runIngestProcess(dataDir(1), [wire, mirror], options);
      const second = runIngestProcess(dataDir(2), [mirror, wire], options);
      const reports = [...((await first.done) ?? []), ...((await second.done) ?? [])] as Report[];
      expect(reports.map((report) => report.ok)).toEqual([true, true, true, true]);
      const sum = (key: keyof Report['counts']) => reports.reduce((total, r) => total + r.counts[key], 0);
      // 120 items stored once each (90 originals, 30 copies); every second sighting is "seen".
      expect({ new: sum('new'), duplicate: sum('duplicate'), seen: sum('seen') }).toEqual({
        new: 90,
        duplicate: 30,
        seen: 120,
      });
      const { articles, stories } = await readBack(store, dataDir(1));
      expect(articles).toHaveLength(120);
      // Each report's text is stored once as an original; a mirrored one also once as its copy.
      const byText = new Map<string, { originals: number; copies: number }>();
      for (const article of articles) {
        const entry = byText.get(article.text) ?? { originals: 0, copies: 0 };
        if (article.duplicateOf === null) entry.originals += 1;
        else entry.copies += 1;
        byText.set(article.text, entry);
      }
      expect(byText.size).toBe(90);
      expect([...byText.values()].filter((entry) => entry.originals !== 1)).toEqual([]);
      expect([...byText.values()].filter((entry) => entry.copies === 1)).toHaveLength(30);
      expect(byText.get(reportText(45))).toEqual({ originals: 1, copies: 1 });
      const byId = new Map(articles.map((article) => [article.id, article]));
      expect(
        articles.filter((article) => article.duplicateOf !== null && !byId.has(article.duplicateOf)),
      ).toEqual([]);
      // Story links: every original is listed by its story, every copy is in its original's story,
      // and no story lists an article the store does not hold.
      const storyById = new Map(stories.map((story) => [story.id, story]));
      const originals = articles.filter((article) => article.duplicateOf === null);
      const lost = originals.filter(
        (article) => !storyById.get(article.storyId ?? '')?.articleIds.includes(article.id),
      );
      expect(lost.map((article) => article.id)).toEqual([]);
      const strayCopies = articles.filter(
        (article) =>
          article.duplicateOf !== null && article.storyId !== byId.get(article.duplicateOf)?.storyId,
      );
      expect(strayCopies.map((article) => article.id)).toEqual([]);
      const dangling = stories.flatMap((story) =>
        (story.articleIds ?? ['(story missing)']).filter((id) => !byId.has(id)),
      );
      expect(dangling).toEqual([]);
    }, 180_000);
  },
);
