/**
 * `npm run eval:stories`: pairwise story precision, recall and F1 of the production ingest path
 * (feeds parsed, relevance, dedup, NLP entities, story assignment on embedded SQLite) over the
 * corpora in ../shared/corpora labelled by story (gva and ecb, skipped with a message when absent,
 * and any other folder in their format) and over our own labelled fixtures, under the shipped
 * keywords and again with every item relevant. Prints one line per set and writes
 * bench/results/eval-stories.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type PairwiseScores, pairwiseScores } from '../src/core/stories/pairwise-scores.js';
import { ingestLabelled } from '../test/fixtures/stories/ingest-labelled.js';
import { LABELLED_STORY_SETS } from '../test/fixtures/stories/labelled-story-sets.js';
import { evalConfig, withScratchApp } from './support/run-production-ingest.js';
import {
  corpusDir,
  GVA_DENSE,
  ingestCorpus,
  labelledCorpora,
  type ScoredArticle,
} from './support/story-corpora.js';

interface Row extends PairwiseScores {
  set: string;
  articles: number;
  stories: number;
  seconds: number;
}

const rows: Row[] = [];
const row = (set: string, scored: readonly { label: string; cluster: string }[], started: number) => {
  const result: Row = {
    set,
    articles: scored.length,
    stories: new Set(scored.map((item) => item.cluster)).size,
    ...pairwiseScores(scored),
    seconds: (performance.now() - started) / 1000,
  };
  rows.push(result);
  const f = (value: number) => value.toFixed(3);
  console.log(
    `${set.padEnd(36)} ${String(result.articles).padStart(5)} articles ${String(result.stories).padStart(5)} stories  ` +
      `P ${f(result.precision)}  R ${f(result.recall)}  F1 ${f(result.f1)}  (${result.seconds.toFixed(1)} s)`,
  );
};

/** Watched keywords every English or Japanese report of our fixtures matches: function words. */
const EVERY_ITEM_RELEVANT = {
  keywords: ['the', 'a', 'of', 'in', 'の', 'は', 'が', 'を'].map((term) => ({ term })),
};

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

// Every corpus labelled by story that is there (the development corpora are expected; another in
// their format, put beside them, is scored too).
const { byStory, others } = await labelledCorpora();
for (const name of byStory.filter(wanted)) {
  const found = corpusDir(name);
  if ('missing' in found) {
    console.log(`${name}: skipped (${found.missing})`);
    continue;
  }
  const started = performance.now();
  const { scored, failures } = await ingestCorpus(found.dir);
  for (const failure of failures) console.log(`  ${name} feed failed: ${failure}`);
  row(name, scored, started);
  if (name === 'gva') {
    const dense = scored.filter(
      (item: ScoredArticle) => item.published >= GVA_DENSE.from && item.published < GVA_DENSE.to,
    );
    row('gva (dense months)', dense, started);
    // As the maintainers score it: a few dense months of reports, the bot starting with them.
    const alone = performance.now();
    const windowed = await ingestCorpus(found.dir, undefined, GVA_DENSE);
    for (const failure of windowed.failures) console.log(`  ${name} feed failed: ${failure}`);
    row('gva (dense months alone)', windowed.scored, alone);
  }
}

for (const name of others.filter(wanted))
  console.log(`${name}: skipped (no two articles share a story: labelled for another evaluation)`);

if (wanted('fixtures')) {
  // Under the shipped keywords (the production path), then with every item relevant, as the
  // corpora are scored (each brings a keywords.json under which all its items are): a report the
  // keywords drop is a story of its own in the first, so the second tells grouping's errors apart.
  const configs = [
    { label: 'fixtures', config: await evalConfig() },
    { label: 'fixtures, all relevant', config: await evalConfig(EVERY_ITEM_RELEVANT) },
  ];
  for (const { label, config } of configs)
    for (const set of LABELLED_STORY_SETS) {
      const started = performance.now();
      const scored = await withScratchApp(config, (app) =>
        ingestLabelled(app.pipeline, app.articles, set.articles),
      );
      row(`${label}: ${set.name}`, scored, started);
    }
}

const out = join(import.meta.dirname, '../bench/results/eval-stories.json');
await mkdir(join(import.meta.dirname, '../bench/results'), { recursive: true });
await writeFile(out, `${JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)}\n`);
console.log(`written ${out}`);
