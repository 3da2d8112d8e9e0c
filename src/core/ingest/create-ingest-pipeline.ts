import type { Article, NormalizedItem } from '../articles/article.js';
import { articleIdFor } from '../articles/article-id.js';
import type { Logger } from '../logging/logger.js';
import type { ArticleStore } from '../store/article-store.js';
import { settleInBatches } from '../stories/story-settling.js';
import { analysedText } from './analysed-text.js';
import type {
  AnalyseAndStore,
  DuplicateFinder,
  RelevanceVerdict,
  StoryAssigner,
  StoryCandidate,
} from './ingest-ports.js';

/** What happened to one item. `seen` means the same canonical URL was already stored. */
export type ItemOutcome =
  | { kind: 'new'; article: Article; storyIsNew: boolean }
  | { kind: 'duplicate'; article: Article }
  | { kind: 'not-relevant'; article: Article }
  | { kind: 'seen'; articleId: string };

export interface IngestCounts {
  new: number;
  duplicate: number;
  notRelevant: number;
  seen: number;
}

export interface IngestPipeline {
  /** Runs items through relevance, dedup, analysis and stories, storing every one. */
  ingestItems(items: readonly NormalizedItem[]): Promise<ItemOutcome[]>;
  /** The story assigner's read-ahead (`StoryAssigner.warm`) in a transaction of its own: at start. */
  warm(): Promise<void>;
  /**
   * Settles the stories (`StoryAssigner.settle`), a batch per transaction, the articles of the
   * stories merged moving with them: after an ingest run or a round of polls. Returns how many
   * stories of one report joined another.
   */
  settle(): Promise<number>;
}

