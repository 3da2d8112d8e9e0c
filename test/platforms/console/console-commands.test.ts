import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFixtureWorld,
  type FixtureWorld,
  recordFeedState,
} from '../../fixtures/commands/fixture-world.js';
import { runConsole } from './run-console.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Baltic Observer</title>
<item><title>NATO allies meet in Vilnius</title><link>https://baltic.example/1</link><description>Talks.</description></item>
<item><title>Ferry timetable changes</title><link>https://baltic.example/2</link><description>Boats.</description></item>
<item><title>AP4 leaders invited to NATO summit</title><link>https://baltic.example/3</link><description>Invites.</description></item>
</channel></rss>`;

let world: FixtureWorld;
let server: Server;
let base: string;

// Loading the NLP model and ingesting through the real pipeline can take seconds on a busy machine.
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/rss') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Not a feed</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  world = await createFixtureWorld();
}, 60_000);
afterAll(async () => {
  await world.close();
  await new Promise((resolve) => server.close(resolve));
});

const ask = (...lines: string[]) => runConsole(world.services, lines);
const askAsMember = (...lines: string[]) => runConsole(world.services, lines, { isAdmin: false });

describe('the console, on a store filled from fixture feeds', () => {
  it('lists every command with its usage, admin ones marked', async () => {
    const out = await ask('help');
    for (const usage of [
      '/positions [actor] [story]',
      '/digest [since]',
      '/story <story>',
      '/search <words>',
    ]) {
      expect(out).toContain(usage);
    }
    expect(out).toContain('/why <url>');
    expect(out).toMatch(
      /\/watch add <keyword>\n\s+Watch a keyword \(shows what it would have matched\) \(admins\)/,
    );
    expect(out).toContain('/schedule set <when> [timezone]');
  });

  it('shows positions on the most covered recent story, with verbatim quotes, speakers and links', async () => {
    const out = await ask('/positions');
    expect(out).toContain('Positions: NATO weighs first Asian liaison office in Tokyo');
    expect(out).toContain('France\n------\nFrench President Emmanuel Macron said the idea was premature');
    expect(out).toContain('Over time: 2024-04 skeptical → 2024-05 opposed');
    expect(out).toContain('> "NATO is the North Atlantic Treaty Organization,"');
    expect(out).toContain('-- Emmanuel Macron, French President (Kanto Daily, 2024-05-02)');
    expect(out).toContain('<https://kanto.example/politics/france-objects-nato-office>');
    expect(out).toContain('-- Jens Stoltenberg, NATO Secretary General (Harbour Times, 2024-04-29)');
    expect(out).toContain(
      'China\n-----\nChinese foreign ministry spokesperson Mao Ning said Beijing opposes',
    );
  });

  it("picks the most covered story of the archive's last week when nothing is recent", async () => {
    const out = await runConsole(world.services, ['/positions'], { now: new Date('2026-01-01T00:00:00Z') });
    expect(out).toContain('Positions: NATO weighs first Asian liaison office in Tokyo');
  });

  it('narrows positions to one actor and a story found by words', async () => {
    const out = await ask('/positions china AP4 ministers');
    expect(out).toContain('Positions: AP4 ministers meet on the sidelines of the NATO summit');
    expect(out).toContain('China\n-----\nNothing said on record about this story.\nStance: unknown');
    expect(out).not.toContain('France');
  });

  it('answers an unknown actor with the valid ones', async () => {
    const out = await ask('/positions russia');
    expect(out).toContain('! Cannot do that\nNo story matches "russia".');
    expect(out.replace(/\s+/g, ' ')).toContain(
      'Valid actors: japan, nato, france, us, china, australia, new-zealand, south-korea.',
    );
  });

  it('follows a topic over every stored article, with the stance month by month and linked quotes', async () => {
    const out = await ask('/positions topic:liaison office');
    expect(out).toContain('Positions on "liaison office"\n3 of 5 actors on record, over 2 articles.');
    expect(out).toContain('Stance: opposed\nOver time: 2024-04 skeptical → 2024-05 opposed');
    expect(out).toContain('-- Emmanuel Macron, French President (Kanto Daily, 2024-05-02)');
    expect(out).toContain('<https://kanto.example/politics/france-objects-nato-office>');
    expect(out).toContain('Japan\n-----\nNothing said on record on this topic.');
  });

  it('narrows a topic to one actor, joins alternatives, and says when nothing matches', async () => {
    const out = await ask('/positions china topic:NATO | 事務所', '/positions topic:zeppelin');
    expect(out).toContain('Positions on "NATO | 事務所"\n1 of 1 actors on record, over 4 articles.');
    expect(out).toContain('China\n-----\nChinese foreign ministry spokesperson Mao Ning said');
    expect(out).toContain('No stored article mentions "zeppelin". Try fewer words.');
  });

  it('reads words that are not an actor as the story', async () => {
    const out = await ask('/positions liaison office');
    expect(out).toContain(
      'Positions: NATO weighs first Asian liaison office in Tokyo\n3 of 5 actors on record, from 4 outlets.',
    );
  });

  it('builds a digest on demand, most covered first, with outlets and the positions that moved', async () => {
    const out = await ask('/digest 7d');
    expect(out).toContain('News digest: 3 stories');
    const office = out.indexOf('* NATO weighs first Asian liaison office in Tokyo');
    const ap4 = out.indexOf('* AP4 ministers meet');
    expect(office).toBeGreaterThan(-1);
    expect(ap4).toBeGreaterThan(office);
    expect(out).toContain('Harbour Times · also reported by 3 outlets');
    expect(out).toContain(
      'NATO is weighing a liaison office in Tokyo, its first in Asia, officials said on Friday.',
    );
    expect(out).toContain('Positions moved\n---------------\n* France: skeptical → opposed');
  });

  it('says when there is nothing new, and why a period is not understood', async () => {
    expect(await ask('/digest 1h')).toContain('Nothing new\nNo new stories since 2024-05-06 08:00 UTC.');
    expect(await ask('/digest yesterday')).toContain(
      '"yesterday" is not a period: use hours (24h), days (7d)',
    );
  });

  it('tells a story as a timeline with copies folded into "also reported by"', async () => {
    const out = await ask('/story liaison office tokyo');
    expect(out).toContain('2 reports from 4 outlets, 2024-04-29 to 2024-05-02.');
    expect(out).toContain(
      '* NATO weighs first Asian liaison office in Tokyo\n  2024-04-29 08:00 UTC · Harbour Times · also reported by Aggregator Digest, Pacific Wire',
    );
    expect(out).toContain(
      '* France objects to NATO liaison office plan for Tokyo\n  2024-05-02 07:15 UTC · Kanto Daily\n',
    );
    const id = await world.storyIdOf('NATO weighs first Asian liaison office in Tokyo');
    expect(await ask(`/story ${id}`)).toContain('2 reports from 4 outlets');
    expect(await ask('/story penguins')).toContain('No story matches "penguins"');
  });

  it('searches stories and articles, newest first', async () => {
    const out = await ask('/search liaison');
    expect(out).toMatch(/s_\w+ · 4 outlets · last seen 2024-05-02/);
    const france = out.indexOf('* France objects to NATO liaison office plan for Tokyo');
    const first = out.indexOf(
      '* NATO weighs first Asian liaison office in Tokyo\n  Harbour Times · 2024-04-29',
    );
    expect(france).toBeGreaterThan(-1);
    expect(first).toBeGreaterThan(france);
    expect(await ask('/search penguins')).toContain('Nothing found for "penguins"');
  });

  it('explains what happened to an item: copy, URL variant, not relevant, never seen', async () => {
    const copy = await ask('/why https://pacificwire.example/world/2024/04/29/nato-tokyo');
    expect(copy).toContain('Duplicate: NATO considers opening liaison office in Tokyo');
    expect(copy.replace(/\s+/g, ' ')).toContain(
      'A copy of "NATO weighs first Asian liaison office in Tokyo" (Harbour Times, https://harbour.example/news/nato-tokyo-office): recognised by the same text, 100% similar.',
    );
    const variant = await ask(
      '/why https://harbour.example/news/nato-tokyo-office?utm_source=agg&fbclid=xyz',
    );
    expect(variant.replace(/\s+/g, ' ')).toContain('from Aggregator Digest. A copy of');
    expect(variant.replace(/\s+/g, ' ')).toContain('recognised by the same link in another form');
    const bakery = await ask('/why https://southerncross.example/life/bakery-prize');
    expect(bakery).toContain('Not relevant: Local bakery wins national bread prize');
    expect(bakery).toContain('Skipped: no watched keyword matched.');
    expect(await ask('/why https://nowhere.example/x')).toContain('Never seen\nNo feed has delivered');
    expect(await ask('/why tomorrow')).toContain('"tomorrow" is not a link');
  });

  it('adds a watched keyword with a dry run over the last 7 days, then lists and removes it', async () => {
    const added = await ask('/watch add Macron');
    expect(added).toContain(
      'Now watching "Macron". Dry run: it would have matched 2 items stored in the last 7 days.',
    );
    const france = added.indexOf('* France objects to NATO liaison office plan for Tokyo');
    const first = added.indexOf('* NATO weighs first Asian liaison office in Tokyo');
    expect(france).toBeGreaterThan(-1);
    expect(first).toBeGreaterThan(france);
    expect(await ask('/watch list')).toMatch(/\n\* Macron\n/);
    expect(await ask('/watch add macron')).toContain('"macron" is already watched; nothing was changed.');
    expect(await ask('/watch remove MACRON')).toContain('No longer watching "MACRON".');
    expect(await ask('/watch list')).not.toMatch(/\n\* Macron\n/);
    expect(await ask('/watch remove Macron')).toContain('"Macron" is not watched here; nothing was changed.');
    expect(await ask('/watch add Zanzibar')).toContain(
      'it would have matched 0 items stored in the last 7 days.',
    );
    await ask('/watch remove Zanzibar');
  });

  it('adds a feed after fetching it once, and refuses one that cannot be read', async () => {
    const added = await ask(`/feeds add ${base}/rss`);
    expect(added).toContain(
      'Feed added: Baltic Observer\n3 items now, 2 of them about the watched keywords.',
    );
    expect(added).toContain('* NATO allies meet in Vilnius\n* AP4 leaders invited to NATO summit');
    expect(await ask('/feeds list')).toContain(`${base}/rss`);
    const html = await ask(`/feeds add ${base}/page`);
    expect(html).toContain(`Could not read ${base}/page:`);
    expect(html).toContain('It was not added.');
    expect(await ask('/feeds list')).not.toContain(`${base}/page`);
    expect(await ask('/feeds add notaurl')).toContain(
      '"notaurl" is not an http(s) address; nothing was changed.',
    );
    expect(await ask(`/feeds remove ${base}/rss`)).toContain(`No longer following ${base}/rss.`);
  });

  it('shows failing and paused feeds in status', async () => {
    await recordFeedState(world.kv, 'https://kanto.example/atom', {
      failures: 2,
      lastError: 'HTTP 503 Service Unavailable',
      pausedAt: null,
    });
    await recordFeedState(world.kv, 'https://pacificwire.example/feed', {
      failures: 5,
      lastError: 'not a feed: Feed not recognized as RSS 1 or 2.',
      pausedAt: '2024-05-06T06:00:00Z',
    });
    const out = await ask('/feeds status');
    expect(out).toContain('2 of 4 feeds healthy.');
    expect(out).toMatch(/Paused \(1\)\n-+\n\* https:\/\/pacificwire\.example\/feed/);
    expect(out).toContain('2 failures in a row · last error: HTTP 503 Service Unavailable');
    expect(out).not.toContain('* https://harbour.example/rss');
  });

  it('resumes a paused feed, and says so when a feed is not paused', async () => {
    await recordFeedState(world.kv, 'https://pacificwire.example/feed', {
      failures: 5,
      lastError: 'HTTP 500',
      pausedAt: '2024-05-06T06:00:00Z',
    });
    expect(await ask('/feeds resume https://pacificwire.example/feed')).toContain(
      'https://pacificwire.example/feed is polled again from its next slot.',
    );
    expect(await ask('/feeds status')).not.toContain('Paused');
    expect(await ask('/feeds resume https://pacificwire.example/feed')).toContain(
      'https://pacificwire.example/feed is not paused; nothing was changed.',
    );
  });

  it('sets, shows and turns off the schedule, refusing bad times, cron and timezones with reasons', async () => {
    expect(await ask('/schedule show')).toContain('This channel gets no digests.');
    expect(await ask('/schedule set 25:00')).toContain(
      '"25:00" is not a time of day: use HH:MM from 00:00 to 23:59.',
    );
    expect(await ask('/schedule set 0 8 * * 1-9')).toContain(
      '"0 8 * * 1-9" is not a valid cron expression: 1-9 is an invalid expression for week day.',
    );
    expect(await ask('/schedule set 0 8 * *')).toContain('cron needs 5 fields');
    expect(await ask('/schedule set 07:30 Mars/Olympus')).toContain(
      '"Mars/Olympus" is not a timezone this bot knows.',
    );
    expect(await ask('/schedule show')).toContain('This channel gets no digests.');
    expect(await ask('/schedule set 07:30 asia/tokyo')).toContain('every day at 07:30 (Asia/Tokyo).');
    expect(await ask('/schedule set "0 8 * * 1-5" Europe/Paris')).toContain(
      'on the cron schedule "0 8 * * 1-5" (Europe/Paris).',
    );
    expect(await ask('/schedule show')).toContain('on the cron schedule "0 8 * * 1-5" (Europe/Paris).');
    expect(await ask('/schedule off')).toContain('This channel will get no more digests.');
    expect(await ask('/schedule show')).toContain('This channel gets no digests.');
  });

  it('refuses admin commands to members and changes nothing', async () => {
    const out = await askAsMember('/watch add AUKUS', '/schedule set 08:00', `/feeds add ${base}/rss`);
    expect(out).toContain('/watch is for admins only; nothing was changed.');
    expect(out).toContain('/schedule is for admins only; nothing was changed.');
    expect(out).toContain('/feeds is for admins only; nothing was changed.');
    expect(await ask('/watch list')).not.toContain('AUKUS');
    expect(await ask('/schedule show')).toContain('This channel gets no digests.');
    expect(await ask('/feeds list')).not.toContain(`${base}/rss`);
    expect(await askAsMember('/story office')).toContain('2 reports from 4 outlets');
  });

  it('prints feed text that tries to ping everyone as the plain text it is', async () => {
    const out = await ask('/search cyber drill');
    expect(out).toContain('* @everyone <@123> <!channel> IP4 partners join NATO cyber drill');
    const digest = await ask('/digest 24h');
    expect(digest).toContain(
      'The IP4 partners joined a NATO cyber defence exercise in Estonia this week, <@here>',
    );
  });

  it('answers unknown commands and stops at quit', async () => {
    const out = await ask('/bogus', 'quit', '/help');
    expect(out).toContain('There is no command "bogus". Try one of: positions, digest, story, search, why');
    expect(out).not.toContain('News bot commands');
  });
});
