import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { openStore } from '../../../src/core/store/open-store.js';
import { createStoryAssigner } from '../../../src/core/stories/create-story-assigner.js';
import { createStoryStore } from '../../../src/core/stories/story-store.js';

const report = (id: string, publishedAt: string, source: string, title: string, text: string) => ({
  id,
  title,
  text,
  language: 'en' as const,
  publishedAt,
  source,
});

const first = report(
  'r1',
  '2024-04-10T08:00:00Z',
  'Wire One',
  'Kishida addresses US Congress on Indo-Pacific security',
  'Prime Minister Fumio Kishida told a joint meeting of the US Congress that Japan stands with America as a global partner, urging lawmakers not to retreat from the Indo-Pacific as China grows more assertive.',
);
const second = report(
  'r2',
  '2024-04-11T09:00:00Z',
  'Paper Two',
  'In Congress speech, Kishida urges Americans to keep faith with allies',
  'Speaking to US lawmakers on Capitol Hill, Kishida said Japan was ready to shoulder more of the burden of Indo-Pacific security and warned that China poses an unprecedented challenge.',
);
const unrelated = report(
  'r3',
  '2024-04-11T10:00:00Z',
  'Paper Two',
  'Wellington signs fisheries deal with Pacific island states',
  'New Zealand signed a fisheries management agreement with twelve Pacific island countries on Thursday, promising patrols against illegal fishing in their exclusive economic zones.',
);

