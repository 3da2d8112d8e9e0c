/**
 * A store as ingest leaves it after ARTICLES relevant articles, for the platform benchmarks: the
 * SQLite archive and keyv (SQLite) in a temp dir, as createApp opens them; stories of PER_STORY
 * articles over the last 90 days; each article quoting a person of config/actors.yaml, analysed
 * and stored as ingest stores it, so /positions reads real statements.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandServices } from '../../commands/command-services.js';
import { openArchive } from '../../src/core/archive/open-archive.js';
import type { ActorGazetteer } from '../../src/core/nlp/actor-gazetteer.js';
import { createAnalyser } from '../../src/core/nlp/create-analyser.js';
import { loadDefaultGazetteer } from '../../src/core/nlp/load-default-gazetteer.js';
import { openStore } from '../../src/core/store/open-store.js';
import { createRecentStories } from '../../src/core/stories/recent-stories.js';
import { STORIES_NAMESPACE } from '../../src/core/stories/story-store.js';
import { storedArticle } from '../../test/fixtures/commands/stored-article.js';
import { benchServices } from '../support/bench-commands.js';

const PER_STORY = 5;
const DAYS = 90;
const statements = [
  'We will deepen cooperation with our partners for a free and open Indo-Pacific',
  'We strongly oppose any attempt to change the status quo by force',
  'The alliance remains committed to the security of the region',
  'This plan raises serious concerns and we reject it',
];

export interface FilledStore {
  services: CommandServices;
  /** Words of a stored story's title and its id, for /story and /search. */
  storyWords: (n: number) => string;
  now: Date;
  close(): Promise<void>;
}

/** Everyone config/actors.yaml names, with their actor's display name. */
function speakers(gazetteer: ActorGazetteer): { name: string; title: string; actor: string }[] {
  return Object.values(gazetteer.actors).flatMap((actor) =>
    actor.people.map((person) => ({
      name: person.name,
      title: person.title ?? 'official',
      actor: actor.name,
    })),
  );
}

export async function fillCommandStore(articles: number, now: Date): Promise<FilledStore> {
  const dir = await mkdtemp(join(tmpdir(), 'newsbot-bench-platforms-'));
  const kv = await openStore({ dataDir: dir });
  const archive = await openArchive({ dataDir: dir });
  const gazetteer = await loadDefaultGazetteer();
  const analyser = createAnalyser(kv, gazetteer);
  const recent = createRecentStories(kv);
  const people = speakers(gazetteer);
  const spacing = (DAYS * 86_400_000) / articles;
  await archive.transaction(async () => {
    for (let index = 0; index < articles; index += 1) {
      const story = `s_${Math.floor(index / PER_STORY)}`;
      const publishedAt = new Date(now.getTime() - (articles - index) * spacing).toISOString();
      const speaker = people[index % people.length] ?? {
        name: 'A spokesperson',
        title: 'official',
        actor: '',
      };
      const said = statements[index % statements.length];
      const article = storedArticle({
        id: `a_${index}`,
        title: `${speaker.actor} and partners hold talks number ${Math.floor(index / PER_STORY)} in Tokyo`,
        text:
          `Officials met for talks number ${Math.floor(index / PER_STORY)}. ` +
          `“${said},” ${speaker.name}, ${speaker.title}, said on ${publishedAt.slice(0, 10)}. ` +
          'More text follows here. '.repeat(30),
        publishedAt,
        outlet: index % 20,
        storyId: story,
      });
      await archive.articles.put(article);
      await analyser.analyseAndStore(article);
      if (index % PER_STORY !== PER_STORY - 1) continue;
      await kv.set(STORIES_NAMESPACE, story, {
        id: story,
        title: article.title,
        firstSeen: publishedAt,
        lastSeen: publishedAt,
        articleIds: Array.from({ length: PER_STORY }, (_, k) => `a_${index - PER_STORY + 1 + k}`),
        sources: Array.from({ length: PER_STORY }, (_, k) => `Outlet ${(index - k) % 20}`),
      });
      await recent.touch(story, publishedAt);
    }
  });
  return {
    services: benchServices(kv, gazetteer, now, archive.articles),
    storyWords: (n) => `talks number ${n % Math.floor(articles / PER_STORY)}`,
    now,
    close: async () => {
      await archive.close();
      await kv.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
