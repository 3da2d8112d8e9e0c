/**
 * `npm run eval:story-errors [-- gva|ecb] [-- --most N]`: the grouping's errors on the FIT halves
 * of the development corpora (../shared/corpora; skipped when absent; gva's dense months alone, as
 * the fit sees it, unless FIT_GVA_WHOLE=1), for error analysis that
 * leaves the held-out halves unseen. The corpus is clustered as the fit does (all articles, the
 * shipped options); then every pair of fit-half articles that was wrongly merged (one story, two
 * labels) or wrongly split (one label, two stories) is printed with the pair's own similarity (one
 * article against a story of the other alone, the corpus's document frequencies at the end) and
 * the keys they share (IDF; C = common). Output goes to the terminal only: the corpora's text never
 * enters the repository.
 */
import { createDocumentFrequencies } from '../src/core/stories/document-frequencies.js';
import { keyKind, kindWeights } from '../src/core/stories/key-kinds.js';
import { createKeyValueStoryIndex } from '../src/core/stories/story-index-store.js';
import { DEFAULT_STORY_OPTIONS } from '../src/core/stories/story-options.js';
import { addToProfile, cosine, keyOverlap, type Rarity } from '../src/core/stories/story-profile.js';
import { type StoryFeatures, storyFeatures } from '../src/core/stories/story-terms.js';
import { storiesOf } from './support/cluster-candidates.js';
import { inFitHalf } from './support/fit-halves.js';
import { fittedCandidatesOf, type StoryCandidate } from './support/story-candidates.js';
import { corpusDir, STORY_CORPORA } from './support/story-corpora.js';

const options = DEFAULT_STORY_OPTIONS;
const most = Number(process.argv[process.argv.indexOf('--most') + 1]) || 30;
const only = STORY_CORPORA.filter((name) => process.argv.includes(name));

interface Article {
  candidate: StoryCandidate;
  features: StoryFeatures;
  rarity: Rarity;
  label: string;
  story: string;
}

/** The pair's similarity as the assigner would score one against a story of the other alone. */
function pairOf(a: Article, b: Article) {
  const { idf, isCommon } = a.rarity;
  const other = addToProfile({ terms: {}, keys: {}, articles: 0 }, b.features, options.profileTerms);
  const cos = cosine(a.features, other, a.rarity);
  const keys = keyOverlap(a.features, other, a.rarity, kindWeights(options), options.titleKeyWeight);
  const carried = new Set(b.features.keys);
  const shared = a.features.keys
    .filter((key) => carried.has(key))
    .map((key) => `${key}(${idf(key).toFixed(1)}${isCommon(key) ? 'C' : ''})`);
  const days =
    Math.abs(Date.parse(a.candidate.publishedAt) - Date.parse(b.candidate.publishedAt)) / 86_400_000;
  // As an open story of the other alone: the same-day bonus when they tell of one day.
  const sameDay = a.features.keys.some((key) => keyKind(key) === 'date' && carried.has(key));
  const similarity = options.cosineWeight * cos + (1 - options.cosineWeight) * keys;
  const bonus = sameDay && days <= options.openDays ? 1 + options.sameDayBonus : 1;
  return { score: similarity * bonus, cos, keys, shared, days };
}

function report(kind: string, pairs: [Article, Article][]) {
  const histogram = new Map<string, number>();
  const rows = pairs.map(([a, b]) => ({ a, b, ...pairOf(a, b) })).sort((x, y) => y.score - x.score);
  for (const row of rows) {
    const bin = (Math.floor(row.score * 20) / 20).toFixed(2);
    histogram.set(bin, (histogram.get(bin) ?? 0) + 1);
  }
  console.log(
    `${kind}: ${rows.length} pairs; by score ${[...histogram]
      .sort()
      .map(([bin, n]) => `${bin}:${n}`)
      .join(' ')}`,
  );
  for (const row of rows.slice(0, most))
    console.log(
      `  ${row.score.toFixed(2)} (cos ${row.cos.toFixed(2)} keys ${row.keys.toFixed(2)}, ${row.days.toFixed(0)} d) ` +
        `${row.a.candidate.title.slice(0, 50)} || ${row.b.candidate.title.slice(0, 50)} | ${row.shared.join(' ')}`,
    );
}

for (const name of only.length > 0 ? only : STORY_CORPORA) {
  const found = corpusDir(name);
  if ('missing' in found) {
    console.log(`${name}: skipped (${found.missing})`);
    continue;
  }
  const set = await fittedCandidatesOf(name, found.dir);
  const { storyOf, kv } = await storiesOf(set, options);
  const frequencies = createDocumentFrequencies(kv, createKeyValueStoryIndex(kv));
  const labelOf = new Map(set.gold.map((item) => [item.original, item.label]));
  const articles: Article[] = [];
  for (const candidate of set.candidates) {
    const label = labelOf.get(candidate.id);
    if (label === undefined || !inFitHalf(label)) continue;
    // Japanese readings are left out: the corpora are English.
    const features = storyFeatures(candidate, options);
    const rarity = await frequencies.forArticle(features, options.commonShare);
    articles.push({ candidate, features, rarity, label, story: storyOf.get(candidate.id) ?? candidate.id });
  }
  const merges: [Article, Article][] = [];
  const splits: [Article, Article][] = [];
  for (const [i, a] of articles.entries())
    for (const b of articles.slice(i + 1)) {
      if (a.story === b.story && a.label !== b.label) merges.push([a, b]);
      if (a.story !== b.story && a.label === b.label) splits.push([a, b]);
    }
  console.log(`${name} fit half (${articles.length} articles)`);
  report('false merges', merges);
  report('false splits', splits);
}
