import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { QuoteRecord } from '../../src/core/quotes/list-quotes.js';
import { runCli } from './run-cli.js';

const demoFeeds = fileURLToPath(new URL('../../demo/feeds/', import.meta.url));
const feedFiles = ['pacific-wire.xml', 'capital-ledger.xml', 'tokyo-daily-ja.xml'].map((f) =>
  join(demoFeeds, f),
);

type QuoteJson = QuoteRecord;

interface StoredArticle {
  id: string;
  url: string;
  storyId: string | null;
  title: string;
}

// Each run starts the CLI from source as a separate process: slow on a busy machine, not flaky.
vi.setConfig({ testTimeout: 90_000 });

let dir: string;
const data = () => ['--data', join(dir, 'data')];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-quotes-'));
  const ingest = await runCli([...data(), 'ingest', ...feedFiles]);
  expect(ingest.code).toBe(0);
}, 90_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('newsbot quotes', () => {
  it('lists every direct quote as JSON, each an exact substring of its stored article', async () => {
    const run = await runCli([...data(), 'quotes', '--json']);
    expect(run.code).toBe(0);
    const quotes = JSON.parse(run.stdout) as QuoteJson[];
    expect(quotes.length).toBeGreaterThan(5);
    const texts = await articleTexts();
    for (const quote of quotes) {
      expect(Object.keys(quote)).toEqual(['articleId', 'url', 'text', 'speaker', 'speakerTitle', 'actor']);
      expect(texts.get(quote.articleId)).toContain(quote.text);
    }
    expect(quotes).toContainEqual(
      expect.objectContaining({ text: 'Ukraine must prevail,', speaker: 'Jens Stoltenberg', actor: 'nato' }),
    );
  });

  it('limits the list to one article by its link, or to one story', async () => {
    const articles = JSON.parse((await runCli([...data(), 'articles', '--json'])).stdout) as StoredArticle[];
    const macron = articles.find((article) => article.url.includes('macron-objects'));
    const byArticle = JSON.parse(
      (await runCli([...data(), 'quotes', '--article', macron?.url ?? '', '--json'])).stdout,
    ) as QuoteJson[];
    expect(byArticle.map((quote) => [quote.speaker, quote.actor])).toEqual([['Emmanuel Macron', 'france']]);
    const office = articles.find((article) => article.title.includes("Japan's envoy"));
    const run = await runCli([...data(), 'quotes', '--story', office?.storyId ?? '', '--json']);
    const byStory = JSON.parse(run.stdout) as QuoteJson[];
    const inStory = new Set(articles.filter((a) => a.storyId === office?.storyId).map((a) => a.id));
    expect(byStory.length).toBeGreaterThan(0);
    for (const quote of byStory) expect(inStory.has(quote.articleId)).toBe(true);
  });

  it('prints quotes for a person without --json', async () => {
    const run = await runCli([...data(), 'quotes']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('“Ukraine must prevail,” — Jens Stoltenberg, Secretary General [nato]');
  });

  it('says clearly when the article or the story is unknown', async () => {
    const article = await runCli([...data(), 'quotes', '--article', 'https://nowhere.example/x']);
    expect(article.code).toBe(1);
    expect(article.stderr).toContain('No stored article has the link https://nowhere.example/x');
    const story = await runCli([...data(), 'quotes', '--story', 's_missing']);
    expect(story.code).toBe(1);
    expect(story.stderr).toContain('No story s_missing');
  });
});

/** Each stored article's text, read through the archive the CLI uses. */
async function articleTexts(): Promise<Map<string, string>> {
  const { createApp } = await import('../../src/app/create-app.js');
  const { defaultConfigPath, loadConfig } = await import('../../config/load-config.js');
  const { silentLogger } = await import('../../src/core/logging/logger.js');
  const loaded = await loadConfig(defaultConfigPath());
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const app = await createApp({ config: loaded.config, dataDir: join(dir, 'data'), logger: silentLogger });
  try {
    return new Map((await app.articles.all()).map((article) => [article.id, article.text]));
  } finally {
    await app.close();
  }
}
