import { createHash } from 'node:crypto';
import { idsWithin, type Posting } from '../dedup/posting-lists.js';
import type { StoryAssigner } from '../ingest/ingest-ports.js';
import { type JapaneseMorphology, japaneseMorphology } from '../nlp/japanese-morphology.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import { clearlyBest } from './clearly-best.js';
import { type ArticleFrequencies, createDocumentFrequencies } from './document-frequencies.js';
import { namesAnEvent } from './key-kinds.js';
import { MERGED_NAMESPACE, mergedProfile, mergedStory, survivorsOf } from './merge-stories.js';
import { type AnyProfile, type ProfileView, viewOf } from './profile-view.js';
import { createRecentStories, RECENT_STORIES_CAP } from './recent-stories.js';
import { daysOutside, storyScorer } from './score-story.js';
import { storedProfile } from './stored-profile.js';
import type { Story } from './story.js';
import {
  type BucketChange,
  createKeyValueStoryIndex,
  filedBucket,
  KEY_INDEX_NAMESPACE,
  type StoryIndexStore,
} from './story-index-store.js';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from './story-options.js';
import { addToProfile, type Rarity, type StorySpan } from './story-profile.js';
import { createStoryRecordCache } from './story-record-cache.js';
import { STORIES_NAMESPACE } from './story-store.js';
import { type StoryFeatures, storyFeatures } from './story-terms.js';

const PROFILES = 'stories-profile';
const DAY_MS = 86_400_000;
/**
 * Most stories remembered per indexed term (newest win): a term in more stories than this within
 * the open window no longer tells events apart, and the cap keeps every lookup the same size
 * however large the archive grows.
 */
const KEY_BUCKET_CAP = 50;
/**
 * Records kept in memory per namespace (up to twice as many: see recently-used.ts): the open stories'
 * profiles and the buckets and frequencies of their terms. Profiles are kept as views (see
 * profile-view.ts): 1,000 of them take the heap 500 parsed profiles took, and hold the bench's 635
 * open stories (at 100k stored, 2.5 profiles read an article instead of 5.7).
 */
const CACHED = {
  [PROFILES]: 1_000,
  [KEY_INDEX_NAMESPACE]: 2_000,
  // The index files an absorbed story under its old id until the entries age out: at 100k stored
  // in the bench, 1.5 reads an article of these 16-byte records (absent ones are cached too).
  [MERGED_NAMESPACE]: 2_000,
  'stories-df': 10_000,
  'stories-meta': 10,
  'stories-recent': 10,
};

type Candidate = Parameters<StoryAssigner['assign']>[0];
interface Scored {
  id: string;
  profile: ProfileView;
  score: number;
  /** Within `openDays` of the article (not a dormant story revived by a strong match). */
  open: boolean;
}
interface Scoring {
  kv: KeyValueStore;
  index: StoryIndexStore;
  settings: StoryOptions;
}

/**
 * Where the assigner keeps its records: a key-value store for all of them, or beside it a store
 * of its counts and candidate index as rows (the archive's `storyIndex`) and, where the stories'
 * articles are stored with their story, what answers which stories were active last (the
 * archive's `ArticleStore.recentStories`). Without that, the assigner keeps a list of them
 * (recent-stories.ts): 15 KB of JSON rewritten on every article.
 */
export type StoryRecords = KeyValueStore | ArchiveStoryRecords;

export interface ArchiveStoryRecords {
  values: KeyValueStore;
  storyIndex: StoryIndexStore;
  recentStories?: (limit: number) => Promise<string[]>;
}

/**
 * Groups original articles into stories: an article joins the open story (latest article within
 * `openDays`) whose key terms and TF-IDF profile it matches best, or revives a dormant one (within
 * `reviveDays`) it matches strongly on the story's core keys, or starts a new one. Document
 * frequencies and an index key term -> recent stories (rows in the archive, else key-value
 * records), profiles and stories are kept in `stored`, so only stories sharing a key term are scored.
 */