// A story that develops over months, and a summit between that shares its alliance and partners.
const OFFICE_MAY = report(
  'office-may',
  '2023-05-16T02:00:00Z',
  'Wire One',
  'Alliance considers small liaison office in Tokyo',
  'NATO is weighing a liaison office in Tokyo to deepen ties with Japan and its Pacific partners, a Japanese official said on Tuesday, adding that the plan was "under consideration" and no date was set.',
);
const OFFICE_JUNE = report(
  'office-june',
  '2023-06-14T09:00:00Z',
  'Paper Two',
  'Paris resists NATO liaison office in Tokyo',
  'France has told allies it opposes opening a NATO liaison office in Tokyo, arguing the alliance should stay focused on the North Atlantic, two diplomats said on Wednesday.',
);
const VILNIUS_JULY = report(
  'vilnius',
  '2023-07-11T15:00:00Z',
  'Wire One',
  'Allies in Vilnius stop short of inviting Ukraine',
  'NATO leaders meeting in Vilnius said on Tuesday that Ukraine would be invited to join the alliance when conditions are met, while Japan and other Pacific partners attended as guests.',
);
const OFFICE_FEBRUARY = report(
  'office-feb',
  '2024-02-20T03:00:00Z',
  'Paper Two',
  'Liaison office in Tokyo no longer on the table, US official says',
  'A senior US State Department official said on Monday that allies were not currently discussing a NATO liaison office in Tokyo and that the idea had drawn more attention than it deserved.',
);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbot-stories-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createStoryAssigner', () => {
  it('a second outlet reporting the same event joins the first story; an unrelated event starts its own', async () => {
    const kv = createMemoryKeyValueStore();
    const assigner = createStoryAssigner(kv);
    const a = await assigner.assign(first);
    const b = await assigner.assign(second);
    const c = await assigner.assign(unrelated);
    expect(a.isNew).toBe(true);
    expect(b).toMatchObject({ isNew: false, story: { id: a.story.id } });
    expect(b.similarity).toBeGreaterThan(0);
    expect(c.isNew).toBe(true);
    expect(await createStoryStore(kv).get(a.story.id)).toEqual({
      id: a.story.id,
      title: first.title,
      firstSeen: '2024-04-10T08:00:00.000Z',
      lastSeen: '2024-04-11T09:00:00.000Z',
      articleIds: ['r1', 'r2'],
      sources: ['Wire One', 'Paper Two'],
    });
  });

  it('shared actor keys from the NLP stage alone do not join two different events', async () => {
    const assigner = createStoryAssigner(createMemoryKeyValueStore());
    const entities = ['japan', 'nato', 'united-states'];
    const a = await assigner.assign({ ...first, entities });
    const c = await assigner.assign({ ...unrelated, entities });
    expect(c.isNew).toBe(true);
    expect(c.story.id).not.toBe(a.story.id);
  });

  it('a place the NLP stage finds in both languages joins a Japanese report to the English story', async () => {
    const english = report(
      'h1',
      '2024-12-03T09:00:00Z',
      'Wire One',
      'NATO foreign ministers open talks in The Hague',
      'Foreign ministers of the alliance began two days of talks in The Hague on Tuesday, with partners from the Indo-Pacific invited to one session.',
    );
    const japanese = {
      ...report(
        'h2',
        '2024-12-03T12:00:00Z',
        '日本の通信社',
        'NATO外相会合がハーグで開幕',
        'NATOの外相会合が3日、オランダのハーグで始まった。インド太平洋のパートナー国も一部の会合に招かれた。',
      ),
      language: 'ja' as const,
    };
    const withPlaces = createStoryAssigner(createMemoryKeyValueStore());
    const a = await withPlaces.assign({ ...english, entities: ['nato', 'The Hague'] });
    const b = await withPlaces.assign({ ...japanese, entities: ['nato', 'The Hague'] });
    expect(b).toMatchObject({ isNew: false, story: { id: a.story.id } });
    const actorsOnly = createStoryAssigner(createMemoryKeyValueStore());
    await actorsOnly.assign({ ...english, entities: ['nato'] });
    expect((await actorsOnly.assign({ ...japanese, entities: ['nato'] })).isNew).toBe(true);
  });

  it('a Japanese report naming the people and places in katakana joins the English story; another event in katakana does not', async () => {
    const english = report(
      'k1',
      '2024-09-02T08:00:00Z',
      'Wire One',
      'Japan and Finland sign cyber defence pact in Helsinki',
      'Defence officials of Japan and Finland signed an agreement in Helsinki on Monday to share information on cyber attacks, with Finnish minister Antti Hakkanen calling it a step toward closer ties.',
    );
    const japanese = {
      ...report(
        'k2',
        '2024-09-02T11:00:00Z',
        '日本の通信社',
        '日本とフィンランド、ヘルシンキでサイバー防衛の協定に署名',
        '日本とフィンランドの防衛当局は2日、ヘルシンキでサイバー攻撃の情報を共有する協定に署名した。',
      ),
      language: 'ja' as const,
    };
    const other = {
      ...report(
        'k3',
        '2024-09-02T12:00:00Z',
        '日本の通信社',
        '日本とメキシコ、メキシコシティで経済対話',
        '日本とメキシコの両政府は2日、メキシコシティで経済連携の拡大に向けた対話を開いた。',
      ),
      language: 'ja' as const,
    };
    const assigner = createStoryAssigner(createMemoryKeyValueStore());
    const a = await assigner.assign(english);
    expect(await assigner.assign(japanese)).toMatchObject({ isNew: false, story: { id: a.story.id } });
    expect((await assigner.assign(other)).isNew).toBe(true);
  });

  it('copies add their outlet to the sources once', async () => {
    const kv = createMemoryKeyValueStore();
    const assigner = createStoryAssigner(kv);
    const { story } = await assigner.assign(first);
    await assigner.addCopy(story.id, 'Portal Three');
    await assigner.addCopy(story.id, 'Portal Three');
    await assigner.addCopy(story.id, 'Wire One');
    expect((await createStoryStore(kv).get(story.id))?.sources).toEqual(['Wire One', 'Portal Three']);
  });

  it('a report on the same subject eight months later revives the dormant story, not the summit story of the months between', async () => {
    const kv = createMemoryKeyValueStore();
    const assigner = createStoryAssigner(kv);
    const opened = await assigner.assign(OFFICE_JUNE);
    await assigner.assign(VILNIUS_JULY);
    const revived = await assigner.assign(OFFICE_FEBRUARY);
    expect(revived).toMatchObject({ isNew: false, story: { id: opened.story.id } });
    expect(revived.story.lastSeen).toBe('2024-02-20T03:00:00.000Z');
    expect((await createStoryStore(kv).all()).map((story) => story.articleIds)).toEqual([
      ['office-june', 'office-feb'],
      ['vilnius'],
    ]);
  });

  it('a dormant story is not revived after a year, however well the report matches', async () => {
    const assigner = createStoryAssigner(createMemoryKeyValueStore());
    const opened = await assigner.assign(OFFICE_MAY);
    const late = await assigner.assign({ ...OFFICE_FEBRUARY, publishedAt: '2024-06-01T00:00:00Z' });
    expect(late.story.id).not.toBe(opened.story.id);
  });

  it('lists stories most recently active first', async () => {
    const kv = createMemoryKeyValueStore();
    const assigner = createStoryAssigner(kv);
    const a = await assigner.assign(first);
    const c = await assigner.assign(unrelated);
    await assigner.assign(second);
    expect((await createStoryStore(kv).all()).map((story) => story.id)).toEqual([c.story.id, a.story.id]);
  });

  it('stories and their indexes survive a restart of the SQLite store', async () => {
    const before = await openStore({ dataDir: dir });
    const a = await createStoryAssigner(before).assign(first);
    await before.close();
    const after = await openStore({ dataDir: dir });
    try {
      const b = await createStoryAssigner(after).assign(second);
      expect(b).toMatchObject({ isNew: false, story: { id: a.story.id, articleIds: ['r1', 'r2'] } });
      expect(await createStoryStore(after).all()).toHaveLength(1);
    } finally {
      await after.close();
    }
  });
});
