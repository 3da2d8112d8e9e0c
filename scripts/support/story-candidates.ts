import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Language } from '../../src/core/articles/article.js';
import type { ArticleAnalysis } from '../../src/core/nlp/article-analysis.js';
import { ANALYSIS_NAMESPACE } from '../../src/core/nlp/create-analyser.js';
import { type GoldArticle, GVA_DENSE, ingestCorpus } from './story-corpora.js';

/** What the story assigner receives for one original article, as the production ingest gave it. */
export interface StoryCandidate {
  id: string;
  /** The feed file it came from: production ingests a corpus one feed after another. */
  feed: string;
  title: string;
  text: string;
  language: Language;
  publishedAt: string;
  source: string;
  entities: string[];
}

/** A corpus reduced to what story fitting needs: the assigner's inputs and each gold article's original. */
export interface CandidateSet {
  candidates: StoryCandidate[];
  /** Every gold article: its label and the candidate (original) whose story it takes. */
  gold: { label: string; original: string }[];
}

/**
 * The story inputs of a corpus: it is ingested once through the production path (relevance,
 * dedup, NLP entities), and the originals it stored are kept, with their entities, in a cache
 * outside the repository (the corpora's texts never enter it), so a fit can try many settings.
 */
export async function candidatesOf(dir: string): Promise<CandidateSet> {
  const cache = join(
    tmpdir(),
    'newsbot-fit-stories',
    `${createHash('sha256').update(dir).digest('hex').slice(0, 12)}.json`,
  );
  if (existsSync(cache)) return JSON.parse(await readFile(cache, 'utf8')) as CandidateSet;
  const labels = JSON.parse(await readFile(join(dir, 'gold.json'), 'utf8')) as { articles: GoldArticle[] };
  const { inspected } = await ingestCorpus(dir, async (app) => {
    const stored = await app.articles.all();
    const byGuid = new Map(stored.map((article) => [article.guid, article]));
    const originals = stored.filter((article) => article.relevant && article.duplicateOf === null);
    const analyses = await app.kv.getMany<ArticleAnalysis>(
      ANALYSIS_NAMESPACE,
      originals.map((article) => article.id),
    );
    const candidates = originals.map((article, i) => ({
      id: article.id,
      feed: article.feed,
      title: article.title,
      text: article.text,
      language: article.language,
      publishedAt: article.publishedAt,
      source: article.source,
      entities: analyses[i]?.entities ?? [],
    }));
    const gold = labels.articles.map((item) => {
      const article = byGuid.get(item.guid);
      return { label: item.story, original: article?.duplicateOf ?? article?.id ?? `missing:${item.id}` };
    });
    return { candidates, gold };
  });
  if (!inspected) throw new Error(`no candidates from ${dir}`);
  await mkdir(join(tmpdir(), 'newsbot-fit-stories'), { recursive: true });
  await writeFile(cache, JSON.stringify(inspected));
  return inspected;
}

/**
 * The part of a candidate set published in [from, to) (ISO dates), as if only it had been polled:
 * the maintainers score gva on a dense stretch of a few months of their half (see its README).
 */
export function withinDates(set: CandidateSet, from: string, to: string): CandidateSet {
  const candidates = set.candidates.filter((c) => c.publishedAt >= from && c.publishedAt < to);
  const kept = new Set(candidates.map((c) => c.id));
  return { candidates, gold: set.gold.filter((item) => kept.has(item.original)) };
}

/**
 * A corpus's candidates as the fit and its error analysis read them: gva's dense months alone, as
 * the maintainers score it (see its README), unless FIT_GVA_WHOLE=1; any other corpus whole.
 */
export async function fittedCandidatesOf(name: string, dir: string): Promise<CandidateSet> {
  const whole = await candidatesOf(dir);
  const dense = name === 'gva' && process.env.FIT_GVA_WHOLE !== '1';
  return dense ? withinDates(whole, GVA_DENSE.from, GVA_DENSE.to) : whole;
}