export function createStoryAssigner(
  stored: StoryRecords,
  options: Partial<StoryOptions> = {},
  japanese: () => JapaneseMorphology = japaneseMorphology,
): Required<StoryAssigner> {
  const [store, storedIndex] =
    'storyIndex' in stored ? [stored.values, stored.storyIndex] : [stored, createKeyValueStoryIndex(stored)];
  // Every read and write below goes through the cache; each method is guarded by its token.
  // Profiles are kept (and read back) as views: see profile-view.ts.
  const records = createStoryRecordCache(store, CACHED, {
    [PROFILES]: (profile) => viewOf(profile as AnyProfile),
  });
  const kv = records.kv;
  const settings: StoryOptions = { ...DEFAULT_STORY_OPTIONS, ...options };
  const scoring: Scoring = { kv, index: records.index(storedIndex), settings };
  const frequencies = createDocumentFrequencies(kv, scoring.index);
  // Which stories were active last: an archive answers from the articles it stores with their
  // story, so nothing is written here; on a key-value store the assigner keeps a list of them.
  const archived = 'storyIndex' in stored ? stored.recentStories : undefined;
  const recent = archived ? { touch: async () => {}, ids: archived } : createRecentStories(kv);
  return records.guarded({
    assign: async (candidate: Candidate) => {
      // kuromoji takes half a second and ~95 MB to load: only a Japanese article pays for it.
      const morphemes =
        candidate.language === 'ja'
          ? japanese().tokenize(`${candidate.title}\n${candidate.text.slice(0, settings.leadWords * 4)}`)
          : [];
      const features = storyFeatures(candidate, settings, morphemes);
      const time = Date.parse(candidate.publishedAt);
      const counts = await frequencies.forArticle(features, settings.commonShare);
      const filed = [
        ...features.keys.filter((key) => isSpecific(key, counts)),
        ...rarest(features, counts, settings.indexTerms),
      ];
      const { ranked, buckets } = await rankedStories(scoring, features, filed, time, counts);
      const best = ranked[0];
      // A report scoring high against a second story bridges the two: they are merged (re-linking
      // what arrival order split), in this article's transaction like every other write here.
      const bridged =
        best !== undefined &&
        (best.score >= settings.threshold ||
          clearlyBest(
            ranked.map((scored) => scored.score),
            settings,
          ))
          ? [best, ...ranked.slice(1).filter((other) => bridges(other, settings))]
          : [];
      // Only the joined stories' records are read: candidates are scored on their profiles alone.
      const stories = await kv.getMany<Story>(
        STORIES_NAMESPACE,
        bridged.map((scored) => scored.id),
      );
      const joined = bridged.flatMap((scored, i) => {
        const record = stories[i];
        return record ? [{ ...scored, story: record }] : [];
      });
      const joins = joined[0] !== undefined && joined[0].id === best?.id;
      const story = joins
        ? grow(mergedStory(joined.map((entry) => entry.story)), candidate)
        : start(candidate);
      const absorbed = joins ? joined.map((entry) => entry.id).filter((id) => id !== story.id) : [];
      const before = joins
        ? mergedProfile(
            joined.map((entry) => entry.profile),
            settings.profileTerms,
          )
        : { terms: {}, keys: {}, articles: 0 };
      const profile = { ...addToProfile(before, features, settings.profileTerms), span: spanOf(story) };
      // Issued together, so the store writes them as one batch (one SQLite statement).
      await Promise.all([
        kv.set(STORIES_NAMESPACE, story.id, story),
        kv.set(PROFILES, story.id, storedProfile(profile)),
        recent.touch(story.id, story.lastSeen, absorbed),
        scoring.index.fileStory(story.id, filing(filed, buckets, story.id, time, settings)),
        counts.count(),
        ...absorbed.flatMap((id) => [
          kv.delete(STORIES_NAMESPACE, id),
          kv.delete(PROFILES, id),
          kv.set(MERGED_NAMESPACE, id, story.id),
        ]),
      ]);
      return { story, isNew: !joins, similarity: round(best?.score ?? 0), merged: absorbed };
    },
    addCopy: async (storyId: string, source: string) => {
      const story = await kv.get<Story>(STORIES_NAMESPACE, storyId);
      if (!story || story.sources.includes(source)) return;
      await kv.set(STORIES_NAMESPACE, storyId, { ...story, sources: [...story.sources, source] });
    },
    // The recently active stories' profiles in one read (500: 33-55 ms at 100k stored in the bench),
    // where the first 40 articles after a restart read 10 to 18 each one by one (0002, the cold
    // rounds). Their candidates also include older open and dormant stories: those are still read
    // when asked for.
    warm: async () => {
      const ids = (await recent.ids(RECENT_STORIES_CAP)) ?? [];
      await Promise.all([frequencies.warm(), kv.getMany(PROFILES, ids)]);
    },
  });
}