export interface IngestDeps {
  articles: ArticleStore;
  relevance: (item: NormalizedItem) => RelevanceVerdict;
  duplicates: DuplicateFinder;
  stories: StoryAssigner;
  analyse: AnalyseAndStore;
  /** The actors analysis found in a stored article (what `analyse` returned for it). */
  storedEntities: (articleId: string) => Promise<string[] | undefined>;
  now: () => Date;
  logger: Logger;
  /**
   * Runs a batch of one feed's items as one archive transaction (Archive.transaction): their
   * articles, indexes, fingerprints, exact keys and stories commit together or not at all (an item
   * that throws rolls back its whole batch, which the next poll fetches again), and a check made
   * inside sees every copy another process committed first and every item before it in the batch.
   * Without it, writes are issued one after another.
   */
  transaction?: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * One archive transaction holds at most this many items, or this much work: a batch commits as a
 * whole (one commit instead of one per article: a fifth of an ingest's CPU went to commits), and
 * the lock it holds is short enough for another process's ingest to take turns. 256 items or 1 s
 * wrote a third fewer pages to the WAL but saved no CPU that could be measured (0004, Amendment 9).
 */
const BATCH_ITEMS = 64;
const BATCH_MS = 250;
/** How long a batch may go on while another feed's items wait for their turn. */
const TURN_MS = 20;

/**
 * The ingest flow of ARCHITECTURE.md as plain calls. Items are processed one at a time in this
 * process (the duplicate and story indexes are read-modify-write, and a copy must see its
 * original), a feed's items in batches, one transaction each, but feeds polled together take
 * turns: a batch that has run TURN_MS ends as soon as another feed's items wait, so a feed with a
 * slow item or a thousand items never holds back another feed's items for more than one item and
 * a few ms.
 */
export function createIngestPipeline(deps: IngestDeps): IngestPipeline {
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  const inTransaction = deps.transaction ?? ((work) => work());
  const inTurn = <T>(work: () => Promise<T>) => {
    waiting += 1;
    const run = queue.then(() => {
      waiting -= 1;
      return inTransaction(work);
    });
    queue = run.catch(() => undefined);
    return run;
  };
  /** Items from `first` on, in one transaction, until the batch is full or another feed waits. */
  const batchFrom = (items: readonly NormalizedItem[], first: number) =>
    inTurn(async () => {
      const started = performance.now();
      const outcomes: ItemOutcome[] = [];
      const goOn = () => {
        const elapsed = performance.now() - started;
        return elapsed < BATCH_MS && (waiting === 0 || elapsed < TURN_MS);
      };
      do {
        // A synchronous archive (SQLite) does an item's work without touching the event loop:
        // yield before each, or one feed's thousand items would keep every other feed's fetch
        // waiting (and its items could not join the queue to end this batch).
        await yieldToEventLoop();
        outcomes.push(await ingestOne(items[first + outcomes.length] as NormalizedItem, deps));
      } while (first + outcomes.length < items.length && outcomes.length < BATCH_ITEMS && goOn());
      return outcomes;
    });
  return {
    ingestItems: async (items) => {
      const outcomes: ItemOutcome[] = [];
      while (outcomes.length < items.length) outcomes.push(...(await batchFrom(items, outcomes.length)));
      return outcomes;
    },
    warm: () => inTurn(async () => deps.stories.warm?.()),
    // A batch of the stories remembered per transaction (see settleInBatches).
    settle: () =>
      settleInBatches((limit) =>
        inTurn(async () => {
          const settled = await deps.stories.settle?.((id) => storedReport(id, deps), limit);
          for (const { into, absorbed } of settled?.merges ?? []) await moveArticles(absorbed, into, deps);
          return settled;
        }),
      ),
  };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function ingestOne(item: NormalizedItem, deps: IngestDeps): Promise<ItemOutcome> {
  const id = articleIdFor(item.canonicalUrl);
  const existing = await deps.articles.get(id);
  if (existing) return ingestUrlVariant(item, existing, deps);
  const article = describeArticle(item, id, deps);
  if (!article.relevant) {
    await deps.articles.put(article);
    return { kind: 'not-relevant', article };
  }
  // Stored whole, analysed by its opening (see analysedText): every stage below reads this.
  const analysed = analysedArticle(article);
  const match = await deps.duplicates.find(analysed);
  if (match) return storeCopy(article, match, deps);
  const { entities } = await deps.analyse(analysed);
  const { story, isNew, merged = [] } = await deps.stories.assign({ ...analysed, entities });
  const stored = { ...article, storyId: story.id };
  await deps.articles.put(stored);
  await moveArticles(merged, story.id, deps);
  await deps.duplicates.add(analysed);
  deps.logger.debug('article stored', { article: id, story: story.id, feed: item.feed });
  return { kind: 'new', article: stored, storyIsNew: isNew };
}

/** A stored original report as the story assigner received it: its analysed opening, its actors. */
async function storedReport(id: string, deps: IngestDeps): Promise<StoryCandidate | undefined> {
  const article = await deps.articles.get(id);
  if (!article) return undefined;
  return { ...analysedArticle(article), entities: (await deps.storedEntities(id)) ?? [] };
}

/** An article as the stages after relevance read it: its text cut to the analysed opening. */
const analysedArticle = <T extends { text: string }>(article: T): T => ({
  ...article,
  text: analysedText(article.text),
});

/** The articles (copies included) of stories merged into `storyId` now belong to it. */
async function moveArticles(absorbed: readonly string[], storyId: string, deps: IngestDeps) {
  for (const from of absorbed) {
    const moving = await deps.articles.inStory(from);
    await Promise.all(moving.map((article) => deps.articles.put({ ...article, storyId })));
  }
}

/**
 * The canonical URL is already stored. From the same feed that is a re-poll; from another feed it
 * is the same article under another form of its URL, which counts as a copy ("also reported by").
 * The copy gets an id of its own (feed + URL as printed) so polling that feed again is a no-op.
 */
async function ingestUrlVariant(
  item: NormalizedItem,
  existing: Article,
  deps: IngestDeps,
): Promise<ItemOutcome> {
  if (existing.feed === item.feed) {
    // An edited item keeps its article; its new content hash lets the next poll skip it early.
    if (item.contentHash && item.contentHash !== existing.contentHash) {
      await deps.articles.put({ ...existing, contentHash: item.contentHash });
    }
    return { kind: 'seen', articleId: existing.id };
  }
  const id = articleIdFor(`${item.feed} ${item.url}`);
  if (await deps.articles.get(id)) return { kind: 'seen', articleId: id };
  const article: Article = {
    ...describeArticle(item, id, deps),
    relevant: existing.relevant,
    matchedKeywords: existing.matchedKeywords,
    irrelevantReason: existing.irrelevantReason,
  };
  if (!existing.relevant) {
    await deps.articles.put(article);
    return { kind: 'not-relevant', article };
  }
  const of = existing.duplicateOf ?? existing.id;
  return storeCopy(article, { of, method: 'url', similarity: 1 }, deps);
}

function describeArticle(item: NormalizedItem, id: string, deps: IngestDeps): Article {
  // Relevance reads what analysis reads: a watched term first named past the opening does not count.
  const verdict = deps.relevance({ ...item, text: analysedText(item.text) });
  return {
    ...item,
    id,
    firstSeenAt: deps.now().toISOString(),
    relevant: verdict.relevant,
    matchedKeywords: verdict.matched,
    irrelevantReason: verdict.relevant ? null : (verdict.reason ?? 'no watched keyword matched'),
    duplicateOf: null,
    duplicate: null,
    storyId: null,
  };
}

async function storeCopy(
  article: Article,
  match: NonNullable<Article['duplicate']>,
  deps: IngestDeps,
): Promise<ItemOutcome> {
  const original = await deps.articles.get(match.of);
  const copy: Article = {
    ...article,
    duplicateOf: match.of,
    duplicate: match,
    storyId: original?.storyId ?? null,
  };
  await deps.articles.put(copy);
  if (copy.storyId) await deps.stories.addCopy(copy.storyId, copy.source);
  return { kind: 'duplicate', article: copy };
}

/** Tallies outcomes for the one-line-per-feed report. */
export function countOutcomes(outcomes: readonly ItemOutcome[]): IngestCounts {
  const counts: IngestCounts = { new: 0, duplicate: 0, notRelevant: 0, seen: 0 };
  for (const outcome of outcomes) {
    if (outcome.kind === 'not-relevant') counts.notRelevant += 1;
    else counts[outcome.kind] += 1;
  }
  return counts;
}
