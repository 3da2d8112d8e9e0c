import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.js';
import { serveFiles } from './serve-files.js';

const demoFeeds = fileURLToPath(new URL('../../demo/feeds/', import.meta.url));
const actorsFile = fileURLToPath(new URL('../../config/actors.yaml', import.meta.url));

interface ArticleJson {
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  feed: string;
  relevant: boolean;
  duplicateOf: string | null;
  storyId: string | null;
}

// Each test runs the CLI as a separate process from source: slow on a busy machine, not flaky.
vi.setConfig({ testTimeout: 90_000 });

let dir: string;
let server: Awaited<ReturnType<typeof serveFiles>>;
const data = () => ['--data', join(dir, 'data')];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-cli-'));
  server = await serveFiles(demoFeeds);
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('newsbot ingest, articles, stories, positions and why on the demo feeds over loopback HTTP', () => {
  const feeds = () =>
    ['pacific-wire.xml', 'capital-ledger.xml', 'tokyo-daily-ja.xml'].map((f) => `${server.base}/${f}`);

  it('prints one line per feed, and a broken feed is reported without stopping the others', async () => {
    const run = await runCli([
      ...data(),
      'ingest',
      '--allow-private',
      ...feeds(),
      `${server.base}/missing.xml`,
      `${server.base}/page.xml`,
    ]);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^✓ Pacific Wire \(demo\) .*: 4 items — 4 new, 0 duplicate, 0 not relevant$/);
    expect(lines[1]).toMatch(/^✓ Capital Ledger \(demo\) .*: 3 items — 1 new, 1 duplicate, 1 not relevant$/);
    expect(lines[2]).toMatch(/: 1 item — 1 new/);
    expect(lines[3]).toMatch(/^✗ .*missing\.xml: .*404/);
    expect(lines[4]).toMatch(/^✗ .*page\.xml: .*not .*feed/i);
    expect(run.code).toBe(1);
  });

  it('ingesting the same feeds again stores nothing new', async () => {
    const run = await runCli([...data(), 'ingest', '--allow-private', ...feeds()]);
    expect(run.code).toBe(0);
    for (const line of run.stdout.trim().split('\n'))
      expect(line).toMatch(/— 0 new, 0 duplicate, 0 not relevant, \d+ already stored$/);
  });

  it('refuses a feed on a loopback address unless allowed, with a clear message', async () => {
    const run = await runCli([...data(), 'ingest', `${server.base}/pacific-wire.xml`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✗ .*pacific-wire\.xml: .*(loopback|private)/i);
  });

  it('lists every item with its duplicate and story links', async () => {
    const run = await runCli([...data(), 'articles', '--json']);
    const articles = JSON.parse(run.stdout) as ArticleJson[];
    expect(articles).toHaveLength(8);
    const copy = articles.find((a) => a.title.startsWith('Tokyo moves closer'));
    const original = articles.find((a) => a.title.startsWith("Japan's envoy"));
    expect(copy?.duplicateOf).toBe(original?.id);
    expect(copy?.storyId).toBe(original?.storyId);
    expect(original?.canonicalUrl).not.toContain('utm_source');
    const consoleLaunch = articles.find((a) => a.title.includes('games console'));
    expect(consoleLaunch).toMatchObject({ relevant: false, duplicateOf: null, storyId: null });
    for (const article of articles.filter((a) => a.relevant)) expect(article.storyId).not.toBeNull();
  });

  it('keeps the Ukraine summit apart from the Tokyo office story', async () => {
    const articles = JSON.parse((await runCli([...data(), 'articles', '--json'])).stdout) as ArticleJson[];
    const stories = JSON.parse((await runCli([...data(), 'stories', '--json'])).stdout) as {
      stories: { id: string; title: string; articleIds: string[]; sources: string[] }[];
    };
    const storyOf = (fragment: string) => articles.find((a) => a.title.includes(fragment))?.storyId;
    expect(storyOf('Ukraine')).not.toBe(storyOf("Japan's envoy"));
    expect(storyOf('Macron')).toBe(storyOf("Japan's envoy"));
    // Eight months later, the US view joins the same story.
    expect(storyOf('Senior US diplomat')).toBe(storyOf("Japan's envoy"));
    const office = stories.stories.find((story) => story.id === storyOf("Japan's envoy"));
    expect(office?.sources).toEqual(expect.arrayContaining(['Pacific Wire (demo)', 'Capital Ledger (demo)']));
  });

  it('gives the positions of the five actors on the office story as JSON', async () => {
    const articles = JSON.parse((await runCli([...data(), 'articles', '--json'])).stdout) as ArticleJson[];
    const storyId = articles.find((a) => a.title.includes("Japan's envoy"))?.storyId ?? '';
    const run = await runCli([...data(), 'positions', '--story', storyId, '--json']);
    const report = JSON.parse(run.stdout) as {
      story: { id: string };
      actors: {
        actor: string;
        stance: string;
        statements: { text: string; url: string; speaker: string | null }[];
      }[];
    };
    expect(report.story.id).toBe(storyId);
    const stance = Object.fromEntries(report.actors.map((a) => [a.actor, a.stance]));
    expect(Object.keys(stance)).toEqual(['japan', 'nato', 'france', 'us', 'china']);
    expect(stance).toEqual({
      japan: 'supportive',
      nato: 'noncommittal',
      france: 'opposed',
      us: 'skeptical',
      china: 'opposed',
    });
    const speakersOf = (actor: string) =>
      report.actors.find((a) => a.actor === actor)?.statements.map((s) => s.speaker ?? '(unknown)') ?? [];
    // The Japanese report quotes Foreign Minister Hayashi on an office NATO plans: his words are Japan's.
    expect(speakersOf('japan')).toContain('林外相');
    expect(speakersOf('nato')).not.toContain('林外相');
    const japan = report.actors.find((a) => a.actor === 'japan');
    expect(
      japan?.statements.some(
        (s) => s.text === 'We are working in that direction,' && /Tomita/.test(s.speaker ?? ''),
      ),
    ).toBe(true);
  });

  it('gives the positions on a topic over English and Japanese articles as JSON and as text', async () => {
    const run = await runCli([...data(), 'positions', '--topic', 'liaison office | 東京事務所', '--json']);
    const report = JSON.parse(run.stdout) as {
      topic: string;
      articles: number;
      actors: { actor: string; stance: string; timeline: { period: string; stance: string }[] }[];
    };
    expect(report.topic).toBe('liaison office | 東京事務所');
    expect(report.articles).toBeGreaterThanOrEqual(3);
    const china = report.actors.find((a) => a.actor === 'china');
    expect(china?.stance).toBe('opposed');
    expect(china?.timeline).toEqual([{ period: '2023-05', stance: 'opposed' }]);
    const text = await runCli([...data(), 'positions', '--topic', 'liaison office', '--actor', 'china']);
    expect(text.stdout).toContain('Positions on "liaison office"');
    expect(text.stdout).toContain('Over time: 2023-05 opposed');
  });

  it('explains why an item in another URL form was counted as a copy, and why one was dropped', async () => {
    const copy = await runCli([
      ...data(),
      'why',
      'https://DEMO.newsbot.invalid/capital-ledger/world/tokyo-nato-office?utm_medium=x#top',
      '--json',
    ]);
    expect(JSON.parse(copy.stdout)).toMatchObject({ outcome: 'duplicate', method: expect.any(String) });
    const dropped = await runCli([
      ...data(),
      'why',
      'https://demo.newsbot.invalid/capital-ledger/tech/console-launch',
    ]);
    expect(dropped.stdout).toMatch(/not relevant/i);
  });
});