/**
 * Whether a report that joins its best story also bridges `other` to it (see `mergeThreshold`). An
 * open story of one report bridges at `fragmentMergeThreshold`: an early report that started a
 * story of its own, before the coverage it belongs to had gathered, is scored as one report, where
 * a story of several scores as their profile.
 */
const bridges = (other: Scored, settings: StoryOptions) =>
  other.score >= settings.mergeThreshold ||
  (other.open && other.profile.articles === 1 && other.score >= settings.fragmentMergeThreshold);

/** A key the candidate index files stories under: one that can name an event and is not common. */
const isSpecific = (key: string, rarity: Rarity) => namesAnEvent(key) && !rarity.isCommon(key);

/** Most dormant stories scored per article, beside the open ones. */
const DORMANT_CANDIDATES = 5;

/**
 * Scores the open stories sharing the most key terms with the article, and the dormant stories
 * sharing the most specific ones (only those can revive a story: see `scoreStory`), so stories of
 * the past year never crowd the open ones out of the candidates. Those that can take it, best first.
 */
async function rankedStories(
  { kv, index, settings }: Scoring,
  features: StoryFeatures,
  filed: readonly string[],
  time: number,
  rarity: Rarity,
): Promise<{ ranked: Scored[]; buckets: (Posting[] | undefined)[] }> {
  // The specific keys are the first entries of `filed`: one read of the buckets serves both windows
  // (and the filing of the article's story under the same keys).
  const specific = features.keys.filter((key) => isSpecific(key, rarity)).length;
  const lists = await index.buckets(filed);
  const open = idsWithin(lists, time, settings.openDays * DAY_MS);
  const revivable = idsWithin(lists.slice(0, specific), time, settings.reviveDays * DAY_MS);
  for (const id of open.keys()) revivable.delete(id);
  const filedIds = [
    ...mostShared(open, settings.maxCandidates),
    ...mostShared(revivable, DORMANT_CANDIDATES),
  ];
  const { ids, profiles } = await profilesOf(kv, filedIds);
  // Profiles stored before they carried their story's span need the story record.
  const unspanned = ids.filter((_, i) => profiles[i] !== undefined && profiles[i]?.span === undefined);
  const spans = new Map(
    (await kv.getMany<Story>(STORIES_NAMESPACE, unspanned)).flatMap((story) =>
      story ? [[story.id, spanOf(story)] as const] : [],
    ),
  );
  const score = storyScorer(features, rarity, settings);
  const ranked: Scored[] = [];
  for (const [i, id] of ids.entries()) {
    const profile = profiles[i];
    const span = profile?.span ?? spans.get(id);
    if (!profile || !span) continue;
    const scored = score(span, profile, time);
    if (scored !== null)
      ranked.push({ id, profile, score: scored, open: daysOutside(span, time) <= settings.openDays });
  }
  return { ranked: ranked.sort((a, b) => b.score - a.score), buckets: lists };
}

