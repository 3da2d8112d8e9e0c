import { beforeAll, describe, expect, it } from 'vitest';
import type { ActorGazetteer } from '../../../src/core/nlp/actor-gazetteer.js';
import { loadDefaultGazetteer } from '../../../src/core/nlp/load-default-gazetteer.js';
import { createPositionsService } from '../../../src/core/positions/build-positions.js';
import { UserError } from '../../../src/core/reply/user-error.js';
import { createArticleStore } from '../../../src/core/store/article-store.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import type { FixtureArticle } from '../../fixtures/positions/positions-fixture.js';
import { buildFixtureWorld, toArticle } from './fixture-story-world.js';

let gazetteer: ActorGazetteer;
beforeAll(async () => {
  gazetteer = await loadDefaultGazetteer();
});

const article = (id: string, publishedAt: string, text: string): FixtureArticle => ({
  id,
  story: 's1',
  language: 'en',
  publishedAt,
  source: `Outlet ${id}`,
  title: 'Tokyo office plan',
  text,
  quotes: [],
});

const moving = [
  article(
    'm2',
    '2024-03-02T00:00:00Z',
    'A senior State Department official said the idea was "blown out of proportion."',
  ),
  article('m1', '2023-05-02T00:00:00Z', '"We welcome the office," Blinken said.\n\nChina opposed the plan.'),
];

describe('positions on a story', () => {
  it('shows each actor’s stance with statements oldest first, a timeline, and sourced summary sentences', async () => {
    const { positions } = await buildFixtureWorld(createMemoryKeyValueStore(), gazetteer, moving);
    const report = await positions.positionsFor('s1', ['us', 'china', 'nato']);
    const us = report?.actors[0];
    expect(report?.actors.map((a) => [a.actor, a.stance])).toEqual([
      ['us', 'mixed'],
      ['china', 'opposed'],
      ['nato', 'unknown'],
    ]);
    expect(us?.statements.map((s) => [s.text, s.speaker, s.publishedAt.slice(0, 7), s.source])).toEqual([
      ['We welcome the office,', 'Antony Blinken', '2023-05', 'Outlet m1'],
      ['blown out of proportion.', 'senior State Department official', '2024-03', 'Outlet m2'],
    ]);
    expect(us?.statements.map((s) => s.cues)).toEqual([['welcome'], ['blown out of proportion']]);
    expect(us?.timeline).toEqual([
      { period: '2023-05', stance: 'supportive' },
      { period: '2024-03', stance: 'skeptical' },
    ]);
    for (const sentence of us?.summarySentences ?? []) {
      expect(moving.find((m) => `https://news.example/${m.id}` === sentence.url)?.text).toContain(
        sentence.text,
      );
    }
    expect(us?.summary).toBe(us?.summarySentences.map((s) => s.text).join(' '));
    expect(report?.actors[2]?.summary).toBe('');
    expect(report?.actors[2]?.timeline).toEqual([]);
  });

  it('a quote carried by several outlets is shown once, from the oldest report, and counts once', async () => {
    const syndicated = [
      article('x2', '2023-05-03T00:00:00Z', '"We oppose this plan," Macron said.'),
      article('x1', '2023-05-02T00:00:00Z', '“We oppose this plan,” Macron said in Paris.'),
      article('x3', '2023-05-04T00:00:00Z', '"We support dialogue," Macron said.'),
    ];
    const { positions } = await buildFixtureWorld(createMemoryKeyValueStore(), gazetteer, syndicated);
    const france = (await positions.positionsFor('s1', ['france']))?.actors[0];
    expect(france?.statements.map((s) => [s.text, s.articleId])).toEqual([
      ['We oppose this plan,', 'x1'],
      ['We support dialogue,', 'x3'],
    ]);
    expect(france?.stance).toBe('mixed');
  });

  it('shows the featured actors first, then only the other actors that are on record', async () => {
    const partners = [
      article(
        'p1',
        '2023-07-01T00:00:00Z',
        '"We welcome the office," Australian Foreign Minister Penny Wong said.',
      ),
    ];
    const { positions } = await buildFixtureWorld(createMemoryKeyValueStore(), gazetteer, partners);
    const report = await positions.positionsFor('s1');
    expect(report?.actors.map((a) => [a.actor, a.name])).toEqual([
      ['japan', 'Japan'],
      ['nato', 'NATO'],
      ['france', 'France'],
      ['us', 'United States'],
      ['china', 'China'],
      ['australia', 'Australia'],
    ]);
    expect(report?.actors[5]?.stance).toBe('supportive');
  });

  it('an unknown story gives null and an unknown actor a user error listing the known ones', async () => {
    const { positions } = await buildFixtureWorld(createMemoryKeyValueStore(), gazetteer, moving);
    expect(await positions.positionsFor('nope')).toBeNull();
    const error = await positions.positionsFor('s1', ['japan', 'russia']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('unknown-actor');
    expect((error as UserError).message).toContain('japan, nato, france, us, china');
  });

  it('an article stored without an analysis is analysed when asked, not skipped', async () => {
    const kv = createMemoryKeyValueStore();
    const articles = createArticleStore(kv);
    await articles.put(toArticle(article('late', '2023-06-01T00:00:00Z', 'Macron objected to the plan.')));
    const story = { id: 's1', title: 'T', firstSeen: '', lastSeen: '', articleIds: ['late'], sources: [] };
    const positions = createPositionsService({
      kv,
      articles,
      gazetteer,
      stories: { get: async () => story },
    });
    const report = await positions.positionsFor('s1', ['france']);
    expect(report?.actors[0]?.stance).toBe('opposed');
    expect(report?.actors[0]?.statements[0]?.speaker).toBe('Emmanuel Macron');
  });
});