describe('newsbot check-config', () => {
  it('lists every problem with its path and exits non-zero', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(
      file,
      [
        'feeds:',
        '  - { url: "ftp://example.org/feed" }',
        '  - { url: "https://example.org/rss", intervalMinutes: 0 }',
        'keywords: { keywords: [] }',
        `actorsFile: ${actorsFile}`,
        'digest: { defaultTime: "25:00", defaultTimezone: "Mars/Olympus" }',
        'polling: { concurrency: "four" }',
      ].join('\n'),
    );
    const run = await runCli(['--config', file, 'check-config']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('feeds[0].url: not an http(s) URL');
    expect(run.stderr).toMatch(/feeds\[1\]\.intervalMinutes: /);
    expect(run.stderr).toMatch(/digest\.defaultTime: expected HH:MM/);
    expect(run.stderr).toMatch(/digest\.defaultTimezone: not an IANA timezone/);
    expect(run.stderr).toMatch(/polling\.concurrency: /);
  });

  it('accepts the shipped config and never prints secrets', async () => {
    const run = await runCli(['check-config'], { DISCORD_TOKEN: 'secret-token-value' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/valid/);
    expect(run.stdout).toContain('DISCORD_TOKEN: set');
    expect(run.stdout + run.stderr).not.toContain('secret-token-value');
  });
});

describe('newsbot poll --once with feeds that cannot be reached', () => {
  it('gives a clear error per feed and no crash', async () => {
    const file = join(dir, 'unreachable.yaml');
    await writeFile(
      file,
      [
        'feeds:',
        '  - { url: "https://feeds.newsbot.invalid/rss" }',
        '  - { url: "http://127.0.0.1:9/rss" }',
        'keywords: { keywords: [{ term: NATO }] }',
        `actorsFile: ${actorsFile}`,
        'fetch: { timeoutSeconds: 5 }',
      ].join('\n'),
    );
    const run = await runCli(['--config', file, ...data(), 'poll', '--once']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').sort();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^✗ http:\/\/127\.0\.0\.1:9\/rss: .*(loopback|private)/i);
    expect(lines[1]).toMatch(/^✗ https:\/\/feeds\.newsbot\.invalid\/rss: .+/);
  });
});