/**
 * The buckets of `filed` (as read for scoring, `buckets`) once story `id` is filed in each at the
 * article's `time`. Items can arrive late, so entries are kept for twice the revival window.
 */
function filing(
  filed: readonly string[],
  buckets: readonly (Posting[] | undefined)[],
  id: string,
  time: number,
  settings: StoryOptions,
): BucketChange[] {
  const minute = toMinute(time);
  const oldest = toMinute(time - 2 * settings.reviveDays * DAY_MS);
  const changes = new Map<string, BucketChange>();
  for (const [i, key] of filed.entries()) {
    if (changes.has(key)) continue;
    const before = buckets[i] ?? [];
    changes.set(key, { key, before, after: filedBucket(before, id, minute, oldest, KEY_BUCKET_CAP) });
  }
  return [...changes.values()];
}

const toMinute = (ms: number) => Math.floor(ms / 60_000);

/**
 * The profiles of the candidate stories. A story merged into another has none: the index still
 * files it under its old id, which leads to the story that absorbed it (read only then).
 */
async function profilesOf(kv: KeyValueStore, filed: readonly string[]) {
  const found = await kv.getMany<ProfileView>(PROFILES, filed);
  const missing = filed.filter((_, i) => found[i] === undefined);
  if (missing.length === 0) return { ids: filed, profiles: found };
  const survivors = await survivorsOf(kv, missing);
  const ids = [...new Set(filed.map((id) => survivors.get(id) ?? id))];
  return { ids, profiles: await kv.getMany<ProfileView>(PROFILES, ids) };
}

/**
 * The article's rarest counted terms: filed beside its keys in the candidate index, so a report
 * whose names the NLP stage missed still finds its story through the words only its event uses.
 */
function rarest(features: StoryFeatures, counts: ArticleFrequencies, limit: number): string[] {
  // The first `limit` of a stable sort by IDF, then term, kept as they come: most terms are
  // rejected by one comparison with the last kept, where sorting them all compared many unseen
  // terms (equal IDF) by `localeCompare`.
  const kept: { term: string; idf: number }[] = [];
  const before = (a: { term: string; idf: number }, b: { term: string; idf: number }) =>
    b.idf - a.idf || a.term.localeCompare(b.term);
  for (const term of features.counted) {
    const entry = { term, idf: counts.idf(term) };
    let at = kept.length;
    while (at > 0 && before(entry, kept[at - 1] as typeof entry) < 0) at -= 1;
    if (at < limit) kept.splice(at, 0, entry);
    if (kept.length > limit) kept.pop();
  }
  return kept.map(({ term }) => `t:${term}`);
}

function mostShared(hits: ReadonlyMap<string, number>, limit: number): string[] {
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id]) => id);
}

const spanOf = (story: Story): StorySpan => ({ firstSeen: story.firstSeen, lastSeen: story.lastSeen });

function start(candidate: Candidate): Story {
  const id = `s_${createHash('sha256').update(candidate.id).digest('hex').slice(0, 12)}`;
  const at = new Date(Date.parse(candidate.publishedAt)).toISOString();
  return {
    id,
    title: candidate.title,
    firstSeen: at,
    lastSeen: at,
    articleIds: [candidate.id],
    sources: [candidate.source],
  };
}

function grow(story: Story, candidate: Candidate): Story {
  const at = new Date(Date.parse(candidate.publishedAt)).toISOString();
  return {
    ...story,
    firstSeen: at.localeCompare(story.firstSeen) < 0 ? at : story.firstSeen,
    lastSeen: at.localeCompare(story.lastSeen) > 0 ? at : story.lastSeen,
    articleIds: story.articleIds.includes(candidate.id)
      ? story.articleIds
      : [...story.articleIds, candidate.id],
    sources: story.sources.includes(candidate.source) ? story.sources : [...story.sources, candidate.source],
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
