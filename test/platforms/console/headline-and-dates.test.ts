import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config/load-config.js';
import { createApp, type NewsbotApp } from '../../../src/app/create-app.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { runConsole } from './run-console.js';

const NOW = new Date();
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toUTCString();

/** One item as a feed prints it. */
const rss = (items: { title: string; link: string; at: string; text: string }[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title><link>https://harbour.example/</link>
${items.map((item) => `<item><title>${item.title}</title><link>${item.link}</link><guid>${item.link}</guid><pubDate>${item.at}</pubDate><description>${item.text}</description></item>`).join('\n')}
</channel></rss>`;

// Arrival order differs from publication order: the story starts with the later report.
const LATER = {
  title: 'NATO ministers agree on a liaison office in Tokyo',
  link: 'https://harbour.example/later',
  at: hoursAgo(2),
  text: 'NATO defence ministers agreed on Thursday to open a liaison office in Tokyo, officials said. The office would coordinate with Japan.',
};
const EARLIER = {
  title: 'NATO ministers to discuss liaison office in Tokyo',
  link: 'https://harbour.example/earlier',
  at: hoursAgo(20),
  text: 'NATO defence ministers will discuss opening a liaison office in Tokyo on Thursday, officials said. Japan welcomed the talks.',
};
const OLD = {
  title: 'NATO liaison office archive piece from long ago',
  link: 'https://harbour.example/old',
  at: new Date('2023-05-10T02:00:00Z').toUTCString(),
  text: 'An old report on a NATO liaison office in Tokyo, delivered by the feed only today.',
};

let app: NewsbotApp;
let dir: string;
const ask = (line: string) => runConsole(app.services, [line], { now: NOW });

beforeAll(async () => {
  const loaded = await loadConfig();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  dir = await mkdtemp(join(tmpdir(), 'newsbot-headline-'));
  app = await createApp({ config: loaded.config, dataDir: dir, logger: silentLogger, now: () => NOW });
  for (const item of [LATER, EARLIER, OLD]) {
    await app.feeds.ingestXml({ url: 'https://harbour.example/feed.xml' }, rss([item]));
  }
}, 30_000);

afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("a story's headline and link name the same article", () => {
  it('groups both reports into one story started by the later one (the premise of this test)', async () => {
    const story = await ask('/story ministers liaison office');
    expect(story).toContain('2 reports from 1 outlet');
  });

  it('/story links its headline to that article, not to the earliest published one', async () => {
    const story = await ask('/story ministers liaison office');
    expect(story).toContain(`newsbot> ${LATER.title}\n<${LATER.link}>`);
  });

  it('the digest shows the same headline with the same link', async () => {
    const digest = await ask('/digest 7d');
    expect(digest).toContain(LATER.title);
    expect(digest).toContain(`<${LATER.link}>`);
    expect(digest).not.toContain(EARLIER.link);
  });

  it('/search lists the story under that headline and link', async () => {
    const found = await ask('/search ministers liaison');
    const stories = found.slice(found.indexOf('Stories ('), found.indexOf('Articles ('));
    expect(stories).toContain(LATER.title);
    expect(stories).toContain(LATER.link);
    expect(stories).not.toContain(EARLIER.link);
  });
});

describe('/search filters by the date it shows', () => {
  it('leaves out an article published long ago even though it arrived today, and says which date counts', async () => {
    const found = await ask('/search liaison office');
    const articles = found.slice(found.indexOf('Articles ('));
    expect(articles).toContain(LATER.title);
    expect(articles).not.toContain(OLD.title);
    expect(articles).not.toContain('2023-05-10');
    expect(found).toContain('Articles published in the last 90 days');
  });
});
