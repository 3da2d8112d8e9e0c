import { createHash } from 'node:crypto';
import { createPostingLists, type PostingLists } from '../dedup/posting-lists.js';
import type { StoryAssigner } from '../ingest/ingest-ports.js';
import { type JapaneseMorphology, japaneseMorphology } from '../nlp/japanese-morphology.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import { type ArticleFrequencies, createDocumentFrequencies } from './document-frequencies.js';
import { createRecentStories } from './recent-stories.js';
import { scoreStory } from './score-story.js';
import type { Story } from './story.js';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from './story-options.js';
import { addToProfile, type Rarity, type StoryProfile } from './story-profile.js';
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

type Candidate = Parameters<StoryAssigner['assign']>[0];
interface Scored {
  story: Story;
  profile: StoryProfile;
  score: number;
}
interface Scoring {
  kv: KeyValueStore;
  index: PostingLists;
  settings: StoryOptions;
}

/**
 * Groups original articles into stories: an article joins the open story (latest article within
 * `openDays`) whose key terms and TF-IDF profile it matches best, or revives a dormant one (within
 * `reviveDays`) it matches strongly on the story's core keys, or starts a new one. Document
 * frequencies, profiles and an index key term -> recent stories live in the kv store, so only
 * stories sharing a key term are scored.
 */
export function createStoryAssigner(
  kv: KeyValueStore,
  options: Partial<StoryOptions> = {},
  japanese: () => JapaneseMorphology = japaneseMorphology,
): StoryAssigner {
  const settings: StoryOptions = { ...DEFAULT_STORY_OPTIONS, ...options };
  const scoring: Scoring = { kv, index: createPostingLists(kv, 'stories-keys', KEY_BUCKET_CAP), settings };
  const frequencies = createDocumentFrequencies(kv);
  const recent = createRecentStories(kv);
  return {
    assign: async (candidate) => {
      // kuromoji takes a second and 260 MB to load: only a Japanese article pays for it.
      const morphemes =
        candidate.language === 'ja'
          ? japanese().tokenize(`${candidate.title}\n${candidate.text.slice(0, settings.leadWords * 4)}`)
          : [];
      const features = storyFeatures(candidate, settings, morphemes);
      const time = Date.parse(candidate.publishedAt);
      const counts = await frequencies.forArticle(features, settings.commonShare);
      const filed = [
        ...features.keys.filter((key) => !counts.isCommon(key)),
        ...rarest(features, counts, settings.indexTerms),
      ];
      const best = await bestStory(scoring, features, filed, time, counts);
      const joins = best !== null && best.score >= settings.threshold;
      const story = joins ? grow(best.story, candidate) : start(candidate);
      const before = joins ? best.profile : { terms: {}, keys: {}, articles: 0 };
      // Issued together, so the store writes them as one batch (one SQLite statement).
      await Promise.all([
        kv.set(STORIES_NAMESPACE, story.id, story),
        kv.set(PROFILES, story.id, addToProfile(before, features, settings.profileTerms)),
        recent.touch(story.id, story.lastSeen),
        scoring.index.append(filed, story.id, time, settings.reviveDays * DAY_MS),
        counts.count(),
      ]);
      return { story, isNew: !joins, similarity: round(best?.score ?? 0) };
    },
    addCopy: async (storyId, source) => {
      const story = await kv.get<Story>(STORIES_NAMESPACE, storyId);
      if (!story || story.sources.includes(source)) return;
      await kv.set(STORIES_NAMESPACE, storyId, { ...story, sources: [...story.sources, source] });
    },
  };
}

/** Most dormant stories scored per article, beside the open ones. */
const DORMANT_CANDIDATES = 5;

/**
 * Scores the open stories sharing the most key terms with the article, and the dormant stories
 * sharing the most specific ones (only those can revive a story: see `scoreStory`), so stories of
 * the past year never crowd the open ones out of the candidates. The best, or null.
 */
async function bestStory(
  { kv, index, settings }: Scoring,
  features: StoryFeatures,
  filed: readonly string[],
  time: number,
  rarity: Rarity,
): Promise<Scored | null> {
  const specific = features.keys.filter((key) => !rarity.isCommon(key));
  const [open, revivable] = await Promise.all([
    index.lookup(filed, time, settings.openDays * DAY_MS),
    index.lookup(specific, time, settings.reviveDays * DAY_MS),
  ]);
  for (const id of open.keys()) revivable.delete(id);
  const ids = [...mostShared(open, settings.maxCandidates), ...mostShared(revivable, DORMANT_CANDIDATES)];
  const [stories, profiles] = await Promise.all([
    kv.getMany<Story>(STORIES_NAMESPACE, ids),
    kv.getMany<StoryProfile>(PROFILES, ids),
  ]);
  let best: Scored | null = null;
  for (const [i, story] of stories.entries()) {
    const profile = profiles[i];
    if (!story || !profile) continue;
    const score = scoreStory(features, story, profile, time, rarity, settings);
    if (score !== null && (!best || score > best.score)) best = { story, profile, score };
  }
  return best;
}

/**
 * The article's rarest counted terms: filed beside its keys in the candidate index, so a report
 * whose names the NLP stage missed still finds its story through the words only its event uses.
 */
function rarest(features: StoryFeatures, counts: ArticleFrequencies, limit: number): string[] {
  return features.counted
    .map((term) => ({ term, idf: counts.idf(term) }))
    .sort((a, b) => b.idf - a.idf || a.term.localeCompare(b.term))
    .slice(0, limit)
    .map(({ term }) => `t:${term}`);
}

function mostShared(hits: ReadonlyMap<string, number>, limit: number): string[] {
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id]) => id);
}

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
